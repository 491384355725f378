// A département's coverage against the nation: per network, per 100,000, distance shares, ranks, gaps, exports.
// On small screens it opens as a summary over the bottom of the map, and shows the figures on demand.
import type { ComponentChild } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { comparison } from '../domain/compare.ts';
import type { NationalCoverage, NetworkCoverage } from '../domain/coverage.ts';
import type { DepartementFigures } from '../domain/departements-file.ts';
import type { CommuneGap } from '../domain/gaps.ts';
import { formatRank, indicatorById, ranks, type CoverageScope, type IndicatorId, type Rank } from '../domain/indicators.ts';
import { outsideDepartementsText } from '../domain/territories.ts';
import { NETWORKS, type NetworkId } from '../domain/networks.ts';
import type { Delimiter } from '../domain/csv-export.ts';
import { formatOneDecimal } from '../domain/numbers.ts';
import { formatCount } from './format.ts';
import { Marker } from './Marker.tsx';
import type { NetworkStatus } from '../domain/places-file.ts';
import { PartialListsNote } from './PartialListsNote.tsx';

/** Communes this large (median, km²) make a distance from a commune's centre misleading: Guyane, La Réunion. */
export const LARGE_COMMUNES_KM2 = 90;

interface Props {
  departement: DepartementFigures;
  national: NationalCoverage;
  all: readonly DepartementFigures[];
  /** The network the comparison with the région and the neighbours is about (the map's « Réseau »). */
  scope: CoverageScope;
  scopeLabel: string;
  present: readonly NetworkId[];
  /** Networks whose list is partial: their figures are indicative, « Tous les réseaux » leaves them out. */
  partial: readonly NetworkStatus[];
  filtersSummary: string | null;
  /** What the print view states: the data's dates and when the map was built. */
  dataDates: string | null;
  builtAt: string;
  /** The figures under the filters could not be computed: these are the figures without filters. */
  figuresFailed?: boolean;
  gaps: CommuneGap[] | null | 'error';
  delimiter: Delimiter;
  onDelimiter: (d: Delimiter) => void;
  onExportFigures: () => void;
  onExportPlaces: () => void;
  onExportGaps: () => void;
  onClose: () => void;
  /** Opens another département's panel (a neighbour). */
  onSelectDepartement: (code: string) => void;
  /** Shows a gap commune on the map with its nearest places. */
  onGap: (gap: CommuneGap) => void;
  /** Starts as a one-line summary (small screens, embeds): the map stays visible. */
  collapsible: boolean;
  /** Places labelled per year in the département (src/ui/LabelChart.tsx), given by the map area. */
  chart: ComponentChild;
}

function Figure({ value, id, national, rank, note }: { value: number | null; id: IndicatorId; national: number | null; rank: Rank | undefined; note?: boolean }) {
  const ind = indicatorById(id);
  if (value === null) return <td>—</td>;
  return (
    <td class="num">
      <strong>{ind.format(value)}</strong>
      <span class="national">France : {national === null ? '—' : ind.format(national)}{note && <span class="note-ref" aria-hidden="true">*</span>}</span>
      {rank !== undefined && (
        <span class="rank">
          {formatRank({ ...rank, tiedWith: 1 })}
          {rank.tiedWith > 1 && <span class="tie"> ex aequo ({rank.tiedWith} départements)</span>}
        </span>
      )}
    </td>
  );
}

function fmt(id: IndicatorId, v: number | null): string {
  return v === null ? '—' : indicatorById(id).format(v);
}

