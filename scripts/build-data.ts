// CLI: builds public/data from the networks' CSV exports and the reference geography. The only file-system code.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { gzipSync } from 'node:zlib';
import { encodeCommunes } from '../src/domain/communes-file.ts';
import { NETWORKS, type NetworkId } from '../src/domain/networks.ts';
import { detailsFileOf, type PlaceDetails } from '../src/domain/place.ts';
import { encodePlaces, networksInAll } from '../src/domain/places-file.ts';
import { urbanEpciCommunes } from '../src/domain/national.ts';
import { encodeSearchIndex } from '../src/domain/search-index-file.ts';
import { encodeTileIndex } from '../src/domain/tile-index-file.ts';
import { SCHEMA_VERSION } from '../src/domain/schema.ts';
import { checkOutputTarget, OutputRefused, replaceOutput } from './output-folder.ts';
import { EXPECTED_TOTALS_FILE, parseExpectedTotals } from './pipeline/expected-totals.ts';
import { dateInName, findNetworkFiles, findReferenceFiles, type IgnoredFile } from './pipeline/locate-inputs.ts';
import { NETWORK_SOURCES } from './pipeline/networks.ts';
import { processInputs, type InputFile, type InputLedger } from './pipeline/process.ts';
import { readCsv } from './pipeline/read.ts';
import { buildReference, type CogCommune, type CogDepartement, type GeoCollection } from './pipeline/reference.ts';
import { makeReport, reportMarkdown, type OutputSize } from './pipeline/report.ts';
import { communeTable, departementNeighbours, departementsFile } from './pipeline/stats.ts';
import { buildTileSet, communeFeatures, departementFeatures, tileJson } from './pipeline/tiles.ts';
import { encodeDetails } from '../src/domain/details-file.ts';
import { basemapTileSet, LAND_FILE } from './basemap-inputs.ts';

const ROOT = resolve(dirname(new URL(import.meta.url).pathname), '..');
const DEFAULT_INPUT = resolve(ROOT, '../shared/data');

class FatalError extends Error {}

function usage(): string {
  return [
    'Usage: npm run data -- [--input DIR] [--out DIR] [--if-changed]',
    `       [${NETWORK_SOURCES.map((s) => `--${s.option} FILE`).join('] [')}]`,
    '',
    `  --input DIR   folder of CSV exports (default: $TIERS_LIEUX_DATA or ${relative(process.cwd(), DEFAULT_INPUT)})`,
    '  --out DIR     where to write the generated files (default: public/data)',
    '  --if-changed  do nothing when the inputs and the build code have not changed since the last build',
    '  --<network> FILE  use this file for one network (france-services, fabriques, micro-folies, campus-connectes, manufactures)',
  ].join('\n');
}

/** Files under a folder; links are not followed (a link loop is then a file that cannot be read, said as such). */
function walk(dir: string, unreadable: string[] = []): string[] {
  if (!existsSync(dir)) return [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    unreadable.push(`${dir}: ${fileError(error)}`);
    return [];
  }
  return entries.flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path, unreadable) : [path];
  });
}

function lstatExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** What a failed read means for a user, by the system's error code. */
function fileError(error: unknown): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case 'EISDIR': return 'is a folder, not a file: name the CSV file inside it';
    case 'EACCES':
    case 'EPERM': return 'cannot be read (permission denied): give your user read access to it, or copy it elsewhere';
    case 'ELOOP': return 'is a symbolic link that loops back on itself: name the real file';
    case 'ENOENT': return 'not found (a broken link?)';
    default: return `cannot be read (${code ?? (error as Error).message})`;
  }
}

function readInputFile(path: string, shown: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new FatalError(`${shown} ${fileError(error)}.`);
  }
}

function readJson<T>(path: string, what: string): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    throw new FatalError(`${what} unreadable: ${path} (${(error as Error).message}). Check the file or point --input at a folder that has it.`);
  }
}

function log(stage: string, message: string) {
  console.log(`[${stage.padEnd(9)}] ${message}`);
}

