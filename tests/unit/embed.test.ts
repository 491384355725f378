import { afterEach, describe, expect, it, vi } from 'vitest';
import { allowedOrigins, parseEmbed, parseHostMessage, type HostMessage } from '../../src/app/embed.ts';
import { postMessageChannel, queuedChannel, type ChannelWindow } from '../../src/app/host-channel.ts';
import { readFileSync } from 'node:fs';
import { buildElementSnippet, buildSnippet, elementFallback, embedUrl, HOST_SCRIPT, networkChoices } from '../../src/app/snippet.ts';
import type { NetworkStatus } from '../../src/domain/places-file.ts';

afterEach(() => vi.restoreAllMocks());

describe('embed configuration', () => {
  it('reads embed, locked or hidden filters and the panel state from the URL', () => {
    expect(parseEmbed('?embed=1&verrou=1&panneau=1')).toEqual({ embed: true, filtersLocked: true, filtersShown: true, panelOpen: true, theme: 'dsfr' });
    expect(parseEmbed('?embed=1&filtres=0')).toEqual({ embed: true, filtersLocked: false, filtersShown: false, panelOpen: false, theme: 'dsfr' });
    expect(parseEmbed('')).toEqual({ embed: false, filtersLocked: false, filtersShown: true, panelOpen: true, theme: 'dsfr' });
  });

  it('uses the State theme by default and the neutral one on request; an unknown theme falls back with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseEmbed('?embed=1&theme=neutral').theme).toBe('neutral');
    expect(parseEmbed('?theme=dsfr').theme).toBe('dsfr');
    expect(parseEmbed('?theme=<script>').theme).toBe('dsfr');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('ignores malformed values with a warning instead of breaking', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseEmbed('?embed=oui&verrou=<b>').embed).toBe(false);
    expect(warn).toHaveBeenCalledTimes(2);
  });

  it('only talks to origins on the build-time allow-list, and only in known message shapes', () => {
    expect(allowedOrigins('https://agence-cohesion-territoires.gouv.fr, http://localhost:8080 ,javascript:alert(1),*')).toEqual([
      'https://agence-cohesion-territoires.gouv.fr',
      'http://localhost:8080',
    ]);
    expect(allowedOrigins(undefined)).toEqual([]);
    expect(parseHostMessage({ type: 'select-departement', code: '23' })).toEqual({ type: 'select-departement', code: '23' });
    expect(parseHostMessage({ type: 'select-departement', code: '23; drop' })).toBeNull();
    expect(parseHostMessage({ type: 'select-place', id: 'fs-12' })).toEqual({ type: 'select-place', id: 'fs-12' });
    expect(parseHostMessage('select-departement')).toBeNull();
    expect(parseHostMessage({ type: 'auto-height' })).toEqual({ type: 'auto-height' });
    expect(parseHostMessage({ type: 'height', heightPx: 10 })).toBeNull();
  });

  it('keeps the requests a host page sends before the data has loaded, and hands them over in order', () => {
    const channel = queuedChannel(() => {});
    channel.receive({ type: 'auto-height' });
    channel.receive({ type: 'select-departement', code: '23' });
    const seen: HostMessage[] = [];
    channel.subscribe((m) => seen.push(m));
    channel.receive({ type: 'select-place', id: 'fs-1' });
    expect(seen).toEqual([{ type: 'auto-height' }, { type: 'select-departement', code: '23' }, { type: 'select-place', id: 'fs-1' }]);
  });
});

/** An iframe's window whose parent records what it is sent, and a way to deliver messages to the frame. */
function fakeFrame() {
  const sent: { data: Record<string, unknown>; targetOrigin: string }[] = [];
  const parent = { postMessage: (data: Record<string, unknown>, targetOrigin: string) => sent.push({ data, targetOrigin }) };
  let listener: ((e: MessageEvent) => void) | null = null;
  const win = { parent, addEventListener: (_type: string, fn: (e: MessageEvent) => void) => (listener = fn) } as unknown as ChannelWindow;
  const deliver = (data: unknown, origin: string, source: unknown = parent) => listener!({ data, origin, source } as MessageEvent);
  return { win, sent, deliver };
}

