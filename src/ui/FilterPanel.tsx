// Filters: networks (with the legend's counts), QPV, density and commune size, each option with its count.
import { useMemo } from 'preact/hooks';
import { DENSITY_CLASSES, DENSITY_GROUPS, type DensityClass } from '../domain/density.ts';
import { countByNetwork, DEFAULT_FILTERS, isDefault, optionCounts, type Filters, type QpvFilter } from '../domain/filters.ts';
import { NETWORKS, type NetworkId } from '../domain/networks.ts';
import type { Place } from '../domain/place.ts';
import { partialListText, type PlacesMeta } from '../domain/places-file.ts';
import { SIZE_BANDS, type SizeBand } from '../domain/size-bands.ts';
import { formatCount } from './format.ts';
import { Marker } from './Marker.tsx';
import { UndatedNote } from './UndatedNote.tsx';
import type { OverTimeView } from './view-props.ts';

interface Props {
  places: readonly Place[];
  meta: PlacesMeta;
  filters: Filters;
  /** Filters fixed by the host page: shown, not changeable. */
  locked?: boolean;
  onChange: (filters: Filters) => void;
  overTime: OverTimeView;
  /** « Situation au »: a year, or null for today. */
  onAsOf: (year: number | null) => void;
}

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...new Set([...list, value])] : list.filter((v) => v !== value);
}

function Count({ n }: { n: number | undefined }) {
  return <span class="count">{formatCount(n ?? 0)}</span>;
}

/** The years « Situation au » offers, latest first: those of the data, and a year a link asked for outside them. */
function asOfChoices(range: OverTimeView['range'], asOf: number | null): number[] {
  const years = new Set<number>(asOf === null ? [] : [asOf]);
  if (range) for (let y = range.first; y <= range.last; y++) years.add(y);
  return [...years].sort((a, b) => b - a);
}

