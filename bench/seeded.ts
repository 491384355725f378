// Seeded random numbers (mulberry32), so that every run measures the same work.
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** n places cloned from real ones, moved by up to ~5 km and renamed, as a larger network would look. */
export function syntheticPlaces<T extends { id: string; name: string; lon: number; lat: number }>(real: T[], n: number, seed = 42): T[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const base = real[Math.floor(random() * real.length)]!;
    return { ...base, id: `${base.id.split('-')[0]}-s${i}`, name: `${base.name} ${i}`, lon: base.lon + (random() - 0.5) * 0.1, lat: base.lat + (random() - 0.5) * 0.07 };
  });
}
