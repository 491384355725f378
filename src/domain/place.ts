// A labelled place as the client sees it, after validation and enrichment by the build.
import type { DensityClass } from './density.ts';
import type { NetworkId } from './networks.ts';
import type { SizeBand } from './size-bands.ts';

/** What the map, the filters, the list and the statistics need for every place (places.json). */
export interface Place {
  /** Stable id: network and the export's own id (or a hash of name and commune). */
  id: string;
  network: NetworkId;
  name: string;
  lon: number;
  lat: number;
  /** True when the export had no usable coordinates and the place sits at its commune's centroid. */
  approximate: boolean;
  communeCode: string | null;
  communeName: string | null;
  departementCode: string | null;
  sizeBand: SizeBand | null;
  densityClass: DensityClass | null;
  /** The place's commune contains at least one QPV; null when no QPV source was available. */
  qpvCommune: boolean | null;
  /** Year the place was labelled (or opened, for the transcribed lists); null when its export gives none. */
  labelYear: number | null;
}

/** What a place card needs beyond the map: place-details/<département>.json, loaded on demand. */
export interface PlaceDetails {
  address: string | null;
  postalCode: string | null;
  communePopulation: number | null;
  /** ISO date (YYYY-MM-DD) or year (YYYY) of labelling. */
  labelDate: string | null;
  website: string | null;
  phone: string | null;
  email: string | null;
  /** Raw opening hours, Monday to Sunday, as given by the export (null for a day not given). */
  hours: (string | null)[] | null;
  appointment: string | null;
  comment: string | null;
  kind: string | null;
  /** The public page that states this place exists (transcribed lists), shown as « Source ». */
  sourceUrl: string | null;
}

/** The details file that holds a place's card: one per département, so a card loads only its part. */
export function detailsFileOf(place: Pick<Place, 'departementCode'>): string {
  return `place-details/${place.departementCode ?? 'hors-departement'}.json`;
}

/** The département of a commune code: three characters overseas, two elsewhere (2A and 2B included). */
/** A département code as the interface takes it: "01"–"95", "2A", "2B", "971"–"976". */
export const DEPARTEMENT_CODE = /^(\d{2}|2[AB]|97[1-6])$/;
/** A commune's INSEE code: five digits, or "2A"/"2B" and three digits in Corsica. */
export const COMMUNE_CODE = /^(\d{5}|2[AB]\d{3})$/;

export function isDepartementCode(code: string): boolean {
  return DEPARTEMENT_CODE.test(code);
}

export function departementOfCommune(code: string): string {
  return code.startsWith('97') || code.startsWith('98') ? code.slice(0, 3) : code.slice(0, 2);
}
