// Display options from the URL or the element's attributes, and the shapes of the messages exchanged with a host page (pure).
import { isDepartementCode } from '../domain/place.ts';

export type Theme = 'dsfr' | 'neutral';
export const THEMES: readonly Theme[] = ['dsfr', 'neutral'];

export interface EmbedConfig {
  embed: boolean;
  /** Filters shown but not changeable (verrou=1), or not shown at all (filtres=0). */
  filtersLocked: boolean;
  filtersShown: boolean;
  /** The side panel starts open (panneau=1) or closed (default in embed mode). */
  panelOpen: boolean;
  /** dsfr: the State design system (State sites only); neutral: no Marianne, no State header or colours. */
  theme: Theme;
}

const BOOLEAN = /^(0|1)$/;

function warn(message: string) {
  console.warn(`[carte] ${message}`);
}

export function parseEmbed(search: string): EmbedConfig {
  const q = new URLSearchParams(search);
  const flag = (name: string, fallback: boolean) => {
    const v = q.get(name);
    if (v === null) return fallback;
    if (!BOOLEAN.test(v)) {
      warn(`ignored ${name}=${v} (0 or 1 expected)`);
      return fallback;
    }
    return v === '1';
  };
  const embed = flag('embed', false);
  const themeRaw = q.get('theme');
  const theme = THEMES.find((t) => t === themeRaw);
  if (themeRaw !== null && !theme) warn(`ignored theme=${themeRaw} (${THEMES.join(' or ')} expected)`);
  return {
    embed,
    filtersLocked: flag('verrou', false),
    filtersShown: flag('filtres', true),
    panelOpen: flag('panneau', !embed),
    theme: theme ?? 'dsfr',
  };
}

export type HostMessage =
  | { type: 'select-departement'; code: string }
  | { type: 'select-place'; id: string }
  /** The host page's script sizes the iframe to the content: lay out for it and report the height. */
  | { type: 'auto-height' };

export type EmbedEvent =
  | { type: 'place-selected'; id: string | null; name: string | null }
  | { type: 'departement-selected'; code: string | null }
  | { type: 'ready' }
  | { type: 'height'; heightPx: number };

/** Every message the map sends carries this source, so that a host page can tell them from others. */
export const MESSAGE_SOURCE = 'carte-tiers-lieux';

/** Origins allowed to talk to the embed, set at build time (VITE_EMBED_ORIGINS, comma-separated). */
export function allowedOrigins(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter((s) => /^https?:\/\/[^/]+$/.test(s));
}

export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'select-departement' && typeof m.code === 'string' && isDepartementCode(m.code)) return { type: 'select-departement', code: m.code };
  if (m.type === 'select-place' && typeof m.id === 'string' && /^[a-z]{2,3}-[A-Za-z0-9_-]{1,40}$/.test(m.id)) return { type: 'select-place', id: m.id };
  if (m.type === 'auto-height') return { type: 'auto-height' };
  return null;
}
