// Runs every bench script in turn; each prints its own figures.
import { spawnSync } from 'node:child_process';

for (const script of ['bench/build.ts', 'bench/build-large.ts', 'bench/search.ts', 'bench/bundle.ts', 'bench/client.ts', 'bench/national.ts', 'bench/hover.ts', 'bench/basemap.ts']) {
  const r = spawnSync('npx', ['tsx', script], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
