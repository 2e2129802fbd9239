/**
 * `npm run web`: builds the renderer alone and serves it on 127.0.0.1 for use in a plain
 * browser, through the browser platform (downloads and file inputs instead of dialogs).
 * Port: $PORT, else 5173, moving up to the next free port if it is taken.
 */
import { buildRenderer, startWebServer } from '../test/e2e/webServer.mjs';

const DEFAULT_PORT = 5173;

await buildRenderer();
const { url } = await startWebServer({ port: Number(process.env.PORT ?? DEFAULT_PORT) });
console.log(`Habeas (renderer only) is served at ${url}`);
console.log('Press Ctrl+C to stop.');
