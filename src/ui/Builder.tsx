// The page that builds the code a host site pastes: choices on the left, the code and a live preview below.
import { useState } from 'preact/hooks';
import type { NetworkId } from '../domain/networks.ts';
import { parseDepartement } from '../domain/departement-names.ts';
import type { NetworkChoice, SnippetOptions } from '../app/snippet.ts';
import type { Theme } from '../app/embed.ts';
import { SiteHeader } from './SiteHeader.tsx';
import { SiteFooter } from './SiteFooter.tsx';

interface Props {
  /** The map this page belongs to (the same folder). */
  mapUrl: string;
  elementScriptUrl: string;
  /** Origins that may drive the map by messages and hear of selections (build time); automatic height works for any site. */
  allowedOrigins: readonly string[];
  /** The networks offered, those without data in this build flagged (src/app/snippet.ts networkChoices). */
  networks: readonly NetworkChoice[];
  copy: (text: string) => Promise<void>;
  /** The code builders (src/app/snippet.ts), given by the page's entry. */
  snippets: {
    iframe: (mapUrl: string, o: SnippetOptions) => string;
    element: (scriptUrl: string, o: SnippetOptions) => string;
    embedUrl: (mapUrl: string, o: SnippetOptions) => string;
  };
}


function CopyableCode({ id, label, code, copy }: { id: string; label: string; code: string; copy: Props['copy'] }) {
  const [status, setStatus] = useState('');
  return (
    <div class="snippet">
      <label class="fr-label" for={id}>{label}</label>
      <textarea class="fr-input" id={id} rows={code.split('\n').length + 1} readOnly value={code} />
      <p class="snippet-actions">
        <button
          type="button"
          class="fr-btn fr-btn--sm fr-btn--secondary"
          onClick={() =>
            copy(code).then(
              () => setStatus('Code copié.'),
              () => setStatus('Sélectionnez le code et copiez-le (Ctrl + C).'),
            )
          }
        >
          Copier le code
        </button>{' '}
        <span role="status">{status}</span>
      </p>
    </div>
  );
}

