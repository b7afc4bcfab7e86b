import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HtmlTagDescriptor, PluginOption, UserConfig } from 'vite';
import { CONTENT_SECURITY_POLICY, metaPolicy, PARTICIPANT_CONTENT_SECURITY_POLICY } from '../../../shared/csp';
import { PARTICIPANT_PAGE_CSP } from '../../../main/services/room/server';
import participantConfig, { participantCspMeta } from '../../../vite.participant.config';

describe('the Content-Security-Policy', () => {
  it('forbids inline and remote script', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*(unsafe-inline|unsafe-eval|https?:)/);
  });

  it('is repeated word for word in the renderer’s meta tag (which cannot carry frame-ancestors)', () => {
    const html = readFileSync(new URL('../../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    expect(meta).toBe(metaPolicy(CONTENT_SECURITY_POLICY));
  });
});

describe('the participant page’s Content-Security-Policy', () => {
  it('is one policy: the room server sends the one in shared/csp.ts', () => {
    expect(PARTICIPANT_PAGE_CSP).toBe(PARTICIPANT_CONTENT_SECURITY_POLICY);
    expect(PARTICIPANT_CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(PARTICIPANT_CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });

  it('is written into the built page by the build, not kept by hand in participant/index.html', () => {
    const html = readFileSync(new URL('../../../participant/index.html', import.meta.url), 'utf8');
    expect(html).not.toMatch(/http-equiv="Content-Security-Policy"/i);
    const plugins = ((participantConfig as UserConfig).plugins ?? []).flat() as PluginOption[];
    expect(plugins.some((p) => p !== null && typeof p === 'object' && 'name' in p && p.name === participantCspMeta().name)).toBe(true);
    // The hook uses no plugin context: called as the build calls it, with the page's source.
    const hook = participantCspMeta().transformIndexHtml as unknown as (html: string) => HtmlTagDescriptor[];
    const tags = hook(html);
    expect(tags).toEqual([{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaPolicy(PARTICIPANT_CONTENT_SECURITY_POLICY) }, injectTo: 'head-prepend' }]);
  });
});
