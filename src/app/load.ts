// Loads the generated files next to the page and decodes them. Errors carry two texts: French for the visitor,
// the detail (file, status, what to run) for the console.
import { decodePlaces } from '../domain/places-file.ts';
import { decodeSearchIndex } from '../domain/search-index-file.ts';
import { detailsFileOf, type Place, type PlaceDetails } from '../domain/place.ts';
import { SchemaMismatchError } from '../domain/schema.ts';
import { decodeDetails } from '../domain/details-file.ts';
import { decodeDepartements, type DepartementsFile } from '../domain/departements-file.ts';

/** A data file that could not be loaded: `message` is for the console, `visitorMessage` for the page. */
export class DataLoadError extends Error {
  /** `unreachable`: no answer at all (offline, or refused by the browser: CORS), not an error status. */
  constructor(message: string, readonly visitorMessage: string, readonly unreachable = false) {
    super(message);
  }
}

/** The custom element on another site whose map's server does not allow it (no Access-Control-Allow-Origin). */
export const CROSS_SITE_MESSAGE = 'La carte n’a pas pu se charger depuis ce site : le serveur de la carte doit autoriser ce site (CORS).';

/** What the page tells a visitor about a failure; the detail goes to the console. */
export function visitorMessage(error: unknown): string {
  if (error instanceof DataLoadError) return error.visitorMessage;
  if (error instanceof SchemaMismatchError) return 'les données de ce site ne correspondent pas à cette version de la carte. Réessayez plus tard.';
  return 'une erreur inattendue s’est produite. Rechargez la page.';
}

/**
 * The line shown instead of the map when it cannot start. `crossSite`: the map's files come from another origin than
 * the page (the custom element); there, a file or module that got no answer at all (fetch and import() reject with a
 * TypeError) was most likely refused for want of CORS, and the integrator reading the message needs to know that.
 */
export function startFailureMessage(error: unknown, crossSite: boolean): string {
  const unreachable = (error instanceof DataLoadError && error.unreachable) || error instanceof TypeError;
  return crossSite && unreachable ? CROSS_SITE_MESSAGE : `La carte ne peut pas s’afficher : ${visitorMessage(error)}`;
}

async function fetchJson(url: string, name: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new DataLoadError(`${name}: ${(error as Error).message}`, 'les données n’ont pas pu être chargées. Vérifiez votre connexion et réessayez.', true);
  }
  if (!response.ok) throw new DataLoadError(`${name} not found (${response.status}) at ${url}: run "npm run data" to generate the data`, 'les données de la carte sont introuvables sur ce site.');
  return response.json();
}

/** One load shared by every caller while it runs and once it succeeded; a failed load is tried again on the next use. */
export function cachedUntilFailure<T>(load: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | null = null;
  return () => {
    promise ??= load().catch((error: unknown) => {
      promise = null;
      throw error;
    });
    return promise;
  };
}

/** One cache per data folder (two elements on a page may read two sites). */
function perDataUrl<T>(load: (dataUrl: string) => Promise<T>): (dataUrl: string) => Promise<T> {
  const loaders = new Map<string, () => Promise<T>>();
  return (dataUrl) => {
    let loader = loaders.get(dataUrl);
    if (!loader) loaders.set(dataUrl, (loader = cachedUntilFailure(() => load(dataUrl))));
    return loader();
  };
}

export async function loadPlaces(dataUrl: string) {
  return decodePlaces(await fetchJson(`${dataUrl}places.json`, 'places.json'));
}

/** Card details of one département's places: a card loads its département's file, once (again after a failure). */
const loadDetailsFile = perDataUrl(async (url): Promise<Record<string, PlaceDetails>> => {
  const file = url.slice(url.lastIndexOf('place-details/'));
  return decodeDetails(await fetchJson(url, file), file);
});

export function loadDetails(dataUrl: string, place: Pick<Place, 'departementCode'>): Promise<Record<string, PlaceDetails>> {
  return loadDetailsFile(`${dataUrl}${detailsFileOf(place)}`);
}

export type DepartementsData = DepartementsFile;

/** Per-département coverage computed by the build: loaded when coverage is first shown. */
export const loadDepartements = perDataUrl(async (dataUrl): Promise<DepartementsData> => decodeDepartements(await fetchJson(`${dataUrl}departements.json`, 'departements.json')));

/** The commune search index: loaded when the search box is first used or a ?commune= link is opened. */
export const loadSearchIndex = perDataUrl(async (dataUrl) => decodeSearchIndex(await fetchJson(`${dataUrl}search-index.json`, 'search-index.json')));
