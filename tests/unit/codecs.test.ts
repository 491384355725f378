// Every generated file is written and read by one codec in src/domain, which refuses another version or shape.
import { describe, expect, it } from 'vitest';
import { decodeCommunes, encodeCommunes, type Commune } from '../../src/domain/communes-file.ts';
import { decodeDepartements, encodeDepartements } from '../../src/domain/departements-file.ts';
import { decodeDetails, encodeDetails } from '../../src/domain/details-file.ts';
import { decodePlaces } from '../../src/domain/places-file.ts';
import { SCHEMA_VERSION, SchemaMismatchError } from '../../src/domain/schema.ts';
import { decodeSearchIndex, encodeSearchIndex } from '../../src/domain/search-index-file.ts';
import { NETWORK_IDS } from '../../src/domain/networks.ts';
import type { NetworkCoverage } from '../../src/domain/coverage.ts';
import type { PlaceDetails } from '../../src/domain/place.ts';

const STAMP = { inputHash: 'abc' };
const gueret: Commune = { code: '23096', name: 'Guéret', departementCode: '23', population: 12950, lon: 1.8717, lat: 46.1714, postalCodes: ['23000'], densityClass: 3, qpv: true };
const ajaccio: Commune = { code: '2A004', name: 'Ajaccio', departementCode: '2A', population: 71361, lon: 8.7369, lat: 41.9267, postalCodes: ['20000', '20090'], densityClass: 2, qpv: false };
const cover: NetworkCoverage = { count: 1, per100k: 2.5, beyond10km: 0.1, beyond20km: 0, communesWithPlace: 1 };
const coverage = { population: 100, communes: 2, networks: Object.fromEntries(NETWORK_IDS.map((id) => [id, cover])) as Record<(typeof NETWORK_IDS)[number], NetworkCoverage>, all: cover };

describe('codecs of the generated files', () => {
  it('round-trip their content', () => {
    expect(decodeCommunes(encodeCommunes([gueret, ajaccio], STAMP))).toEqual([gueret, ajaccio]);
    const details: PlaceDetails = { address: '1 rue', postalCode: '23000', communePopulation: 1, labelDate: '2020', website: null, phone: null, email: null, hours: null, appointment: null, comment: null, kind: null, sourceUrl: 'https://exemple.fr/source' };
    expect(decodeDetails(JSON.parse(JSON.stringify(encodeDetails(new Map([['fs-1', details]]), STAMP))))).toEqual({ 'fs-1': details });
    const departements = encodeDepartements({ networks: ['france-services'], inAll: ['france-services'], national: { ...coverage, outside: { networks: Object.fromEntries(NETWORK_IDS.map((id) => [id, { count: 0, codes: [] }])) as never, all: { count: 0, codes: [] } } }, departements: [{ code: '23', name: 'Creuse', regionCode: '75', regionName: 'Nouvelle-Aquitaine', bbox: [1, 45, 2, 46], neighbours: ['03', '87'], communeAreas: { medianKm2: 20, largestKm2: 90, largestName: 'Guéret' }, ...coverage }], placesOutsideDepartements: 0 }, STAMP);
    expect(decodeDepartements(JSON.parse(JSON.stringify(departements))).departements[0]).toMatchObject({ bbox: [1, 45, 2, 46], neighbours: ['03', '87'] });
    const index = decodeSearchIndex(JSON.parse(JSON.stringify(encodeSearchIndex([gueret, ajaccio], [{ code: '23', name: 'Creuse' }], STAMP))));
    expect(index.entries.map((e) => e.code).sort()).toEqual(['23096', '2A004']);
  });

  it('refuse a file of another schema version, naming the file', () => {
    const stale = { schemaVersion: SCHEMA_VERSION + 1, inputHash: 'x' };
    for (const [decode, name] of [[decodeCommunes, 'communes.json'], [decodeDetails, 'place-details.json'], [decodeDepartements, 'departements.json'], [decodeSearchIndex, 'search-index.json'], [decodePlaces, 'places.json']] as const) {
      expect(() => decode(stale), name).toThrow(SchemaMismatchError);
      expect(() => decode(stale), name).toThrow(name);
    }
  });

  it('refuse a file of the right version but the wrong shape, naming the field', () => {
    const stamp = { schemaVersion: SCHEMA_VERSION, inputHash: 'x' };
    expect(() => decodeDetails({ ...stamp, details: [] })).toThrow('place-details.json: field "details" should be an object');
    expect(() => decodeDetails({ ...stamp, details: { 'fs-1': 'text' } })).toThrow('the details of fs-1 are not an object');
    expect(() => decodeDepartements({ ...stamp, networks: [], inAll: [], national: { all: {} }, departements: {}, placesOutsideDepartements: 0 })).toThrow('field "departements" should be an array');
    expect(() => decodeDepartements({ ...stamp, networks: [], inAll: [], national: { all: {}, outside: {} }, departements: [{ code: 23 }], placesOutsideDepartements: 0 })).toThrow('a département without code');
    expect(() => decodeDepartements({ ...stamp, networks: [], inAll: [], national: { all: {} }, departements: [], placesOutsideDepartements: 0 })).toThrow('field "national.outside" should be an object');
    expect(() => decodeCommunes({ ...stamp, columns: ['code', 'name'], rows: [] })).toThrow('communes.json: columns code, name instead of');
    const index = encodeSearchIndex([gueret, ajaccio], [], STAMP);
    expect(() => decodeSearchIndex({ ...index, lat: [1] })).toThrow('column "lat" has 1 values for 2 communes');
    expect(() => decodePlaces({ ...stamp, count: 2, communes: [], networks: [], sources: {}, columns: { id: ['a'] } })).toThrow('places.json: column "id" should hold 2 values');
  });
});