export function Builder({ mapUrl, elementScriptUrl, allowedOrigins, networks: choices, copy, snippets }: Props) {
  const [networks, setNetworks] = useState<NetworkId[]>(choices.filter((n) => n.available).map((n) => n.id));
  const [departementText, setDepartementText] = useState('');
  const [filtersLocked, setFiltersLocked] = useState(false);
  const [panelOpen, setPanelOpen] = useState(false);
  const [theme, setTheme] = useState<Theme>('dsfr');
  const [autoHeight, setAutoHeight] = useState(false);
  const [widthPx, setWidthPx] = useState(800);
  const [heightPx, setHeightPx] = useState(600);
  // A number or a name; anything else is said at once, and no code is written with it.
  const departement = parseDepartement(departementText);
  const departementInvalid = departementText.trim() !== '' && !departement;
  const o: SnippetOptions = {
    networks, departement: departement?.code ?? null, filtersLocked, panelOpen, theme, autoHeight,
    widthPx: widthPx || 800, heightPx: heightPx || 600,
  };
  const checkbox = (id: string, label: string, checked: boolean, set: (v: boolean) => void, hint?: string, flagged = false) => (
    <div class={`fr-checkbox-group fr-checkbox-group--sm${flagged ? ' unavailable' : ''}`}>
      <input type="checkbox" id={id} checked={checked} onChange={(e) => set(e.currentTarget.checked)} />
      <label class="fr-label" for={id}>
        {label}
        {hint && <span class="fr-hint-text">{hint}</span>}
      </label>
    </div>
  );
  return (
    <div class="app builder-page theme-dsfr">
      <SiteHeader theme="dsfr" link={{ href: './', label: 'Retour à la carte', icon: 'fr-icon-map-pin-2-line' }} />
      <main class="builder" id="contenu">
        <h1>Intégrer la carte sur votre site</h1>
        <form class="builder-form" onSubmit={(e) => e.preventDefault()}>
          <fieldset>
            <legend>Réseaux affichés</legend>
            {choices.map((n) =>
              checkbox(
                `r-${n.id}`,
                n.label,
                networks.includes(n.id),
                (on) => setNetworks(on ? choices.map((x) => x.id).filter((id) => id === n.id || networks.includes(id)) : networks.filter((id) => id !== n.id)),
                n.note ?? undefined,
                !n.available,
              ),
            )}
          </fieldset>
          <fieldset>
            <legend>Affichage</legend>
            <div class={`fr-input-group${departementInvalid ? ' fr-input-group--error' : ''}`}>
              <label class="fr-label" for="departement">
                Département affiché à l’ouverture (numéro ou nom, facultatif)
                <span class="fr-hint-text">Par exemple 23, Creuse, 2A ou 974.</span>
              </label>
              <input
                class={`fr-input${departementInvalid ? ' fr-input--error' : ''}`}
                id="departement"
                value={departementText}
                onInput={(e) => setDepartementText(e.currentTarget.value)}
                aria-invalid={departementInvalid}
                aria-describedby="departement-message"
                autocomplete="off"
              />
              <p id="departement-message" class={departementInvalid ? 'fr-error-text' : 'fr-valid-text departement-found'} aria-live="polite">
                {departementInvalid
                  ? `« ${departementText.trim()} » n’est pas un département : saisissez un numéro (01 à 95, 2A, 2B, 971 à 976) ou un nom (Creuse). Le code n’est pas écrit tant que le département n’est pas reconnu.`
                  : departement
                    ? `${departement.name} (${departement.code})`
                    : ''}
              </p>
            </div>
            {checkbox('verrou', 'Empêcher les visiteurs de changer les filtres', filtersLocked, setFiltersLocked)}
            {checkbox('panneau', 'Filtres et chiffres du département ouverts à l’ouverture', panelOpen, setPanelOpen, 'Sinon, le département cadre la carte et la liste ; ses chiffres s’ouvrent d’un bouton.')}
          </fieldset>
          <fieldset>
            <legend>Apparence</legend>
            {([
              ['dsfr', 'Système de design de l’État', 'Réservé aux sites de l’État et de ses opérateurs (Marianne, couleurs de l’État).'],
              ['neutral', 'Neutre', 'Pour les collectivités et les associations : ni Marianne, ni couleurs de l’État.'],
            ] as [Theme, string, string][]).map(([value, label, hint]) => (
              <div class="fr-radio-group fr-radio-group--sm" key={value}>
                <input type="radio" id={`theme-${value}`} name="theme" checked={theme === value} onChange={() => setTheme(value)} />
                <label class="fr-label" for={`theme-${value}`}>
                  {label}
                  <span class="fr-hint-text">{hint}</span>
                </label>
              </div>
            ))}
          </fieldset>
          <fieldset>
            <legend>Taille</legend>
            <div class="size-fields">
              <div class="fr-input-group">
                <label class="fr-label" for="largeur">Largeur maximale (px)</label>
                <input class="fr-input" id="largeur" type="number" min={300} value={widthPx} onInput={(e) => setWidthPx(Number(e.currentTarget.value))} />
              </div>
              <div class="fr-input-group">
                <label class="fr-label" for="hauteur">Hauteur (px)</label>
                <input class="fr-input" id="hauteur" type="number" min={300} value={heightPx} onInput={(e) => setHeightPx(Number(e.currentTarget.value))} />
              </div>
            </div>
            {checkbox(
              'auto',
              'Hauteur automatique : le cadre s’agrandit avec la liste et les chiffres',
              autoHeight,
              setAutoHeight,
              'Ajoute quelques lignes de script au code : le cadre s’agrandit avec son contenu, sur n’importe quel site.',
            )}
          </fieldset>
        </form>
        <h2>Code à copier</h2>
        {departementInvalid ? (
          <p class="fr-error-text">Corrigez le département ci-dessus pour obtenir le code.</p>
        ) : (
          <>
            <CopyableCode id="code" label="Code HTML de la carte (cadre iframe)" code={snippets.iframe(mapUrl, o)} copy={copy} />
            <CopyableCode id="code-element" label="Ou bien : code HTML de l’élément <carte-tiers-lieux>" code={snippets.element(elementScriptUrl, o)} copy={copy} />
          </>
        )}
        <p class="hint">
          L’élément s’insère dans votre page sans cadre ; ses styles restent isolés de ceux de votre site. Deux autorisations sont nécessaires :
          le serveur de la carte doit autoriser votre site (en-tête <code>Access-Control-Allow-Origin</code>, « CORS » : sans lui, l’élément
          affiche un message et un lien vers la carte à la place de la carte) ; votre politique de sécurité (CSP), si votre site en a une, doit
          autoriser le site de la carte pour les scripts, les données, les polices et les workers.
        </p>
        <p class="hint">
          Piloter le cadre depuis votre page (choisir un département par message, être prévenu des lieux choisis) :{' '}
          {allowedOrigins.length
            ? `réservé aux sites autorisés (${allowedOrigins.join(', ')}).`
            : 'réservé aux sites autorisés à la construction de la carte ; aucun ne l’est pour l’instant.'}
        </p>
        <h2>Aperçu</h2>
        {!departementInvalid && (
          <>
            <p>
              <a class="fr-link" href={snippets.embedUrl(mapUrl, o)} target="_blank" rel="noopener">Ouvrir l’aperçu dans un nouvel onglet</a>
            </p>
            <iframe class="preview" src={snippets.embedUrl(mapUrl, o)} title="Aperçu de la carte intégrée" width={o.widthPx} height={o.heightPx} loading="lazy" />
          </>
        )}
      </main>
      <SiteFooter theme="dsfr" />
    </div>
  );
}
