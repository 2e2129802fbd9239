// @vitest-environment happy-dom
/**
 * The import screen: files chosen → every check → a preview per facility → apply → the
 * history; the same file again says nothing changed; a stranger's bundle is refused with
 * its ledger id and a way to the contacts.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { exchangeStateOf } from '../../../../../renderer/features/exchange/exchangeState';
import { platform } from '../../../../../renderer/platform';
import { renderApp } from '../../../../support/renderApp';
import { aSender, bundleFor, trustSender } from './exchangeFixtures';

function offerFiles(files: { name: string; bytes: Uint8Array }[]): void {
  vi.spyOn(platform, 'openFiles').mockResolvedValue({ ok: true, value: { status: 'opened', files } });
}

describe('the import screen', () => {
  it('checks a bundle, previews what it adds, applies it, and says nothing changed the second time', async () => {
    const { session } = await renderApp({ path: '/import', vault: { role: 'adviser' } });
    const sender = await aSender('facility-north', 'Northern Prison');
    await trustSender(session!, sender);
    const bundle = await bundleFor(session!, sender, 6);
    offerFiles([{ name: 'habeas-20261126-100000-aa.habeas', bytes: bundle.bytes }]);
    fireEvent.click(screen.getByRole('button', { name: 'Choose bundle files…' }));
    const result = await screen.findByRole('article', { name: /habeas-20261126-100000-aa\.habeas.*Ready to apply/ });
    expect(within(result).getByText(/Bundle 1 from Northern Prison/)).toBeDefined();
    const preview = within(result).getByRole('table', { name: 'What this bundle adds' });
    const row = within(preview).getByRole('row', { name: /Northern Prison/ });
    expect(within(row).getByText('1 to 6')).toBeDefined();
    expect(within(row).getByText(/1 facility entry, 5 user entries/)).toBeDefined();
    expect(await session!.storage.ledgers()).not.toContain(sender.card.ledger);

    fireEvent.click(screen.getByRole('button', { name: 'Apply 1 bundle' }));
    expect(await screen.findByRole('article', { name: /Applied/ })).toBeDefined();
    expect(await session!.storage.ledgers()).toContain(sender.card.ledger);
    const history = screen.getByRole('table', { name: 'Bundles received, newest first' });
    expect(within(history).getByRole('row', { name: /Northern Prison/ })).toBeDefined();

    offerFiles([{ name: 'again.habeas', bytes: bundle.bytes }]);
    fireEvent.click(screen.getByRole('button', { name: 'Choose bundle files…' }));
    const again = await screen.findByRole('article', { name: /again\.habeas/ });
    await within(again).findByText('Bundle 1 from Northern Prison was already imported — nothing changed.');
    expect(exchangeStateOf(session!).history.imports).toHaveLength(1);
  });

  it('refuses a bundle from a sender that is not a trusted contact, and shows its ledger id', async () => {
    const { session } = await renderApp({ path: '/import' });
    const stranger = await aSender('facility-unknown', 'Unknown Station');
    const bundle = await bundleFor(session!, stranger, 3);
    offerFiles([{ name: 'stranger.habeas', bytes: bundle.bytes }]);
    fireEvent.click(screen.getByRole('button', { name: 'Choose bundle files…' }));
    const result = await screen.findByRole('article', { name: /Refused: sender not trusted/ });
    expect(within(result).getByText(new RegExp(`Sender not trusted: the bundle says it comes from “Unknown Station”, ledger id ${stranger.card.ledger.slice(0, 4)}`))).toBeDefined();
    expect(within(result).getByRole('link', { name: 'Go to Contacts and keys' })).toBeDefined();
    expect(screen.queryByRole('button', { name: /^Apply/ })).toBeNull();
    await waitFor(async () => {
      expect(await session!.storage.ledgers()).not.toContain(stranger.card.ledger);
    });
  });

  it('is offered only to roles that may import', async () => {
    await renderApp({ path: '/', vault: { role: 'registrar' } });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Import' })).toBeNull();
    expect(within(nav).getByRole('link', { name: 'Export' })).toBeDefined();
  });
});
