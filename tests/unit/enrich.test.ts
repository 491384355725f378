import { describe, expect, it } from 'vitest';
import { enrich } from '../../scripts/pipeline/enrich.ts';
import type { ValidPlace } from '../../scripts/pipeline/validate.ts';
import { squareFeature, tinyReference } from './helpers/reference.ts';

const ref = tinyReference();

function valid(overrides: Partial<ValidPlace> = {}): ValidPlace {
  return {
    network: 'france-services', file: 'fs.csv', line: 4, sourceId: '12', name: 'France services de Guéret',
    address: '1 rue Pasteur', postalCode: '23000', communeCode: '23096', communeNameGiven: 'Guéret', departementGiven: '23',
    lon: 1.87, lat: 46.17, approximate: false, labelDate: '2020-01-01', website: 'https://www.gueret.fr/',
    details: { phone: '05 55 00 00 00', email: null, hours: null, appointment: 'Non', comment: null, kind: 'Principal · Fixe', sourceUrl: null },
    ...overrides,
  };
}

describe('enrich', () => {
  it('adds commune, département, population, size band, density class and QPV status', () => {
    expect(enrich(valid(), ref)).toEqual({
      warnings: [],
      enriched: {
        sourceId: '12',
        file: 'fs.csv',
        line: 4,
        details: {
          phone: '05 55 00 00 00', email: null, hours: null, appointment: 'Non', comment: null, kind: 'Principal · Fixe', sourceUrl: null,
          address: '1 rue Pasteur', postalCode: '23000', communePopulation: 13000, labelDate: '2020-01-01', website: 'https://www.gueret.fr/',
        },
        place: {
          network: 'france-services', name: 'France services de Guéret', lon: 1.87, lat: 46.17, approximate: false,
          communeCode: '23096', communeName: 'Guéret', departementCode: '23', sizeBand: '10k-50k', densityClass: 2, qpvCommune: true, labelYear: 2020,
        },
      },
    });
  });

  it('uses the reference name of the commune, not the one the export gave', () => {
    const { enriched } = enrich(valid({ communeCode: '01015', communeNameGiven: 'Saint-Bois', departementGiven: '01', lon: 5.75, lat: 45.75 }), ref);
    expect(enriched.place).toMatchObject({ communeCode: '01015', communeName: 'Arboys en Bugey', departementCode: '01', sizeBand: 'lt2k', densityClass: 5, qpvCommune: false });
    expect(enriched.details.communePopulation).toBe(710);
  });

  it('gives the QPV status of the commune where an arrondissement code was listed', () => {
    const { enriched } = enrich(valid({ communeCode: '75056', departementGiven: '75', lon: 2.345, lat: 48.86 }), ref);
    expect(enriched.place).toMatchObject({ sizeBand: 'ge200k', densityClass: 1, qpvCommune: true });
  });

  it('finds the commune from the coordinates when the export gave none, with a warning', () => {
    const { enriched, warnings } = enrich(valid({ communeCode: null, communeNameGiven: null, departementGiven: null, lon: 4.95, lat: 46.15 }), ref);
    expect(enriched.place).toMatchObject({ communeCode: '01001', communeName: "L'Abergement-Clémenciat", departementCode: '01', densityClass: 6 });
    expect(warnings).toEqual([{ code: 'commune-from-coordinates', message: "commune 01001 (L'Abergement-Clémenciat) found from the coordinates" }]);
  });

  it("keeps the export's commune when the coordinates fall in another, with a warning", () => {
    const { enriched, warnings } = enrich(valid({ communeCode: '01001', departementGiven: '01' }), ref);
    expect(enriched.place.communeCode).toBe('01001');
    expect(warnings).toEqual([{
      code: 'commune-mismatch',
      message: "coordinates fall in 23096 (Guéret), the export says 01001 (L'Abergement-Clémenciat); the export's commune is kept",
    }]);
  });

  it('does not look up the commune of an approximate place (it sits at the centroid of its commune already)', () => {
    const { warnings } = enrich(valid({ communeCode: '01001', departementGiven: '01', approximate: true }), ref);
    expect(warnings).toEqual([]);
  });

  it('warns when the département column disagrees with the commune', () => {
    expect(enrich(valid({ departementGiven: '01' }), ref).warnings).toEqual([
      { code: 'departement-mismatch', message: 'département column says 01, commune 23096 is in 23' },
    ]);
  });

  it('pads a one-digit département before comparing it', () => {
    expect(enrich(valid({ communeCode: '01001', departementGiven: '1', lon: 4.95, lat: 46.15 }), ref).warnings).toEqual([]);
  });

  it('leaves commune fields unknown where no commune is found, keeping the name the export gave', () => {
    const { enriched, warnings } = enrich(valid({ communeCode: null, communeNameGiven: 'Papeete', departementGiven: null, lon: -149.57, lat: -17.54 }), ref);
    expect(warnings).toEqual([]);
    expect(enriched.place).toMatchObject({ communeCode: null, communeName: 'Papeete', departementCode: null, sizeBand: null, densityClass: null, qpvCommune: null });
    expect(enriched.details.communePopulation).toBeNull();
  });

  it('says unknown (null) for density and QPV when the reference has no such source', () => {
    const bare = tinyReference({ densityGrid: null, qpv: null });
    expect(enrich(valid(), bare).enriched.place).toMatchObject({ densityClass: null, qpvCommune: null, sizeBand: '10k-50k' });
  });

  it('says unknown (null) for the density of a commune missing from the grid', () => {
    expect(enrich(valid({ communeCode: '01002', departementGiven: '01', approximate: true }), ref).enriched.place.densityClass).toBeNull();
  });

  it('with QPV contours, tells by the point itself whether the place is in a QPV', () => {
    const withContours = tinyReference({
      qpv: { type: 'FeatureCollection', features: [{ ...squareFeature('x', [1.86, 46.16], 0.02, 0.02), properties: { code_qp: 'QN02301M' } }] },
    });
    expect(enrich(valid({ lon: 1.87, lat: 46.17 }), withContours).enriched.place.qpvCommune).toBe(true);
    expect(enrich(valid({ lon: 1.82, lat: 46.14 }), withContours).enriched.place.qpvCommune).toBe(false);
  });

  it('rounds coordinates to 6 decimals (about 10 cm)', () => {
    const { place } = enrich(valid({ lon: 1.8712345678, lat: 46.1700000049 }), ref).enriched;
    expect([place.lon, place.lat]).toEqual([1.871235, 46.17]);
  });

  it('keeps the year of the labelling date on the place (the map filters and counts by year), null without a date', () => {
    expect(enrich(valid({ labelDate: '2021-03-05' }), ref).enriched.place.labelYear).toBe(2021);
    expect(enrich(valid({ labelDate: '2019' }), ref).enriched.place.labelYear).toBe(2019);
    expect(enrich(valid({ labelDate: null }), ref).enriched.place.labelYear).toBeNull();
  });
});
