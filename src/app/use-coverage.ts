// Coverage state for the page: build figures, or figures recomputed off the main thread when filters apply.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { CoverageService } from './coverage-client.ts';
import type { DepartementsData } from './load.ts';
import type { UrlState } from './url-state.ts';
import { choropleth } from '../domain/choropleth.ts';
import type { DepartementCoverage } from '../domain/coverage.ts';
import { describeFilters } from '../domain/describe-filters.ts';
import { isDefault } from '../domain/filters.ts';
import type { CommuneGap } from '../domain/gaps.ts';
import { indicatorById, indicatorValue } from '../domain/indicators.ts';
import { networkById, type NetworkId } from '../domain/networks.ts';
import type { Place } from '../domain/place.ts';
import { isPartial, networksInAll, type PlacesMeta } from '../domain/places-file.ts';

type FilteredFigures = Pick<DepartementsData, 'departements' | 'national'>;

/** The build's figures with the filtered ones over them: a département keeps its box and region, which only the build knows. */
export function withFilteredFigures(built: DepartementsData, filtered: { departements: DepartementCoverage[]; national: DepartementsData['national'] } | null): DepartementsData {
  if (!filtered) return built;
  const byCode = new Map(built.departements.map((d) => [d.code, d]));
  const departements = filtered.departements.map((d) => {
    const b = byCode.get(d.code);
    return { ...d, regionCode: b?.regionCode ?? '', regionName: b?.regionName ?? '', bbox: b?.bbox ?? null, neighbours: b?.neighbours ?? [], communeAreas: b?.communeAreas ?? null };
  });
  return { ...built, departements, national: filtered.national };
}

export function useCoverage(state: UrlState, places: Place[], visible: Place[], meta: PlacesMeta, loadDepartements: () => Promise<DepartementsData>, service: CoverageService) {
  const [built, setBuilt] = useState<DepartementsData | null>(null);
  const [filtered, setFiltered] = useState<FilteredFigures | null>(null);
  /** The worker could not compute the filtered figures: the build's are shown, and the panel says so. */
  const [failed, setFailed] = useState(false);
  const [gaps, setGaps] = useState<CommuneGap[] | null | 'error'>(null);
  const [wanted, setWanted] = useState(false);
  const needed = wanted || Boolean(state.departement || state.indicator || state.table || state.france);
  const active = !isDefault(state.filters);

  useEffect(() => {
    if (needed && !built) loadDepartements().then(setBuilt, (e: Error) => console.error(e.message));
  }, [needed]);

  useEffect(() => {
    if (!built || (!active && !state.departement)) {
      setFiltered(null);
      return;
    }
    let current = true;
    setGaps(null);
    service
      .compute({ departements: built.departements.map(({ code, name }) => ({ code, name })), places: visible, inAll: networksInAll(meta), figures: active, gapsFor: state.departement })
      .then((r) => {
        if (!current) return;
        setFiltered(active && r.departements && r.national ? withFilteredFigures(built, { departements: r.departements, national: r.national }) : null);
        setGaps(r.gaps);
        setFailed(false);
      }, (error: Error) => {
        if (!current) return;
        console.error('[carte] coverage worker:', error.message);
        setFiltered(null);
        setGaps('error');
        setFailed(active);
      });
    return () => {
      current = false;
    };
  }, [built, visible, state.departement, active]);

  // Filtered figures while they are computed would be stale: show the build's until the worker answers.
  const data = built ? (filtered ? { ...built, ...filtered } : built) : null;
  const departement = data?.departements.find((d) => d.code === state.departement) ?? null;
  const present = meta.networks.filter((n) => n.present).map((n) => n.id as NetworkId);
  const partial = meta.networks.filter((n) => n.present && isPartial(n));
  const map = useMemo(() => {
    if (!data || !state.indicator) return null;
    return choropleth(new Map(data.departements.map((d) => [d.code, indicatorValue(d, state.scope, state.indicator!)])));
  }, [data?.departements, state.indicator, state.scope]);
  const ensureLoaded = useCallback(() => setWanted(true), []);
  return {
    data,
    departement,
    gaps,
    present,
    partial,
    choropleth: map,
    names: data?.departements.map(({ code, name }) => ({ code, name })) ?? [],
    ensureLoaded,
    /** Null when the figures shown are the build's (no filter, or the filtered ones could not be computed). */
    filtersSummary: failed ? null : describeFilters(state.filters),
    figuresFailed: failed,
    scopeLabel: state.scope === 'all'
      ? `tous les réseaux${partial.length ? ' (hors listes partielles)' : ''}`
      : `${networkById(state.scope).label}${partial.some((n) => n.id === state.scope) ? ' (liste partielle : chiffres indicatifs)' : ''}`,
    formatValue: (code: string) => {
      const d = data?.departements.find((x) => x.code === code);
      const v = d && state.indicator ? indicatorValue(d, state.scope, state.indicator) : null;
      return v === null || !state.indicator ? 'non disponible' : `${indicatorById(state.indicator).format(v)} (${indicatorById(state.indicator).unit})`;
    },
  };
}

export type CoverageView = ReturnType<typeof useCoverage>;
