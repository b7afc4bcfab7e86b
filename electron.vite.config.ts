import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { build, type Plugin } from 'vite';

/** The participant page is a Vite entry of its own (vite.participant.config.ts), built with the renderer. */
function participantPage(): Plugin {
  return {
    name: 'verkstad-participant-page',
    apply: 'build',
    async closeBundle() {
      await build({ configFile: resolve('vite.participant.config.ts') });
    },
  };
}

// One config builds all three parts. The preload is CommonJS and fully bundled,
// because a sandboxed preload can require nothing but a few Electron modules.
// `--mode profile` keeps the renderer's names readable in CPU profiles (bench:canvas with CANVAS_BENCH_PROFILE).
export default defineConfig(({ mode }) => ({
  main: {
    build: {
      outDir: 'out/main',
      // The draft worker (main/services/draftPreparer.ts) is a file of its own next to the bundle.
      rollupOptions: { input: { index: resolve('main/electron/main.ts'), draftWorker: resolve('main/services/draftWorker.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('renderer'),
    base: './',
    plugins: [react(), participantPage()],
    build: {
      outDir: resolve('out/renderer'),
      emptyOutDir: true,
      minify: mode !== 'profile',
      rollupOptions: { input: resolve('renderer/index.html') },
    },
  },
}));
