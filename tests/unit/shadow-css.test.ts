import { describe, expect, it } from 'vitest';
import { fontFaces, forShadowRoot } from '../../src/ui/shadow-css.ts';

describe('a page stylesheet inside a shadow root', () => {
  it('moves :root rules to the host element and leaves other selectors alone', () => {
    expect(forShadowRoot(':root{--a:1}:root[data-fr-theme=dark]{--a:2}.rooted{x:1}:root-ish{y:1}')).toBe(':host{--a:1}:host[data-fr-theme=dark]{--a:2}.rooted{x:1}:root-ish{y:1}');
  });

  it('reads every @font-face with its weight, style and URLs made absolute against the stylesheet', () => {
    const css =
      '.x{color:red}@font-face{font-display:swap;font-family:Marianne;font-style:italic;font-weight:700;src:url(./Marianne-Bold.woff2) format("woff2"),url("../f/M.woff") format("woff")}' +
      "@font-face{font-family:'Spectral';src:url(https://cdn.example/s.woff2)}";
    expect(fontFaces(css, 'https://carte.example/assets/theme-dsfr.css')).toEqual([
      { family: 'Marianne', weight: '700', style: 'italic', source: 'url("https://carte.example/assets/Marianne-Bold.woff2") format("woff2"),url("https://carte.example/f/M.woff") format("woff")' },
      { family: 'Spectral', weight: 'normal', style: 'normal', source: 'url("https://cdn.example/s.woff2")' },
    ]);
  });

  it('finds no font in a stylesheet without @font-face (the neutral theme)', () => {
    expect(fontFaces('.a{font-family:system-ui}', 'https://carte.example/x.css')).toEqual([]);
  });
});
