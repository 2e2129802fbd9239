// @vitest-environment happy-dom
/**
 * The outbox screen: an inbox address per confirmed recipient (checked as the main process
 * checks it), a saved export recognised by its hash and put in the outbox, its status as
 * uploads succeed or fail, and the browser build saying it cannot send.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ExchangePayloads } from '@shared/exchange/eventTypes';
import { recipientFingerprint } from '@shared/bundle/manifest';
import { appendAsUser } from '../../../../../renderer/vault/session';
import type { Session } from '../../../../../renderer/vault/session';
import { platform } from '../../../../../renderer/platform';
import type { OutboxSendResult, PlatformResult } from '../../../../../renderer/platform';
import { FEATURES } from '../../../../../renderer/app/featureRegistry';
import { OutboxBackground } from '../../../../../renderer/features/outbox';
import { acquireOutbox, releaseOutbox } from '../../../../../renderer/features/outbox/outboxService';
import { renderApp } from '../../../../support/renderApp';
import { aSender, sha256Hex, trustSender } from '../exchange/exchangeFixtures';
import type { Sender } from '../exchange/exchangeFixtures';

const ENDPOINT = 'https://inbox.adviser.example/habeas';
const FILE = new Uint8Array([0x61, 0x67, 0x65, 0x2d, 0x65, 0x6e, 0x63]);
const FILE_NAME = 'habeas-20261126-100000-0a1b2c3d.habeas';

/** Records in the history that `bytes` were exported to the contact, as the export screen does after saving. */
async function anExport(session: Session, to: Sender, bytes: Uint8Array): Promise<void> {
  const payload: ExchangePayloads['bundle.exported'] = {
    manifestHash: 'd'.repeat(64),
    bundleSeq: 1,
    prevBundle: '',
    createdAt: '2026-11-26T10:00:00.000Z',
    to: { kind: 'contacts', ledgers: [to.card.ledger], recipientFingerprints: [recipientFingerprint(to.card.recipient)] },
    scope: 'new',
    segments: [],
    eventCount: 12,
    fileName: FILE_NAME,
    fileSha256: sha256Hex(bytes),
    fileBytes: bytes.length,
  };
  await appendAsUser(session, { type: 'bundle.exported', subject: payload.manifestHash, occurredAt: payload.createdAt, payload });
}

function desktopPlatform(answers: PlatformResult<OutboxSendResult>[]) {
  vi.spyOn(platform, 'canSendBundles', 'get').mockReturnValue(true);
  return vi.spyOn(platform, 'sendBundle').mockImplementation(() => Promise.resolve(answers.shift() ?? { ok: true, value: { status: 'sent', httpStatus: 201 } }));
}

function chooseFile(bytes: Uint8Array, name = FILE_NAME) {
  vi.spyOn(platform, 'openFiles').mockResolvedValue({ ok: true, value: { status: 'opened', files: [{ name, bytes }] } });
}

async function withAdviser(): Promise<{ session: Session; adviser: Sender }> {
  const { session } = await renderApp({ path: '/outbox' });
  const adviser = await aSender('adviser-office', 'Adviser Office');
  await trustSender(session!, adviser);
  return { session: session!, adviser };
}

