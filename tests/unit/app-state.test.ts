import { describe, expect, it } from 'vitest';
import { appReducer, initialAppState, type Action, type AppState } from '../../src/app/app-state.ts';
import { DEFAULT_STATE } from '../../src/app/url-state.ts';

const start = (): AppState => initialAppState(DEFAULT_STATE, false);
const run = (...actions: Action[]) => actions.reduce(appReducer, start());
const gueret = { label: 'Guéret', lon: 1.87, lat: 46.17, communeCode: '23096' };

describe('application state', () => {
  it('a selection goes into a new history entry; a map move replaces the current one; back and forward write none', () => {
    expect(run({ type: 'update', patch: { place: 'fs-1' } })).toMatchObject({ url: { place: 'fs-1' }, history: 'push' });
    expect(run({ type: 'update', patch: { view: { lon: 2, lat: 46, zoom: 6 } }, push: false }).history).toBe('replace');
    const back = run({ type: 'update', patch: { place: 'fs-1' } }, { type: 'history', url: DEFAULT_STATE });
    expect(back).toMatchObject({ url: { place: null }, history: 'none' });
  });

  it('choosing a commune lists its nearest places in the open panel and forgets the selected place', () => {
    const s = run({ type: 'update', patch: { place: 'fs-1', list: true } }, { type: 'message', text: 'old' }, { type: 'commune', origin: gueret });
    expect(s).toMatchObject({ origin: gueret, panelOpen: true, geoMessage: '', url: { commune: '23096', place: null, list: false } });
  });

  it('a position found replaces the commune in the URL; a refusal stops « locating » with its message', () => {
    const found = run({ type: 'update', patch: { commune: '23096' } }, { type: 'locating' }, { type: 'located', lon: 2.3, lat: 48.8 });
    expect(found).toMatchObject({ locating: false, url: { commune: null }, origin: { label: 'votre position', communeCode: null } });
    expect(run({ type: 'locating' }, { type: 'message', text: 'refusé' })).toMatchObject({ locating: false, geoMessage: 'refusé' });
  });

  it('closing the nearest list clears the origin and the commune', () => {
    expect(run({ type: 'commune', origin: gueret }, { type: 'close-origin' })).toMatchObject({ origin: null, url: { commune: null } });
  });

  it('a lost WebGL context switches to the list without a history entry, and a restored one lets the map back', () => {
    const lost = run({ type: 'context', lost: true });
    expect(lost).toMatchObject({ contextLost: true, url: { list: true }, history: 'replace' });
    expect(appReducer(lost, { type: 'context', lost: false }).contextLost).toBe(false);
  });

  it('« Situation au » sets the year in the URL state, keeps the other filters, and goes into the history', () => {
    const s = run({ type: 'update', patch: { filters: { ...DEFAULT_STATE.filters, qpv: 'in', networks: ['fabriques'] } } }, { type: 'as-of', year: 2021 });
    expect(s).toMatchObject({ history: 'push', url: { filters: { qpv: 'in', networks: ['fabriques'], asOf: 2021 } } });
    expect(appReducer(s, { type: 'as-of', year: null }).url.filters).toMatchObject({ qpv: 'in', asOf: null });
  });

  it('in an embed, the host’s département keeps its figures closed until asked; a département chosen afterwards opens them', () => {
    const embedded = initialAppState({ ...DEFAULT_STATE, departement: '23' }, false, false);
    expect(embedded.figuresOpen).toBe(false);
    // A map move, a list, the same département again: still closed.
    const moved = [{ type: 'update', patch: { view: { lon: 2, lat: 46, zoom: 8 } }, push: false }, { type: 'update', patch: { list: true } }, { type: 'update', patch: { departement: '23' } }]
      .reduce((s, a) => appReducer(s, a as Action), embedded);
    expect(moved.figuresOpen).toBe(false);
    expect(appReducer(embedded, { type: 'figures', open: true }).figuresOpen).toBe(true);
    const other = appReducer(embedded, { type: 'update', patch: { departement: '87', place: null } });
    expect(other).toMatchObject({ figuresOpen: true, url: { departement: '87' } });
    expect(appReducer(other, { type: 'figures', open: false })).toMatchObject({ figuresOpen: false, url: { departement: '87' } });
    // The page (and panneau=1) starts with them open.
    expect(start().figuresOpen).toBe(true);
  });

  it('leaves the state untouched: every change is a new object', () => {
    const s = start();
    const frozen = JSON.stringify(s);
    appReducer(s, { type: 'update', patch: { departement: '23' } });
    appReducer(s, { type: 'panel', open: true });
    expect(JSON.stringify(s)).toBe(frozen);
  });
});

describe('filtered coverage figures', () => {
  it('keep the build’s box and region of each département, which the worker does not compute', async () => {
    const { withFilteredFigures } = await import('../../src/app/use-coverage.ts');
    const figures = { count: 1, per100k: 1, beyond10km: 0, beyond20km: 0, communesWithPlace: 1 };
    const d = { code: '23', name: 'Creuse', population: 1, communes: 1, networks: {} as never, all: figures };
    const built = { schemaVersion: 1, inputHash: 'h', networks: [], inAll: [], national: { population: 1, communes: 1, networks: {} as never, all: figures, outside: { networks: {} as never, all: { count: 0, codes: [] } } }, departements: [{ ...d, regionCode: '75', regionName: 'Nouvelle-Aquitaine', bbox: [1, 45, 2, 46] as [number, number, number, number], neighbours: ['87'], communeAreas: null }], placesOutsideDepartements: 0 };
    const merged = withFilteredFigures(built, { departements: [{ ...d, all: { ...figures, count: 0 } }], national: built.national });
    expect(merged.departements[0]).toMatchObject({ code: '23', regionCode: '75', regionName: 'Nouvelle-Aquitaine', bbox: [1, 45, 2, 46], neighbours: ['87'], all: { count: 0 } });
    expect(withFilteredFigures(built, null)).toBe(built);
  });
});
