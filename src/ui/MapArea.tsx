// The map and what is drawn over it: territory shortcuts, legends, tooltips, the département panel, the place card.
import type { JSX } from 'preact';
import { describeExportDates } from '../domain/describe-filters.ts';
import { gapOrigin } from '../domain/gaps.ts';
import { DepartementPanel } from './DepartementPanel.tsx';
import { LabelChart } from './LabelChart.tsx';
import { ChoroplethLegend, DensityLegend, TerritoryShortcuts } from './MapOverlays.tsx';
import type { ViewProps } from './view-props.ts';

type Props = Pick<ViewProps, 'meta' | 'places' | 'overTime' | 'mapNotice' | 'state' | 'dispatch' | 'cov' | 'hover' | 'depHover' | 'showTerritory' | 'exportFigures' | 'exportPlaces' | 'exportGaps' | 'mapContainerRef' | 'embed'> & {
  compact: boolean;
  card: JSX.Element | null;
  /** The nearest places in the phone's bottom sheet (hidden while a card covers it). */
  sheet: JSX.Element | null;
  focusMain: () => void;
};

export function MapArea({ meta, places, overTime, mapNotice, state, dispatch, cov, hover, depHover, showTerritory, exportFigures, exportPlaces, exportGaps, mapContainerRef, embed, compact, card, sheet, focusMain }: Props) {
  const { url } = state;
  // An embed about one metropolitan département has no use for shortcuts to the overseas départements.
  const shortcuts = !(embed.embed && url.departement && !url.departement.startsWith('97'));
  return (
    <div class="map-wrap" hidden={url.list || url.table || url.france}>
      {/* Before the map in the DOM: keyboard users meet the shortcuts where they see them, at the top. */}
      {shortcuts && <TerritoryShortcuts places={places} onPick={showTerritory} compact={compact} />}
      <div ref={mapContainerRef} class="map" role="region" aria-label="Carte des lieux (la liste donne les mêmes informations)" />
      {mapNotice}
      {url.departement && cov.departement && !state.figuresOpen && (
        <button
          type="button"
          class="fr-btn fr-btn--sm fr-btn--secondary figures-open"
          onClick={(e) => {
            // The button goes away with the figures it opens: the focus moves to their title, not to the page's body.
            const root = e.currentTarget.getRootNode() as Document | ShadowRoot;
            dispatch({ type: 'figures', open: true });
            requestAnimationFrame(() => root.getElementById('departement-titre')?.focus());
          }}
        >
          Chiffres : {cov.departement.name} ({cov.departement.code})
        </button>
      )}
      <div class="map-legends">
        {url.indicator && cov.choropleth && <ChoroplethLegend indicator={url.indicator} classes={cov.choropleth.classes} markers={url.markers} />}
        {state.densityBackground && <DensityLegend />}
      </div>
      {!hover && depHover && url.indicator && cov.data && (
        <div class="tooltip" style={{ left: `${depHover.x + 12}px`, top: `${depHover.y + 12}px` }} role="presentation">
          {depHover.name} : {cov.formatValue(depHover.code)}
        </div>
      )}
      {url.departement && cov.data && cov.departement && state.figuresOpen && (
        <DepartementPanel
          departement={cov.departement}
          national={cov.data.national}
          all={cov.data.departements}
          scope={url.scope}
          scopeLabel={cov.scopeLabel}
          onSelectDepartement={(code) => dispatch({ type: 'update', patch: { departement: code, place: null } })}
          onGap={(g) => dispatch({ type: 'commune', origin: gapOrigin(g) })}
          present={cov.present.filter((n) => url.filters.networks.includes(n))}
          partial={cov.partial}
          filtersSummary={cov.filtersSummary}
          dataDates={describeExportDates(cov.data.exportDates, cov.present.filter((n) => url.filters.networks.includes(n)))}
          builtAt={meta.builtAt}
          figuresFailed={cov.figuresFailed}
          gaps={cov.gaps}
          delimiter={state.delimiter}
          onDelimiter={(delimiter) => dispatch({ type: 'delimiter', delimiter })}
          onExportFigures={exportFigures}
          onExportPlaces={exportPlaces}
          onExportGaps={exportGaps}
          onClose={() => {
            // In an embed the département stays the frame of the map and the list: only its figures close.
            if (embed.embed) dispatch({ type: 'figures', open: false });
            else dispatch({ type: 'update', patch: { departement: null } });
            focusMain();
          }}
          collapsible={compact}
          chart={
            <LabelChart places={overTime.places.filter((x) => x.departementCode === url.departement)} overTime={overTime} asOf={url.filters.asOf}
              networks={cov.present.filter((n) => url.filters.networks.includes(n))} partial={cov.partial} idPrefix="graphique-departement" />
          }
        />
      )}
      {url.departement && cov.data && !cov.departement && <p class="note" role="alert">Département « {url.departement} » inconnu.</p>}
      {sheet}
      {!state.contextLost && card}
      {hover && !url.list && (
        <div class="tooltip" style={{ left: `${hover.x + 12}px`, top: `${hover.y + 12}px` }} role="presentation">
          {hover.place.name}
        </div>
      )}
    </div>
  );
}
