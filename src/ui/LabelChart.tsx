// « Lieux labellisés par année »: bars per year and the running total of one network (chosen in a select), as an
// SVG drawn here, with the same numbers in a table one click away (its text alternative).
import { useMemo, useState } from 'preact/hooks';
import { colourHex, networkById, type NetworkId } from '../domain/networks.ts';
import { formatInteger } from '../domain/numbers.ts';
import { chartTicks, labelTimeline } from '../domain/over-time.ts';
import type { Place } from '../domain/place.ts';
import { partialListText, type NetworkStatus } from '../domain/places-file.ts';
import type { OverTimeView } from './view-props.ts';

interface Props {
  /** Places every filter keeps but « Situation au » (the chart stops at its year and counts the undated apart). */
  places: readonly Place[];
  overTime: Pick<OverTimeView, 'range' | 'dated'>;
  asOf: number | null;
  /** Networks to choose from (present and shown). */
  networks: readonly NetworkId[];
  partial: readonly NetworkStatus[];
  /** Prefix of the element ids: the France view and the département panel may both hold a chart. */
  idPrefix: string;
}

// Drawn in a 400-unit box that scales with its width (at most 30rem): 13-unit text stays readable from 360 px up.
const W = 400;
const H = 210;
const M = { top: 18, right: 10, bottom: 40, left: 44 };

export function LabelChart({ places, overTime, asOf, networks, partial, idPrefix }: Props) {
  const [chosen, setChosen] = useState<NetworkId | null>(null);
  // The first network with dates is shown first (France Services); a choice that the filters took away falls back to it.
  const network = chosen && networks.includes(chosen) ? chosen : (networks.find((n) => overTime.dated.has(n)) ?? networks[0] ?? null);
  const range = overTime.range;
  const last = asOf ?? range?.last ?? 0;
  const timeline = useMemo(
    () => (network && range ? labelTimeline(places.filter((p) => p.network === network), range.first, last) : null),
    [places, network, range, last],
  );
  if (!network) return <p class="hint">Aucun réseau affiché.</p>;
  const label = networkById(network).label;
  const status = partial.find((s) => s.id === network);
  const undatedExport = !overTime.dated.has(network);
  const titleId = `${idPrefix}-titre`;
  return (
    <figure class="label-chart" data-network={network}>
      <figcaption id={titleId}>
        {label} : lieux labellisés chaque année et total en fin d’année{asOf !== null ? `, jusqu’au 31 décembre ${asOf}` : ''}
        {status && <span class="note"> · {partialListText(status)}</span>}
      </figcaption>
      {networks.length > 1 && (
        <span class="inline-field">
          <label class="fr-label" for={`${idPrefix}-reseau`}>Réseau du graphique</label>
          <select class="fr-select" id={`${idPrefix}-reseau`} value={network} onChange={(e) => setChosen(e.currentTarget.value as NetworkId)}>
            {networks.map((n) => <option key={n} value={n}>{networkById(n).label}</option>)}
          </select>
        </span>
      )}
      {undatedExport ? (
        <p class="note chart-unavailable">Date de labellisation non disponible : l’export des {label} n’en donne pas.</p>
      ) : !timeline || timeline.dated === 0 ? (
        <p class="hint">Aucun lieu daté avec les filtres en cours.</p>
      ) : (
        <>
          <Bars timeline={timeline} colour={colourHex(networkById(network).colour)} titleId={titleId} />
          <p class="chart-key" aria-hidden="true">
            <svg width="14" height="10" class="key-bar"><rect width="14" height="10" fill={colourHex(networkById(network).colour)} /></svg> labellisés dans l’année
            <svg width="18" height="10" class="key-line"><line x1="0" y1="5" x2="18" y2="5" /><circle cx="9" cy="5" r="3" /></svg> total en fin d’année
          </p>
          <details class="chart-data">
            <summary>Les chiffres du graphique (tableau)</summary>
            <table class="figures">
              <caption class="sr-only">{label} : lieux labellisés par année et total en fin d’année</caption>
              <thead><tr><th scope="col">Année</th><th scope="col">Labellisés dans l’année</th><th scope="col">Total au 31 décembre</th></tr></thead>
              <tbody>
                {timeline.years.map((y) => (
                  <tr key={y.year}><th scope="row">{y.year}</th><td class="num">{formatInteger(y.count)}</td><td class="num">{formatInteger(y.cumulative)}</td></tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
      {!undatedExport && timeline && timeline.undated > 0 && (
        <p class="note">
          {formatInteger(timeline.undated)} lieu{timeline.undated > 1 ? 'x' : ''} sans date de labellisation : hors du graphique, compté{timeline.undated > 1 ? 's' : ''} seulement sans le filtre « Situation au ».
        </p>
      )}
    </figure>
  );
}

function Bars({ timeline, colour, titleId }: { timeline: ReturnType<typeof labelTimeline>; colour: string; titleId: string }) {
  const years = timeline.years;
  const lastYear = years[years.length - 1]!;
  const ticks = chartTicks(lastYear.cumulative);
  const top = ticks[ticks.length - 1]!;
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const band = plotW / years.length;
  const y = (v: number) => M.top + plotH - (v / top) * plotH;
  const x = (i: number) => M.left + band * i + band / 2;
  const barW = Math.min(30, band * 0.6);
  const summary = `De ${years[0]!.year} à ${lastYear.year} : ${years.map((v) => `${v.year}, ${formatInteger(v.count)} labellisés, total ${formatInteger(v.cumulative)}`).join(' ; ')}.`;
  return (
    <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={titleId} aria-describedby={`${titleId}-resume`}
      data-last-year={lastYear.year} data-last-cumulative={lastYear.cumulative}>
      <desc id={`${titleId}-resume`}>{summary}</desc>
      {ticks.map((t) => (
        <g key={t} class="tick">
          <line x1={M.left} x2={W - M.right} y1={y(t)} y2={y(t)} />
          <text x={M.left - 6} y={y(t) + 4} text-anchor="end">{formatInteger(t)}</text>
        </g>
      ))}
      {years.map((v, i) => (
        <g key={v.year}>
          <rect class="bar" x={x(i) - barW / 2} y={y(v.count)} width={barW} height={Math.max(0, y(0) - y(v.count))} fill={colour}
            data-year={v.year} data-count={v.count} data-cumulative={v.cumulative} />
          {/* Under the year, not over the bar: the line's points would cover it. */}
          <text class="year" x={x(i)} y={H - M.bottom + 16} text-anchor="middle">{v.year}</text>
          <text class="bar-value" x={x(i)} y={H - M.bottom + 32} text-anchor="middle">+{formatInteger(v.count)}</text>
        </g>
      ))}
      <polyline class="cumulative" points={years.map((v, i) => `${x(i).toFixed(1)},${y(v.cumulative).toFixed(1)}`).join(' ')} />
      {years.map((v, i) => <circle key={v.year} class="cumulative-point" cx={x(i)} cy={y(v.cumulative)} r="3.5" />)}
      <text class="cumulative-value" x={x(years.length - 1) - 6} y={y(lastYear.cumulative) - 7} text-anchor="end">{formatInteger(lastYear.cumulative)}</text>
    </svg>
  );
}
