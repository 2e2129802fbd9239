// @vitest-environment happy-dom
/**
 * Progress within one file's checks on the import screen: while a bundle is checked, a
 * progress bar named after the file says which check runs, and counts the entries
 * verified out of the total, moving before the file's verdict is shown.
 */
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { platform } from '../../../../../renderer/platform';
import { renderApp } from '../../../../support/renderApp';
import { aSender, bundleFor, trustSender } from './exchangeFixtures';

const NAME = 'habeas-20261126-100000-bb.habeas';

/** Every state the file's progress bar was seen in: its accessible name, value and value text. */
function watchProgress(): string[] {
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    for (const bar of screen.queryAllByRole('progressbar', { name: `Checking ${NAME}` })) {
      const state = `${bar.getAttribute('value') ?? '-'}|${bar.getAttribute('aria-valuetext') ?? ''}`;
      if (seen.at(-1) !== state) seen.push(state);
    }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true });
  return seen;
}

describe('progress within one file\'s checks', () => {
  it('names the file, each check in turn, and the entries verified, before the verdict', async () => {
    const { session } = await renderApp({ path: '/import', vault: { role: 'adviser' } });
    const sender = await aSender('facility-east', 'Eastern Prison');
    await trustSender(session!, sender);
    const bundle = await bundleFor(session!, sender, 6);
    vi.spyOn(platform, 'openFiles').mockResolvedValue({ ok: true, value: { status: 'opened', files: [{ name: NAME, bytes: bundle.bytes }] } });
    const seen = watchProgress();
    fireEvent.click(screen.getByRole('button', { name: 'Choose bundle files…' }));
    await screen.findByRole('article', { name: new RegExp(`${NAME.replaceAll('.', '\\.')}.*Ready to apply`) });
    const order = [
      '-|Decrypting the file',
      '-|Unpacking and reading the entries',
      '0|Verifying each entry: 0 of 6 entries',
      '6|Verifying each entry: 6 of 6 entries',
      '-|Comparing with the history already held',
    ];
    // Steps may follow each other faster than React renders; those rendered come in this order.
    expect(seen.map((state) => order.indexOf(state))).toEqual([...seen.map((state) => order.indexOf(state))].sort((a, b) => a - b));
    expect(seen.filter((state) => !order.includes(state))).toEqual([]);
    expect(seen).toContain('-|Decrypting the file');
    expect(seen).toContain('6|Verifying each entry: 6 of 6 entries');
    expect(screen.queryByRole('progressbar', { name: `Checking ${NAME}` })).toBeNull();
  });
});
