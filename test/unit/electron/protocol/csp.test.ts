import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '@shared/security/csp';

describe('content security policy', () => {
  // security.md §1.1 #7 has `img-src 'self' blob:`; `data:` was added for renderer/index.html's favicon, and
  // 'wasm-unsafe-eval' as #7 allows when WebAssembly has to run in the renderer (the age cipher, ARCHITECTURE.md decision 6).
  it("is security.md §1.1 #7's policy with data: added to img-src and WebAssembly allowed", () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob: data:; font-src 'self'; " +
        "connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "frame-src 'none'; frame-ancestors 'none'",
    );
  });

  it('has a meta variant that only drops frame-ancestors, which meta tags ignore', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
    expect(CONTENT_SECURITY_POLICY_META).toBe(CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''));
  });

  it('allows no eval, no inline code and nothing remote', () => {
    for (const policy of [CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META]) {
      expect(policy.replace(" 'wasm-unsafe-eval'", '')).not.toMatch(/unsafe-|https?:|wss?:|\*/);
    }
  });
});
