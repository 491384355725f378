// The test command: type-check, unit and integration tests, site build, browser tests; ends with one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const results = join('test-results');
// The browser tests' host page is served from this origin (TEST_HOST_ORIGIN overrides it, e.g. for two checkouts testing at once): the test build allows it to talk to the embedded map.
const TEST_HOST_ORIGIN = process.env.TEST_HOST_ORIGIN ?? 'http://127.0.0.1:47831';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n=== ${label}: ${command} ${args.join(' ')}`);
  const r = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function vitest(label, configArgs, file) {
  const ok = run(label, 'npx', ['vitest', 'run', ...configArgs, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { TEST_HOST_ORIGIN });
  if (existsSync(file)) {
    const json = JSON.parse(readFileSync(file, 'utf8'));
    passed += json.numPassedTests;
    failed += json.numFailedTests + (json.numFailedTestSuites ?? 0) * (json.numFailedTests === 0 ? 1 : 0);
  } else if (!ok) failed++;
  return ok;
}

// Type-checking is part of the test, as one check.
if (run('type-check', 'npx', ['tsc', '--noEmit', '-p', '.'])) passed++;
else failed++;

vitest('unit and integration tests', [], join(results, 'unit.json'));

const dataOk = run('data build (if inputs changed)', 'npx', ['tsx', 'scripts/build-data.ts', '--if-changed']);
const siteOk = dataOk && run('site build', 'npx', ['vite', 'build', '--logLevel', 'warn'], { VITE_EMBED_ORIGINS: TEST_HOST_ORIGIN });
if (!dataOk || !siteOk) failed++;
else if (run('Chromium', 'bash', ['scripts/ensure-chromium.sh'])) {
  vitest('browser tests', ['--config', 'tests/e2e/vitest.config.ts'], join(results, 'e2e.json'));
} else failed++;

console.log(`\ntests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
