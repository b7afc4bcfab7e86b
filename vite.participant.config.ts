import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The participant page (participant/): its own small entry, built into out/participant and served
 * by the room server (main/services/room/server.ts). electron-vite's renderer build runs this
 * build after its own (electron.vite.config.ts), so every `electron-vite build` makes both.
 */
export default defineConfig({
  root: resolve('participant'),
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: resolve('out/participant'),
    emptyOutDir: true,
    // One script and one stylesheet: no inline module preload polyfill (the CSP allows no inline script).
    modulePreload: false,
    assetsInlineLimit: 0,
    rollupOptions: { input: resolve('participant/index.html') },
  },
});
