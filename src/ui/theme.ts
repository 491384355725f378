// The theme's stylesheet for the page: only the chosen theme is downloaded, so the neutral theme loads no DSFR file.
import type { Theme } from '../app/embed.ts';

export function loadPageStyles(theme: Theme): Promise<unknown> {
  return theme === 'neutral' ? import('./css/theme-neutral.css') : import('./css/theme-dsfr.css');
}
