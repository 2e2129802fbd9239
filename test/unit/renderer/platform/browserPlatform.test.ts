// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBrowserPlatform, osFromUserAgent } from '../../../../renderer/platform/browserPlatform';
import { acceptAttribute } from '../../../../renderer/platform/pickFiles';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

/** Stands in for the user in the file picker: the next file input that opens gets these files, or a cancel. */
function answerFilePicker(answer: File[] | 'cancel'): { accept: () => string; multiple: () => boolean } {
  const opened: HTMLInputElement[] = [];
  vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(function (this: HTMLInputElement) {
    opened.push(this);
    if (answer === 'cancel') {
      this.dispatchEvent(new Event('cancel'));
      return;
    }
    Object.defineProperty(this, 'files', { configurable: true, value: answer });
    this.dispatchEvent(new Event('change'));
  });
  return { accept: () => opened[0]?.accept ?? '', multiple: () => opened[0]?.multiple ?? false };
}

describe('the browser platform', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('describes itself as the browser', async () => {
    const result = await createBrowserPlatform(window).appInfo();
    expect(result).toMatchObject({ ok: true, value: { name: 'Habeas', platform: 'browser' } });
  });

  it('names the operating system from the user agent', () => {
    expect(osFromUserAgent('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/156.0')).toBe('Windows');
    expect(osFromUserAgent('Mozilla/5.0 (X11; Linux x86_64) Chrome/156.0')).toBe('Linux');
    expect(osFromUserAgent('curl/8')).toBe('unknown');
  });

  it('saves by downloading, and reports the size and SHA-256 of what it saved', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    const result = await createBrowserPlatform(window).saveFile(new TextEncoder().encode('abc'), 'register.habeas');
    expect(result).toEqual({ ok: true, value: { status: 'saved', fileName: 'register.habeas', bytesWritten: 3, sha256: ABC_SHA256 } });
    expect(clicked.map((link) => [link.download, link.href.startsWith('blob:')])).toEqual([['register.habeas', true]]);
  });

  it('refuses a file name with a directory in it, as the main process does', async () => {
    const result = await createBrowserPlatform(window).saveFile(new Uint8Array(1), '../escape.txt');
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
  });

  it('opens the chosen files with their bytes', async () => {
    const picker = answerFilePicker([new File(['hello'], 'a.habeas'), new File(['bye'], 'b.habeas')]);
    const result = await createBrowserPlatform(window).openFiles([{ name: 'Bundles', extensions: ['habeas', 'age'] }], { multiple: true });
    expect(picker.accept()).toBe('.habeas,.age');
    expect(picker.multiple()).toBe(true);
    if (!result.ok || result.value.status !== 'opened') throw new Error(`expected opened files, got ${JSON.stringify(result)}`);
    expect(result.value.files.map((file) => [file.name, new TextDecoder().decode(file.bytes)])).toEqual([
      ['a.habeas', 'hello'],
      ['b.habeas', 'bye'],
    ]);
  });

  it('reports a closed picker as cancelled', async () => {
    answerFilePicker('cancel');
    expect(await createBrowserPlatform(window).openFiles([])).toEqual({ ok: true, value: { status: 'cancelled' } });
  });

  it('refuses a file over the size limit without reading it', async () => {
    answerFilePicker([new File(['0123456789'], 'big.habeas')]);
    const result = await createBrowserPlatform(window).openFiles([], { maxBytes: 4 });
    expect(result).toMatchObject({ ok: false, error: { code: 'too-large' } });
  });

  it('offers every file when a filter allows any extension', () => {
    expect(acceptAttribute([{ name: 'All', extensions: ['*'] }, { name: 'Bundles', extensions: ['habeas'] }])).toBe('');
    expect(acceptAttribute([])).toBe('');
  });

  it('copies text through the Clipboard API and reports a refusal as unavailable', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    expect(await createBrowserPlatform(window).copyText('note')).toEqual({ ok: true, value: null });
    writeText.mockRejectedValueOnce(new Error('denied'));
    expect(await createBrowserPlatform(window).copyText('note')).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });

  it('cannot send bundles: the web build makes no network requests, and says so', async () => {
    const platform = createBrowserPlatform(window);
    expect(platform.canSendBundles).toBe(false);
    const upload = { bundleId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', endpoint: 'https://adviser.example/inbox', bytes: new Uint8Array([1]) };
    expect(await platform.sendBundle(upload)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
