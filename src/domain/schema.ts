// Version stamp of the generated files: the client refuses files written for another schema.
/** 3: places.json carries each place's year of labelling (column labelYear); departements.json each département's région and neighbours. */
export const SCHEMA_VERSION = 3;

export interface Stamp {
  schemaVersion: number;
  /** Hash of the build's inputs (data files and build code), for caching and for tracing a figure. */
  inputHash: string;
}

export class SchemaMismatchError extends Error {}

/** Checks a parsed file's stamp; throws a message a person can act on. */
export function checkStamp(file: string, value: unknown): asserts value is Stamp {
  const version = (value as Partial<Stamp> | null)?.schemaVersion;
  if (version !== SCHEMA_VERSION) {
    throw new SchemaMismatchError(
      `${file} was generated for schema ${version ?? 'unknown'}, this application reads schema ${SCHEMA_VERSION}: run "npm run data" again.`,
    );
  }
}

type FieldKind = 'array' | 'object' | 'number' | 'string';

function kindOf(v: unknown): FieldKind | 'null' | 'other' {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  const t = typeof v;
  return t === 'object' || t === 'number' || t === 'string' ? t : 'other';
}

/** Checks the stamp, then that each field the client reads is there with its type: a file cut short, or written
 * by other code under the same version, is refused with the field's name rather than failing later. */
export function checkFile(file: string, value: unknown, fields: Record<string, FieldKind>): void {
  checkStamp(file, value);
  for (const [name, kind] of Object.entries(fields)) {
    const path = name.split('.');
    let v: unknown = value;
    for (const key of path) v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
    if (kindOf(v) !== kind) throw new SchemaMismatchError(`${file}: field "${name}" should be ${kind === 'array' || kind === 'object' ? 'an' : 'a'} ${kind}, found ${kindOf(v) === 'other' ? typeof v : kindOf(v)}: run "npm run data" again.`);
  }
}
