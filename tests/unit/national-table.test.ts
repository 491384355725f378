import { describe, expect, it } from 'vitest';
import { computeCoverage } from '../../src/domain/coverage.ts';
import { decodeUrbanEpci, encodeUrbanEpci } from '../../src/domain/departements-file.ts';
import { urbanEpciCommunes } from '../../src/domain/national.ts';
import { formatNationalValue, nationalCsv, nationalTable, NATIONAL_ROWS } from '../../src/domain/national-table.ts';
import type { Place } from '../../src/domain/place.ts';

const DEPARTEMENTS = [{ code: '23', name: 'Creuse' }, { code: '69', name: 'Rhône' }];
const COMMUNES = [
  { code: '23096', departementCode: '23', population: 13_000, lon: 1.87, lat: 46.17 },
  { code: '69123', departementCode: '69', population: 520_000, lon: 4.84, lat: 45.76 },
];

function place(network: Place['network'], communeCode: string, more: Partial<Place> = {}): Place {
  const c = COMMUNES.find((x) => x.code === communeCode)!;
  return {
    id: `${network}-${communeCode}-${Math.random()}`, network, name: 'X', lon: c.lon, lat: c.lat, approximate: true,
    communeCode, communeName: null, departementCode: c.departementCode, sizeBand: 'lt2k', densityClass: 5, qpvCommune: false, labelYear: null, ...more,
  };
}

describe('« La France » table', () => {
  const places = [
    place('fabriques', '23096'), place('fabriques', '69123', { densityClass: 1, sizeBand: 'ge200k', qpvCommune: true }),
    place('micro-folies', '69123'), place('france-services', '23096'),
  ];
  const coverage = computeCoverage(DEPARTEMENTS, COMMUNES, places);
  const urban = decodeUrbanEpci({ urbanEpci: encodeUrbanEpci(urbanEpciCommunes([{ type: 'MET69', membres: [{ code: '69123' }] }])) });
  const columns = nationalTable(places, coverage, ['france-services', 'fabriques', 'micro-folies'], ['france-services', 'fabriques'], urban);

  it('has one column per network and « Tous les réseaux », which leaves out the partial lists', () => {
    expect(columns.map((c) => c.scope)).toEqual(['france-services', 'fabriques', 'micro-folies', 'all']);
    expect(columns.map((c) => c.figures.count)).toEqual([1, 2, 1, 3]);
  });

  it('says a share with its count and total, and the Métropole de Lyon counts as a métropole', () => {
    const fab = columns[1]!.figures;
    expect(formatNationalValue(NATIONAL_ROWS.find((r) => r.id === 'hors_metropoles')!, fab)).toBe('50 % (1 sur 2)');
    expect(formatNationalValue(NATIONAL_ROWS.find((r) => r.id === 'commune_avec_qpv')!, fab)).toBe('50 % (1 sur 2)');
  });

  it('exports every figure of every column as CSV, with the filters in force', () => {
    const lines = nationalCsv(columns, ';', 'réseaux : Fabriques').replace(/\r\n$/, '').split('\r\n');
    expect(lines).toHaveLength(1 + NATIONAL_ROWS.length * columns.length);
    expect(lines[0]).toBe('\ufeffindicateur;libelle;reseau;valeur;sur;part_pourcent;filtres');
    expect(lines).toContain('hors_metropoles;Hors des 22 métropoles;Fabriques de territoire;1;2;50;réseaux : Fabriques');
    expect(NATIONAL_ROWS.every((r) => r.definition.length > 20)).toBe(true);
  });
});