async function setAddress(facility: string, address: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Set the inbox address of ${facility}` }));
  const dialog = await screen.findByRole('dialog', { name: `Inbox address of ${facility}` });
  fireEvent.change(within(dialog).getByRole('textbox', { name: 'Inbox address' }), { target: { value: address } });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Save address' }));
  return dialog;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the outbox screen', () => {
  it('in the browser build says sending needs the desktop app and offers no sending', async () => {
    await withAdviser();
    expect(await screen.findByText('Sending over the internet needs the desktop app')).toBeDefined();
    expect(screen.getByRole('button', { name: 'Choose a saved bundle…' }).hasAttribute('disabled')).toBe(true);
  });

  it('refuses an address that is not https, says why, and keeps the dialog open', async () => {
    await withAdviser();
    const dialog = await setAddress('Adviser Office', 'http://inbox.adviser.example/habeas');
    const field = within(dialog).getByRole('textbox', { name: 'Inbox address' });
    expect(await within(dialog).findByText(/must start with https:\/\//)).toBeDefined();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    const table = screen.getByRole('table', { name: 'Inbox addresses of recipients' });
    expect(within(table).getByText('Not set')).toBeDefined();
  });

  it('keeps an address per recipient, normalised, after a save', async () => {
    await withAdviser();
    await setAddress('Adviser Office', 'HTTPS://Inbox.Adviser.Example:443/habeas');
    const table = screen.getByRole('table', { name: 'Inbox addresses of recipients' });
    expect(await within(table).findByText(ENDPOINT)).toBeDefined();
    // The table follows the stored event; the dialog closes a moment later, once the save settles.
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).toBeNull();
    });
    expect(screen.getByRole('button', { name: 'Change the inbox address of Adviser Office' })).toBeDefined();
  });

  it('sends a saved export to its recipient and shows it sent', async () => {
    const send = desktopPlatform([]);
    const { session, adviser } = await withAdviser();
    await anExport(session, adviser, FILE);
    await setAddress('Adviser Office', ENDPOINT);
    await screen.findByText(ENDPOINT);
    chooseFile(FILE);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a saved bundle…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send bundle 1' });
    expect(within(dialog).getByRole('checkbox', { name: 'Adviser Office' })).toHaveProperty('checked', true);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Put in the outbox' }));
    const list = screen.getByRole('table', { name: 'Bundles waiting, sent and not sent' });
    expect(await within(list).findByText(/^Sent on /)).toBeDefined();
    expect(send).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ endpoint: ENDPOINT, bytes: FILE }));
  });

  it('shows why a bundle was not sent, and sends it on "Retry now"', async () => {
    desktopPlatform([{ ok: true, value: { status: 'failed', reason: 'rejected', httpStatus: 403 } }]);
    const { session, adviser } = await withAdviser();
    await anExport(session, adviser, FILE);
    await setAddress('Adviser Office', ENDPOINT);
    await screen.findByText(ENDPOINT);
    chooseFile(FILE);
    fireEvent.click(screen.getByRole('button', { name: 'Choose a saved bundle…' }));
    fireEvent.click(within(await screen.findByRole('dialog', { name: 'Send bundle 1' })).getByRole('button', { name: 'Put in the outbox' }));
    expect(await screen.findByText('Not sent: needs attention')).toBeDefined();
    expect(screen.getByText(/Last try: the inbox refused the bundle; check the address with the contact\. \(the inbox answered 403\)/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Retry bundle 1 to Adviser Office now' }));
    expect(await screen.findByText(/^Sent on /)).toBeDefined();
  });

  it('refuses a file that is not one of this installation\'s exports', async () => {
    desktopPlatform([]);
    await withAdviser();
    chooseFile(new Uint8Array([1, 2, 3]), 'someone-else.habeas');
    fireEvent.click(await screen.findByRole('button', { name: 'Choose a saved bundle…' }));
    expect(await screen.findByText(/^someone-else\.habeas is not one of this installation's exports/)).toBeDefined();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('does not offer a recipient without an address', async () => {
    desktopPlatform([]);
    const { session, adviser } = await withAdviser();
    await anExport(session, adviser, FILE);
    chooseFile(FILE);
    fireEvent.click(await screen.findByRole('button', { name: 'Choose a saved bundle…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send bundle 1' });
    const box = within(dialog).getByRole('checkbox', { name: 'Adviser Office' });
    expect(box.hasAttribute('disabled')).toBe(true);
    expect(within(dialog).getByText(/None of this bundle's recipients can receive it now/)).toBeDefined();
    expect(within(dialog).queryByRole('button', { name: 'Put in the outbox' })).toBeNull();
  });
});

describe('OutboxBackground', () => {
  it('keeps sending while another screen is open', async () => {
    const send = desktopPlatform([]);
    const background = { id: 'elsewhere', path: 'elsewhere', navLabelKey: 'outbox.nav', Screen: OutboxBackground } as const;
    const { session } = await renderApp({ path: '/elsewhere', features: [...FEATURES, background] });
    const adviser = await aSender('adviser-office', 'Adviser Office');
    await trustSender(session!, adviser);
    const runner = acquireOutbox(session!);
    await runner.setEndpoint(adviser.card.ledger, ENDPOINT);
    await runner.queue(FILE, { manifestHash: 'd'.repeat(64), bundleSeq: 1, fileName: FILE_NAME, fileSha256: sha256Hex(FILE), fileBytes: FILE.length }, [adviser.card.ledger]);
    releaseOutbox(session!);
    await vi.waitFor(() => {
      expect(send).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ endpoint: ENDPOINT, bytes: FILE }));
    });
  });
});
