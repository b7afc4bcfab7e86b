import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol } from 'electron';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppFile } from './appOrigin';

// The Electron half of the app origin (appOrigin.ts has the pure half): the scheme's privileges and
// the handler that serves out/renderer with the CSP.
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Must run before `app` is ready, and only once. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // standard: relative URLs and a real origin; secure: treated like https (module scripts,
      // secure-context APIs); supportFetchAPI: same-origin fetch of our own assets. No bypassCSP,
      // no corsEnabled, no service workers: nothing outside the app may read from this scheme.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves the built renderer from `root` (out/renderer), with the CSP on every response. */
export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const headers = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' };
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers });
    const file = resolveAppFile(root, request.url);
    if (file === null) return new Response('Forbidden', { status: 403, headers });
    try {
      const body = await readFile(file);
      const type = contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: { ...headers, 'Content-Type': type } });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}
