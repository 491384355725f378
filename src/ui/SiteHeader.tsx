// The standalone page's header: the State's (DSFR fr-header, with the marque) or a plain one in the neutral theme.
import type { Theme } from '../app/embed.ts';

/** The State's marque (DSFR fr-logo): only in the State theme, on the standalone pages. */
export function Marque() {
  return (
    <p class="fr-logo" lang="fr">
      République
      <br />
      Française
    </p>
  );
}

const TITLE = 'Carte des tiers-lieux labellisés';
const TAGLINE = 'Programme « Nouveaux lieux, nouveaux liens » · Agence nationale de la cohésion des territoires';

export interface HeaderLink {
  href: string;
  label: string;
  /** A DSFR icon class, e.g. fr-icon-code-s-slash-line. */
  icon: string;
}

const TO_BUILDER: HeaderLink = { href: './integrer.html', label: 'Intégrer la carte sur votre site', icon: 'fr-icon-code-s-slash-line' };

export function SiteHeader({ theme, link = TO_BUILDER }: { theme: Theme; link?: HeaderLink }) {
  if (theme === 'neutral') {
    return (
      <header class="site-header plain-header">
        <h1 class="plain-header__title">{TITLE}</h1>
        <p class="plain-header__tagline">{TAGLINE}</p>
      </header>
    );
  }
  return (
    <header class="fr-header site-header">
      <div class="fr-header__body">
        <div class="fr-container">
          <div class="fr-header__body-row">
            <div class="fr-header__brand">
              <div class="fr-header__brand-top">
                <div class="fr-header__logo">
                  <Marque />
                </div>
              </div>
              <div class="fr-header__service">
                <h1 class="fr-header__service-title">{TITLE}</h1>
                <p class="fr-header__service-tagline">{TAGLINE}</p>
              </div>
            </div>
            <div class="fr-header__tools">
              <div class="fr-header__tools-links">
                <ul class="fr-btns-group">
                  <li>
                    <a class={`fr-btn ${link.icon}`} href={link.href}>{link.label}</a>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>
    </header>
  );
}
