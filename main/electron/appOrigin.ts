import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The built renderer is served from `verkstad://app/…`, never from `file://`: a file page would
 * share its origin with every file on disk, and the `grantFileProtocolExtraPrivileges` fuse is off.
 */
export const APP_SCHEME = 'verkstad';
export const APP_HOST = 'app';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

export { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/**
 * Maps a `verkstad://app/<path>` URL to a file inside `root`, or null if it points anywhere else
 * (another host, `..` segments, encoded separators, absolute paths).
 */
export function resolveAppFile(root: string, rawUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relativePath = pathname.replace(/^\/+/, '') || 'index.html';
  const base = resolve(root);
  const file = resolve(base, relativePath);
  const rel = relative(base, file);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return file;
}

/** Whether a URL belongs to the app: our scheme and host, or the dev server's origin under `electron-vite dev`. */
export function createAppUrlCheck(devServerUrl: string | undefined): (url: string) => boolean {
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  return (candidate) => {
    try {
      const url = new URL(candidate);
      if (url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST) return true;
      // Node's URL gives custom schemes the origin "null", so only http(s) dev origins are compared.
      return devOrigin !== null && url.origin === devOrigin;
    } catch {
      return false;
    }
  };
}
