// The places nearest to a chosen point, sorted by straight-line distance, in step with the map.
import { networkById, type NetworkId } from '../domain/networks.ts';
import type { Place } from '../domain/place.ts';
import { formatApproximateKm, formatKm } from './format.ts';
import { Marker } from './Marker.tsx';

import type { Origin } from '../domain/nearest.ts';

export const RADII_KM = [5, 10, 20, 30] as const;

interface Props {
  origin: Origin;
  results: { place: Place; distanceKm: number }[];
  network: NetworkId | 'all';
  present: readonly NetworkId[];
  radiusKm: number | null;
  selectedId: string | null;
  /** The place under the pointer on the map or in this list. */
  hoveredId: string | null;
  onNetwork: (n: NetworkId | 'all') => void;
  onRadius: (km: number | null) => void;
  onSelect: (p: Place) => void;
  onHover: (p: Place | null) => void;
  onClose: () => void;
  /** Hidden while a card opened from it covers the same bottom sheet (phones): it keeps its scroll and its focus target. */
  hidden?: boolean;
  /** « sheet »: the phone's bottom sheet over the map; « column »: the wide layout's side column. */
  variant: 'sheet' | 'column';
}

export function NearestPanel(p: Props) {
  return (
    <section class={`nearest nearest-${p.variant}`} aria-labelledby="proches-titre" hidden={p.hidden}>
      <div class="nearest-head">
        <h2 id="proches-titre">Lieux les plus proches de {p.origin.label}</h2>
        <button type="button" class="close small-close" onClick={p.onClose} aria-label="Fermer les résultats">×</button>
      </div>
      {p.origin.outsideKm != null && (
        <p class="note outside-territory" role="status">
          Votre position semble hors du territoire couvert : la commune française la plus proche est à {formatKm(p.origin.outsideKm)}. Les distances ci-dessous partent de votre position.
        </p>
      )}
      <div class="nearest-options">
        <label class="fr-label" for="proches-reseau">Réseau</label>
        <select class="fr-select" id="proches-reseau" value={p.network} onChange={(e) => p.onNetwork(e.currentTarget.value as NetworkId | 'all')}>
            <option value="all">tous</option>
            {p.present.map((n) => (
              <option key={n} value={n}>{networkById(n).label}</option>
            ))}
        </select>
        <label class="fr-label" for="proches-rayon">Rayon</label>
        <select class="fr-select" id="proches-rayon" value={p.radiusKm ?? ''} onChange={(e) => p.onRadius(e.currentTarget.value ? Number(e.currentTarget.value) : null)}>
            <option value="">aucun</option>
            {RADII_KM.map((km) => (
              <option key={km} value={km}>{km} km</option>
            ))}
        </select>
      </div>
      {p.results.length === 0 ? (
        <p>Aucun lieu {p.radiusKm ? `à moins de ${p.radiusKm} km` : ''} avec ces filtres.</p>
      ) : (
        <ol class="nearest-list" onMouseLeave={() => p.onHover(null)}>
          {p.results.map(({ place, distanceKm }, i) => {
            const n = networkById(place.network);
            return (
              <li key={place.id} data-id={place.id} class={[place.id === p.selectedId ? 'selected' : '', place.id === p.hoveredId ? 'hovered' : ''].join(' ').trim()} onMouseEnter={() => p.onHover(place)}>
                <button type="button" class="result" onClick={() => p.onSelect(place)} onFocus={() => p.onHover(place)} aria-current={place.id === p.selectedId ? 'true' : undefined}>
                  <span class="rank" aria-hidden="true">{i + 1}</span>
                  <Marker network={n} />
                  <span class="place-name">{place.name}</span>
                  {/* A place at its commune's centre: its distance is rounded and said to be approximate, never « 0,2 km ». */}
                  <span class="distance">{place.approximate ? formatApproximateKm(distanceKm) : formatKm(distanceKm)}</span>
                  <span class="place-meta">
                    {n.singular} · {place.communeName ?? ''}
                    {place.approximate ? ' · position approximative (centre de la commune)' : ''}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
      <p class="hint">Distances à vol d’oiseau.</p>
    </section>
  );
}
