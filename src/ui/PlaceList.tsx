// The list view: the same places as the map, sorted, one tab stop, arrows to move, Enter to select.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { networkById } from '../domain/networks.ts';
import type { Place } from '../domain/place.ts';
import { sortPlaces, type ListSort } from '../domain/sort-places.ts';
import { placesLabel } from './format.ts';
import { Marker } from './Marker.tsx';
import type { NetworkStatus } from '../domain/places-file.ts';
import { PartialListsNote } from './PartialListsNote.tsx';

interface Props {
  places: readonly Place[];
  /** Where the list is limited to (« dans la Creuse »), said in its title; null for every place the filters keep. */
  scope?: string | null;
  /** Networks with a partial list: the list says so when it shows their places. */
  partial: readonly NetworkStatus[];
  /** Rows shown at first and added by « Afficher plus » (fewer in an embed that grows with its content). */
  pageSize: number;
  selectedId: string | null;
  onSelect: (place: Place) => void;
  onHover: (place: Place | null) => void;
}

export function PlaceList({ places, scope = null, partial, pageSize, selectedId, onSelect, onHover }: Props) {
  const [sort, setSort] = useState<ListSort>('nom');
  const [shown, setShown] = useState(pageSize);
  const sorted = useMemo(() => sortPlaces(places, sort), [places, sort]);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  const visible = sorted.slice(0, shown);
  useEffect(() => setActive(0), [places, sort]);
  useEffect(() => {
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  const onKeyDown = (e: KeyboardEvent) => {
    const last = visible.length - 1;
    const moves: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, Home: 0, End: last, PageDown: active + 10, PageUp: active - 10 };
    if (e.key in moves) {
      e.preventDefault();
      const next = Math.max(0, Math.min(last, moves[e.key]!));
      if (next === last && last < sorted.length - 1 && e.key !== 'End') setShown((s) => s + pageSize);
      setActive(next);
      onHover(visible[next] ?? null);
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const p = visible[active];
      if (p) onSelect(p);
    }
  };
  return (
    <section class="place-list" aria-labelledby="liste-titre">
      <div class="list-head">
        <h2 id="liste-titre">
          {placesLabel(places.length)}
          {scope ? ` ${scope}` : ''}
        </h2>
        <span class="inline-field">
          <label class="fr-label" for="tri-liste">Trier par</label>
          <select class="fr-select" id="tri-liste" value={sort} onChange={(e) => setSort(e.currentTarget.value as ListSort)}>
            <option value="nom">nom</option>
            <option value="commune">commune</option>
            <option value="departement">département</option>
          </select>
        </span>
      </div>
      <PartialListsNote partial={partial} networks={[...new Set(places.map((p) => p.network))]} />
      <p class="hint" id="liste-aide">Flèches pour parcourir, Entrée pour afficher le lieu sur la carte.</p>
      {places.length === 0 ? (
        <p>Aucun lieu ne correspond aux filtres.</p>
      ) : (
        <ul
          ref={listRef}
          role="listbox"
          tabIndex={0}
          aria-label="Lieux affichés"
          aria-describedby="liste-aide"
          aria-activedescendant={visible[active] ? `option-${visible[active]!.id}` : undefined}
          onKeyDown={onKeyDown}
          onMouseLeave={() => onHover(null)}
        >
          {visible.map((p, i) => {
            const n = networkById(p.network);
            return (
              <li
                key={p.id}
                id={`option-${p.id}`}
                role="option"
                data-index={i}
                aria-selected={p.id === selectedId}
                class={i === active ? 'active' : ''}
                onClick={() => {
                  setActive(i);
                  onSelect(p);
                }}
                onMouseEnter={() => onHover(p)}
              >
                <Marker network={n} />
                <span class="place-name">{p.name}</span>
                <span class="place-meta">
                  {n.singular} · {p.communeName ?? 'commune inconnue'}
                  {p.departementCode ? ` (${p.departementCode})` : ''}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {shown < sorted.length && (
        <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" onClick={() => setShown((s) => s + pageSize)}>
          Afficher {Math.min(pageSize, sorted.length - shown)} lieux de plus ({sorted.length - shown} restants)
        </button>
      )}
    </section>
  );
}
