import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Relative URLs: the built site works from any static host and any sub-path.
  base: './',
  plugins: [preact()],
  // Three pages, no client-side routes: a missing file is a 404 in development too (a missing tile is an empty
  // tile to MapLibre, where the single-page fallback would hand it index.html).
  appType: 'mpa',
  // Module workers: a host page on another origin starts them through a blob that imports them (start-worker.ts).
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    // DSFR icon sets reference hundreds of small SVGs: kept as files, a browser fetches only the icons it draws
    // (inlined, they made the DSFR stylesheet 99 KB gzipped).
    assetsInlineLimit: (file) => (file.endsWith('.svg') ? false : undefined),
    rollupOptions: {
      // The map, the page that builds the snippet for host sites, the custom element's example page, and the
      // custom element itself under a fixed name: host sites load it by that URL.
      input: { main: 'index.html', integrer: 'integrer.html', 'exemple-element': 'exemple-element.html', 'carte-tiers-lieux': 'src/element/carte-tiers-lieux.ts' },
      output: { entryFileNames: (chunk) => (chunk.name === 'carte-tiers-lieux' ? '[name].js' : 'assets/[name]-[hash].js') },
    },
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
