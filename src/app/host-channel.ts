// How the map talks to the page that shows it: postMessage (iframe), or DOM events (custom element).
import { MESSAGE_SOURCE, parseHostMessage, type EmbedEvent, type HostMessage } from './embed.ts';

export interface HostChannel {
  /** Tells the host page about a selection or the content height. */
  notify(event: EmbedEvent): void;
  /** Receives the host page's requests; those that arrived before are replayed. Returns the unsubscribe function. */
  subscribe(apply: (m: HostMessage) => void): () => void;
}

/** A channel that forwards what the host sends once the app listens: requests may come before the data is loaded. */
export function queuedChannel(notify: (event: EmbedEvent) => void): HostChannel & { receive(m: HostMessage): void } {
  const queued: HostMessage[] = [];
  let apply: ((m: HostMessage) => void) | null = null;
  return {
    notify,
    receive: (m) => (apply ? apply(m) : queued.push(m)),
    subscribe(fn) {
      apply = fn;
      for (const m of queued.splice(0)) fn(m);
      return () => {
        if (apply === fn) apply = null;
      };
    },
  };
}

/** What the iframe's channel needs of its window (a fake one in unit tests). */
export type ChannelWindow = Pick<Window, 'addEventListener'> & { parent: Pick<Window, 'postMessage'> | Window };

/**
 * The iframe's channel, with two levels of trust, so that automatic height works on any site without a build per host:
 * - automatic height is open to the parent page whatever its origin: the map says `ready` to its parent (targetOrigin
 *   '*': the message holds nothing but its type), accepts `auto-height` from its parent, and posts the content
 *   `height` to the origin that asked for it. A height is a number of pixels of public content, no state of the
 *   visitor; the parent already decides the frame's size and can read nothing else through it.
 * - commands (`select-departement`, `select-place`) are accepted from the parent only when its origin is on the
 *   build-time allow-list, and selections (`place-selected`, `departement-selected`: what the visitor clicked) are
 *   posted to those origins only (the browser delivers to the parent only if its origin matches).
 * Messages from any window but the parent are ignored.
 */
export function postMessageChannel(origins: readonly string[], win: ChannelWindow = window): HostChannel {
  if ((win.parent as unknown) === win) return { notify() {}, subscribe: () => () => {} };
  const post = (event: EmbedEvent, targetOrigin: string) => win.parent.postMessage({ source: MESSAGE_SOURCE, ...event }, targetOrigin);
  /** The origin of the parent that asked for automatic height ('*' for an opaque origin, e.g. a sandboxed page). */
  let heightOrigin: string | null = null;
  const channel = queuedChannel((event) => {
    if (event.type === 'height') {
      if (heightOrigin) post(event, heightOrigin);
      return;
    }
    for (const origin of origins) post(event, origin);
  });
  win.addEventListener('message', (e: MessageEvent) => {
    if (e.source !== win.parent) return;
    const m = parseHostMessage(e.data);
    if (m?.type === 'auto-height') {
      heightOrigin = e.origin === 'null' ? '*' : e.origin;
      channel.receive(m);
      return;
    }
    if (!origins.includes(e.origin)) return;
    if (m) channel.receive(m);
    else console.warn('[carte] ignored a message of unknown shape from', e.origin);
  });
  post({ type: 'ready' }, '*');
  return channel;
}
