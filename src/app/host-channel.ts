// How the map talks to the page that shows it: postMessage to allow-listed origins (iframe), or DOM events (custom element).
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

/**
 * The iframe's channel: listens to its parent only, when the parent's origin is on the build-time allow-list,
 * and posts to those origins only (the browser delivers to the parent only if its origin matches). Says "ready" at once,
 * so that the host page's script can ask for automatic height.
 */
export function postMessageChannel(origins: readonly string[], win: Window = window): HostChannel {
  if (win.parent === win || origins.length === 0) return { notify() {}, subscribe: () => () => {} };
  const channel = queuedChannel((event) => {
    for (const origin of origins) win.parent.postMessage({ source: MESSAGE_SOURCE, ...event }, origin);
  });
  win.addEventListener('message', (e) => {
    if (e.source !== win.parent || !origins.includes(e.origin)) return;
    const m = parseHostMessage(e.data);
    if (m) channel.receive(m);
    else console.warn('[carte] ignored a message of unknown shape from', e.origin);
  });
  channel.notify({ type: 'ready' });
  return channel;
}
