// @vitest-environment happy-dom
/**
 * Person matching on a real unlocked session holding two facilities of a network: the
 * transferred people are proposed as pairs with their reasons; an adviser confirms one with
 * a note (one ledger event), sees the linked history across both facilities, and withdraws
 * it; a role without 'matching.write' sees the pairs but cannot decide.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../../../renderer/app/featureRegistry';
import { renderApp } from '../../../../support/renderApp';
import { importNetwork, NORTH, SOUTH } from '../oversight/oversightSession';

async function renderMatching(role: 'adviser' | 'administrator') {
  const app = await renderApp({ path: '/matching', features: FEATURES, vault: { role } });
  if (app.session === null) throw new Error('no session');
  await importNetwork(app.session);
  return app;
}

function firstCandidate(): HTMLElement {
  const [candidate] = screen.getAllByRole('article');
  if (candidate === undefined) throw new Error('no candidate');
  return candidate;
}

describe('person matching', () => {
  it('proposes the people transferred within the network, with what matched, and records a confirmation', async () => {
    await renderMatching('adviser');
    expect(screen.getByRole('status').textContent).toContain('Finding candidate pairs…');
    expect(screen.getByRole('progressbar', { name: 'Finding candidate pairs…' }).getAttribute('aria-valuetext')).toMatch(/^Comparing 0 of \d+ records$/);
    await screen.findAllByRole('article');
    expect(screen.queryByText('Finding candidate pairs…')).toBeNull();
    const candidate = firstCandidate();
    expect(candidate.textContent).toContain(NORTH);
    expect(candidate.textContent).toContain(SOUTH);
    expect(within(candidate).getByRole('heading').textContent).toMatch(/^Score \d+ of 100/);
    const reasons = within(candidate).getByRole('list', { name: 'What matched and what did not' });
    expect(reasons.textContent).toContain('For: The names are the same once spelling marks are set aside.');
    fireEvent.click(within(candidate).getByRole('button', { name: 'Same person…' }));
    const dialog = screen.getByRole('dialog', { name: 'Confirm: the same person' });
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Note/ }), { target: { value: 'Transfer order seen on site.' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Confirm: same person' }));
    const decided = await screen.findByRole('table', { name: 'Pairs confirmed or rejected, newest first' });
    await waitFor(() => {
      expect(within(decided).getAllByRole('row')).toHaveLength(2);
    });
    expect(within(decided).getByText('Same person')).toBeDefined();
    expect(within(decided).getByText('Transfer order seen on site.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Confirm: same person' })).toBeNull();
  });

  it('shows the linked history across both facilities and withdraws the link', async () => {
    const { router } = await renderMatching('adviser');
    await screen.findAllByRole('article');
    fireEvent.click(within(firstCandidate()).getByRole('button', { name: 'Same person…' }));
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Confirm: same person' }));
    const history = await screen.findByRole('link', { name: /^Linked history of / });
    await router.navigate(history.getAttribute('href') ?? '');
    const records = await screen.findByRole('table', { name: 'Records linked as one person, first admission first' });
    expect(within(records).getAllByRole('row')).toHaveLength(3);
    expect(records.textContent).toContain(NORTH);
    expect(records.textContent).toContain(SOUTH);
    const combined = screen.getByRole('table', { name: 'Events of the linked records across facilities, oldest first' });
    expect(within(combined).getAllByText('Transfer out').length).toBeGreaterThan(0);
    for (const link of within(records).getAllByRole('link')) expect(link.getAttribute('href')).toMatch(/^\/register\/[0-9a-f-]{36}$/);
    await router.navigate('/matching');
    fireEvent.click(await screen.findByRole('button', { name: /^Withdraw the decision on / }));
    fireEvent.click(within(screen.getByRole('dialog', { name: 'Withdraw the decision' })).getByRole('button', { name: 'Withdraw the decision' }));
    await screen.findByText('No decision yet.');
  });

  it('lets a role without the right see the pairs but not decide', async () => {
    await renderMatching('administrator');
    await screen.findAllByRole('article');
    expect(screen.getByText('You can see the pairs and the decisions, but your role cannot record decisions.')).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Same person…' })).toBeNull();
  });
});
