import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState, type UrlState } from '../../src/app/url-state.ts';
import { DEFAULT_FILTERS } from '../../src/domain/filters.ts';

afterEach(() => vi.restoreAllMocks());

describe('URL state', () => {
  it('round-trips view, filters, selection and list mode', () => {
    const state: UrlState = {
      view: { lon: 1.87153, lat: 46.17012, zoom: 11.5 },
      filters: { networks: ['fabriques', 'france-services'], qpv: 'in', density: [5, 1], sizeBands: ['lt2k'], asOf: 2021 },
      place: 'fs-812',
      list: true,
      departement: '2A',
      indicator: 'beyond20km',
      scope: 'france-services',
      table: true,
      commune: '23096',
      france: false,
      markers: false,
    };
    const search = serializeState(state);
    expect(search).toBe('?reseaux=france-services,fabriques&qpv=in&densite=1,5&taille=lt2k&au=2021&vue=11.50/46.17012/1.87153&lieu=fs-812&liste=1&departement=2A&indicateur=beyond20km&portee=france-services&tableau=1&marqueurs=0&commune=23096');
    const back = parseState(search);
    expect(back.filters).toEqual({ networks: ['france-services', 'fabriques'], qpv: 'in', density: [1, 5], sizeBands: ['lt2k'], asOf: 2021 });
    expect(back.view).toEqual(state.view);
    expect(back.place).toBe('fs-812');
    expect(back.list).toBe(true);
    expect([back.departement, back.indicator, back.scope, back.table, back.commune, back.markers]).toEqual(['2A', 'beyond20km', 'france-services', true, '23096', false]);
    expect(parseState('').markers).toBe(true);
  });

  it('opens « La France » from ?vue=france, which stands in place of the map view', () => {
    const state = parseState('?vue=france&reseaux=fabriques');
    expect(state.france).toBe(true);
    expect(state.view).toBeNull();
    expect(serializeState({ ...state, view: { lon: 2, lat: 46, zoom: 5 } })).toBe('?reseaux=fabriques&vue=france');
    expect(parseState('?vue=5.00/46.00000/2.00000').france).toBe(false);
  });

  it('« Situation au » is a year (?au=2022); without it, today (no date filter)', () => {
    expect(parseState('?au=2022').filters.asOf).toBe(2022);
    expect(parseState('').filters.asOf).toBeNull();
    expect(serializeState({ ...DEFAULT_STATE, filters: { ...DEFAULT_FILTERS, asOf: 2022 } })).toBe('?au=2022');
  });

  it('a date the map cannot read (au=demain, au=21, au=1850) keeps today and reports the value it ignored', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const value of ['demain', '21', '1850', '2021-06', '']) {
      const ignored: string[] = [];
      expect(parseState(`?au=${value}`, ignored).filters.asOf).toBeNull();
      expect(ignored).toEqual([`au=${value}`]);
    }
  });

  it('writes nothing for the default state and keeps unrelated parameters', () => {
    expect(serializeState(DEFAULT_STATE)).toBe('');
    expect(serializeState(DEFAULT_STATE, '?embed=1&qpv=out')).toBe('?embed=1');
  });

  it('« aucun » means every network switched off, and a link with none switched off says so', () => {
    expect(parseState('?reseaux=aucun').filters.networks).toEqual([]);
    const none = { ...DEFAULT_STATE, filters: { ...DEFAULT_STATE.filters, networks: [] } };
    expect(serializeState(none)).toBe('?reseaux=aucun');
    expect(parseState(serializeState(none)).filters.networks).toEqual([]);
  });

  it('an empty or unknown network list keeps every network and reports the value it ignored', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const search of ['?reseaux=', '?reseaux=foo', '?reseaux=foo,,bar']) {
      const ignored: string[] = [];
      expect(parseState(search, ignored).filters.networks).toEqual(DEFAULT_STATE.filters.networks);
      expect(ignored).toEqual([new URLSearchParams(search).toString().replace(/%2C/g, ',')]);
    }
    const ignored: string[] = [];
    expect(parseState('?reseaux=fabriques,foo&qpv=maybe', ignored).filters.networks).toEqual(['fabriques']);
    expect(ignored).toEqual(['reseaux=fabriques,foo', 'qpv=maybe']);
    vi.restoreAllMocks();
  });

  it('ignores malformed values with a warning and never throws', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = parseState('?reseaux=france-services,bogus&qpv=maybe&densite=9,2&vue=abc&lieu=<script>&departement=999&indicateur=x');
    expect([s.departement, s.indicator, s.scope]).toEqual([null, null, 'all']);
    expect(s.filters).toEqual({ ...DEFAULT_FILTERS, networks: ['france-services'], density: [2] });
    expect(s.view).toBeNull();
    expect(s.place).toBeNull();
    expect(warn).toHaveBeenCalled();
  });
});
