// « Fond de carte »: offline or Plan IGN, as radio buttons (keyboard: Tab, then arrows); and the fallback notice.
import { useEffect, useState } from 'preact/hooks';
import type { BasemapState, BasemapStore } from '../app/basemap-store.ts';
import { BASEMAPS } from '../domain/basemap.ts';

function useBasemap(store: BasemapStore): BasemapState {
  const [state, setState] = useState(store.get());
  useEffect(() => store.subscribe(setState), [store]);
  return state;
}

export function BasemapControl({ store }: { store: BasemapStore }) {
  const { active } = useBasemap(store);
  return (
    <fieldset class="fr-fieldset basemap-control">
      <legend class="fr-fieldset__legend">Fond de carte</legend>
      {BASEMAPS.map((b) => (
        <div key={b.id} class="fr-radio-group fr-radio-group--sm">
          <input type="radio" id={`fond-${b.id}`} name="fond-de-carte" value={b.id} checked={active === b.id} onChange={() => store.choose(b.id)} />
          <label class="fr-label" for={`fond-${b.id}`}>{b.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

export function BasemapNotice({ store }: { store: BasemapStore }) {
  const { notice } = useBasemap(store);
  return <p class="map-notice" role="status">{notice ?? ''}</p>;
}