function hashFiles(paths: string[], extra: (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  hash.update(`schema ${SCHEMA_VERSION}\n`);
  for (const text of extra) hash.update(text);
  for (const path of paths) hash.update(path.split('/').pop()!).update(readFileSync(path));
  return hash.digest('hex');
}

function buildCodeFiles(): string[] {
  return [...walk(join(ROOT, 'scripts')), ...walk(join(ROOT, 'src/domain'))].filter((p) => p.endsWith('.ts')).sort();
}

interface Options {
  input: string;
  out: string;
  ifChanged: boolean;
  networkFiles: Partial<Record<NetworkId, string>>;
}

function parseOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      input: { type: 'string' },
      out: { type: 'string' },
      'if-changed': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(NETWORK_SOURCES.map((s) => [s.option, { type: 'string' as const }])),
    },
  });
  if (values.help) return null;
  const networkFiles: Options['networkFiles'] = {};
  for (const s of NETWORK_SOURCES) {
    const file = values[s.option as keyof typeof values];
    if (typeof file === 'string') networkFiles[s.id] = resolve(file);
  }
  return {
    input: resolve((values.input as string | undefined) ?? process.env.TIERS_LIEUX_DATA ?? DEFAULT_INPUT),
    out: resolve((values.out as string | undefined) ?? join(ROOT, 'public/data')),
    ifChanged: Boolean(values['if-changed']),
    networkFiles,
  };
}

/** Why an export read this way cannot be published, said with what to do; null when it can. */
function unusableExport(l: InputLedger): string | null {
  const source = NETWORK_SOURCES.find((s) => s.id === l.network)!;
  const redo = `fix it, or name another file with --${source.option} FILE`;
  if (l.error) return l.error.startsWith('is ') ? `${l.file} ${l.error}.` : `${l.file}: ${l.error}; ${redo}.`;
  if (l.rows === 0) return `${l.file}: a header and no rows: export the list again with its rows, or ${redo}.`;
  if (l.placesWritten + l.mergedDuplicates === 0) {
    const reasons = Object.entries(l.rejects).map(([code, lines]) => `${code} ${lines.length}`).join(', ');
    return `${l.file}: all ${l.rows} rows were rejected (${reasons}): see the reasons by line with --out DIR in DIR/build-report.md of a build without this file, or ${redo}.`;
  }
  return null;
}

function sizeOf(files: Map<string, Uint8Array | string>, prefix: string): OutputSize {
  let bytes = 0;
  let gzipBytes = 0;
  let count = 0;
  for (const [path, content] of files) {
    if (!path.startsWith(prefix)) continue;
    const buffer = typeof content === 'string' ? Buffer.from(content) : content;
    bytes += buffer.length;
    gzipBytes += gzipSync(buffer, { level: 6 }).length;
    count++;
  }
  return { path: prefix, files: count, bytes, gzipBytes };
}

