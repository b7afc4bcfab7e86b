/**
 * The Content-Security-Policy sent with every page and asset, by both hosts (Electron's
 * verkstad:// protocol and the Chromium host's route); renderer/index.html repeats it in a meta tag. `style-src 'unsafe-inline'` is the one concession:
 * React writes `style={…}` attributes and Mantine sets CSS variables on elements through inline
 * styles, and CSP has no nonce or hash for style attributes. Inline styles cannot run script, and
 * `script-src 'self'` (no inline, no eval) is what keeps injected markup from executing.
 */
/**
 * The report's own policy (the PDF record, the agenda handout, a board picture): a self-contained
 * document that runs nothing and loads nothing — its styles are inline, its fonts and pictures
 * `data:` URLs. The Electron print window serves it with this header; every report also carries it
 * as a meta tag, so the preview frame and the Chromium printer hold it to the same.
 */
export const REPORT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The room's participant page (participant/, served by main/services/room/server.ts): its script,
 * styles and WebSocket from the room's own address, nothing inline, nothing from elsewhere. The
 * server sends it as a header on every response; the participant build writes it into the page's
 * meta tag (vite.participant.config.ts), so there is one policy and nothing to keep in step.
 */
export const PARTICIPANT_CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A policy as a meta tag may carry it: browsers ignore frame-ancestors there (the header sends it). */
export function metaPolicy(policy: string): string {
  return policy
    .split('; ')
    .filter((directive) => !directive.startsWith('frame-ancestors'))
    .join('; ');
}
