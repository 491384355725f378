// The programme at a glance: national figures of a network (or of all), as the State quotes them.
import type { DepartementCoverage, NetworkCoverage } from './coverage.ts';
import { DENSITY_CLASSES, type DensityClass } from './density.ts';
import { coverageOf, type CoverageScope } from './indicators.ts';
import type { Place } from './place.ts';
import { SIZE_BANDS, type SizeBand } from './size-bands.ts';

/** INSEE's 4-level grouping of the 7-level grid. */
export const DENSITY_FOUR_LEVELS = [
  { id: 'dense', label: 'Dense', classes: [1] },
  { id: 'intermediaire', label: 'Densité intermédiaire', classes: [2, 3, 4] },
  { id: 'peu-dense', label: 'Peu dense', classes: [5, 6] },
  { id: 'tres-peu-dense', label: 'Très peu dense', classes: [7] },
] as const satisfies readonly { id: string; label: string; classes: readonly DensityClass[] }[];

/** Which urban EPCI a commune belongs to: one of the 22 métropoles, or a communauté urbaine. */
export type UrbanEpci = 'metropole' | 'communaute-urbaine';

/** A share of places: how many, out of how many whose value is known. */
export interface Share {
  count: number;
  of: number;
  /** 0–1; null when no place has the value known. */
  share: number | null;
}

export interface NationalFigures {
  count: number;
  per100k: number;
  /** In a commune comprising a QPV (the QPV source lists communes, not contours). */
  qpvCommune: Share;
  /** Outside the 22 métropoles (EPCI « METRO » and the Métropole de Lyon). */
  outsideMetropoles: Share;
  /** Outside the métropoles and the communautés urbaines: the ANCT's « hors métropoles ». */
  outsideUrbanEpci: Share;
  density: Record<DensityClass, Share>;
  densityFourLevels: Record<(typeof DENSITY_FOUR_LEVELS)[number]['id'], Share>;
  sizeBands: Record<SizeBand, Share>;
  /** In the five overseas départements. */
  overseas: Share;
  /** Of the 101 départements. */
  departementsWithOne: Share;
  departementsWithTwo: Share;
  beyond10km: number | null;
  beyond20km: number | null;
  /** The départements with the largest share of their population beyond 10 km, largest first. */
  largestBeyond10km: { code: string; name: string; share: number }[];
}

const OVERSEAS = new Set(['971', '972', '973', '974', '976']);

function share(count: number, of: number): Share {
  return { count, of, share: of > 0 ? count / of : null };
}

/** Places already filtered to the scope (one network, or the networks « all » counts). */
export function nationalFigures(
  places: readonly Pick<Place, 'communeCode' | 'departementCode' | 'densityClass' | 'sizeBand' | 'qpvCommune'>[],
  coverage: { departements: readonly DepartementCoverage[]; national: Pick<DepartementCoverage, 'networks' | 'all'> },
  scope: CoverageScope,
  urbanEpci: ReadonlyMap<string, UrbanEpci>,
  topN = 5,
): NationalFigures {
  const n = places.length;
  const where = (test: (p: (typeof places)[number]) => boolean | null) => {
    let yes = 0;
    let known = 0;
    for (const p of places) {
      const v = test(p);
      if (v === null) continue;
      known++;
      if (v) yes++;
    }
    return share(yes, known);
  };
  const national: NetworkCoverage = coverageOf(coverage.national, scope);
  const counts = coverage.departements.map((d) => coverageOf(d, scope).count);
  const withCommune = (test: (code: string) => boolean) => (p: (typeof places)[number]) => (p.communeCode ? test(p.communeCode) : null);
  return {
    count: n,
    per100k: national.per100k,
    qpvCommune: where((p) => p.qpvCommune),
    outsideMetropoles: where(withCommune((c) => urbanEpci.get(c) !== 'metropole')),
    outsideUrbanEpci: where(withCommune((c) => !urbanEpci.has(c))),
    density: Object.fromEntries(DENSITY_CLASSES.map((d) => [d.id, where((p) => (p.densityClass === null ? null : p.densityClass === d.id))])) as NationalFigures['density'],
    densityFourLevels: Object.fromEntries(
      DENSITY_FOUR_LEVELS.map((g) => [g.id, where((p) => (p.densityClass === null ? null : (g.classes as readonly number[]).includes(p.densityClass)))]),
    ) as NationalFigures['densityFourLevels'],
    sizeBands: Object.fromEntries(SIZE_BANDS.map((b) => [b.id, where((p) => (p.sizeBand === null ? null : p.sizeBand === b.id))])) as NationalFigures['sizeBands'],
    overseas: where((p) => OVERSEAS.has(p.departementCode ?? '')),
    departementsWithOne: share(counts.filter((c) => c >= 1).length, counts.length),
    departementsWithTwo: share(counts.filter((c) => c >= 2).length, counts.length),
    beyond10km: national.beyond10km,
    beyond20km: national.beyond20km,
    largestBeyond10km: coverage.departements
      .map((d) => ({ code: d.code, name: d.name, share: coverageOf(d, scope).beyond10km }))
      .filter((d): d is { code: string; name: string; share: number } => d.share !== null)
      .sort((a, b) => b.share - a.share || a.code.localeCompare(b.code))
      .slice(0, topN),
  };
}

/** The communes of the 22 métropoles and of the communautés urbaines, from @etalab/decoupage-administratif's epci.json. */
export function urbanEpciCommunes(epci: readonly { type: string; membres: readonly { code: string }[] }[]): Map<string, UrbanEpci> {
  const communes = new Map<string, UrbanEpci>();
  for (const e of epci) {
    const kind: UrbanEpci | null = e.type === 'METRO' || e.type === 'MET69' ? 'metropole' : e.type === 'CU' ? 'communaute-urbaine' : null;
    if (kind) for (const m of e.membres) communes.set(m.code, kind);
  }
  return communes;
}
