// The output folder, safely: written beside the target and swapped in, never deleting a file the build did not write.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export class OutputRefused extends Error {}

/** What an earlier build wrote, from its report; older reports had no list, so their files are known by name. */
const KNOWN_OUTPUT = /^(places\.json|place-details\.json|place-details\/.+\.json|communes\.json|search-index\.json|departements\.json|build-report\.(json|md)|tiles\/.+\.(pbf|json))$/;

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const rel = prefix ? `${prefix}/${e.name}` : e.name;
    return e.isDirectory() ? filesUnder(join(dir, e.name), rel) : [rel];
  });
}

function isInside(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
}

export interface PreviousOutput {
  /** Files of the earlier build, relative to the folder. */
  ours: Set<string>;
  /** Files someone else put there: carried over into the new output, never deleted. */
  theirs: string[];
}

/**
 * Refuses a target that is a file, that holds the input, or that exists with content and no earlier build
 * report; otherwise says which of its files the earlier build wrote.
 */
export function checkOutputTarget(out: string, input: string): PreviousOutput | null {
  const target = resolve(out);
  if (isInside(resolve(input), target)) {
    throw new OutputRefused(`--out ${out} holds the input folder ${input}: choose another output folder (the build replaces its output folder whole).`);
  }
  if (!existsSync(target)) return null;
  if (lstatSync(target).isSymbolicLink()) throw new OutputRefused(`--out ${out} is a symbolic link: give the folder it points to, or a new folder.`);
  if (!lstatSync(target).isDirectory()) throw new OutputRefused(`--out ${out} is a file, not a folder: choose a folder for the generated data.`);
  const files = filesUnder(target);
  if (files.length === 0) return null;
  const reportPath = join(target, 'build-report.json');
  let report: { files?: unknown } | null = null;
  try {
    report = existsSync(reportPath) ? (JSON.parse(readFileSync(reportPath, 'utf8')) as { files?: unknown }) : null;
  } catch {
    report = null;
  }
  if (!report) {
    throw new OutputRefused(`--out ${out} is not empty and holds no earlier build (no build-report.json): choose an empty or new folder, nothing was written.`);
  }
  const listed = Array.isArray(report.files) ? new Set(report.files.map(String)) : null;
  const ours = new Set(files.filter((f) => (listed ? listed.has(f) : KNOWN_OUTPUT.test(f))));
  return { ours, theirs: files.filter((f) => !ours.has(f)) };
}

/**
 * Writes the files into a fresh folder beside the target, carries over files the build did not write, and
 * swaps it in. The earlier output is removed only after the swap, and only the files it listed.
 */
export function replaceOutput(out: string, files: Map<string, Uint8Array | string>, previous: PreviousOutput | null): { carried: string[] } {
  const target = resolve(out);
  mkdirSync(dirname(target), { recursive: true });
  const staging = mkdtempSync(join(dirname(target), `.${basename(target)}.new-`));
  try {
    for (const [path, content] of files) {
      const file = join(staging, path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    const carried = previous?.theirs ?? [];
    for (const f of carried) {
      if (files.has(f)) throw new OutputRefused(`${join(out, f)} was not written by an earlier build and the new build would overwrite it: move it elsewhere and build again.`);
    }
    let old: string | null = null;
    if (existsSync(target)) {
      old = mkdtempSync(join(dirname(target), `.${basename(target)}.old-`));
      rmdirSync(old);
      renameSync(target, old);
    }
    renameSync(staging, target);
    if (old) {
      for (const f of carried) {
        mkdirSync(dirname(join(target, f)), { recursive: true });
        renameSync(join(old, f), join(target, f));
      }
      for (const f of previous?.ours ?? []) unlinkSync(join(old, f));
      removeEmptyFolders(old);
    }
    return { carried };
  } finally {
    if (existsSync(staging)) rmSync(staging, { recursive: true, force: true });
  }
}

/** Removes the folders left empty under dir (dir included); a folder that still holds a file stays. */
function removeEmptyFolders(dir: string): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) if (e.isDirectory()) removeEmptyFolders(join(dir, e.name));
  if (readdirSync(dir).length === 0 && statSync(dir).isDirectory()) rmdirSync(dir);
}
