// « La France »: the national figures of every network and of all, under the current filters, each with its definition.
import { useMemo } from 'preact/hooks';
import { decodeUrbanEpci } from '../domain/departements-file.ts';
import { formatNationalValue, nationalTable, NATIONAL_ROWS } from '../domain/national-table.ts';
import { networksInAll } from '../domain/places-file.ts';
import { LabelChart } from './LabelChart.tsx';
import { PartialListsNote } from './PartialListsNote.tsx';
import { UndatedNote } from './UndatedNote.tsx';
import type { ViewProps } from './view-props.ts';

type Props = Pick<ViewProps, 'visible' | 'meta' | 'cov' | 'state' | 'dispatch' | 'exportNational' | 'overTime'>;

export function FranceView({ visible, meta, cov, state, dispatch, exportNational, overTime }: Props) {
  const { filters } = state.url;
  const data = cov.data;
  const urban = useMemo(() => (data ? decodeUrbanEpci(data) : new Map()), [data?.urbanEpci]);
  const columns = useMemo(
    () => (data ? nationalTable(visible, data, cov.present, networksInAll(meta), urban) : null),
    [visible, data, cov.present, meta, urban],
  );
  return (
    <section class="coverage-table france-view" aria-labelledby="france-titre">
      <h2 id="france-titre">La France : les réseaux en chiffres</h2>
      {cov.filtersSummary && <p class="note">Filtres appliqués : {cov.filtersSummary}.</p>}
      {cov.figuresFailed && <p class="note" role="alert">Les chiffres avec vos filtres n’ont pas pu être recalculés : voici les chiffres sans filtres.</p>}
      <UndatedNote asOf={filters.asOf} undated={overTime.undated} dated={overTime.dated} />
      {!columns ? (
        <p class="hint">Chargement des chiffres nationaux…</p>
      ) : (
        <>
          <div class="table-scroll">
            <table class="figures national-figures">
              <caption class="sr-only">Chiffres nationaux par réseau ; chaque ligne donne sa définition</caption>
              <thead>
                <tr>
                  <th scope="col">Indicateur</th>
                  {columns.map((c) => <th scope="col" key={c.scope}>{c.label}{c.scope !== 'all' && cov.partial.some((p) => p.id === c.scope) ? ' (liste partielle)' : ''}</th>)}
                </tr>
              </thead>
              <tbody>
                {NATIONAL_ROWS.map((row) => (
                  <tr key={row.id} data-row={row.id}>
                    <th scope="row">
                      <details class="definition">
                        <summary>{row.label}</summary>
                        <p>{row.definition}</p>
                      </details>
                    </th>
                    {columns.map((c) => <td class="num" key={c.scope} data-scope={c.scope}>{formatNationalValue(row, c.figures)}</td>)}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <PartialListsNote partial={cov.partial} figures />
          <h3 id="france-temps">Au fil du temps</h3>
          <LabelChart places={overTime.places} overTime={overTime} asOf={filters.asOf} networks={cov.present.filter((n) => filters.networks.includes(n))} partial={cov.partial} idPrefix="graphique-france" />
          <h3>Départements où la part de la population à plus de 10 km est la plus forte</h3>
          <ul class="largest-beyond">
            {columns.map((c) => (
              <li key={c.scope}>
                <strong>{c.label}</strong> : {c.figures.largestBeyond10km.map((d) => `${d.name} (${Math.round(d.share * 100)} %)`).join(', ') || '—'}
              </li>
            ))}
          </ul>
          <div class="exports">
            <label class="fr-label" for="separateur-france">Séparateur CSV</label>
            <select class="fr-select" id="separateur-france" value={state.delimiter} onChange={(e) => dispatch({ type: 'delimiter', delimiter: e.currentTarget.value as ';' | ',' })}>
              <option value=";">point-virgule (;)</option>
              <option value=",">virgule (,)</option>
            </select>
            <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => exportNational(columns)}>Exporter le tableau (CSV)</button>
          </div>
        </>
      )}
    </section>
  );
}
