// A page stylesheet made fit for a shadow root (pure): :root becomes :host, and @font-face rules are read out,
// since browsers ignore fonts declared inside a shadow root.

/** `:root` rules (DSFR tokens, ours) apply to the custom element's host, from which they inherit. */
export function forShadowRoot(css: string): string {
  return css.replace(/:root(?![\w-])/g, ':host');
}

export interface FontFaceDescription {
  family: string;
  /** The `src` value with absolute URLs, as FontFace takes it. */
  source: string;
  weight: string;
  style: string;
}

const FONT_FACE = /@font-face\s*{([^}]*)}/g;

function descriptor(body: string, name: string): string | null {
  const m = new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body);
  return m ? m[1]!.trim() : null;
}

/** The @font-face rules of a stylesheet, with their URLs resolved against the stylesheet's own URL. */
export function fontFaces(css: string, stylesheetUrl: string): FontFaceDescription[] {
  const faces: FontFaceDescription[] = [];
  for (const [, body] of css.matchAll(FONT_FACE)) {
    const family = descriptor(body!, 'font-family');
    const src = descriptor(body!, 'src');
    if (!family || !src) continue;
    const source = src.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (_, _q: string, u: string) => `url("${new URL(u, stylesheetUrl).href}")`);
    faces.push({ family: family.replace(/^['"]|['"]$/g, ''), source, weight: descriptor(body!, 'font-weight') ?? 'normal', style: descriptor(body!, 'font-style') ?? 'normal' });
  }
  return faces;
}
