import { describe, expect, it } from 'vitest';
import { buildReference, currentCode } from '../../scripts/pipeline/reference.ts';
import { AHUN_POSTAL_CENTROID, CENTROIDS, csvRows, DENSITY_ROWS, SEA, squareFeature, tinyReference, tinyReferenceInputs } from './helpers/reference.ts';

describe('buildReference', () => {
  const ref = tinyReference();

  it('indexes current communes only, with their département and population', () => {
    expect([...ref.communes.keys()].sort()).toEqual(['01001', '01002', '01015', '23001', '23096', '75056', '98818']);
    expect(ref.communes.get('23096')).toEqual({
      code: '23096', name: 'Guéret', departementCode: '23', regionCode: '75', population: 13000, postalCodes: ['23000'], zone: 'metro',
    });
  });

  it('maps a merged commune, a delegated commune and an arrondissement to the current code', () => {
    expect(currentCode(ref, '01340')).toBe('01015');
    expect(currentCode(ref, '75101')).toBe('75056');
    expect(currentCode(ref, '01015')).toBe('01015');
    expect(currentCode(ref, '99999')).toBeNull();
  });

  it('follows a chain of mergers to the commune that exists today', () => {
    const chained = buildReference(tinyReferenceInputs({
      communes: [
        ...tinyReferenceInputs().communes,
        { code: '01900', nom: 'Ancienne', type: 'commune-deleguee', chefLieu: '01340', departement: '01', zone: 'metro' },
      ],
    }));
    expect(currentCode(chained, '01900')).toBe('01015');
  });

  it('puts the contour of a former commune under its current commune', () => {
    expect(ref.shapes.get('01015')).toHaveLength(2);
    expect(ref.shapes.has('01340')).toBe(false);
    expect(ref.communeAt(5.75, 45.75)).toBe('01015');
    expect(ref.communeAt(5.65, 45.75)).toBe('01015');
  });

  it('computes area centroids over all the parts of a commune', () => {
    for (const [code, [lon, lat]] of Object.entries(CENTROIDS)) {
      expect(ref.centroids.get(code)![0]).toBeCloseTo(lon, 9);
      expect(ref.centroids.get(code)![1]).toBeCloseTo(lat, 9);
    }
  });

  it('takes the centroid of a commune without contour from the postal base, and notes it', () => {
    expect(ref.centroids.get('23001')).toEqual(AHUN_POSTAL_CENTROID);
    expect(ref.notes).toContain("1 communes without a contour take their centroid from La Poste's postal-code base");
  });

  it('notes communes with neither contour nor centroid', () => {
    expect(ref.centroids.has('01002')).toBe(false);
    expect(ref.notes).toContain('1 communes have neither contour nor centroid (01002): they count in populations but not in distance figures');
  });

  it('finds the commune at a point, and none in the sea', () => {
    expect(ref.communeAt(1.85, 46.17)).toBe('23096');
    expect(ref.communeAt(2.35, 48.86)).toBe('75056');
    expect(ref.communeAt(SEA.lon, SEA.lat)).toBeNull();
  });

  it('leaves out contours with an unknown code, and notes it', () => {
    const extra = tinyReference({
      communeContours: [{ type: 'FeatureCollection', features: [squareFeature('23096', [1.8, 46.12]), squareFeature('99999', [0, 45])] }],
    });
    expect([...extra.shapes.keys()]).toEqual(['23096']);
    expect(extra.communeAt(0.05, 45.05)).toBeNull();
    expect(extra.notes).toContain('1 commune contours have a code unknown to the commune reference and were left out');
  });

  it('reads density classes from labels and "code - label" values', () => {
    expect(ref.density?.get('23096')).toBe(2);
    expect(ref.density?.get('01001')).toBe(6);
    expect(ref.density?.get('75056')).toBe(1);
  });

  it('keeps the class of a merged commune\'s own row over an older row of its former commune, in either order', () => {
    expect(ref.density?.get('01015')).toBe(5);
    const reversed = tinyReference({ densityGrid: [...DENSITY_ROWS].reverse() });
    expect(reversed.density?.get('01015')).toBe(5);
  });

  it('takes the class of a former commune when the current one has no row', () => {
    const onlyFormer = tinyReference({ densityGrid: csvRows([{ insee_com: '01340', niveau_densite: '7' }]) });
    expect(onlyFormer.density?.get('01015')).toBe(7);
  });

  it('counts unreadable density rows in a note', () => {
    const bad = tinyReference({ densityGrid: csvRows([{ insee_com: '23096', niveau_densite: 'Bourgs ruraux' }, { insee_com: '99999', niveau_densite: '5' }, { insee_com: '01001', niveau_densite: '?' }]) });
    expect(bad.density?.size).toBe(1);
    expect(bad.notes).toContain('2 density-grid rows had an unknown commune or class and were ignored');
  });

  it('has no density map when there is no grid', () => {
    expect(tinyReference({ densityGrid: null }).density).toBeNull();
  });

  it('builds the QPV commune list from points, mapping former codes', () => {
    expect(ref.qpvSource).toBe('commune-list');
    expect(ref.qpvAt).toBeNull();
    expect([...ref.qpvCommunes!].sort()).toEqual(['23096', '75056']);
  });

  it('uses QPV polygons when the source has contours', () => {
    const withContours = tinyReference({
      qpv: { type: 'FeatureCollection', features: [{ ...squareFeature('x', [1.86, 46.16], 0.01, 0.01), properties: { code_qp: 'QN02301M' } }] },
    });
    expect(withContours.qpvSource).toBe('contours');
    expect(withContours.qpvCommunes).toBeNull();
    expect(withContours.qpvAt!(1.865, 46.165)).toBe('QN02301M');
    expect(withContours.qpvAt!(1.85, 46.13)).toBeNull();
  });

  it('gives Paris, Lyon and Marseille arrondissements La Poste\'s centre (averaged over their postal codes), apart from the communes', () => {
    const postal = csvRows([
      { code_commune_insee: '75101', coordonnees_gps: '48.86, 2.34' },
      { code_commune_insee: '75101', coordonnees_gps: '48.87, 2.36' },
    ]);
    const withArr = buildReference(tinyReferenceInputs({ postalCentroids: postal }));
    expect(withArr.arrondissements).toHaveLength(1);
    const [a] = withArr.arrondissements;
    expect(a!.code).toBe('75101');
    expect(a!.name).toBe('Paris 1er Arrondissement');
    expect(a!.postalCodes).toEqual(['75001']);
    expect(a!.lon).toBeCloseTo(2.35, 6);
    expect(a!.lat).toBeCloseTo(48.865, 6);
    expect(withArr.communes.has('75101')).toBe(false);
    // Without a centre it is left out, and the build's notes say so.
    const none = buildReference(tinyReferenceInputs({ postalCentroids: null }));
    expect(none.arrondissements).toEqual([]);
    expect(none.notes.join(' ')).toContain('arrondissements have no centre');
  });
});
