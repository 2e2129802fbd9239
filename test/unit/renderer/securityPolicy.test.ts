import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY_META } from '@shared/security/csp';

const html = readFileSync(resolve(import.meta.dirname, '../../../renderer/index.html'), 'utf8');

describe('renderer/index.html', () => {
  it('repeats the app Content-Security-Policy in its meta tag, word for word', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html);
    expect(meta?.[1]).toBe(CONTENT_SECURITY_POLICY_META);
  });

  it('has no inline script or style, which that policy would block', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=|\son[a-z]+=/i);
  });

  it('declares a favicon so the browser does not request one and log a 404', () => {
    expect(html).toContain('<link rel="icon" href="data:," />');
  });
});
