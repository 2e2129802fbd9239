import type { WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { hardenWebContents, isAllowedNavigation } from '../../../../electron/window/hardenWebContents';
import { FakeWebContents } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function navigate(contents: FakeWebContents, eventName: string, url: string, isMainFrame = true): boolean {
  const preventDefault = vi.fn();
  contents.emit(eventName, { url, isMainFrame, preventDefault });
  return preventDefault.mock.calls.length > 0;
}

const FOREIGN_URLS = [
  'https://example.org/',
  'http://127.0.0.1:9222/json',
  'file:///etc/passwd',
  'app://evil/index.html',
  'app://habeas.evil/index.html',
  'app://user@habeas/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'chrome://settings',
  'devtools://devtools/bundled/inspector.html',
  'not a url',
];

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: prevents every foreign URL', (eventName) => {
    const contents = hardened();
    for (const url of FOREIGN_URLS) expect(navigate(contents, eventName, url), url).toBe(true);
  });

  it('will-navigate: lets the main frame reload the app document only', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-navigate', 'app://habeas/index.html')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'app://habeas/')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'app://habeas/index.html#/register')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'app://habeas/assets/app.js')).toBe(true);
  });

  it('will-frame-navigate: no subframe may navigate, even to the app', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-frame-navigate', 'app://habeas/index.html', false)).toBe(true);
    expect(navigate(contents, 'will-frame-navigate', 'app://habeas/index.html', true)).toBe(false);
  });

  it('will-redirect: only to the app, only in the main frame', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-redirect', 'app://habeas/assets/app.js')).toBe(false);
    expect(navigate(contents, 'will-redirect', 'app://habeas/assets/app.js', false)).toBe(true);
  });

  it('denies every window.open, target=_blank and middle click', () => {
    const contents = hardened();
    expect(contents.setWindowOpenHandler).toHaveBeenCalledTimes(1);
    for (const url of ['https://example.org/', 'app://habeas/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('prevents any webview from attaching', () => {
    const contents = hardened();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, { nodeIntegration: false }, { src: 'https://x' });
    expect(preventDefault).toHaveBeenCalledTimes(1);
  });

  it('isAllowedNavigation accepts only the main-frame app document', () => {
    expect(isAllowedNavigation('app://habeas/index.html', true)).toBe(true);
    expect(isAllowedNavigation('app://habeas/index.html', false)).toBe(false);
    expect(isAllowedNavigation('app://HABEAS/index.html', true)).toBe(false);
  });
});
