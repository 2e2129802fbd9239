import type { TestProject } from 'vitest/node';
import { startWebServer } from './webServer.mjs';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- module augmentation merges only with an interface
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the already-built out/renderer on a free port for the whole run. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startWebServer({ port: 0 });
  project.provide('baseUrl', server.url);
  return () => server.close();
}
