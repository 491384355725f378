// Commune, postal code or département search: the ARIA 1.2 combobox pattern (arrows, Enter, Escape, announced results).
import { useEffect, useRef, useState } from 'preact/hooks';
import { searchCommunes, type SearchEntry, type Suggestion } from '../domain/commune-search.ts';

interface Props {
  loadIndex: () => Promise<{ entries: SearchEntry[]; departements: { code: string; name: string }[] }>;
  onCommune: (entry: SearchEntry) => void;
  onDepartement: (code: string) => void;
  onLocate: () => void;
  locating: boolean;
  /** What the geolocation or a ?commune= link could not do: said here, next to the button that caused it. */
  message: string;
}

function label(s: Suggestion): string {
  if (s.kind === 'departement') return `Département ${s.code} – ${s.name}`;
  const e = s.entry;
  return `${e.name} (${e.departementCode})${s.via === 'postal' ? ` – ${e.postalCodes.join(', ')}` : ''}`;
}

export function CommuneSearch({ loadIndex, onCommune, onDepartement, onLocate, locating, message }: Props) {
  const [text, setText] = useState('');
  const [index, setIndex] = useState<Awaited<ReturnType<Props['loadIndex']>> | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const suggestions = index && text ? searchCommunes(index.entries, index.departements, text) : [];
  useEffect(() => setActive(-1), [text]);
  const ensureIndex = () => {
    if (!index) loadIndex().then(setIndex, () => setError('Recherche indisponible : index des communes introuvable.'));
  };
  const choose = (s: Suggestion | undefined) => {
    if (!s) return;
    setText(s.kind === 'departement' ? s.name : s.entry.name);
    setOpen(false);
    if (s.kind === 'departement') onDepartement(s.code);
    else onCommune(s.entry);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(suggestions.length - 1, a + 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(-1, a - 1));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(suggestions[Math.max(0, active)]);
    } else if (e.key === 'Escape') {
      if (open) e.stopPropagation();
      setOpen(false);
      setActive(-1);
    }
  };
  const expanded = open && suggestions.length > 0;
  return (
    <div class="commune-search">
      <label for="recherche-commune" class="fr-label search-label">Trouver un lieu près de chez moi</label>
      <div class="search-row">
        <input
          class="fr-input"
          id="recherche-commune"
          ref={inputRef}
          type="text"
          role="combobox"
          aria-expanded={expanded}
          aria-controls="suggestions-communes"
          aria-autocomplete="list"
          aria-activedescendant={expanded && active >= 0 ? `suggestion-${active}` : undefined}
          aria-describedby="recherche-aide"
          placeholder="Commune ou code postal"
          autocomplete="off"
          value={text}
          onFocus={ensureIndex}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setOpen(true);
            ensureIndex();
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
        <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary fr-icon-map-pin-user-line fr-btn--icon-left locate" onClick={onLocate} disabled={locating}>
          {locating ? 'Localisation…' : 'Autour de moi'}
        </button>
      </div>
      <span id="recherche-aide" class="sr-only">Flèches pour parcourir les suggestions, Entrée pour choisir.</span>
      <ul id="suggestions-communes" role="listbox" aria-label="Suggestions" class="suggestions" hidden={!expanded}>
        {suggestions.map((s, i) => (
          <li key={i} id={`suggestion-${i}`} role="option" aria-selected={i === active} class={i === active ? 'active' : ''} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(s)}>
            {label(s)}
          </li>
        ))}
      </ul>
      <span role="status" class="sr-only">
        {open && text && index ? (suggestions.length ? `${suggestions.length} suggestions` : 'Aucune commune trouvée') : ''}
      </span>
      {error && <p class="note">{error}</p>}
      {/* An alert inserted with its text: screen readers announce it. */}
      {message && <p class="note search-message" role="alert">{message}</p>}
    </div>
  );
}
