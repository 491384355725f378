// The side panel (over the map in compact layouts): nearest places, filters, coverage controls, background option.
import type { ComponentChild, RefObject } from 'preact';
import { CoverageControls } from './CoverageControls.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import type { ViewProps } from './view-props.ts';

type Props = Pick<ViewProps, 'state' | 'dispatch' | 'places' | 'meta' | 'cov' | 'overTime' | 'embed' | 'fullMapUrl' | 'basemapControl'> & {
  compact: boolean;
  /** Open over a narrow page: Tab stays inside (the page behind is inert). */
  modal: boolean;
  panelRef: RefObject<HTMLElement | null>;
  onClose: () => void;
  /** The nearest places, at the head of the column in the wide layout (on a phone they are in the bottom sheet). */
  nearest: ComponentChild;
};

/** The elements Tab stops at, in order: the drawer keeps the focus among them. */
const TABBABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

/** Tab from the last control goes to the first, Shift+Tab from the first (or the drawer itself) to the last. */
function trapTab(e: KeyboardEvent, container: HTMLElement) {
  const items = [...container.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.getClientRects().length > 0);
  if (items.length === 0) return;
  const active = (container.getRootNode() as Document | ShadowRoot).activeElement;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  if (e.shiftKey && (active === first || active === container)) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  }
}

export function SidePanel({ state, dispatch, places, meta, cov, overTime, embed, fullMapUrl, basemapControl, compact, modal, panelRef, onClose, nearest }: Props) {
  const { url } = state;
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
        else if (e.key === 'Tab' && modal) trapTab(e, e.currentTarget);
      }}
    >
      {nearest}
      <div class="panel-head">
        <h2 id="panneau-titre">Filtres et légende</h2>
        <button type="button" class="close panel-close" onClick={onClose} aria-label="Fermer les filtres">×</button>
      </div>
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
