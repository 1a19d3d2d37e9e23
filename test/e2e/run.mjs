// Runs the browser tests (test/e2e/*.test.mjs) with Node's test runner against the production build,
// which `npm run build` must have produced.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first.');
  process.exit(1);
}
const files = readdirSync('test/e2e')
  .filter((name) => name.endsWith('.test.mjs'))
  .map((name) => `test/e2e/${name}`);
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], {
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
