import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { metaPolicy, PARTICIPANT_CONTENT_SECURITY_POLICY } from './shared/csp';

/**
 * The participant page (participant/): its own small entry, built into out/participant and served
 * by the room server (main/services/room/server.ts). electron-vite's renderer build runs this
 * build after its own (electron.vite.config.ts), so every `electron-vite build` makes both.
 */
/** Writes the participant page's policy (shared/csp.ts, the server's header) into the page as its first meta tag. */
export function participantCspMeta(): Plugin {
  return {
    name: 'verkstad-participant-csp',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(PARTICIPANT_CONTENT_SECURITY_POLICY) }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  root: resolve('participant'),
  base: '/',
  plugins: [react(), participantCspMeta()],
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
