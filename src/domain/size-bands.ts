// Commune size bands (population municipale). The 2,000 threshold is INSEE's historical
// urban/rural cut; the others follow the usual bands of French local statistics.

export type SizeBand = 'lt2k' | '2k-10k' | '10k-50k' | '50k-200k' | 'ge200k';

export const SIZE_BANDS: readonly { id: SizeBand; label: string; min: number; max: number }[] = [
  { id: 'lt2k', label: 'Moins de 2 000 habitants', min: 0, max: 2_000 },
  { id: '2k-10k', label: '2 000 à 9 999 habitants', min: 2_000, max: 10_000 },
  { id: '10k-50k', label: '10 000 à 49 999 habitants', min: 10_000, max: 50_000 },
  { id: '50k-200k', label: '50 000 à 199 999 habitants', min: 50_000, max: 200_000 },
  { id: 'ge200k', label: '200 000 habitants et plus', min: 200_000, max: Infinity },
];

export function sizeBand(population: number): SizeBand {
  const band = SIZE_BANDS.find((b) => population >= b.min && population < b.max);
  return (band ?? SIZE_BANDS[0]!).id;
}
