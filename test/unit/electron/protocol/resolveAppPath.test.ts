import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../../electron/protocol/resolveAppPath';

const ROOT = resolve('/srv/habeas/out/renderer');

function resolvedInside(url: string): string {
  const result = resolveAppPath(url, ROOT);
  if (!result.ok) throw new Error(`expected ${url} to resolve, got ${result.reason}`);
  return result.filePath;
}

describe('resolveAppPath', () => {
  it('maps the root to index.html', () => {
    expect(resolvedInside('app://habeas/')).toBe(join(ROOT, 'index.html'));
    expect(resolvedInside('app://habeas')).toBe(join(ROOT, 'index.html'));
  });

  it('maps ordinary asset paths inside the bundle, ignoring query and hash', () => {
    expect(resolvedInside('app://habeas/index.html')).toBe(join(ROOT, 'index.html'));
    expect(resolvedInside('app://habeas/assets/index-abc123.js?v=1#x')).toBe(join(ROOT, 'assets', 'index-abc123.js'));
    expect(resolvedInside('app://habeas/fonts/Noto%20Sans.woff2')).toBe(join(ROOT, 'fonts', 'Noto Sans.woff2'));
  });

  it.each([
    ['encoded slash traversal', 'app://habeas/..%2f..%2fetc%2fpasswd', 'encoded-separator'],
    ['upper-case encoded slash', 'app://habeas/assets%2F..%2F..%2Fsecret', 'encoded-separator'],
    ['encoded backslash traversal', 'app://habeas/..%5c..%5cwindows%5cwin.ini', 'encoded-separator'],
    ['encoded NUL', 'app://habeas/index.html%00.png', 'encoded-separator'],
    ['absolute path after decoding', 'app://habeas//etc/passwd', 'not-a-bundle-path'],
    ['UNC path', 'app://habeas//server/share/file', 'not-a-bundle-path'],
    ['backslash UNC path', 'app://habeas/%5C%5Cserver%5Cshare', 'encoded-separator'],
    ['drive letter', 'app://habeas/C:/Windows/win.ini', 'forbidden-character'],
    ['encoded drive letter', 'app://habeas/C%3A/Windows/win.ini', 'forbidden-character'],
    ['control character', 'app://habeas/a%0Ab.js', 'forbidden-character'],
    ['empty segment', 'app://habeas/assets//x.js', 'bad-segment'],
    ['directory path', 'app://habeas/assets/', 'bad-segment'],
    ['malformed escape', 'app://habeas/%E0%A4%A.js', 'bad-encoding'],
    ['wrong host', 'app://evil/index.html', 'foreign-origin'],
    ['host with port', 'app://habeas:8080/index.html', 'foreign-origin'],
    ['credentials', 'app://user:pw@habeas/index.html', 'foreign-origin'],
    ['wrong scheme', 'file:///etc/passwd', 'foreign-origin'],
    ['https', 'https://habeas/index.html', 'foreign-origin'],
    ['not a URL', 'not a url', 'unparseable-url'],
    ['overlong path', `app://habeas/${'a'.repeat(2000)}`, 'path-too-long'],
    ['one-dot-leader look-alike dots', 'app://habeas/%E2%80%A4%E2%80%A4/x.js', 'non-ascii'],
    ['full-width look-alike dots', 'app://habeas/%EF%BC%8E%EF%BC%8E/x.js', 'non-ascii'],
    ['bidi override', 'app://habeas/x%E2%80%AEsj.html', 'non-ascii'],
    ['zero-width space', 'app://habeas/index%E2%80%8B.html', 'non-ascii'],
    ['C1 control', 'app://habeas/a%C2%85b.js', 'forbidden-character'],
    ['dot-dot-space', 'app://habeas/..%20/x.js', 'trailing-dot-or-space'],
    ['trailing dot', 'app://habeas/index.html.', 'trailing-dot-or-space'],
    ['three dots', 'app://habeas/.../x.js', 'trailing-dot-or-space'],
    ['Windows device name', 'app://habeas/CON', 'device-name'],
    ['Windows device name with an extension', 'app://habeas/assets/nul.txt', 'device-name'],
    ['Windows serial device', 'app://habeas/com1.js', 'device-name'],
  ])('rejects %s', (_name, url, reason) => {
    expect(resolveAppPath(url, ROOT)).toEqual({ ok: false, reason });
  });

  it('never resolves dot-segment tricks outside the bundle', () => {
    const attempts = [
      'app://habeas/../../etc/passwd',
      'app://habeas/%2e%2e/%2e%2e/etc/passwd',
      'app://habeas/assets/%2E%2E/%2E%2E/%2E%2E/etc/passwd',
      'app://habeas/.%2e/.%2e/secret',
      'app://habeas/%252e%252e/%252e%252e/etc/passwd',
    ];
    for (const url of attempts) {
      const result = resolveAppPath(url, ROOT);
      if (result.ok) {
        const fromRoot = relative(ROOT, result.filePath);
        expect(fromRoot.startsWith(`..${sep}`) || fromRoot === '..').toBe(false);
        expect(result.filePath.startsWith(`${ROOT}${sep}`)).toBe(true);
      }
    }
  });

  it('still accepts the names a Vite build emits', () => {
    for (const name of ['index-Cugslrqb.js', 'index-DuWX_D7G.css', 'Noto Sans.woff2', '.vite/manifest.json', 'console.js', 'nullable.js']) {
      expect(resolveAppPath(`app://habeas/assets/${encodeURI(name)}`, ROOT).ok, name).toBe(true);
    }
  });

  it('does not let a sibling directory with the same prefix through', () => {
    expect(resolveAppPath('app://habeas/..%2frenderer-secrets/key', ROOT).ok).toBe(false);
    expect(resolvedInside('app://habeas/../renderer-secrets/key')).toBe(join(ROOT, 'renderer-secrets', 'key'));
  });
});
