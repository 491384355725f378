// The standalone page's footer: sources, licence, embedding and the accessibility statement (RGAA requires it here).
import type { Theme } from '../app/embed.ts';
import { Marque } from './SiteHeader.tsx';

const DESCRIPTION =
  'Carte des lieux labellisés par l’État dans le programme « Nouveaux lieux, nouveaux liens » : France Services, Fabriques de territoire, Micro-Folies, Campus connectés et Manufactures de proximité.';
const SOURCES = 'Données : ANCT, INSEE (grille de densité), IGN (contours), La Poste (codes postaux), sous Licence Ouverte 2.0.';

function BottomLinks() {
  return (
    <ul class="fr-footer__bottom-list">
      <li class="fr-footer__bottom-item">
        <a class="fr-footer__bottom-link" href="./integrer.html">Intégrer la carte sur votre site</a>
      </li>
      <li class="fr-footer__bottom-item">
        <a class="fr-footer__bottom-link" href="./data/build-report.md">Rapport de construction des données</a>
      </li>
      <li class="fr-footer__bottom-item">
        {/* No audit yet: the RGAA then requires « non conforme ». */}
        <span class="fr-footer__bottom-link">Accessibilité : non conforme (audit à venir)</span>
      </li>
    </ul>
  );
}

export function SiteFooter({ theme }: { theme: Theme }) {
  if (theme === 'neutral') {
    return (
      <footer class="site-footer plain-footer" id="pied">
        <p>{DESCRIPTION}</p>
        <p>{SOURCES}</p>
        <BottomLinks />
      </footer>
    );
  }
  return (
    <footer class="fr-footer site-footer" id="pied">
      <div class="fr-container">
        <div class="fr-footer__body">
          <div class="fr-footer__brand">
            <Marque />
          </div>
          <div class="fr-footer__content">
            <p class="fr-footer__content-desc">
              {DESCRIPTION} {SOURCES}
            </p>
            <ul class="fr-footer__content-list">
              {['agence-cohesion-territoires.gouv.fr', 'data.gouv.fr', 'service-public.fr', 'legifrance.gouv.fr'].map((host) => (
                <li key={host} class="fr-footer__content-item">
                  <a class="fr-footer__content-link" href={`https://www.${host}`} rel="noopener">{host}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div class="fr-footer__bottom">
          <BottomLinks />
          <div class="fr-footer__bottom-copy">
            <p>Sauf mention contraire, les contenus de ce site sont proposés sous Licence Ouverte 2.0 (etalab-2.0).</p>
          </div>
        </div>
      </div>
    </footer>
  );
}
