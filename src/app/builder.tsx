// The snippet builder page (integrer.html): an ANCT page, in the State design system.
import { render } from 'preact';
import { Builder } from '../ui/Builder.tsx';
import { allowedOrigins } from './embed.ts';
import { buildElementSnippet, buildSnippet, embedUrl } from './snippet.ts';
import { loadPageStyles } from '../ui/theme.ts';

const root = document.getElementById('app')!;
void loadPageStyles('dsfr').then(() => {
  root.textContent = '';
  render(
    <Builder
      mapUrl={new URL('./', location.href).href}
      elementScriptUrl={new URL('./carte-tiers-lieux.js', location.href).href}
      allowedOrigins={allowedOrigins(import.meta.env.VITE_EMBED_ORIGINS)}
      copy={(text) => navigator.clipboard.writeText(text)}
      snippets={{ iframe: buildSnippet, element: buildElementSnippet, embedUrl }}
    />,
    root,
  );
});
