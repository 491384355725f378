// Embed configuration from the URL (pure), and the postMessage bridge to the host page (allow-listed origins).

export interface EmbedConfig {
  embed: boolean;
  /** Filters shown but not changeable (verrou=1), or not shown at all (filtres=0). */
  filtersLocked: boolean;
  filtersShown: boolean;
  /** The side panel starts open (panneau=1) or closed (default in embed mode). */
  panelOpen: boolean;
}

const BOOLEAN = /^(0|1)$/;

export function parseEmbed(search: string): EmbedConfig {
  const q = new URLSearchParams(search);
  const flag = (name: string, fallback: boolean) => {
    const v = q.get(name);
    if (v === null) return fallback;
    if (!BOOLEAN.test(v)) {
      console.warn(`[carte] ignored ${name}=${v} (0 or 1 expected)`);
      return fallback;
    }
    return v === '1';
  };
  const embed = flag('embed', false);
  return {
    embed,
    filtersLocked: flag('verrou', false),
    filtersShown: flag('filtres', true),
    panelOpen: flag('panneau', !embed),
  };
}

export type HostMessage = { type: 'select-departement'; code: string } | { type: 'select-place'; id: string };
export type EmbedEvent = { type: 'place-selected'; id: string | null; name: string | null } | { type: 'departement-selected'; code: string | null };

/** Origins allowed to talk to the embed, set at build time (VITE_EMBED_ORIGINS, comma-separated). */
export function allowedOrigins(raw: string | undefined): string[] {
  return (raw ?? '').split(',').map((s) => s.trim()).filter((s) => /^https?:\/\/[^/]+$/.test(s));
}

export function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === 'select-departement' && typeof m.code === 'string' && /^(\d{2}|2[AB]|97[1-6])$/.test(m.code)) return { type: 'select-departement', code: m.code };
  if (m.type === 'select-place' && typeof m.id === 'string' && /^[a-z]{2,3}-[A-Za-z0-9_-]{1,40}$/.test(m.id)) return { type: 'select-place', id: m.id };
  return null;
}

/** Listens to allowed host origins and returns a function that tells them about selections. */
export function hostBridge(origins: string[], onMessage: (m: HostMessage) => void): (event: EmbedEvent) => void {
  if (window.parent === window || origins.length === 0) return () => {};
  window.addEventListener('message', (e) => {
    if (!origins.includes(e.origin)) return;
    const m = parseHostMessage(e.data);
    if (m) onMessage(m);
    else console.warn('[carte] ignored a message of unknown shape from', e.origin);
  });
  return (event) => {
    for (const origin of origins) window.parent.postMessage({ source: 'carte-tiers-lieux', ...event }, origin);
  };
}
