import { describe, expect, it } from 'vitest';
import { lambert93ToWgs84, looksLikeLambert93 } from '../../scripts/pipeline/lambert93.ts';

describe('Lambert-93 to WGS84', () => {
  it('puts the projection origin (x 700 000, y 6 600 000) at 3° E, 46.5° N, as EPSG:2154 defines it', () => {
    const [lon, lat] = lambert93ToWgs84(700_000, 6_600_000);
    expect(lon).toBeCloseTo(3, 9);
    expect(lat).toBeCloseTo(46.5, 9);
  });

  it('finds the Eiffel Tower (x 648 237, y 6 862 271) within a few metres of 48.8584° N, 2.2945° E', () => {
    const [lon, lat] = lambert93ToWgs84(648_237, 6_862_271);
    expect(Math.abs(lon - 2.2945) * 73_000).toBeLessThan(10);
    expect(Math.abs(lat - 48.8584) * 111_000).toBeLessThan(10);
  });

  it('tells Lambert-93 metres over France from degrees and from other projections', () => {
    expect(looksLikeLambert93(648_237, 6_862_271)).toBe(true);
    expect(looksLikeLambert93(1_228_546, 6_199_420)).toBe(true); // Bastia
    expect(looksLikeLambert93(2.29, 48.85)).toBe(false);
    expect(looksLikeLambert93(210_000, 5_170_000)).toBe(false); // UTM 20N (Guadeloupe): not Lambert-93
  });
});
