// Loads the generated files next to the page and decodes them; errors say what to do.
import { decodePlaces } from '../domain/places-file.ts';
import { decodeSearchIndex } from '../domain/search-index-file.ts';
import { detailsFileOf, type Place, type PlaceDetails } from '../domain/place.ts';
import { checkStamp } from '../domain/schema.ts';
import type { DepartementCoverage } from '../domain/coverage.ts';

async function fetchJson(url: string, name: string): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new Error(`Impossible de charger ${name} : vérifiez la connexion au serveur.`);
  }
  if (!response.ok) throw new Error(`${name} introuvable (${response.status}) : lancez « npm run data » pour générer les données.`);
  return response.json();
}

export async function loadPlaces(dataUrl: string) {
  return decodePlaces(await fetchJson(`${dataUrl}places.json`, 'places.json'));
}

const detailsPromises = new Map<string, Promise<Record<string, PlaceDetails>>>();

/** Card details of a place's département, loaded when its first card opens; a failed load is tried again next time. */
export function loadDetails(dataUrl: string, place: Pick<Place, 'departementCode'>): Promise<Record<string, PlaceDetails>> {
  const file = detailsFileOf(place);
  let promise = detailsPromises.get(file);
  if (!promise) {
    promise = fetchJson(`${dataUrl}${file}`, file).then((value) => {
      checkStamp(file, value);
      return (value as unknown as { details: Record<string, PlaceDetails> }).details;
    });
    promise.catch(() => detailsPromises.delete(file));
    detailsPromises.set(file, promise);
  }
  return promise;
}

export interface DepartementsData {
  networks: string[];
  national: Omit<DepartementCoverage, 'code' | 'name'>;
  departements: (DepartementCoverage & { regionCode: string; bbox?: [number, number, number, number] | null })[];
  placesOutsideDepartements: number;
}

let departementsPromise: Promise<DepartementsData> | null = null;

/** Per-département coverage computed by the build: loaded when coverage is first shown. */
export function loadDepartements(dataUrl: string): Promise<DepartementsData> {
  departementsPromise ??= fetchJson(`${dataUrl}departements.json`, 'departements.json').then((value) => {
    checkStamp('departements.json', value);
    return value as unknown as DepartementsData;
  });
  return departementsPromise;
}

let searchPromise: Promise<ReturnType<typeof decodeSearchIndex>> | null = null;

/** The commune search index: loaded when the search box is first used or a ?commune= link is opened. */
export function loadSearchIndex(dataUrl: string) {
  searchPromise ??= fetchJson(`${dataUrl}search-index.json`, 'search-index.json').then(decodeSearchIndex);
  return searchPromise;
}
