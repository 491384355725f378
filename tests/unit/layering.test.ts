// The client's layers as architecture.md draws them, checked on the sources' imports.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f)).map((f) => join(dir, f));
}

/** Imports that stay in the built JavaScript (type-only imports are erased). */
function runtimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^import\s+(?!type\s)[^'"]*['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

describe('layers of the client', () => {
  it('src/ui imports nothing from src/app or src/map at run time', () => {
    const offending = sources('src/ui').flatMap((f) => runtimeImports(f).filter((i) => /\.\.\/(app|map)\//.test(i)).map((i) => `${f}: ${i}`));
    expect(offending).toEqual([]);
  });

  it('only src/map imports maplibre-gl and deck.gl', () => {
    const offending = ['src/ui', 'src/app', 'src/domain', 'src/element']
      .flatMap(sources)
      .flatMap((f) => runtimeImports(f).filter((i) => /^(maplibre-gl|@deck\.gl\/)/.test(i)).map((i) => `${f}: ${i}`));
    expect(offending).toEqual([]);
  });

  it('src/domain imports nothing from the other layers', () => {
    const offending = sources('src/domain').flatMap((f) => runtimeImports(f).filter((i) => /\.\.\/(app|map|ui|element)\//.test(i)).map((i) => `${f}: ${i}`));
    expect(offending).toEqual([]);
  });
});
