// A département's coverage against the nation: per network, per 100,000, distance shares, ranks, gaps, exports.
// On small screens it opens as a summary over the bottom of the map, and shows the figures on demand.
import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { DepartementCoverage, NetworkCoverage } from '../domain/coverage.ts';
import type { CommuneGap } from '../domain/gaps.ts';
import { indicatorById, ranks, type CoverageScope, type IndicatorId } from '../domain/indicators.ts';
import { NETWORKS, type NetworkId } from '../domain/networks.ts';
import type { Delimiter } from '../domain/csv-export.ts';
import { formatOneDecimal } from '../domain/numbers.ts';
import { formatCount } from './format.ts';
import { Marker } from './Marker.tsx';
import type { NetworkStatus } from '../domain/places-file.ts';
import { PartialListsNote } from './PartialListsNote.tsx';

interface Props {
  departement: DepartementCoverage;
  national: Omit<DepartementCoverage, 'code' | 'name'>;
  all: readonly DepartementCoverage[];
  present: readonly NetworkId[];
  /** Networks whose list is partial: their figures are indicative, « Tous les réseaux » leaves them out. */
  partial: readonly NetworkStatus[];
  filtersSummary: string | null;
  /** The figures under the filters could not be computed: these are the figures without filters. */
  figuresFailed?: boolean;
  gaps: CommuneGap[] | null | 'error';
  delimiter: Delimiter;
  onDelimiter: (d: Delimiter) => void;
  onExportFigures: () => void;
  onExportPlaces: () => void;
  onClose: () => void;
  /** Starts as a one-line summary (small screens, embeds): the map stays visible. */
  collapsible: boolean;
  /** Places labelled per year in the département (src/ui/LabelChart.tsx), given by the map area. */
  chart: ComponentChild;
}

function Figure({ value, id, national, rank, total }: { value: number | null; id: IndicatorId; national: number | null; rank: number | undefined; total: number }) {
  const ind = indicatorById(id);
  if (value === null) return <td>—</td>;
  return (
    <td class="num">
      <strong>{ind.format(value)}</strong>
      <span class="national">France : {national === null ? '—' : ind.format(national)}</span>
      {rank !== undefined && <span class="rank">rang {rank}/{total}</span>}
    </td>
  );
}

export function DepartementPanel(p: Props) {
  const d = p.departement;
  const scopes: CoverageScope[] = [...p.present, 'all'];
  const total = p.all.length;
  const [expanded, setExpanded] = useState(!p.collapsible);
  useEffect(() => setExpanded(!p.collapsible), [p.collapsible, d.code]);
  const count = indicatorById('count');
  const per100k = indicatorById('per100k');
  const row = (scope: CoverageScope, c: NetworkCoverage, n: NetworkCoverage) => {
    const network = scope === 'all' ? null : NETWORKS.find((x) => x.id === scope)!;
    const rank = (id: IndicatorId) => ranks(p.all, scope, id).get(d.code);
    return (
      <tr key={scope}>
        <th scope="row">
          {network ? <Marker network={network} /> : null} {network ? network.label : 'Tous les réseaux'}
          {network && p.partial.some((s) => s.id === network.id) && <span class="note">indicatif : liste partielle</span>}
          {!network && p.partial.length > 0 && <span class="note">hors listes partielles</span>}
        </th>
        <Figure value={c.count} id="count" national={n.count} rank={rank('count')} total={total} />
        <Figure value={c.per100k} id="per100k" national={n.per100k} rank={rank('per100k')} total={total} />
        <Figure value={c.beyond10km} id="beyond10km" national={n.beyond10km} rank={rank('beyond10km')} total={total} />
        <Figure value={c.beyond20km} id="beyond20km" national={n.beyond20km} rank={rank('beyond20km')} total={total} />
      </tr>
    );
  };
  return (
    <section class="departement-panel" aria-labelledby="departement-titre" onKeyDown={(e) => e.key === 'Escape' && p.onClose()}>
      <button type="button" class="close" onClick={p.onClose} aria-label="Fermer la fiche du département">×</button>
      <h2 id="departement-titre" tabIndex={-1}>
        {d.name} ({d.code})
      </h2>
      <p>
        {formatCount(d.population)} habitants · {formatCount(d.communes)} communes
      </p>
      {p.collapsible && (
        <p class="departement-summary">
          {count.format(d.all.count)} lieux · {per100k.format(d.all.per100k)} pour 100 000 hab. (France : {per100k.format(p.national.all.per100k)}){' '}
          <button type="button" class="fr-btn fr-btn--sm fr-btn--tertiary" aria-expanded={expanded} aria-controls="departement-details" onClick={() => setExpanded(!expanded)}>
            {expanded ? 'Masquer les chiffres' : 'Voir les chiffres'}
          </button>
        </p>
      )}
      <div id="departement-details" hidden={!expanded}>
      {p.filtersSummary && <p class="note">Filtres appliqués : {p.filtersSummary}.</p>}
      {p.figuresFailed && <p class="note" role="alert">Les chiffres avec vos filtres n’ont pas pu être recalculés : voici les chiffres sans filtres.</p>}
      <div class="table-scroll">
        <table class="figures">
          <caption class="sr-only">Couverture par réseau, comparée à la France et rang parmi les départements (1 = meilleure couverture)</caption>
          <thead>
            <tr>
              <th scope="col">Réseau</th>
              <th scope="col">Lieux</th>
              <th scope="col">Pour 100 000 hab.</th>
              <th scope="col">Population à plus de 10 km</th>
              <th scope="col">Population à plus de 20 km</th>
            </tr>
          </thead>
          <tbody>{scopes.map((s) => row(s, s === 'all' ? d.all : d.networks[s], s === 'all' ? p.national.all : p.national.networks[s]))}</tbody>
        </table>
      </div>
      <PartialListsNote partial={p.partial} figures />
      <p class="hint">Distances à vol d’oiseau depuis le centre de chaque commune jusqu’au lieu le plus proche.</p>
      <h3>Au fil du temps</h3>
      {p.chart}
      <h3>Où sont les manques ?</h3>
      <p class="hint">Les communes les plus peuplées situées à plus de 10 km de tout lieu affiché.</p>
      {p.gaps === null ? (
        <p class="hint">Calcul en cours…</p>
      ) : p.gaps === 'error' ? (
        <p class="note">Calcul impossible (données des communes indisponibles).</p>
      ) : p.gaps.length === 0 ? (
        <p>Aucune commune du département n’est à plus de 10 km d’un lieu.</p>
      ) : (
        <ol class="gaps">
          {p.gaps.map((g) => (
            <li key={g.code}>
              {g.name} : {formatCount(g.population)} hab., lieu le plus proche à {formatOneDecimal(g.distanceKm)} km
            </li>
          ))}
        </ol>
      )}
      <div class="exports">
        <label class="fr-label" for="separateur">Séparateur CSV</label>
        <select class="fr-select" id="separateur" value={p.delimiter} onChange={(e) => p.onDelimiter(e.currentTarget.value as Delimiter)}>
            <option value=";">point-virgule (;)</option>
            <option value=",">virgule (,)</option>
        </select>
        <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={p.onExportFigures}>Exporter les chiffres (CSV)</button>
        <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={p.onExportPlaces}>Exporter la liste des lieux (CSV)</button>
        <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => window.print()}>Imprimer</button>
      </div>
      </div>
    </section>
  );
}
