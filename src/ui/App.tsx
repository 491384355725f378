// The page: header, search, side panel, map or list or table, place card, footer. A view of the application's
// state (src/app/app-state.ts), which src/app/AppController.tsx owns and feeds; focus handling stays here.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { departementName, inDepartement } from '../domain/departement-names.ts';
import type { ListSort } from '../domain/sort-places.ts';
import { CommuneSearch } from './CommuneSearch.tsx';
import { CoverageTable } from './CoverageTable.tsx';
import { FranceView } from './FranceView.tsx';
import { MapArea } from './MapArea.tsx';
import { NearestPanel } from './NearestPanel.tsx';
import { PlaceCard } from './PlaceCard.tsx';
import { PlaceList } from './PlaceList.tsx';
import { SidePanel } from './SidePanel.tsx';
import { SiteFooter } from './SiteFooter.tsx';
import { SiteHeader } from './SiteHeader.tsx';
import { Toolbar } from './Toolbar.tsx';
import { UndatedNote } from './UndatedNote.tsx';
import { useWidthPx } from './use-width.ts';
import type { ViewProps } from './view-props.ts';

/** Below this width the side panel opens over the map and the département figures start folded. */
const COMPACT_WIDTH_PX = 768;

/** Skip links move the focus themselves: inside a shadow root, "#id" links find nothing. */
function skipTo(id: string, before?: () => void) {
  return (e: MouseEvent) => {
    e.preventDefault();
    before?.();
    ((e.currentTarget as HTMLElement).getRootNode() as Document | ShadowRoot).getElementById(id)?.focus();
  };
}

