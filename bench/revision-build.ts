// The site as an older commit built it, for "compared with before" figures: the commit is checked out in a
// temporary git worktree, installed (npm ci), built from the same input data and kept in the system's temporary
// folder, so that the next run reuses it. Only folders this script made are removed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The built site (dist folder) of `rev`, built now or by an earlier run. */
export function revisionBuild(rev: string): string {
  const commit = execFileSync('git', ['rev-parse', '--short=12', `${rev}^{commit}`], { encoding: 'utf8' }).trim();
  const dist = join(tmpdir(), `tiers-lieux-bench-dist-${commit}`);
  if (existsSync(join(dist, 'index.html'))) return dist;
  const tree = mkdtempSync(join(tmpdir(), 'tiers-lieux-bench-tree-'));
  const input = resolve(process.env.TIERS_LIEUX_DATA ?? '../shared/data');
  const run = (cmd: string, args: string[], env: Record<string, string> = {}) =>
    execFileSync(cmd, args, { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
  console.error(`building ${rev} (${commit}) in ${tree} for comparison…`);
  try {
    execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { stdio: 'ignore' });
    run('npm', ['ci', '--no-audit', '--no-fund']);
    run('npx', ['tsx', 'scripts/build-data.ts', '--input', input]);
    run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', dist, '--emptyOutDir']);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'ignore' });
    rmSync(tree, { recursive: true, force: true });
  }
  return dist;
}
