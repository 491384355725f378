// Codec of place-details/<département>.json: what a place card shows beyond the map's fields, by place id, loaded on demand.
import type { PlaceDetails } from './place.ts';
import { checkFile, SCHEMA_VERSION, SchemaMismatchError, type Stamp } from './schema.ts';

export interface DetailsFile extends Stamp {
  details: Record<string, PlaceDetails>;
}

export function encodeDetails(details: ReadonlyMap<string, PlaceDetails>, stamp: Omit<Stamp, 'schemaVersion'>): DetailsFile {
  return { schemaVersion: SCHEMA_VERSION, ...stamp, details: Object.fromEntries(details) };
}

export function decodeDetails(value: unknown, file = 'place-details.json'): Record<string, PlaceDetails> {
  checkFile(file, value, { details: 'object' });
  const { details } = value as DetailsFile;
  for (const [id, d] of Object.entries(details)) {
    if (d === null || typeof d !== 'object' || Array.isArray(d)) throw new SchemaMismatchError(`${file}: the details of ${id} are not an object: run "npm run data" again.`);
  }
  return details;
}
