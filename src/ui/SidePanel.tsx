// The side panel (over the map in compact layouts): nearest places, filters, coverage controls, background option.
import type { RefObject } from 'preact';
import { CoverageControls } from './CoverageControls.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import { NearestPanel } from './NearestPanel.tsx';
import type { ViewProps } from './view-props.ts';

type Props = Pick<ViewProps, 'state' | 'dispatch' | 'places' | 'meta' | 'cov' | 'overTime' | 'results' | 'hover' | 'onHover' | 'focusPlace' | 'setRadius' | 'embed' | 'fullMapUrl' | 'basemapControl'> & {
  compact: boolean;
  panelRef: RefObject<HTMLElement | null>;
  onClose: () => void;
};

export function SidePanel({ state, dispatch, places, meta, cov, overTime, results, hover, onHover, focusPlace, setRadius, embed, fullMapUrl, basemapControl, compact, panelRef, onClose }: Props) {
  const { url, origin } = state;
  const update = (patch: Partial<typeof url>) => dispatch({ type: 'update', patch });
  return (
    <aside
      id="panneau"
      ref={panelRef}
      class={`panel ${state.panelOpen ? 'open' : ''}`}
      aria-labelledby="panneau-titre"
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && compact && state.panelOpen) onClose();
      }}
    >
      <div class="panel-head">
        <h2 id="panneau-titre">Filtres et légende</h2>
        <button type="button" class="close panel-close" onClick={onClose} aria-label="Fermer les filtres">×</button>
      </div>
      {state.geoMessage && <p class="note" role="alert">{state.geoMessage}</p>}
      {origin && (
        <NearestPanel
          origin={origin}
          results={results}
          network={state.nearNetwork}
          present={meta.networks.filter((n) => n.present).map((n) => n.id)}
          radiusKm={state.radiusKm}
          selectedId={url.place}
          hoveredId={hover?.place.id ?? null}
          onNetwork={(network) => dispatch({ type: 'near-network', network })}
          onRadius={setRadius}
          onSelect={(p) => {
            if (compact) dispatch({ type: 'panel', open: false });
            update({ place: p.id, list: false });
            focusPlace(p);
          }}
          onHover={onHover}
          onClose={() => dispatch({ type: 'close-origin' })}
        />
      )}
      {embed.filtersShown && <FilterPanel places={places} meta={meta} filters={url.filters} locked={embed.filtersLocked} onChange={(filters) => update({ filters })}
        overTime={overTime} onAsOf={(year) => dispatch({ type: 'as-of', year })} />}
      <CoverageControls indicator={url.indicator} scope={url.scope} present={cov.present} partial={cov.partial.map((n) => n.id)} onChange={(indicator, scope) => update({ indicator, scope })} markers={url.markers} onMarkers={(markers) => update({ markers })} />
      <div class="background-option fr-checkbox-group fr-checkbox-group--sm">
        <input type="checkbox" id="fond-densite" checked={state.densityBackground} onChange={(e) => dispatch({ type: 'density-background', on: e.currentTarget.checked })} disabled={!meta.sources.density} />
        <label class="fr-label" for="fond-densite">Colorer les communes selon leur densité (à partir du zoom régional)</label>
      </div>
      {embed.filtersShown && basemapControl}
      {embed.embed && (
        <p class="footer-note">
          Agence nationale de la cohésion des territoires · Données ANCT, INSEE, IGN, La Poste (Licence Ouverte 2.0).{' '}
          <a href={fullMapUrl} target="_blank" rel="noopener">Ouvrir la carte en grand (nouvel onglet)</a>
        </p>
      )}
    </aside>
  );
}
