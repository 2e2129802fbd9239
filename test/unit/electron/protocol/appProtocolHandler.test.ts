import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/security/csp';
import { createAppProtocolHandler, registerAppProtocol } from '../../../../electron/protocol/appProtocolHandler';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

let base: string;
let root: string;
let handle: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'habeas-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await mkdir(join(base, 'renderer-secrets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Habeas</title>');
  await writeFile(join(root, 'assets', 'app.js'), 'export const x = 1;');
  await writeFile(join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(join(base, 'renderer-secrets', 'key.txt'), 'secret');
  await writeFile(join(base, 'outside.txt'), 'secret');
  // A link inside the bundle that points out of it, and one that stays inside.
  await symlink(join(base, 'outside.txt'), join(root, 'assets', 'leak.js'));
  await symlink(join(base, 'renderer-secrets'), join(root, 'linked-dir'), 'junction');
  await symlink(join(root, 'assets', 'app.js'), join(root, 'alias.js'));
  handle = createAppProtocolHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

function expectSecurityHeaders(response: Response): void {
  expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
}

describe('app:// protocol handler', () => {
  it('serves index.html for the root with the CSP header and an HTML content type', async () => {
    const response = await handle(new Request('app://habeas/'));
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toContain('<title>Habeas</title>');
  });

  it.each([
    ['app://habeas/assets/app.js', 'text/javascript; charset=utf-8', 'export const x = 1;'],
    ['app://habeas/assets/style.css', 'text/css; charset=utf-8', 'body{}'],
  ])('serves %s with its content type', async (url, contentType, body) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(200);
    expectSecurityHeaders(response);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(await response.text()).toBe(body);
  });

  it('answers 404, still with the CSP, for a missing file or a directory', async () => {
    for (const url of ['app://habeas/missing.js', 'app://habeas/assets']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expectSecurityHeaders(response);
    }
  });

  it.each([
    'app://habeas/..%2foutside.txt',
    'app://habeas/..%2frenderer-secrets%2fkey.txt',
    'app://habeas/..%5coutside.txt',
    'app://habeas//etc/passwd',
    'app://habeas/C:/Windows/win.ini',
    'app://evil/index.html',
  ])('answers 400 for %s and never returns the file', async (url) => {
    const response = await handle(new Request(url));
    expect(response.status).toBe(400);
    expectSecurityHeaders(response);
    expect(await response.text()).not.toContain('secret');
  });

  it('keeps dot-segment traversal inside the bundle', async () => {
    for (const url of ['app://habeas/../outside.txt', 'app://habeas/%2e%2e/%2e%2e/outside.txt']) {
      const response = await handle(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('never follows a symlink out of the bundle', async () => {
    for (const url of ['app://habeas/assets/leak.js', 'app://habeas/linked-dir/key.txt']) {
      const response = await handle(new Request(url));
      expect(response.status, url).toBe(404);
      expectSecurityHeaders(response);
      expect(await response.text()).not.toContain('secret');
    }
  });

  it('serves a symlink whose target stays inside the bundle', async () => {
    const response = await handle(new Request('app://habeas/alias.js'));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('export const x = 1;');
  });

  it('refuses methods other than GET and HEAD', async () => {
    const response = await handle(new Request('app://habeas/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
    expectSecurityHeaders(response);
    const head = await handle(new Request('app://habeas/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('registers itself for the app scheme only', () => {
    const protocol = { handle: vi.fn() };
    registerAppProtocol(protocol as unknown as Protocol, root);
    expect(protocol.handle).toHaveBeenCalledTimes(1);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
