// Browser tests run against the built site: say how to get one instead of failing obscurely.
import { existsSync, mkdirSync } from 'node:fs';

export default function setup() {
  if (!existsSync('dist/index.html') || !existsSync('dist/data/places.json')) {
    throw new Error('dist/ is missing or has no data: run "npm run build" first (npm test does it for you).');
  }
  if (!existsSync('/usr/bin/chromium')) throw new Error("Debian's Chromium is missing: run scripts/ensure-chromium.sh (npm test does it for you).");
  mkdirSync('test-results/screenshots', { recursive: true });
}
