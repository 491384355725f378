// The places nearest to the chosen origin, the ?commune= link, and « Autour de moi » (the browser's geolocation).
import { useEffect, useMemo } from 'preact/hooks';
import type { SearchEntry } from '../domain/commune-search.ts';
import type { Filters } from '../domain/filters.ts';
import { defaultNearNetwork, nearest, nearestIndex, outsideTerritoryKm } from '../domain/nearest.ts';
import type { NetworkId } from '../domain/networks.ts';
import type { Place } from '../domain/place.ts';
import type { Action, AppState } from './app-state.ts';

const GEOLOCATION_ERRORS: Record<number, string> = {
  1: 'Vous avez refusé la localisation : cherchez plutôt votre commune.',
  2: 'Position indisponible : cherchez plutôt votre commune.',
  3: 'La localisation a pris trop de temps : réessayez ou cherchez votre commune.',
};

export function useNearest(
  state: AppState,
  dispatch: (a: Action) => void,
  visible: readonly Place[],
  /** Networks with places in the data (a filter cannot show the others). */
  present: readonly NetworkId[],
  loadSearchIndex: () => Promise<{ entries: SearchEntry[] }>,
  geolocation: Geolocation | undefined,
) {
  const { origin, radiusKm } = state;
  const network = effectiveNearNetwork(state.nearNetwork, state.url.filters, present);
  const index = useMemo(() => nearestIndex(visible), [visible]);
  const results = useMemo(
    () => (origin ? nearest(index, origin.lon, origin.lat, 10, { maxKm: radiusKm ?? Infinity, accept: (p) => network === 'all' || p.network === network }) : []),
    [index, origin, radiusKm, network],
  );
  const commune = state.url.commune;
  useEffect(() => {
    if (!commune || origin?.communeCode === commune) return;
    loadSearchIndex().then(({ entries }) => {
      const e = entries.find((x) => x.code === commune);
      dispatch(e ? { type: 'origin', origin: { label: e.name, lon: e.lon, lat: e.lat, communeCode: e.code } } : { type: 'message', text: `Commune ${commune} inconnue.` });
    }, () => dispatch({ type: 'message', text: 'Recherche des communes indisponible.' }));
  }, [commune]);

  const locate = () => {
    if (!geolocation) {
      dispatch({ type: 'message', text: 'La localisation n’est pas disponible dans ce navigateur : cherchez votre commune.' });
      return;
    }
    dispatch({ type: 'locating' });
    geolocation.getCurrentPosition(
      (pos) => {
        const { longitude: lon, latitude: lat } = pos.coords;
        // London lists places 150 km away: say the position is outside the territory (commune centres and places as reference).
        loadSearchIndex().then(
          ({ entries }) => dispatch({ type: 'located', lon, lat, outsideKm: outsideTerritoryKm(lon, lat, [...entries, ...visible]) }),
          () => dispatch({ type: 'located', lon, lat, outsideKm: outsideTerritoryKm(lon, lat, visible) }),
        );
      },
      (error) => dispatch({ type: 'message', text: GEOLOCATION_ERRORS[error.code] ?? GEOLOCATION_ERRORS[2]! }),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  };
  const chooseCommune = (e: SearchEntry) => dispatch({ type: 'commune', origin: { label: e.name, lon: e.lon, lat: e.lat, communeCode: e.code } });
  return { results, network, locate, chooseCommune };
}

/** The visitor's choice while its network is shown, else the default (France Services, when shown). */
export function effectiveNearNetwork(chosen: NetworkId | 'all' | null, filters: Filters, present: readonly NetworkId[]): NetworkId | 'all' {
  const shown = filters.networks.filter((n) => present.includes(n));
  if (chosen === 'all' || (chosen && shown.includes(chosen))) return chosen;
  return defaultNearNetwork(shown);
}
