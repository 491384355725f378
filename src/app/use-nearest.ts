// The places nearest to the chosen origin, the ?commune= link, and « Autour de moi » (the browser's geolocation).
import { useEffect, useMemo } from 'preact/hooks';
import type { SearchEntry } from '../domain/commune-search.ts';
import { nearest, nearestIndex } from '../domain/nearest.ts';
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
  loadSearchIndex: () => Promise<{ entries: SearchEntry[] }>,
  geolocation: Geolocation | undefined,
) {
  const { origin, radiusKm, nearNetwork } = state;
  const index = useMemo(() => nearestIndex(visible), [visible]);
  const results = useMemo(
    () => (origin ? nearest(index, origin.lon, origin.lat, 10, { maxKm: radiusKm ?? Infinity, accept: (p) => nearNetwork === 'all' || p.network === nearNetwork }) : []),
    [index, origin, radiusKm, nearNetwork],
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
      (pos) => dispatch({ type: 'located', lon: pos.coords.longitude, lat: pos.coords.latitude }),
      (error) => dispatch({ type: 'message', text: GEOLOCATION_ERRORS[error.code] ?? GEOLOCATION_ERRORS[2]! }),
      { timeout: 10_000, maximumAge: 60_000 },
    );
  };
  const chooseCommune = (e: SearchEntry) => dispatch({ type: 'commune', origin: { label: e.name, lon: e.lon, lat: e.lat, communeCode: e.code } });
  return { results, locate, chooseCommune };
}
