// The map and what is drawn over it: territory shortcuts, legends, tooltips, the département panel, the place card.
import type { JSX } from 'preact';
import { DepartementPanel } from './DepartementPanel.tsx';
import { ChoroplethLegend, DensityLegend, TerritoryShortcuts } from './MapOverlays.tsx';
import type { ViewProps } from './view-props.ts';

type Props = Pick<ViewProps, 'places' | 'mapNotice' | 'state' | 'dispatch' | 'cov' | 'hover' | 'depHover' | 'showTerritory' | 'exportFigures' | 'exportPlaces' | 'mapContainerRef'> & {
  compact: boolean;
  card: JSX.Element | null;
  /** The nearest places in the phone's bottom sheet (hidden while a card covers it). */
  sheet: JSX.Element | null;
  focusMain: () => void;
};

export function MapArea({ places, mapNotice, state, dispatch, cov, hover, depHover, showTerritory, exportFigures, exportPlaces, mapContainerRef, compact, card, sheet, focusMain }: Props) {
  const { url } = state;
  return (
    <div class="map-wrap" hidden={url.list || url.table || url.france}>
      {/* Before the map in the DOM: keyboard users meet the shortcuts where they see them, at the top. */}
      <TerritoryShortcuts places={places} onPick={showTerritory} />
      <div ref={mapContainerRef} class="map" role="region" aria-label="Carte des lieux (la liste donne les mêmes informations)" />
      {mapNotice}
      <div class="map-legends">
        {url.indicator && cov.choropleth && <ChoroplethLegend indicator={url.indicator} classes={cov.choropleth.classes} />}
        {state.densityBackground && <DensityLegend />}
      </div>
      {!hover && depHover && url.indicator && cov.data && (
        <div class="tooltip" style={{ left: `${depHover.x + 12}px`, top: `${depHover.y + 12}px` }} role="presentation">
          {depHover.name} : {cov.formatValue(depHover.code)}
        </div>
      )}
      {url.departement && cov.data && cov.departement && (
        <DepartementPanel
          departement={cov.departement}
          national={cov.data.national}
          all={cov.data.departements}
          present={cov.present.filter((n) => url.filters.networks.includes(n))}
          partial={cov.partial}
          filtersSummary={cov.filtersSummary}
          figuresFailed={cov.figuresFailed}
          gaps={cov.gaps}
          delimiter={state.delimiter}
          onDelimiter={(delimiter) => dispatch({ type: 'delimiter', delimiter })}
          onExportFigures={exportFigures}
          onExportPlaces={exportPlaces}
          onClose={() => {
            dispatch({ type: 'update', patch: { departement: null } });
            focusMain();
          }}
          collapsible={compact}
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
