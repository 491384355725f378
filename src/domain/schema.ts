// Version stamp of the generated files: the client refuses files written for another schema.
export const SCHEMA_VERSION = 1;

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
