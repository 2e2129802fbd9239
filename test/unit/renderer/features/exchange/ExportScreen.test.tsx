// @vitest-environment happy-dom
/**
 * The export screen: recipients or a generated passphrase, a preview, a save that is
 * recorded only when the file read back is identical, and the export history.
 */
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readBundle } from '@shared/bundle/read';
import { trustedSendersFromCards } from '@shared/bundle/signature';
import { exchangeStateOf } from '../../../../../renderer/features/exchange/exchangeState';
import { cardFor, ownFacilityName } from '../../../../../renderer/features/exchange/ownFacility';
import { platform } from '../../../../../renderer/platform';
import { APP_EVENT_REGISTRY } from '../../../../../renderer/vault/appLedger';
import { renderApp } from '../../../../support/renderApp';
import { seededAgeIdentity } from '../../../shared/bundle/bundleKit';
import { aSender, sha256Hex, trustSender } from './exchangeFixtures';

function diskThatReadsBack(faulty = false) {
  const written: Uint8Array[] = [];
  vi.spyOn(platform, 'saveFile').mockImplementation((bytes, fileName) => {
    written.push(bytes.slice());
    const sha256 = faulty ? '0'.repeat(64) : sha256Hex(bytes);
    return Promise.resolve({ ok: true, value: { status: 'saved', fileName, bytesWritten: bytes.length, sha256 } });
  });
  return written;
}

describe('the export screen', () => {
  it('exports to a chosen recipient after a preview, records it, and the recipient can read it', async () => {
    const { session } = await renderApp({ path: '/export' });
    const adviser = await aSender('adviser-office', 'Adviser Office');
    await trustSender(session!, adviser);
    const written = diskThatReadsBack();
    fireEvent.click(await screen.findByRole('button', { name: 'Prepare the bundle' }));
    expect(await screen.findByText('Choose at least one recipient.')).toBeDefined();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Adviser Office' }));
    fireEvent.click(screen.getByRole('button', { name: 'Prepare the bundle' }));
    expect(await screen.findByText(/^Bundle 1: \d+ entries, for Adviser Office\.$/)).toBeDefined();
    const preview = screen.getByRole('table', { name: 'What the bundle carries' });
    expect(within(preview).getAllByRole('row')).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Save the bundle' }));
    expect(await screen.findByText(/^Bundle saved as habeas-\d{8}-\d{6}-[0-9a-f]{8}\.habeas\.$/)).toBeDefined();
    const history = screen.getByRole('table', { name: 'Bundles sent, newest first' });
    expect(within(history).getByRole('row', { name: /Adviser Office/ })).toBeDefined();
    const [entry] = exchangeStateOf(session!).history.exports;
    expect(entry).toMatchObject({ bundleSeq: 1, fileSha256: sha256Hex(written[0]!), to: { kind: 'contacts', ledgers: [adviser.card.ledger] } });
    const me = cardFor(session!, ownFacilityName(session!))!;
    const read = await readBundle(written[0]!, {
      identity: seededAgeIdentity('adviser-office'),
      trustedSenders: trustedSendersFromCards([me]),
      known: () => undefined,
      knownLedgers: () => undefined,
      registry: APP_EVENT_REGISTRY,
    });
    expect(read.ok && read.value.newEventCount).toBe(entry?.eventCount);
  });

  it('offers a generated six-word passphrase and records nothing when the saved file differs', async () => {
    const { session } = await renderApp({ path: '/export' });
    diskThatReadsBack(true);
    fireEvent.click(await screen.findByRole('radio', { name: 'A passphrase' }));
    const phrase = document.querySelector('.generated-passphrase')?.textContent ?? '';
    expect(phrase.split(' ')).toHaveLength(6);
    fireEvent.click(screen.getByRole('button', { name: 'Generate another' }));
    expect(document.querySelector('.generated-passphrase')?.textContent).not.toBe(phrase);
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Everything' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Prepare the bundle' }));
    expect(await screen.findByText('Note the passphrase first, then tick this box.')).toBeDefined();
    fireEvent.click(screen.getByRole('checkbox', { name: /I noted this passphrase/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Prepare the bundle' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Save the bundle' }));
    expect(await screen.findByText(/The saved file is not identical to the bundle/, {}, { timeout: 10_000 })).toBeDefined();
    expect(exchangeStateOf(session!).history.exports).toEqual([]);
  });
});