export function App(props: ViewProps) {
  const { state, dispatch, embed, selected, cov, layoutRef } = props;
  const { url, contextLost } = state;
  const panelRef = useRef<HTMLElement>(null);
  const panelToggleRef = useRef<HTMLButtonElement>(null);
  const widthPx = useWidthPx(layoutRef, props.initialWidthPx);
  const compact = embed.embed || widthPx < COMPACT_WIDTH_PX;
  const update = (patch: Partial<typeof url>) => dispatch({ type: 'update', patch });
  // In an embed, the département frames the map and scopes the list: a Creuse page lists the Creuse's places.
  const scoped = embed.embed && Boolean(url.departement);
  const listed = useMemo(() => (scoped ? props.visible.filter((p) => p.departementCode === url.departement) : props.visible), [props.visible, scoped, url.departement]);

  // Opened over the map, the panel takes the focus, so that keyboard and screen reader users land in it; closed, it
  // hands it back to « Filtres » (after the page behind stops being inert, or the focus would fall to the body).
  const refocusToggle = useRef(false);
  useEffect(() => {
    if (state.panelOpen && compact) panelRef.current?.focus();
    if (!state.panelOpen && refocusToggle.current) panelToggleRef.current?.focus();
    refocusToggle.current = false;
  }, [state.panelOpen]);
  // A closed card or panel hands the focus to the main content, not to the page's body.
  const focusMain = () => layoutRef.current?.querySelector<HTMLElement>('#contenu')?.focus();
  const closePanel = () => {
    refocusToggle.current = true;
    dispatch({ type: 'panel', open: false });
  };
  const openPanel = () => dispatch({ type: 'panel', open: true });
  // Where the focus goes back when a card closes: the result or the list item that opened it (same place only).
  const openedFrom = useRef<{ id: string; from: 'list' | 'results' } | null>(null);
  const resultToFocus = useRef<string | null>(null);
  const [listFocus, setListFocus] = useState<{ id: string } | null>(null);
  const [listSort, setListSort] = useState<ListSort>('nom');
  useEffect(() => {
    const id = resultToFocus.current;
    if (url.place || !id) return;
    resultToFocus.current = null;
    layoutRef.current?.querySelector<HTMLElement>(`.nearest-list li[data-id="${CSS.escape(id)}"] .result`)?.focus();
  }, [url.place]);
  // Without WebGL the list stays, and a chosen place opens its card above it.
  const selectFromList = (p: (typeof props.visible)[number]) => {
    openedFrom.current = { id: p.id, from: 'list' };
    if (!contextLost) props.focusPlace(p);
    update({ place: p.id, list: contextLost });
  };
  const selectFromResults = (p: (typeof props.visible)[number]) => {
    openedFrom.current = { id: p.id, from: 'results' };
    props.focusPlace(p);
    update({ place: p.id, list: false });
  };
  const closeCard = () => {
    const from = openedFrom.current?.id === url.place ? openedFrom.current!.from : null;
    openedFrom.current = null;
    if (from === 'list') {
      // Back to the list it came from, on the same item.
      setListFocus({ id: url.place! });
      update({ place: null, list: true });
    } else if (from === 'results' && state.origin) {
      resultToFocus.current = url.place;
      update({ place: null });
    } else {
      update({ place: null });
      focusMain();
    }
  };
  const card = selected && (
    <PlaceCard place={selected} loadDetails={props.loadDetails} directionsUrl={props.directionsUrl} onClose={closeCard} inFlow={contextLost} />
  );
  // On a phone the results and the card share one bottom sheet over the map (one shown at a time, one close button);
  // in the wide layout the results head the side column.
  const nearest = state.origin && (
    <NearestPanel
      variant={compact ? 'sheet' : 'column'}
      hidden={compact && !!selected && !contextLost}
      origin={state.origin}
      results={props.results}
      network={props.nearNetwork}
      present={cov.present}
      radiusKm={state.radiusKm}
      selectedId={url.place}
      hoveredId={props.hover?.place.id ?? null}
      onNetwork={(network) => dispatch({ type: 'near-network', network })}
      onRadius={props.setRadius}
      onSelect={selectFromResults}
      onHover={props.onHover}
      onClose={() => {
        dispatch({ type: 'close-origin' });
        focusMain();
      }}
    />
  );
  // On a narrow screen the filter drawer covers the map and is modal: the rest of the page is inert while it is open
  // (its own trap keeps Tab inside). A wide embed's drawer leaves most of the map usable beside it.
  const drawerOpen = state.panelOpen && widthPx < COMPACT_WIDTH_PX;

  return (
    <div ref={layoutRef} class={`app layout theme-${embed.theme} ${url.list ? 'mode-list' : 'mode-map'} ${embed.embed ? 'embed' : 'standalone'}${compact ? ' compact' : ''}`}>
      <nav class="skip-links" aria-label="Accès rapide">
        <a class="fr-link" href="#contenu" onClick={skipTo('contenu')}>Aller au contenu</a>
        <a class="fr-link" href="#panneau" onClick={skipTo('panneau', openPanel)}>Aller aux filtres</a>
      </nav>
      <div class="screen">
        {embed.embed ? <h1 class="sr-only">Carte des tiers-lieux labellisés</h1> : <SiteHeader theme={embed.theme} />}
        <div class="workspace">
          <div class="search-area" inert={drawerOpen}>
            <CommuneSearch loadIndex={props.loadSearchIndex} onCommune={props.chooseCommune} onDepartement={(code) => update({ departement: code, place: null })} onLocate={props.locate} locating={state.locating} message={state.geoMessage} />
          </div>
          <main id="contenu" class="main" tabIndex={-1} inert={drawerOpen}>
            <Toolbar
              {...props}
              toggleRef={panelToggleRef}
              onTogglePanel={() => (state.panelOpen ? closePanel() : openPanel())}
              scoped={scoped ? { count: listed.length, where: `(${departementName(url.departement!) ?? url.departement})` } : null}
            />
            <MapArea {...props} compact={compact} card={card || null} sheet={compact ? nearest || null : null} focusMain={focusMain} />
            {contextLost && (
              <p class="note" role="alert">
                La carte ne peut plus s’afficher sur cet appareil (contexte graphique perdu) : voici la liste des lieux. Rechargez la page pour retrouver la carte.
              </p>
            )}
            {contextLost && card}
            {url.france && <FranceView {...props} />}
            {url.list && !url.table && !url.france && <UndatedNote asOf={url.filters.asOf} undated={props.overTime.undated} dated={props.overTime.dated} />}
            {url.list && !url.table && !url.france && (
              <PlaceList
                places={listed}
                scope={scoped ? inDepartement(url.departement!) : null}
                partial={cov.partial}
                pageSize={embed.embed ? 50 : 200}
                selectedId={url.place}
                onSelect={selectFromList}
                onHover={props.onHover}
                sort={listSort}
                onSort={setListSort}
                focus={listFocus}
              />
            )}
            {url.table && !url.france && !cov.data && <p class="hint">Chargement des chiffres des départements…</p>}
            {url.table && !url.france && cov.data && (
              <CoverageTable departements={cov.data.departements} scope={url.scope} scopeLabel={cov.scopeLabel} partial={cov.partial} onSelect={(code) => update({ departement: code, table: false })} />
            )}
          </main>
          {/* After the map in the page's order (the grid still draws it on the left): the views and the map come
              before the filters' 26 controls for a keyboard user, who reaches them with « Aller aux filtres ». */}
          <SidePanel {...props} compact={compact} modal={drawerOpen} panelRef={panelRef} onClose={closePanel} nearest={compact ? null : nearest || null} />
        </div>
      </div>
      {!embed.embed && <SiteFooter theme={embed.theme} />}
    </div>
  );
}
