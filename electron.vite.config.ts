import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { ageCipherForApp } from './build/ageCipherPlugin.mjs';

const alias = { '@shared': resolve(import.meta.dirname, 'shared') };

// One build for the three targets. The preload must be CommonJS because a sandboxed
// preload cannot load ES modules; electron-vite leaves every target unminified, so the
// renderer turns minification back on.
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      lib: { entry: 'electron/main.ts' },
      rolldownOptions: { output: { entryFileNames: 'index.js' } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      lib: { entry: 'electron/preload/index.ts' },
      rolldownOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
    },
  },
  renderer: {
    root: 'renderer',
    resolve: { alias },
    plugins: [react(), ageCipherForApp(import.meta.dirname)],
    build: {
      outDir: 'out/renderer',
      minify: true,
      chunkSizeWarningLimit: 2000,
      rolldownOptions: { input: resolve(import.meta.dirname, 'renderer/index.html') },
    },
  },
});
