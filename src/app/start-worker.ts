// Starts a module worker from a URL of the map's site, also when the page is another site's (custom element):
// a worker must come from the page's own origin, so a blob that imports the script stands in (as MapLibre does).
export function startModuleWorker(scriptUrl: string): Worker {
  const url = new URL(scriptUrl, import.meta.url);
  if (url.origin === location.origin) return new Worker(url, { type: 'module' });
  const blob = URL.createObjectURL(new Blob([`import ${JSON.stringify(url.href)};`], { type: 'text/javascript' }));
  try {
    return new Worker(blob, { type: 'module' });
  } finally {
    URL.revokeObjectURL(blob);
  }
}
