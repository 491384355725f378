// What of the State's identity a page shows: the marque, the Marianne font, the State's blue and red.
import type { Frame, Page } from 'playwright-core';

export interface Branding {
  marque: number;
  marianneFaces: number;
  fontFamilies: string[];
  /** Elements painted in the State's blue France (#000091) or red Marianne (#e1000f). */
  stateColoured: string[];
}

/** Looks in the document, or in the shadow root of the element matching `hostSelector`. */
export function branding(target: Page | Frame, hostSelector: string | null = null): Promise<Branding> {
  return target.evaluate((selector) => {
    const root: Document | ShadowRoot = selector ? document.querySelector(selector)!.shadowRoot! : document;
    const all = [...root.querySelectorAll<HTMLElement>('*')];
    const STATE = ['rgb(0, 0, 145)', 'rgb(225, 0, 15)'];
    return {
      marque: root.querySelectorAll('.fr-logo').length,
      marianneFaces: [...document.fonts].filter((f) => /Marianne/i.test(f.family)).length,
      fontFamilies: [...new Set(all.map((el) => getComputedStyle(el).fontFamily))],
      stateColoured: all
        .filter((el) => {
          const s = getComputedStyle(el);
          return STATE.includes(s.color) || STATE.includes(s.backgroundColor) || STATE.includes(s.borderTopColor);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`),
    };
  }, hostSelector);
}
