// Choosing what colours the départements, and finding a département by name or number.
import { useState } from 'preact/hooks';
import { foldForMatch } from '../domain/fold.ts';
import { INDICATORS, type CoverageScope, type IndicatorId } from '../domain/indicators.ts';
import { networkById, type NetworkId } from '../domain/networks.ts';

interface ControlsProps {
  indicator: IndicatorId | null;
  scope: CoverageScope;
  present: readonly NetworkId[];
  partial: readonly NetworkId[];
  onChange: (indicator: IndicatorId | null, scope: CoverageScope) => void;
  /** Place markers drawn over the colours. */
  markers: boolean;
  onMarkers: (shown: boolean) => void;
}

/** What colours the départements (its legend is drawn on the map). */
export function CoverageControls({ indicator, scope, present, partial, onChange, markers, onMarkers }: ControlsProps) {
  return (
    <fieldset class="coverage-controls">
      <legend>Couverture des départements</legend>
      <div class="fr-select-group">
        <label class="fr-label" for="indicateur">Colorer les départements</label>
        <select class="fr-select" id="indicateur" value={indicator ?? ''} onChange={(e) => onChange((e.currentTarget.value || null) as IndicatorId | null, scope)}>
          <option value="">non</option>
          {INDICATORS.map((i) => (
            <option key={i.id} value={i.id}>{i.label.toLowerCase()}</option>
          ))}
        </select>
      </div>
      <div class="fr-select-group">
        <label class="fr-label" for="portee">Réseau</label>
        <select class="fr-select" id="portee" value={scope} onChange={(e) => onChange(indicator, e.currentTarget.value as CoverageScope)}>
          <option value="all">{partial.length ? 'tous (hors listes partielles)' : 'tous'}</option>
          {present.map((n) => (
            <option key={n} value={n}>{networkById(n).label}{partial.includes(n) ? ' (liste partielle, indicatif)' : ''}</option>
          ))}
        </select>
      </div>
      <div class="fr-checkbox-group fr-checkbox-group--sm markers-option">
        <input type="checkbox" id="marqueurs" checked={markers} onChange={(e) => onMarkers(e.currentTarget.checked)} aria-describedby="marqueurs-aide" />
        <label class="fr-label" for="marqueurs">Afficher les lieux sur la carte</label>
        <p class="hint" id="marqueurs-aide">Décocher pour lire les seules couleurs des départements.</p>
      </div>
    </fieldset>
  );
}

interface SearchProps {
  names: { code: string; name: string }[];
  onFocus: () => void;
  /** The names, loading them if needed: a fast typist may submit before they arrive. */
  loadNames: () => Promise<{ code: string; name: string }[]>;
  onPick: (code: string) => void;
}

/** Matches "23", "creuse", "Côtes d'Armor", "2a" or "23 – Creuse". */
export function findDepartement(names: readonly { code: string; name: string }[], text: string): string | null {
  const q = foldForMatch(text);
  if (!q) return null;
  const code = q.split(' ')[0]!.toUpperCase();
  const byCode = names.find((d) => d.code === code || d.code === code.padStart(2, '0'));
  if (byCode) return byCode.code;
  const exact = names.find((d) => foldForMatch(d.name) === q || foldForMatch(`${d.code} ${d.name}`) === q);
  if (exact) return exact.code;
  const prefix = names.filter((d) => foldForMatch(d.name).startsWith(q));
  return prefix.length === 1 ? prefix[0]!.code : null;
}

export function DepartementSearch({ names, onFocus, loadNames, onPick }: SearchProps) {
  const [text, setText] = useState('');
  const [message, setMessage] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    const code = findDepartement(names.length ? names : await loadNames(), text);
    setMessage(code ? '' : `Aucun département ne correspond à « ${text} ».`);
    if (code) onPick(code);
  };
  return (
    <form class="departement-search" role="search" onSubmit={submit}>
      <label class="fr-label" for="recherche-departement">Département</label>
      <input class="fr-input" id="recherche-departement" list="liste-departements" value={text} placeholder="nom ou numéro" onFocus={onFocus} onInput={(e) => setText(e.currentTarget.value)} autocomplete="off" />
      <datalist id="liste-departements">
        {names.map((d) => (
          <option key={d.code} value={`${d.code} – ${d.name}`} />
        ))}
      </datalist>
      <button type="submit" class="fr-btn fr-btn--sm fr-btn--secondary">Voir</button>
      <span role="status" class="note">{message}</span>
    </form>
  );
}