describe('the iframe channel: automatic height on any site, commands and selections for allowed origins only', () => {
  const ALLOWED = 'https://agence-cohesion-territoires.gouv.fr';
  const OTHER = 'https://www.mairie-exemple.fr';

  it('says ready to any parent, with nothing but its type', () => {
    const { win, sent } = fakeFrame();
    postMessageChannel([], win);
    expect(sent).toEqual([{ data: { source: 'carte-tiers-lieux', type: 'ready' }, targetOrigin: '*' }]);
  });

  it('a parent on no allow-list gets automatic height, posted to its own origin only', () => {
    const { win, sent, deliver } = fakeFrame();
    const channel = postMessageChannel([ALLOWED], win);
    const seen: HostMessage[] = [];
    channel.subscribe((m) => seen.push(m));
    channel.notify({ type: 'height', heightPx: 900 });
    expect(sent.filter((s) => s.data.type === 'height')).toEqual([]);
    deliver({ type: 'auto-height' }, OTHER);
    expect(seen).toEqual([{ type: 'auto-height' }]);
    channel.notify({ type: 'height', heightPx: 1200 });
    expect(sent.at(-1)).toEqual({ data: { source: 'carte-tiers-lieux', type: 'height', heightPx: 1200 }, targetOrigin: OTHER });
  });

  it('a parent on no allow-list can neither drive the map nor hear what the visitor selects', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { win, sent, deliver } = fakeFrame();
    const channel = postMessageChannel([ALLOWED], win);
    const seen: HostMessage[] = [];
    channel.subscribe((m) => seen.push(m));
    deliver({ type: 'select-departement', code: '2A' }, OTHER);
    deliver({ type: 'select-place', id: 'fs-1' }, OTHER);
    expect(seen).toEqual([]);
    channel.notify({ type: 'departement-selected', code: '23' });
    expect(sent.filter((s) => s.data.type === 'departement-selected').map((s) => s.targetOrigin)).toEqual([ALLOWED]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('an allowed parent drives the map; a window that is not the parent is ignored, even from an allowed origin', () => {
    const { win, deliver } = fakeFrame();
    const channel = postMessageChannel([ALLOWED], win);
    const seen: HostMessage[] = [];
    channel.subscribe((m) => seen.push(m));
    deliver({ type: 'select-departement', code: '2A' }, ALLOWED, {});
    deliver({ type: 'auto-height' }, OTHER, {});
    expect(seen).toEqual([]);
    deliver({ type: 'select-departement', code: '2A' }, ALLOWED);
    expect(seen).toEqual([{ type: 'select-departement', code: '2A' }]);
  });

  it('a sandboxed parent (opaque origin) gets its heights too', () => {
    const { win, sent, deliver } = fakeFrame();
    const channel = postMessageChannel([], win);
    deliver({ type: 'auto-height' }, 'null');
    channel.notify({ type: 'height', heightPx: 700 });
    expect(sent.at(-1)?.targetOrigin).toBe('*');
  });
});

describe('the code a host site pastes', () => {
  const o = { networks: ['france-services' as const], departement: '23', filtersLocked: true, panelOpen: false, theme: 'dsfr' as const, autoHeight: false, widthPx: 600, heightPx: 450 };

  it('carries the choices in the iframe URL and escapes every attribute', () => {
    expect(embedUrl('https://example.org/carte/?x=1#y', o)).toBe('https://example.org/carte/?embed=1&reseaux=france-services&departement=23&verrou=1');
    expect(embedUrl('https://example.org/carte/', { ...o, theme: 'neutral' })).toContain('&theme=neutral');
    expect(buildSnippet('https://example.org/carte/', o)).toBe(
      '<iframe src="https://example.org/carte/?embed=1&amp;reseaux=france-services&amp;departement=23&amp;verrou=1" title="Carte des tiers-lieux labellisés" width="600" height="450"' +
        ' loading="lazy" allow="geolocation; fullscreen" allowfullscreen style="border:0;width:100%;max-width:600px" data-carte-tiers-lieux></iframe>',
    );
    // The element's script URL reaches an attribute as given: quotes and brackets are escaped, nothing breaks out.
    expect(buildElementSnippet('https://example.org/"><script>alert(1)</script>/carte-tiers-lieux.js', o)).toContain('src="https://example.org/&quot;>&lt;script>alert(1)&lt;/script>/carte-tiers-lieux.js"');
    expect(buildSnippet('https://example.org/', { ...o, widthPx: 10 })).toContain('width="300"');
  });

  it('adds the host-side lines for automatic height only when asked, and they trust only the iframe they size', () => {
    expect(buildSnippet('https://example.org/', o)).not.toContain('<script>');
    const code = buildSnippet('https://example.org/', { ...o, autoHeight: true });
    expect(code).toContain(HOST_SCRIPT);
    expect(HOST_SCRIPT).toContain('frames[i].contentWindow !== e.source');
    expect(HOST_SCRIPT).toContain('new URL(frames[i].src).origin !== e.origin');
  });

  it('writes the custom element with the same choices as attributes', () => {
    expect(buildElementSnippet('https://example.org/carte/carte-tiers-lieux.js', { ...o, theme: 'neutral', departement: '2A' })).toBe(
      '<script type="module" src="https://example.org/carte/carte-tiers-lieux.js"></script>\n' +
        '<carte-tiers-lieux networks="france-services" departement="2A" theme="neutral" filters="locked" style="height:450px">\n' +
        '  <p>Chargement de la carte des tiers-lieux… Si ce texte reste affiché, la carte n’a pas pu se charger depuis ce site : ' +
        'le serveur de la carte doit autoriser ce site (CORS). <a href="https://example.org/carte/?departement=2A&amp;theme=neutral">Ouvrir la carte sur son site</a>.</p>\n' +
        '</carte-tiers-lieux>',
    );
    expect(buildElementSnippet('https://example.org/x.js"><b>', o)).not.toContain('"><b>');
  });

  it('offers every network, and flags the ones this build has no places of instead of ticking them', () => {
    const networks: NetworkStatus[] = [
      { id: 'france-services', present: true, count: 2843, expected: null },
      { id: 'fabriques', present: true, count: 0, expected: null },
      { id: 'micro-folies', present: true, count: 155, expected: { total: 500, approximate: true, asOf: '2024-12', source: 'x' } },
      { id: 'campus-connectes', present: true, count: 75, expected: null },
    ];
    const choices = networkChoices({ networks });
    expect(choices.map((c) => [c.id, c.available, c.note])).toEqual([
      ['france-services', true, null],
      ['fabriques', false, 'données non disponibles'],
      ['micro-folies', true, '155 lieux recensés sur environ 500 (liste partielle)'],
      ['campus-connectes', true, null],
      // Not in the file at all (an export missing from an older build): no data either.
      ['manufactures', false, 'données non disponibles'],
    ]);
    // places.json could not be read: everything is offered, nothing flagged.
    expect(networkChoices(null).every((c) => c.available && c.note === null)).toBe(true);
  });

  it('the README gives the same host lines and element fallback as the builder', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(HOST_SCRIPT);
    // The README writes its placeholder host in capitals; URLs write host names in lower case.
    expect(readme.toLowerCase()).toContain(elementFallback('https://HOST/PATH/carte-tiers-lieux.js', { departement: '23', theme: 'neutral' }).toLowerCase());
  });
});
