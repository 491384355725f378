// The table of all départements: the accessible alternative to the choropleth, sortable by any column, searchable,
// with each département's région and neighbours.
import { useState } from 'preact/hooks';
import { compareDepartementCodes } from '../domain/compare.ts';
import type { DepartementFigures } from '../domain/departements-file.ts';
import { foldForMatch } from '../domain/fold.ts';
import { coverageOf, formatRank, INDICATORS, ranks, type CoverageScope, type IndicatorId } from '../domain/indicators.ts';
import type { NetworkStatus } from '../domain/places-file.ts';
import { formatCount } from './format.ts';
import { PartialListsNote } from './PartialListsNote.tsx';

type Column = 'code' | 'name' | 'region' | 'population' | IndicatorId;

interface Props {
  departements: readonly DepartementFigures[];
  scope: CoverageScope;
  scopeLabel: string;
  partial: readonly NetworkStatus[];
  onSelect: (code: string) => void;
}

const COLLATOR = new Intl.Collator('fr', { numeric: true });

/** A row matches when the text is in its name, its code or its région's name (accents and case ignored). */
export function matchesDepartement(d: Pick<DepartementFigures, 'code' | 'name' | 'regionName'>, text: string): boolean {
  const q = foldForMatch(text);
  if (!q) return true;
  return foldForMatch(d.name).includes(q) || foldForMatch(d.code) === q || foldForMatch(d.code).startsWith(q) || foldForMatch(d.regionName).includes(q);
}

export function CoverageTable({ departements, scope, scopeLabel, partial, onSelect }: Props) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'code', descending: false });
  const [query, setQuery] = useState('');
  const rank = ranks(departements, scope, 'per100k');
  const names = new Map(departements.map((d) => [d.code, d.name]));
  const value = (d: DepartementFigures, c: Column): string | number | null =>
    c === 'code' ? d.code : c === 'name' ? d.name : c === 'region' ? d.regionName : c === 'population' ? d.population : c === 'count' ? coverageOf(d, scope).count : c === 'per100k' ? coverageOf(d, scope).per100k : coverageOf(d, scope)[c];
  const rows = departements.filter((d) => matchesDepartement(d, query)).sort((a, b) => {
    if (sort.column === 'code') return sort.descending ? compareDepartementCodes(b.code, a.code) : compareDepartementCodes(a.code, b.code);
    const va = value(a, sort.column);
    const vb = value(b, sort.column);
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : COLLATOR.compare(String(va ?? ''), String(vb ?? ''));
    return (sort.descending ? -order : order) || compareDepartementCodes(a.code, b.code);
  });
  const header = (column: Column, label: string) => (
    <th scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort({ column, descending: sort.column === column ? !sort.descending : column !== 'code' && column !== 'name' && column !== 'region' })}>
        {label}
        <span aria-hidden="true">{sort.column === column ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
  const ind = Object.fromEntries(INDICATORS.map((i) => [i.id, i]));
  return (
    <section class="coverage-table" aria-labelledby="tableau-titre">
      <h2 id="tableau-titre">Couverture des départements : {scopeLabel}</h2>
      <PartialListsNote partial={partial} figures />
      <p class="hint">Cliquez un en-tête pour trier ; le nom d’un département ouvre sa fiche. Rang sur le taux pour 100 000 habitants (1 = le plus élevé).</p>
      <div class="table-search">
        <label class="fr-label" for="filtre-departements">Chercher un département ou une région</label>
        <input class="fr-input" id="filtre-departements" type="search" value={query} placeholder="nom, numéro ou région" autocomplete="off" onInput={(e) => setQuery(e.currentTarget.value)} />
        <span role="status" class="hint">{rows.length === departements.length ? `${departements.length} départements` : `${rows.length} sur ${departements.length} départements`}</span>
      </div>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {header('code', 'Code')}
              {header('name', 'Département')}
              {header('region', 'Région')}
              {header('population', 'Population')}
              {header('count', 'Lieux')}
              {header('per100k', 'Pour 100 000 hab.')}
              {header('beyond10km', 'À plus de 10 km')}
              {header('beyond20km', 'À plus de 20 km')}
              <th scope="col">Rang (pour 100 000 hab.)</th>
              <th scope="col">Départements voisins</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => {
              const c = coverageOf(d, scope);
              const r = rank.get(d.code);
              return (
                <tr key={d.code}>
                  <td>{d.code}</td>
                  <th scope="row">
                    <button type="button" class="link" onClick={() => onSelect(d.code)}>{d.name}</button>
                  </th>
                  <td>{d.regionName}</td>
                  <td class="num">{formatCount(d.population)}</td>
                  <td class="num">{formatCount(c.count)}</td>
                  <td class="num">{ind.per100k!.format(c.per100k)}</td>
                  <td class="num">{c.beyond10km === null ? '—' : ind.beyond10km!.format(c.beyond10km)}</td>
                  <td class="num">{c.beyond20km === null ? '—' : ind.beyond20km!.format(c.beyond20km)}</td>
                  <td class="num">{r ? formatRank(r, true) : '—'}</td>
                  <td class="neighbours">
                    {d.neighbours.length === 0 ? '—' : [...d.neighbours].sort(compareDepartementCodes).map((n) => `${names.get(n) ?? n} (${n})`).join(', ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