export function FilterPanel({ places, meta, filters, locked = false, onChange, overTime, onAsOf }: Props) {
  // Counting walks every place: only when places or filters change, not on each hover of the map.
  const networkCounts = useMemo(() => countByNetwork(places, filters), [places, filters]);
  const counts = useMemo(() => optionCounts(places, filters), [places, filters]);
  const status = new Map(meta.networks.map((n) => [n.id, n]));
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  const groupOn = (ids: DensityClass[]) => ids.every((id) => filters.density.includes(id));
  return (
    <form class="filters" onSubmit={(e) => e.preventDefault()} aria-label="Filtres">
      {locked && <p class="hint">Filtres fixés par le site qui présente cette carte.</p>}
      <fieldset disabled={locked} class="filters-all">
      <fieldset>
        <legend>Réseaux</legend>
        <ul class="options">
          {NETWORKS.map((n) => {
            const present = status.get(n.id)?.present ?? false;
            const id = `reseau-${n.id}`;
            const partial = partialListText(status.get(n.id));
            return (
              <li key={n.id} class={`fr-checkbox-group fr-checkbox-group--sm${present ? '' : ' unavailable'}`}>
                <input
                  type="checkbox"
                  id={id}
                  checked={present && filters.networks.includes(n.id)}
                  disabled={!present}
                  aria-describedby={partial ? `${id}-partiel` : undefined}
                  onChange={(e) => set({ networks: toggle<NetworkId>(filters.networks, n.id, e.currentTarget.checked) })}
                />
                <label class="fr-label" for={id}>
                  <Marker network={n} />
                  <span class="option-label">{n.label}</span>
                  {!present ? (
                    <span class="note">données non disponibles</span>
                  ) : filters.networks.includes(n.id) ? (
                    <Count n={networkCounts[n.id]} />
                  ) : (
                    // The legend counts visible places; a hidden network says how many it would show.
                    <span class="count" title={`${formatCount(networkCounts[n.id])} lieux si le réseau est affiché`}>
                      0 / {formatCount(networkCounts[n.id])}
                    </span>
                  )}
                </label>
                {partial && <p class="note partial-list" id={`${id}-partiel`}>{partial}</p>}
              </li>
            );
          })}
        </ul>
      </fieldset>

      <div class="as-of fr-select-group">
        <label class="fr-label" for="situation-au">
          Situation au
          <span class="fr-hint-text">Les lieux labellisés au plus tard le 31 décembre de l’année choisie</span>
        </label>
        <select class="fr-select" id="situation-au" value={filters.asOf ?? ''} onChange={(e) => onAsOf(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
          <option value="">aujourd’hui (tous les lieux)</option>
          {asOfChoices(overTime.range, filters.asOf).map((y) => <option key={y} value={y}>31 décembre {y}</option>)}
        </select>
        <UndatedNote asOf={filters.asOf} undated={overTime.undated} dated={overTime.dated} />
      </div>

      <fieldset>
        <legend>Quartiers prioritaires (QPV)</legend>
        {meta.sources.qpv === null ? (
          <p class="note">Données QPV non disponibles : ce filtre est inactif.</p>
        ) : (
          <>
            {meta.sources.qpv === 'commune-list' && <p class="hint">Selon la commune du lieu : les contours des quartiers ne sont pas encore disponibles.</p>}
            <ul class="options">
              {([
                ['all', 'Tous les lieux'],
                ['in', meta.sources.qpv === 'contours' ? 'Dans un QPV' : 'Commune comprenant un QPV'],
                ['out', meta.sources.qpv === 'contours' ? 'Hors QPV' : 'Commune sans QPV'],
              ] as [QpvFilter, string][]).map(([value, label]) => (
                <li key={value} class="fr-radio-group fr-radio-group--sm">
                  <input type="radio" name="qpv" id={`qpv-${value}`} checked={filters.qpv === value} onChange={() => set({ qpv: value })} />
                  <label class="fr-label" for={`qpv-${value}`}>
                    <span class="option-label">{label}</span>
                    <Count n={counts.qpv[value]} />
                  </label>
                </li>
              ))}
            </ul>
          </>
        )}
      </fieldset>

      <fieldset>
        <legend>Densité de la commune (grille INSEE)</legend>
        {!meta.sources.density ? (
          <p class="note">Grille de densité non disponible : ce filtre est inactif.</p>
        ) : (
          DENSITY_GROUPS.map((g) => {
            const ids = DENSITY_CLASSES.filter((d) => d.group === g.id).map((d) => d.id);
            return (
              <div class="group" key={g.id}>
                <div class="group-head fr-checkbox-group fr-checkbox-group--sm">
                  <input
                    type="checkbox"
                    id={`densite-${g.id}`}
                    checked={groupOn(ids)}
                    onChange={(e) => set({ density: e.currentTarget.checked ? [...new Set([...filters.density, ...ids])] : filters.density.filter((d) => !ids.includes(d)) })}
                  />
                  <label class="fr-label" for={`densite-${g.id}`}>
                    <span class="option-label">{g.label}</span>
                    <Count n={counts.densityGroup.get(g.id)} />
                  </label>
                </div>
                {ids.length > 1 && (
                  <ul class="options nested">
                    {ids.map((id) => (
                      <li key={id} class="fr-checkbox-group fr-checkbox-group--sm">
                        <input type="checkbox" id={`densite-${id}`} checked={filters.density.includes(id)} onChange={(e) => set({ density: toggle(filters.density, id, e.currentTarget.checked) })} />
                        <label class="fr-label" for={`densite-${id}`}>
                          <span class="option-label">{DENSITY_CLASSES[id - 1]!.label}</span>
                          <Count n={counts.density.get(id)} />
                        </label>
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            );
          })
        )}
      </fieldset>

      <fieldset>
        <legend>Taille de la commune</legend>
        <ul class="options">
          {SIZE_BANDS.map((b) => (
            <li key={b.id} class="fr-checkbox-group fr-checkbox-group--sm">
              <input type="checkbox" id={`taille-${b.id}`} checked={filters.sizeBands.includes(b.id)} onChange={(e) => set({ sizeBands: toggle<SizeBand>(filters.sizeBands, b.id, e.currentTarget.checked) })} />
              <label class="fr-label" for={`taille-${b.id}`}>
                <span class="option-label">{b.label}</span>
                <Count n={counts.sizeBand.get(b.id)} />
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      </fieldset>
      <p class="hint">Sans case cochée, un critère garde tous les lieux.</p>
      <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" disabled={locked || isDefault(filters)} onClick={() => onChange(DEFAULT_FILTERS)}>
        Réinitialiser les filtres
      </button>
    </form>
  );
}
