import { describe, expect, it } from 'vitest';
import { distance } from 'geokdbush';
import { defaultNearNetwork, nearest, nearestIndex, OUTSIDE_TERRITORY_KM, outsideTerritoryKm } from '../../src/domain/nearest.ts';
import { formatApproximateKm } from '../../src/domain/numbers.ts';
import { effectiveNearNetwork } from '../../src/app/use-nearest.ts';
import type { NetworkId } from '../../src/domain/networks.ts';
import { mulberry32 } from '../../bench/seeded.ts';

const random = mulberry32(7);
const places = Array.from({ length: 3000 }, (_, i) => ({
  id: `p${i}`,
  network: (i % 3 === 0 ? 'fabriques' : 'france-services') as NetworkId,
  lon: -5 + random() * 14,
  lat: 41.5 + random() * 9.5,
}));

describe('nearest places', () => {
  it('equals a brute-force answer on random points, sorted by distance', () => {
    const index = nearestIndex(places);
    for (let q = 0; q < 50; q++) {
      const [lon, lat] = [-5 + random() * 14, 41.5 + random() * 9.5];
      const got = nearest(index, lon, lat, 10);
      const expected = places.map((p) => ({ id: p.id, d: distance(lon, lat, p.lon, p.lat) })).sort((a, b) => a.d - b.d).slice(0, 10);
      expect(got.map((r) => r.place.id)).toEqual(expected.map((e) => e.id));
      expect(got.map((r) => r.distanceKm)).toEqual([...got.map((r) => r.distanceKm)].sort((a, b) => a - b));
    }
  });

  it('keeps only one network and only places within the radius when asked', () => {
    const index = nearestIndex(places);
    const got = nearest(index, 2.35, 48.85, 20, { maxKm: 30, accept: (p) => p.network === 'fabriques' });
    expect(got.every((r) => r.place.network === 'fabriques' && r.distanceKm <= 30)).toBe(true);
    const brute = places.filter((p) => p.network === 'fabriques' && distance(2.35, 48.85, p.lon, p.lat) <= 30).length;
    expect(got).toHaveLength(Math.min(20, brute));
  });

  it('does not throw on zero places', () => {
    expect(nearest(nearestIndex([]), 2, 46, 5)).toEqual([]);
  });
});

describe('where nearest places are measured from', () => {
  const communes = [
    { lon: 2.35, lat: 48.86 }, // Paris
    { lon: 1.87, lat: 46.17 }, // Guéret
    { lon: 55.45, lat: -20.88 }, // Saint-Denis (La Réunion)
    { lon: 1.59, lat: 50.73 }, // Boulogne-sur-Mer
  ];

  it('a position in London is outside the covered territory, with the distance to the nearest commune', () => {
    const km = outsideTerritoryKm(-0.13, 51.51, communes);
    expect(km).not.toBeNull();
    expect(km!).toBeGreaterThan(OUTSIDE_TERRITORY_KM);
    expect(km!).toBeCloseTo(distance(-0.13, 51.51, 1.59, 50.73), 6);
  });

  it('a position in France or overseas, even between communes, is inside', () => {
    expect(outsideTerritoryKm(2.4, 48.9, communes)).toBeNull();
    expect(outsideTerritoryKm(55.5, -21.0, communes)).toBeNull();
    expect(outsideTerritoryKm(1.87, 46.17, [])).toBeNull();
  });

  it('France Services come first when they are shown, every network otherwise', () => {
    expect(defaultNearNetwork(['fabriques', 'france-services'])).toBe('france-services');
    expect(defaultNearNetwork(['fabriques', 'micro-folies'])).toBe('all');
  });

  it('a distance to a commune centre is rounded to whole kilometres after « ≈ », never under 1 km', () => {
    expect(formatApproximateKm(0.2)).toBe('≈ 1 km');
    expect(formatApproximateKm(3.4)).toBe('≈ 3 km');
    expect(formatApproximateKm(12.6)).toBe('≈ 13 km');
  });
});

describe('the network of « Lieux les plus proches »', () => {
  const filters = { networks: ['france-services', 'fabriques'] as NetworkId[], qpv: 'all' as const, density: [], sizeBands: [], asOf: null };
  const present: NetworkId[] = ['france-services', 'fabriques', 'micro-folies'];

  it('is France Services until the visitor chooses, then the visitor’s choice', () => {
    expect(effectiveNearNetwork(null, filters, present)).toBe('france-services');
    expect(effectiveNearNetwork('all', filters, present)).toBe('all');
    expect(effectiveNearNetwork('fabriques', filters, present)).toBe('fabriques');
  });

  it('falls back to the default when the chosen network is filtered out, and to every network without France Services', () => {
    expect(effectiveNearNetwork('micro-folies', filters, present)).toBe('france-services');
    expect(effectiveNearNetwork(null, { ...filters, networks: ['fabriques'] }, present)).toBe('all');
    expect(effectiveNearNetwork(null, filters, ['fabriques'])).toBe('all');
  });
});