export function DepartementPanel(p: Props) {
  const d = p.departement;
  const scopes: CoverageScope[] = [...p.present, 'all'];
  const [expanded, setExpanded] = useState(!p.collapsible);
  useEffect(() => setExpanded(!p.collapsible), [p.collapsible, d.code]);
  const largeCommunes = d.communes > 1 && (d.communeAreas?.medianKm2 ?? 0) >= LARGE_COMMUNES_KM2;
  const outsideNote = outsideDepartementsText(scopes.map((s) => ({
    label: s === 'all' ? 'Tous les réseaux' : NETWORKS.find((n) => n.id === s)!.label,
    ...((s === 'all' ? p.national.outside?.all : p.national.outside?.networks[s]) ?? { count: 0, codes: [] }),
  })));
  const count = indicatorById('count');
  const per100k = indicatorById('per100k');
  const row = (scope: CoverageScope, c: NetworkCoverage, n: NetworkCoverage) => {
    const network = scope === 'all' ? null : NETWORKS.find((x) => x.id === scope)!;
    const rank = (id: IndicatorId) => ranks(p.all, scope, id).get(d.code);
    const outside = scope === 'all' ? p.national.outside?.all : p.national.outside?.networks[scope];
    return (
      <tr key={scope}>
        <th scope="row">
          {network ? <Marker network={network} /> : null} {network ? network.label : 'Tous les réseaux'}
          {network && p.partial.some((s) => s.id === network.id) && <span class="note">indicatif : liste partielle</span>}
          {!network && p.partial.length > 0 && <span class="note">hors listes partielles</span>}
        </th>
        <Figure value={c.count} id="count" national={n.count} rank={undefined} note={Boolean(outside?.count)} />
        <Figure value={c.per100k} id="per100k" national={n.per100k} rank={rank('per100k')} />
        <Figure value={c.beyond10km} id="beyond10km" national={n.beyond10km} rank={rank('beyond10km')} />
        <Figure value={c.beyond20km} id="beyond20km" national={n.beyond20km} rank={rank('beyond20km')} />
      </tr>
    );
  };
  return (
    <section class="departement-panel" aria-labelledby="departement-titre" onKeyDown={(e) => e.key === 'Escape' && p.onClose()}>
      <button type="button" class="close" onClick={p.onClose} aria-label="Fermer la fiche du département">×</button>
      <div class="print-only print-summary">
        <p><strong>Carte des tiers-lieux labellisés</strong> · couverture du département</p>
        <p>Données : {p.dataDates ?? 'date des exports non indiquée'} (carte construite le {new Date(p.builtAt).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric' })}).</p>
        <p>Filtres : {p.filtersSummary ?? 'aucun, tous les lieux'}.</p>
      </div>
      <h2 id="departement-titre" tabIndex={-1}>
        {d.name} ({d.code})
      </h2>
      <p>
        {formatCount(d.population)} habitants · {formatCount(d.communes)} communes{d.regionName ? ` · région ${d.regionName}` : ''}
      </p>
      {largeCommunes && (
        <p class="note caveat" role="note">
          Communes très étendues (la moitié dépassent {formatCount(d.communeAreas!.medianKm2)} km² ; {d.communeAreas!.largestName} : {formatCount(d.communeAreas!.largestKm2)} km²) :
          les distances partent du centre de chaque commune et peuvent beaucoup différer des trajets de ses habitants.
        </p>
      )}
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
        <table class="figures coverage-figures">
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
      {outsideNote && (
        <p class="hint" id="hors-departement">
          * {outsideNote}
        </p>
      )}
      <PartialListsNote partial={p.partial} figures />
      <p class="hint">
        Distances à vol d’oiseau depuis le centre de chaque commune jusqu’au lieu le plus proche. Rangs parmi les départements (1 = meilleure couverture) sur
        les taux et les parts seulement : un nombre de lieux dépend d’abord de la taille du département.
      </p>
      <h3>Comparer avec la région et les départements voisins</h3>
      <div class="table-scroll">
        <table class="figures compare">
          <caption class="sr-only">{d.name}, sa région et ses départements voisins : {p.scopeLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{p.scopeLabel.charAt(0).toUpperCase() + p.scopeLabel.slice(1)}</th>
              <th scope="col">Lieux</th>
              <th scope="col">Pour 100 000 hab.</th>
              <th scope="col">À plus de 10 km</th>
              <th scope="col">À plus de 20 km</th>
            </tr>
          </thead>
          <tbody>
            {comparison(d, p.all, p.scope).map((a) => (
              <tr key={`${a.kind}-${a.code}`} class={a.kind}>
                <th scope="row">
                  {a.kind === 'neighbour' ? (
                    <button type="button" class="link" onClick={() => p.onSelectDepartement(a.code)}>{a.name} ({a.code})</button>
                  ) : a.kind === 'region' ? (
                    `Région ${a.name}`
                  ) : (
                    `${a.name} (${a.code})`
                  )}
                </th>
                <td class="num">{formatCount(a.coverage.count)}</td>
                <td class="num">{fmt('per100k', a.coverage.per100k)}</td>
                <td class="num">{fmt('beyond10km', a.coverage.beyond10km)}</td>
                <td class="num">{fmt('beyond20km', a.coverage.beyond20km)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Au fil du temps</h3>
      {p.chart}
      <h3>Où sont les manques ?</h3>
      <p class="hint">Les communes les plus peuplées situées à plus de 10 km de tout lieu affiché, numérotées sur la carte. Choisir une commune la montre avec ses lieux les plus proches.</p>
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
              <button type="button" class="link" onClick={() => p.onGap(g)}>{g.name}</button> : {formatCount(g.population)} hab., lieu le plus proche à {formatOneDecimal(g.distanceKm)} km
            </li>
          ))}
        </ol>
      )}
      </div>
      <div class="exports" hidden={!expanded}>
        <label class="fr-label" for="separateur">Séparateur CSV</label>
        <select class="fr-select" id="separateur" value={p.delimiter} onChange={(e) => p.onDelimiter(e.currentTarget.value as Delimiter)}>
            <option value=";">point-virgule (;)</option>
            <option value=",">virgule (,)</option>
        </select>
        <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={p.onExportFigures}>Exporter les chiffres (CSV)</button>
        <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={p.onExportPlaces}>Exporter la liste des lieux (CSV)</button>
        {Array.isArray(p.gaps) && p.gaps.length > 0 && <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={p.onExportGaps}>Exporter les communes éloignées (CSV)</button>}
        <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => window.print()}>Imprimer</button>
      </div>
    </section>
  );
}
