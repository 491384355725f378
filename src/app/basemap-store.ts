// The base map choice shared by the « Fond de carte » control, the map and the URL: a tiny store.
import type { BasemapId } from '../domain/basemap.ts';

export interface BasemapState {
  /** What the map shows. */
  active: BasemapId;
  /** One polite line when the online base map could not be used; null otherwise. */
  notice: string | null;
}

export interface BasemapStore {
  get(): BasemapState;
  /** A visitor's choice. */
  choose(id: BasemapId): void;
  /** The map gave up the online base map. */
  fellBack(reason: 'error' | 'slow'): void;
  subscribe(listener: (state: BasemapState) => void): () => void;
}

export const FALLBACK_NOTICE = {
  error: 'Le Plan IGN est injoignable : la carte affiche le fond hors ligne.',
  slow: 'Le Plan IGN répond trop lentement : la carte affiche le fond hors ligne.',
} as const;

export function basemapStore(initial: BasemapId, onChoose: (id: BasemapId) => void): BasemapStore {
  let state: BasemapState = { active: initial, notice: null };
  const listeners = new Set<(s: BasemapState) => void>();
  const set = (next: BasemapState) => {
    state = next;
    for (const l of listeners) l(state);
  };
  return {
    get: () => state,
    choose(id) {
      set({ active: id, notice: null });
      onChoose(id);
    },
    fellBack(reason) {
      set({ active: 'offline', notice: FALLBACK_NOTICE[reason] });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