export function main(argv: string[]): number {
  const started = Date.now();
  const options = parseOptions(argv);
  if (!options) {
    console.log(usage());
    return 0;
  }
  if (!existsSync(options.input) || !statSync(options.input).isDirectory()) {
    throw new FatalError(`input folder not found: ${options.input}. Give --input DIR (or set TIERS_LIEUX_DATA) to the folder holding your CSV exports.`);
  }
  const previousOutput = checkOutputTarget(options.out, options.input);
  const unreadableFolders: string[] = [];
  const inputPaths = walk(options.input, unreadableFolders);
  // Reference geography comes from the input folder, or from the shared folder when a user's folder holds only exports.
  const refPaths = findReferenceFiles(inputPaths);
  const fallback = options.input === DEFAULT_INPUT ? refPaths : findReferenceFiles(walk(DEFAULT_INPUT));
  const pick = <K extends keyof typeof refPaths>(key: K) => (refPaths[key] && (!Array.isArray(refPaths[key]) || refPaths[key].length) ? refPaths[key] : fallback[key]);
  const communeContours = pick('communeContours') as string[];
  const departementContours = pick('departementContours') as string | null;
  if (communeContours.length === 0) throw new FatalError(`no commune contours (communes-2018/communes-*.geojson) in ${options.input} or ${DEFAULT_INPUT}: they are required to place and check points.`);
  if (!departementContours) throw new FatalError(`no département contours (departements-anct.geojson) in ${options.input} or ${DEFAULT_INPUT}.`);
  // Expected totals beside the user's exports, else the project's own (data/), so partial lists say so.
  const expectedPath = refPaths.expectedTotals ?? join(ROOT, 'data', EXPECTED_TOTALS_FILE);
  const densityPath = pick('densityGrid') as string | null;
  const qpvPath = pick('qpv') as string | null;
  const postalPath = pick('postalCentroids') as string | null;
  const regionPath = pick('regionContours') as string | null;

  const found = findNetworkFiles(inputPaths);
  const inputs: { network: NetworkId; path: string }[] = [];
  const missingNetworks: { network: NetworkId; message: string }[] = [];
  const ignoredFiles: IgnoredFile[] = found.ignored.filter((i) => !i.network || !options.networkFiles[i.network]);
  for (const source of NETWORK_SOURCES) {
    const named = options.networkFiles[source.id];
    // lstat, not exists: a broken or looping link is there, and reading it says what is wrong with it.
    if (named && !lstatExists(named)) throw new FatalError(`--${source.option} ${named}: file not found.`);
    const ambiguous = found.ambiguous.find((a) => a.network === source.id);
    if (!named && ambiguous) {
      throw new FatalError(`several ${source.label} exports and no date in their names to tell the newest: ${ambiguous.paths.map((p) => relative(options.input, p)).join(', ')}. Name the one to read with --${source.option} FILE.`);
    }
    if (named) for (const p of [found.chosen.get(source.id), ...(ambiguous?.paths ?? [])]) if (p && resolve(p) !== named) ignoredFiles.push({ path: p, network: source.id, reason: `--${source.option} names another file` });
    const path = named ?? found.chosen.get(source.id);
    if (!path) missingNetworks.push({ network: source.id, message: `no ${source.label} export found in ${options.input} (give --${source.option} FILE to name one)` });
    else inputs.push({ network: source.id, path });
  }
  const cogDir = dirname(createRequire(import.meta.url).resolve('@etalab/decoupage-administratif/data/communes.json'));
  const display = (path: string) => (path.startsWith(options.input) ? relative(options.input, path) : path);
  // Each export is read once, here: a file that cannot be read stops the build before any work.
  const inputFiles: InputFile[] = inputs.map((i) => ({ network: i.network, path: display(i.path), bytes: readInputFile(i.path, display(i.path)) }));
  const hashed = [...communeContours, departementContours, densityPath, qpvPath, postalPath, regionPath, expectedPath].filter((p): p is string => Boolean(p) && existsSync(p!));
  // Every file the build reads, the reference geography's package and the locked dependencies (package-lock.json:
  // a new geojson-vt or decoupage-administratif changes the output too) and the build's own code.
  const cog = { communes: join(cogDir, 'communes.json'), departements: join(cogDir, 'departements.json'), epci: join(cogDir, 'epci.json'), regions: join(cogDir, 'regions.json') };
  const inputHash = hashFiles(
    [...hashed, cog.communes, cog.departements, cog.epci, cog.regions, LAND_FILE, join(ROOT, 'package-lock.json'), ...buildCodeFiles()],
    [JSON.stringify(inputs.map((i) => i.network)), ...inputFiles.map((f) => f.bytes)],
  );

  const reportPath = join(options.out, 'build-report.json');
  if (options.ifChanged && existsSync(reportPath)) {
    const previous = JSON.parse(readFileSync(reportPath, 'utf8')) as { inputHash?: string; schemaVersion?: number };
    if (previous.inputHash === inputHash && previous.schemaVersion === SCHEMA_VERSION) {
      log('data', `up to date (inputs unchanged, hash ${inputHash.slice(0, 12)}): nothing to do`);
      return 0;
    }
    log('data', `inputs changed since the last build (hash ${previous.inputHash?.slice(0, 12) ?? 'none'} -> ${inputHash.slice(0, 12)}, schema ${previous.schemaVersion} -> ${SCHEMA_VERSION}): building`);
  }
  log('inputs', `${inputs.length} export(s) in ${options.input}`);
  for (const i of inputs) log('inputs', `  ${i.network}: ${display(i.path)}`);
  for (const i of ignoredFiles) log('inputs', `  ignored ${display(i.path)}: ${i.reason}`);
  for (const m of missingNetworks) log('inputs', `  ${m.message}`);
  for (const u of unreadableFolders) log('inputs', `  folder not read: ${u}`);

  const t0 = Date.now();
  const ref = buildReference({
    communes: readJson<CogCommune[]>(cog.communes, 'commune reference'),
    departements: readJson<CogDepartement[]>(cog.departements, 'département reference'),
    communeContours: communeContours.map((p) => readJson<GeoCollection>(p, 'commune contours')),
    postalCentroids: postalPath ? readTable(postalPath) : null,
    densityGrid: densityPath ? readTable(densityPath) : null,
    qpv: qpvPath ? readJson<GeoCollection>(qpvPath, 'QPV file') : null,
  });
  log('reference', `${ref.communes.size} communes, ${ref.shapes.size} with contours, ${ref.centroids.size} with centroids, density ${ref.density ? `${ref.density.size} communes` : 'unknown'}, QPV ${ref.qpvSource ?? 'unknown'} (${Date.now() - t0} ms)`);

  const expected = existsSync(expectedPath)
    ? parseExpectedTotals(readTable(expectedPath, (h) => h.includes('reseau') && h.includes('total_attendu')))
    : { totals: new Map(), issues: [] };
  for (const i of expected.issues) ref.notes.push(`${display(expectedPath)} line ${i.line}: ${i.message}`);

  const t1 = Date.now();
  const { places, details, ledgers } = processInputs(inputFiles, ref);
  for (const l of ledgers) {
    log('places', `${l.file}: ${l.lines} lines, ${l.rows} rows -> ${l.placesWritten} places, ${l.rejected} rejected, ${l.mergedDuplicates} merged duplicates, ${l.placesWithoutDate} without a date of labelling${l.error ? ` (NOT READ: ${l.error})` : ''}`);
  }
  // A network that silently disappears from the map is worse than no build: stop, and keep the previous output.
  const unusable = ledgers.map(unusableExport).filter((m): m is string => m !== null);
  if (unusable.length > 0) throw new FatalError(unusable.join('\n'));
  log('places', `${places.length} places (${Date.now() - t1} ms)`);

  const stamp = { inputHash };
  const t2 = Date.now();
  const communes = communeTable(ref);
  const present = NETWORKS.map((n) => n.id).filter((id) => places.some((p) => p.network === id));
  const networks = NETWORKS.map((n) => {
    const count = places.filter((p) => p.network === n.id).length;
    return { id: n.id, present: present.includes(n.id), count, expected: expected.totals.get(n.id) ?? null };
  });
  const urbanEpci = urbanEpciCommunes(readJson<{ type: string; membres: { code: string }[] }[]>(cog.epci, 'EPCI reference'));
  const departementContoursJson = readJson<GeoCollection>(departementContours, 'département contours');
  const departements = departementsFile(ref, communes, places, present, networksInAll({ networks }), stamp, {
    urbanEpci,
    neighbours: departementNeighbours(departementContoursJson),
    exportDates: Object.fromEntries(inputs.flatMap(({ network, path }) => {
      const d = dateInName(path);
      return d ? [[network, [d.slice(0, 4), d.slice(4, 6), d.slice(6, 8)].filter((x) => x !== '00').join('-')]] : [];
    })),
    regionNames: new Map(readJson<{ code: string; nom: string }[]>(cog.regions, 'région reference').map((r) => [r.code, r.nom])),
  });
  log('stats', `${departements.departements.length} départements, ${communes.length} communes (${Date.now() - t2} ms)`);

  const t3 = Date.now();
  const communeTiles = buildTileSet('communes', communeFeatures(ref), 6, 10, { code: 'String', nom: 'String', population: 'Number', densite: 'Number', qpv: 'Number' });
  // Départements and the base map in one tile set: one request per tile at every zoom.
  const basemapTiles = basemapTileSet(ref, cogDir, regionPath, departementFeatures(departementContoursJson, ref.departements));
  log('tiles', `communes ${communeTiles.tiles.size} tiles, départements and base map ${basemapTiles.tiles.size} tiles (${Date.now() - t3} ms)`);

  const files = new Map<string, Uint8Array | string>();
  // UTF-8 bytes, not strings: half the memory for a large build's outputs, held until they are written.
  const json = (value: unknown) => Buffer.from(JSON.stringify(value));
  const meta = {
    builtAt: new Date().toISOString(),
    networks,
    sources: { density: ref.density !== null, qpv: ref.qpvSource },
  };
  files.set('places.json', json(encodePlaces(places, stamp, meta)));
  // One details file per département: a card downloads its département's part only.
  const detailsByFile = new Map<string, Map<string, PlaceDetails>>();
  for (const p of places) {
    const file = detailsFileOf(p);
    if (!detailsByFile.has(file)) detailsByFile.set(file, new Map());
    detailsByFile.get(file)!.set(p.id, details.get(p.id)!);
  }
  for (const [file, byId] of detailsByFile) files.set(file, json(encodeDetails(byId, stamp)));
  files.set('communes.json', json(encodeCommunes(communes, stamp)));
  // Arrondissements are searched (« Paris 11 », « 13003 ») and measured from, but are in no other file: never counted twice.
  const arrondissements = ref.arrondissements.map((a) => ({ code: a.code, name: a.name, departementCode: a.departementCode, population: a.population ?? 0, lon: a.lon, lat: a.lat, postalCodes: a.postalCodes, densityClass: null, qpv: null }));
  files.set('search-index.json', json(encodeSearchIndex([...communes.filter((c) => /^(\d\d|2[AB]|97[1-6])/.test(c.code)), ...arrondissements], departements.departements.map(({ code, name }) => ({ code, name })), stamp)));
  files.set('departements.json', json(departements));
  for (const set of [communeTiles, basemapTiles]) {
    for (const [zxy, tile] of set.tiles) files.set(`tiles/${set.layer}/${zxy}.pbf`, tile);
    files.set(`tiles/${set.layer}/tiles.json`, json(tileJson(set, `tiles/${set.layer}/{z}/{x}/{y}.pbf`)));
  }
  // The client asks only for tiles listed here: no request for a sea tile the build did not write.
  files.set('tiles/index.json', json(encodeTileIndex(Object.fromEntries([communeTiles, basemapTiles].map((s) => [s.layer, s.tiles.keys()])), stamp)));
  const outputs = ['places.json', 'place-details/', 'communes.json', 'search-index.json', 'departements.json', 'tiles/communes/', 'tiles/base/'].map((p) => sizeOf(files, p));
  const report = makeReport({
    inputHash,
    builtAt: meta.builtAt,
    inputFolder: options.input,
    durationMs: Date.now() - started,
    ledgers,
    missingNetworks,
    ignoredFiles: ignoredFiles.map((i) => ({ ...i, path: display(i.path) })),
    reference: {
      notes: ref.notes,
      sources: {
        'commune reference': `@etalab/decoupage-administratif (${ref.communes.size} communes)`,
        'commune contours': `${communeContours.length} files`,
        'département contours': display(departementContours),
        'density grid': densityPath ? display(densityPath) : null,
        QPV: qpvPath ? `${display(qpvPath)} (${ref.qpvSource})` : null,
        'postal centroids': postalPath ? display(postalPath) : null,
        'expected totals': existsSync(expectedPath) ? `${display(expectedPath)} (${[...expected.totals].map(([id, t]) => `${id} ${t.approximate ? '~' : ''}${t.total}`).join(', ') || 'none'})` : null,
      },
    },
    outputs,
  });
  // The report lists every file the build writes: the next build removes those, and only those.
  report.files = [...files.keys(), 'build-report.json', 'build-report.md'].sort();
  files.set('build-report.json', JSON.stringify(report, null, 1));
  files.set('build-report.md', reportMarkdown(report));

  // Written beside the target, then swapped in: a failed build leaves the previous output untouched.
  const { carried } = replaceOutput(options.out, files, previousOutput);
  for (const f of carried) log('write', `kept ${f}: not written by the build`);

  const t = report.totals;
  for (const o of outputs) log('write', `${o.path}: ${o.files} file(s), ${(o.gzipBytes / 1024).toFixed(1)} KB gzipped`);
  console.log(`\nrows read ${t.rows} = places written ${t.placesWritten} + rejected ${t.rejected} + merged duplicates ${t.mergedDuplicates}${t.reconciles ? '' : '  ** DOES NOT RECONCILE **'}`);
  console.log(`wrote ${relative(process.cwd(), options.out) || '.'} in ${((Date.now() - started) / 1000).toFixed(1)} s; details in ${relative(process.cwd(), join(options.out, 'build-report.md'))}`);
  return t.reconciles ? 0 : 1;
}

function readTable(path: string, isHeader?: (headers: string[]) => boolean) {
  const result = readCsv(readFileSync(path), { isHeader });
  if (!result.ok) throw new FatalError(`${path}: ${result.reason}`);
  return result.table.rows;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  // V8 lets the heap grow to about twice what is live before a full collection: on a 200,000-row export that is
  // 1.8 GB of RSS for 0.8 GB of data. Growing by 20 % collects more often (no slower here: 28 s against 31 s) and
  // peaks at 1.2 GB, with no cap that a larger export could hit.
  setFlagsFromString('--heap-growing-percent=20');
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    if (error instanceof FatalError || error instanceof OutputRefused || (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      console.error(`build-data: ${(error as Error).message}`);
      process.exitCode = 2;
    } else throw error;
  }
}
