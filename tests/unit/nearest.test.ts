import { describe, expect, it } from 'vitest';
import { distance } from 'geokdbush';
import { nearest, nearestIndex } from '../../src/domain/nearest.ts';
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
