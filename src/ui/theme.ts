// The theme's stylesheet: one processed CSS file per theme; only the chosen one is downloaded, so the neutral
// theme loads no DSFR file and no Marianne. The page links it; the custom element adopts it in its shadow root.
import type { Theme } from '../app/embed.ts';
import dsfrStylesheet from './css/theme-dsfr.css?url';
import neutralStylesheet from './css/theme-neutral.css?url';
import { fontFaces, forShadowRoot } from './shadow-css.ts';

export const THEME_STYLESHEETS: Record<Theme, string> = { dsfr: dsfrStylesheet, neutral: neutralStylesheet };

/** Links the theme's stylesheet into the page; resolves once it applies (or failed: the map still works unstyled). */
export function loadPageStyles(theme: Theme): Promise<void> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = THEME_STYLESHEETS[theme];
  return new Promise((done) => {
    link.onload = link.onerror = () => done();
    document.head.append(link);
  });
}

/** One stylesheet per theme, fetched and parsed once: several elements on a page share it (a constructed sheet may be adopted by many shadow roots). */
const shadowSheets = new Map<Theme, Promise<CSSStyleSheet>>();

async function buildShadowSheet(theme: Theme): Promise<CSSStyleSheet> {
  const stylesheet = new URL(THEME_STYLESHEETS[theme], import.meta.url);
  // Vite's dev server answers a fetched .css URL with a JavaScript module, unless asked for the stylesheet itself.
  if (import.meta.env.DEV) stylesheet.searchParams.set('direct', '');
  const url = stylesheet.href;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`styles ${url}: ${response.status}`);
  const css = await response.text();
  const sheet = new CSSStyleSheet({ baseURL: url });
  sheet.replaceSync(forShadowRoot(css));
  for (const face of fontFaces(css, url)) {
    const known = [...document.fonts].some((f) => f.family === face.family && f.weight === face.weight && f.style === face.style);
    if (!known) document.fonts.add(new FontFace(face.family, face.source, { weight: face.weight, style: face.style, display: 'swap' }));
  }
  return sheet;
}

/**
 * Adopts the theme's stylesheet in a shadow root, where it cannot leak into the host page nor the host's into it.
 * Fonts declared inside a shadow root are ignored by browsers: they are added to the document as FontFace objects,
 * which define a family and style nothing.
 */
export async function adoptShadowStyles(theme: Theme, shadow: ShadowRoot): Promise<void> {
  let sheet = shadowSheets.get(theme);
  if (!sheet) {
    sheet = buildShadowSheet(theme);
    shadowSheets.set(theme, sheet);
    // A failed download is tried again by the next element, not remembered.
    sheet.catch(() => shadowSheets.delete(theme));
  }
  shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, await sheet];
}
