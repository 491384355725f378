// Above the map: the filters button, the view switch (map, list, départements), the count, the département search.
import type { RefObject } from 'preact';
import { DepartementSearch } from './CoverageControls.tsx';
import { formatCount, placesLabel } from './format.ts';
import type { ViewProps } from './view-props.ts';

type Props = Pick<ViewProps, 'state' | 'dispatch' | 'places' | 'visible' | 'cov' | 'embed' | 'loadDepartementNames'> & {
  toggleRef: RefObject<HTMLButtonElement | null>;
  onTogglePanel: () => void;
  /** An embed about one département counts its places (« 27 lieux (Creuse) »), like its list: short, on the toolbar's line. */
  scoped?: { count: number; where: string } | null;
};

export function Toolbar({ state, dispatch, places, visible, cov, embed, loadDepartementNames, toggleRef, onTogglePanel, scoped = null }: Props) {
  const { url } = state;
  const update = (patch: Partial<typeof url>) => dispatch({ type: 'update', patch });
  return (
    <div class="toolbar">
      <button
        ref={toggleRef}
        type="button"
        class="fr-btn fr-btn--sm fr-btn--secondary fr-icon-filter-line fr-btn--icon-left panel-toggle"
        aria-expanded={state.panelOpen}
        aria-controls="panneau"
        onClick={onTogglePanel}
      >
        Filtres
      </button>
      <div class="view-switch" role="group" aria-label="Affichage">
        <button type="button" class="fr-btn fr-btn--sm" aria-pressed={!url.list && !url.table && !url.france} disabled={state.contextLost} onClick={() => update({ list: false, table: false, france: false })}>
          Carte
        </button>
        <button type="button" class="fr-btn fr-btn--sm" aria-pressed={url.list && !url.table && !url.france} onClick={() => update({ list: true, table: false, france: false })}>
          Liste
        </button>
        <button type="button" class="fr-btn fr-btn--sm" aria-pressed={url.table && !url.france} onClick={() => update({ table: !url.table, france: false })}>
          Départements
        </button>
        <button type="button" class="fr-btn fr-btn--sm" aria-pressed={url.france} onClick={() => update({ france: !url.france })}>
          La France
        </button>
      </div>
      <p class="visible-count" role="status">
        {scoped ? `${placesLabel(scoped.count)} ${scoped.where}` : `${placesLabel(visible.length)} sur ${formatCount(places.length)}`}
      </p>
      {!embed.embed && (
        <DepartementSearch names={cov.names} onFocus={cov.ensureLoaded} loadNames={loadDepartementNames} onPick={(code) => update({ departement: code, place: null })} />
      )}
    </div>
  );
}
