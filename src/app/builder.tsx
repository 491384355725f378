// The snippet builder page (integrer.html): an ANCT page, in the State design system.
import { render } from 'preact';
import { Builder } from '../ui/Builder.tsx';
import { allowedOrigins } from './embed.ts';
import { buildElementSnippet, buildSnippet, embedUrl, networkChoices } from './snippet.ts';
import { loadPlaces } from './load.ts';
import { dataUrl } from './config.ts';
import { loadPageStyles } from '../ui/theme.ts';

const root = document.getElementById('app')!;
// Which networks this build has places of: the builder flags the others. Without places.json, all are offered.
const meta = loadPlaces(dataUrl()).then(
  ({ meta }) => meta,
  (error: Error) => {
    console.error('[carte]', error.message);
    return null;
  },
);
void Promise.all([loadPageStyles('dsfr'), meta]).then(([, meta]) => {
  root.textContent = '';
  render(
    <Builder
      mapUrl={new URL('./', location.href).href}
      elementScriptUrl={new URL('./carte-tiers-lieux.js', location.href).href}
      allowedOrigins={allowedOrigins(import.meta.env.VITE_EMBED_ORIGINS)}
      networks={networkChoices(meta)}
      copy={(text) => navigator.clipboard.writeText(text)}
      snippets={{ iframe: buildSnippet, element: buildElementSnippet, embedUrl }}
    />,
    root,
  );
});
