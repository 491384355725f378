// The table of all départements: the accessible alternative to the choropleth, sortable by any column.
import { useState } from 'preact/hooks';
import type { DepartementCoverage } from '../domain/coverage.ts';
import { coverageOf, INDICATORS, ranks, type CoverageScope, type IndicatorId } from '../domain/indicators.ts';
import type { NetworkStatus } from '../domain/places-file.ts';
import { formatCount } from './format.ts';
import { PartialListsNote } from './PartialListsNote.tsx';

type Column = 'code' | 'name' | 'population' | IndicatorId;

interface Props {
  departements: readonly DepartementCoverage[];
  scope: CoverageScope;
  scopeLabel: string;
  partial: readonly NetworkStatus[];
  onSelect: (code: string) => void;
}

const COLLATOR = new Intl.Collator('fr', { numeric: true });

export function CoverageTable({ departements, scope, scopeLabel, partial, onSelect }: Props) {
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'code', descending: false });
  const rank = ranks(departements, scope, 'per100k');
  const value = (d: DepartementCoverage, c: Column): string | number | null =>
    c === 'code' ? d.code : c === 'name' ? d.name : c === 'population' ? d.population : c === 'count' ? coverageOf(d, scope).count : c === 'per100k' ? coverageOf(d, scope).per100k : coverageOf(d, scope)[c];
  const rows = [...departements].sort((a, b) => {
    const va = value(a, sort.column);
    const vb = value(b, sort.column);
    const order = typeof va === 'number' && typeof vb === 'number' ? va - vb : COLLATOR.compare(String(va ?? ''), String(vb ?? ''));
    return sort.descending ? -order : order;
  });
  const header = (column: Column, label: string) => (
    <th scope="col" aria-sort={sort.column === column ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" onClick={() => setSort({ column, descending: sort.column === column ? !sort.descending : column !== 'code' && column !== 'name' })}>
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
      <p class="hint">Cliquez un en-tête pour trier ; le nom d’un département ouvre sa fiche.</p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              {header('code', 'Code')}
              {header('name', 'Département')}
              {header('population', 'Population')}
              {header('count', 'Lieux')}
              {header('per100k', 'Pour 100 000 hab.')}
              {header('beyond10km', 'À plus de 10 km')}
              {header('beyond20km', 'À plus de 20 km')}
              <th scope="col">Rang (pour 100 000 hab.)</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => {
              const c = coverageOf(d, scope);
              return (
                <tr key={d.code}>
                  <td>{d.code}</td>
                  <th scope="row">
                    <button type="button" class="link" onClick={() => onSelect(d.code)}>{d.name}</button>
                  </th>
                  <td class="num">{formatCount(d.population)}</td>
                  <td class="num">{formatCount(c.count)}</td>
                  <td class="num">{ind.per100k!.format(c.per100k)}</td>
                  <td class="num">{c.beyond10km === null ? '—' : ind.beyond10km!.format(c.beyond10km)}</td>
                  <td class="num">{c.beyond20km === null ? '—' : ind.beyond20km!.format(c.beyond20km)}</td>
                  <td class="num">{rank.get(d.code) ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
