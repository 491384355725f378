import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';

export default defineConfig({
  // Relative URLs: the built site works from any static host and any sub-path.
  base: './',
  plugins: [preact()],
  build: {
    target: 'es2022',
    // The map, and the page that builds the iframe snippet for host sites.
    rollupOptions: { input: { main: 'index.html', integrer: 'integrer.html' } },
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
