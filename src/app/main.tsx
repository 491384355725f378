// The page: the map full screen, or inside a host page's iframe (?embed=1). Loads the theme's styles, then mounts the app.
import { loadMapModule, mountApp } from './mount.tsx';
import { allowedOrigins, parseEmbed } from './embed.ts';
import { postMessageChannel } from './host-channel.ts';
import { followContentHeight } from './auto-height.ts';
import { dataUrl } from './config.ts';
import { loadPageStyles } from '../ui/theme.ts';

const embed = parseEmbed(location.search);
document.documentElement.dataset.theme = embed.theme;
// Listening starts before the data loads: the host page's script answers "ready" at once.
const host = postMessageChannel(allowedOrigins(import.meta.env.VITE_EMBED_ORIGINS));

// The map module downloads (and parses, off the main thread) while the styles load.
void loadMapModule();
void loadPageStyles(embed.theme).then(() =>
  mountApp({
    root: document.getElementById('app')!,
    params: location.search,
    embed,
    dataUrl: dataUrl(),
    urlState: true,
    flags: document.documentElement,
    host,
    onAutoHeight: (layout) => followContentHeight(layout, (heightPx) => host.notify({ type: 'height', heightPx })),
    exposeDebug: (hook) => ((window as unknown as { __carte: unknown }).__carte = hook),
  }),
);
