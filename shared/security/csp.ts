/**
 * The renderer's Content Security Policy (security.md §1.1 #7). The `app://` protocol
 * handler sends it as a header and renderer/index.html repeats it in a meta tag; a test
 * compares the two, so both must come from here.
 */
const DIRECTIVES = [
  "default-src 'none'",
  // WebAssembly, for libsodium's ChaCha20-Poly1305 under the age format (renderer/crypto/ageCipher.ts,
  // ARCHITECTURE.md decision 6); still no eval and no inline script.
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
] as const;

/** Browsers ignore these in a `<meta http-equiv>` policy and log a warning, so the meta copy omits them. */
const HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors'];

const directiveName = (directive: string): string => directive.split(' ', 1)[0] ?? directive;

/** The policy sent as the `Content-Security-Policy` header on every `app://habeas/` response. */
export const CONTENT_SECURITY_POLICY: string = DIRECTIVES.join('; ');

/** The same policy for `<meta http-equiv="Content-Security-Policy">` in renderer/index.html. */
export const CONTENT_SECURITY_POLICY_META: string = DIRECTIVES.filter(
  (directive) => !HEADER_ONLY_DIRECTIVES.includes(directiveName(directive)),
).join('; ');
