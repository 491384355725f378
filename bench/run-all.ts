// Runs every bench script in turn; each prints its own figures.
import { spawnSync } from 'node:child_process';

// The base map's first map is also compared with the map as it was before it (issue 13's reference, c5cda13).
const env = { ...process.env, BEFORE_REV: process.env.BEFORE_REV ?? 'c5cda13' };
for (const script of ['bench/build.ts', 'bench/build-large.ts', 'bench/search.ts', 'bench/bundle.ts', 'bench/client.ts', 'bench/national.ts', 'bench/hover.ts', 'bench/basemap.ts']) {
  const r = spawnSync('npx', ['tsx', script], { stdio: 'inherit', env });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
