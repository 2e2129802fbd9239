/**
 * `npm run test:e2e`: runs the end-to-end tests against the renderer already built into
 * out/renderer (`npm test` builds first). Vitest is spawned with this Node binary rather
 * than through npx, so stopping this process stops the whole run.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

if (!existsSync(resolve(ROOT, 'out/renderer/index.html'))) {
  console.error('out/renderer is missing: run `npm run build` first.');
  process.exit(1);
}

const vitest = spawn(
  process.execPath,
  [resolve(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
vitest.on('exit', (code, signal) => {
  process.exit(code ?? (signal === null ? 1 : 128));
});
