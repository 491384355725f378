import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CROSS_SITE_MESSAGE, DataLoadError, loadDetails, startFailureMessage, visitorMessage } from '../../src/app/load.ts';
import { SCHEMA_VERSION, SchemaMismatchError } from '../../src/domain/schema.ts';

// A real server on 127.0.0.1 whose first answers fail, as a network hiccup would.
let server: Server;
let base = '';
let failuresLeft = 0;
let requests = 0;
beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    if (failuresLeft > 0) {
      failuresLeft--;
      res.writeHead(503).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ schemaVersion: SCHEMA_VERSION, inputHash: 'h', details: { 'fs-1': { address: '1 rue' } } }));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => server.close());

const GUERET = { departementCode: '23' };

describe('loading the generated files', () => {
  it("a card's details come from its département's file", async () => {
    failuresLeft = 0;
    const before = requests;
    await loadDetails(`${base}/dep/`, GUERET);
    await loadDetails(`${base}/dep/`, { departementCode: '2A' });
    await loadDetails(`${base}/dep/`, GUERET);
    expect(requests - before).toBe(2);
  });

  it('a details load that failed is tried again on the next use, not cached for good', async () => {
    const dataUrl = `${base}/retry/`;
    failuresLeft = 1;
    await expect(loadDetails(dataUrl, GUERET)).rejects.toThrow(DataLoadError);
    const details = await loadDetails(dataUrl, GUERET);
    expect(details['fs-1']).toEqual({ address: '1 rue' });
  });

  it('a details load that succeeded is shared: the file is fetched once', async () => {
    const dataUrl = `${base}/once/`;
    failuresLeft = 0;
    const before = requests;
    await Promise.all([loadDetails(dataUrl, GUERET), loadDetails(dataUrl, GUERET)]);
    await loadDetails(dataUrl, GUERET);
    expect(requests - before).toBe(1);
  });

  it('tells visitors in French and keeps the developer detail for the console', async () => {
    failuresLeft = 1;
    const error = await loadDetails(`${base}/missing/`, GUERET).catch((e: unknown) => e);
    expect((error as Error).message).toContain('npm run data');
    expect(visitorMessage(error)).toBe('les données de la carte sont introuvables sur ce site.');
    expect(visitorMessage(new SchemaMismatchError('places.json was generated for schema 0'))).not.toMatch(/schema|npm/);
  });

  it('on another site, a file that got no answer at all is said to need CORS; elsewhere, and for a missing file, it is not', async () => {
    // A port nothing listens on: fetch rejects, as it does when the browser refuses a cross-origin answer.
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as { port: number }).port;
    await new Promise((ok) => closed.close(ok));
    const unreachable = await loadDetails(`http://127.0.0.1:${port}/data/`, { departementCode: '01' }).catch((e: unknown) => e);
    expect(unreachable).toBeInstanceOf(DataLoadError);
    expect(startFailureMessage(unreachable, true)).toBe(CROSS_SITE_MESSAGE);
    expect(startFailureMessage(unreachable, false)).toBe('La carte ne peut pas s’afficher : les données n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.');
    // A module import() refused the same way rejects with a TypeError.
    expect(startFailureMessage(new TypeError('Failed to fetch dynamically imported module'), true)).toBe(CROSS_SITE_MESSAGE);
    failuresLeft = 1;
    const missing = await loadDetails(`${base}/other/`, { departementCode: '02' }).catch((e: unknown) => e);
    expect(startFailureMessage(missing, true)).toBe('La carte ne peut pas s’afficher : les données de la carte sont introuvables sur ce site.');
  });
});
