// @vitest-environment happy-dom
/**
 * "Send to … now" on the export screen: once a bundle to contacts is saved, each
 * recipient with an inbox address can be sent it at once (the outbox queues the exact
 * bytes saved); a recipient without one is named with the way to set it; the browser
 * build, which never sends, offers nothing.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { exchangeStateOf } from '../../../../../renderer/features/exchange/exchangeState';
import { platform } from '../../../../../renderer/platform';
import type { Session } from '../../../../../renderer/vault/session';
import { renderApp } from '../../../../support/renderApp';
import type { RenderedApp } from '../../../../support/renderApp';
import { aSender, sha256Hex, trustSender } from '../exchange/exchangeFixtures';

const ENDPOINT = 'https://inbox.adviser.example/habeas';

function savingDisk(): Uint8Array[] {
  const written: Uint8Array[] = [];
  vi.spyOn(platform, 'saveFile').mockImplementation((bytes, fileName) => {
    written.push(bytes.slice());
    return Promise.resolve({ ok: true, value: { status: 'saved', fileName, bytesWritten: bytes.length, sha256: sha256Hex(bytes) } });
  });
  return written;
}

async function withAdviser(canSend: boolean): Promise<{ app: RenderedApp; session: Session }> {
  vi.spyOn(platform, 'canSendBundles', 'get').mockReturnValue(canSend);
  const app = await renderApp({ path: '/outbox' });
  await trustSender(app.session!, await aSender('adviser-office', 'Adviser Office'));
  return { app, session: app.session! };
}

async function setAddress(): Promise<void> {
  fireEvent.click(await screen.findByRole('button', { name: 'Set the inbox address of Adviser Office' }));
  fireEvent.change(await screen.findByRole('textbox', { name: 'Inbox address' }), { target: { value: ENDPOINT } });
  fireEvent.click(screen.getByRole('button', { name: 'Save address' }));
  await screen.findByText(ENDPOINT);
  await waitFor(() => {
    expect(screen.queryByRole('dialog')).toBeNull();
  });
}

async function exportToAdviser(app: RenderedApp): Promise<void> {
  await app.router.navigate('/export');
  fireEvent.click(await screen.findByRole('checkbox', { name: 'Adviser Office' }));
  fireEvent.click(screen.getByRole('button', { name: 'Prepare the bundle' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Save the bundle' }));
  await screen.findByText(/^Bundle saved as /);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('sending from the export screen', () => {
  it('sends the saved bundle to a recipient with an inbox address, then says it is in the outbox', async () => {
    const send = vi.spyOn(platform, 'sendBundle').mockResolvedValue({ ok: true, value: { status: 'sent', httpStatus: 201 } });
    const { app, session } = await withAdviser(true);
    await setAddress();
    const written = savingDisk();
    await exportToAdviser(app);
    fireEvent.click(await screen.findByRole('button', { name: 'Send to Adviser Office now' }));
    expect(await screen.findByText('The bundle is in the outbox for Adviser Office.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Send to Adviser Office now' })).toBeNull();
    await waitFor(() => {
      expect(send).toHaveBeenCalledOnce();
    });
    const [exported] = exchangeStateOf(session).history.exports;
    expect(send).toHaveBeenCalledWith(expect.objectContaining({ endpoint: ENDPOINT, bytes: written[0] }));
    expect(sha256Hex(written[0]!)).toBe(exported?.fileSha256);
    expect(screen.getByRole('link', { name: 'Open the outbox' }).getAttribute('href')).toBe('/outbox');
  });

  it('names a recipient without an inbox address and links to where it is set', async () => {
    const { app } = await withAdviser(true);
    savingDisk();
    await exportToAdviser(app);
    expect(await screen.findByText(/^Adviser Office has no inbox address/)).toBeDefined();
    expect(screen.getByRole('link', { name: 'Set the address in the outbox' })).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Send to / })).toBeNull();
  });

  it('offers nothing in the browser build, which never sends', async () => {
    const { app } = await withAdviser(false);
    await setAddress();
    savingDisk();
    await exportToAdviser(app);
    expect(screen.queryByRole('heading', { name: 'Send over the internet' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Send to / })).toBeNull();
  });
});
