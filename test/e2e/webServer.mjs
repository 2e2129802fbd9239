/**
 * Builds and serves the renderer on its own, outside Electron: for `npm run web`
 * (scripts/web.mjs) and for the end-to-end tests (test/e2e/globalSetup.ts).
 *
 * The build uses electron-vite's own resolution of the renderer section of
 * electron.vite.config.ts, so it is the same bundle `electron-vite build` writes to
 * out/renderer. The server sends the app's Content-Security-Policy header, read from
 * shared/security/csp.ts, as the app:// protocol handler does.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { build, preview, runnerImport } from 'vite';

const ROOT = resolve(import.meta.dirname, '../..');
export const RENDERER_OUT_DIR = resolve(ROOT, 'out/renderer');

/** Builds only the renderer into out/renderer, exactly as `electron-vite build` does. */
export async function buildRenderer() {
  // Loaded here, not at the top: serving alone (the e2e setup) needs none of electron-vite.
  const { resolveConfig } = await import('electron-vite');
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  const { config } = await resolveConfig({ configFile: resolve(ROOT, 'electron.vite.config.ts'), root: ROOT }, 'build', 'production');
  if (!config.renderer) throw new Error('electron.vite.config.ts has no renderer section');
  await build(config.renderer);
}

async function contentSecurityPolicy() {
  const { module } = await runnerImport(resolve(ROOT, 'shared/security/csp.ts'), { configFile: false, logLevel: 'error' });
  return module.CONTENT_SECURITY_POLICY;
}

/**
 * Serves the built renderer on 127.0.0.1. `port` 0 picks any free port; another port
 * that is taken moves up to the next free one. Resolves with the URL and a close function.
 */
export async function startWebServer({ port = 0 } = {}) {
  if (!existsSync(resolve(RENDERER_OUT_DIR, 'index.html'))) {
    throw new Error(`${RENDERER_OUT_DIR}/index.html is missing: build first (npm run build, or npm run web).`);
  }
  const server = await preview({
    configFile: false,
    root: resolve(ROOT, 'renderer'),
    logLevel: 'warn',
    build: { outDir: RENDERER_OUT_DIR },
    preview: {
      host: '127.0.0.1',
      port,
      strictPort: false,
      open: false,
      headers: { 'Content-Security-Policy': await contentSecurityPolicy() },
    },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('the preview server has no TCP address');
  return {
    url: `http://127.0.0.1:${String(address.port)}/`,
    close: () => server.close(),
  };
}
