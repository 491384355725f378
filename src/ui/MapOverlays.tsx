// What sits on the map: shortcuts to each territory, and the legends of the colours drawn (départements, density).
import type { ChoroplethClass } from '../domain/choropleth.ts';
import { DENSITY_CLASSES } from '../domain/density.ts';
import { indicatorById, type IndicatorId } from '../domain/indicators.ts';
import type { Place } from '../domain/place.ts';
import { TERRITORIES } from '../domain/territories.ts';
import { DENSITY_COLOURS } from '../domain/palette.ts';

/**
 * The départements' territories, and the collectivités d'outre-mer that have places, so every place can be reached.
 * In a compact layout (phones, embeds) a row of eleven buttons would run off the map: one labelled list instead.
 */
export function TerritoryShortcuts({ places, onPick, compact = false }: { places: readonly Pick<Place, 'departementCode'>[]; onPick: (id: string) => void; compact?: boolean }) {
  const codes = new Set(places.map((p) => p.departementCode));
  const territories = TERRITORIES.filter((t) => t.departement || t.codes.some((c) => codes.has(c)));
  const label = (t: (typeof territories)[number]) => (t.id === 'metropole' ? 'Métropole' : t.label);
  if (compact) {
    return (
      <nav class="territories territories-compact" aria-label="Aller à un territoire">
        <select
          class="fr-select"
          aria-label="Aller à un territoire"
          value=""
          onChange={(e) => {
            const id = e.currentTarget.value;
            e.currentTarget.value = '';
            if (id) onPick(id);
          }}
        >
          <option value="">Métropole et outre-mer…</option>
          {territories.map((t) => (
            <option key={t.id} value={t.id}>
              {label(t)}
            </option>
          ))}
        </select>
      </nav>
    );
  }
  return (
    <nav class="territories" aria-label="Aller à un territoire">
      <ul class="fr-tags-group fr-tags-group--sm">
        {territories.map((t) => (
          <li key={t.id}>
            <button type="button" class="fr-tag fr-tag--sm" onClick={() => onPick(t.id)}>
              {label(t)}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The title names the figure once: the classes already carry the unit (« 12,3 % »), a rate says « pour 100 000 habitants » in its name. */
export function ChoroplethLegend({ indicator, classes, markers }: { indicator: IndicatorId; classes: readonly ChoroplethClass[]; markers: boolean }) {
  const ind = indicatorById(indicator);
  return (
    <figure class="map-legend choropleth-legend" aria-label={`Légende : ${ind.label}`}>
      <figcaption>
        {ind.label}
        {!ind.higherIsBetter && <span class="legend-sub">plus foncé = plus éloigné</span>}
        {!markers && <span class="legend-sub">lieux masqués</span>}
      </figcaption>
      <ul>
        {classes.map((c) => (
          <li key={c.colour}>
            <span class="swatch" style={{ background: c.colour }} aria-hidden="true" />
            {ind.format(c.from)} – {ind.format(c.to)} <span class="count">({c.count})</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function DensityLegend() {
  return (
    <figure class="map-legend density-legend" aria-label="Légende du fond : densité des communes">
      <figcaption>Densité de la commune (grille INSEE)</figcaption>
      <ul>
        {DENSITY_CLASSES.map((d, i) => (
          <li key={d.id}>
            <span class="swatch" style={{ background: DENSITY_COLOURS[i] }} aria-hidden="true" />
            {d.id}. {d.label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
