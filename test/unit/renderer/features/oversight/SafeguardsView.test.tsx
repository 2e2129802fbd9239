// @vitest-environment happy-dom
/**
 * The safeguard audit on a real unlocked session holding two imported facilities: the
 * breaches per rule with their standard, filtered by facility and rule, linked to the
 * detainee's page; the monthly rates with counts for small numbers; and the chart's table.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FEATURES } from '../../../../../renderer/app/featureRegistry';
import { renderApp } from '../../../../support/renderApp';
import { importNetwork, NORTH, SOUTH } from './oversightSession';

async function renderAudit() {
  const app = await renderApp({ path: '/oversight?view=safeguards', features: FEATURES });
  if (app.session === null) throw new Error('no session');
  await importNetwork(app.session);
  await screen.findByRole('heading', { level: 1, name: 'Safeguard audit' });
  await waitFor(() => {
    expect(screen.getByText(/^Open breaches: \d+ · All breaches: \d+ · Facilities: 2$/)).toBeDefined();
  });
}

const breachTables = () => screen.queryAllByRole('table', { name: /^People for whom the rule/ });

describe('the safeguard audit', () => {
  it('lists breaches per rule with the standard and its legal force, linked to the detainee', async () => {
    await renderAudit();
    expect(screen.getByRole('link', { name: 'Safeguards' }).getAttribute('aria-current')).toBe('page');
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    const tables = breachTables();
    expect(tables.length).toBeGreaterThan(0);
    const group = tables[0]?.closest('section');
    if (group === null || group === undefined) throw new Error('no group');
    expect(within(group).getByText(/^Legal force: /)).toBeDefined();
    expect(within(group).getByRole('list', { name: /^Sources of the rule: / })).toBeDefined();
    const link = within(tables[0] as HTMLElement).getAllByRole('link')[0];
    expect(link?.getAttribute('href')).toMatch(/^\/register\/[0-9a-f-]{36}$/);
    expect(link?.textContent).toMatch(/^(NP|SRC)-/);
  });

  it('filters the breaches by facility and by rule', async () => {
    await renderAudit();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'all' } });
    const facility = screen.getByLabelText('Facility');
    fireEvent.change(facility, { target: { value: within(facility).getByRole('option', { name: SOUTH }).getAttribute('value') } });
    const cells = breachTables().flatMap((table) => within(table).getAllByRole('row').slice(1).map((row) => row.children[2]?.textContent));
    expect(cells.length).toBeGreaterThan(0);
    expect(new Set(cells)).toEqual(new Set([SOUTH]));
    const captions = breachTables().map((table) => table.querySelector('caption')?.textContent ?? '');
    const lastRule = /"(.+)"/.exec(captions.at(-1) ?? '')?.[1] ?? '';
    const rule = screen.getByLabelText('Rule');
    fireEvent.change(rule, { target: { value: within(rule).getByRole('option', { name: lastRule }).getAttribute('value') } });
    expect(breachTables().map((table) => table.querySelector('caption')?.textContent)).toEqual([captions.at(-1)]);
    expect(screen.getByText(/^Breaches shown: \d+ · Rules concerned: 1$/)).toBeDefined();
  });

  it('shows each month of the period with counts for few people and no rate where nobody was assessed', async () => {
    await renderAudit();
    const months = screen.getByRole('table', { name: new RegExp(`^${NORTH}: the first duties of custody by month of admission`) });
    const rows = within(months).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(12);
    const cells = rows.flatMap((row) => [...row.children].slice(2, 7).map((cell) => cell.textContent));
    expect(cells).toContain('No one assessed');
    expect(cells.some((text) => /^\d+ of \d+$/.test(text))).toBe(true);
    expect(cells.some((text) => /%/.test(text))).toBe(false);
    const facility = screen.getByLabelText('Facility whose rates are shown');
    fireEvent.change(facility, { target: { value: within(facility).getByRole('option', { name: SOUTH }).getAttribute('value') } });
    expect(screen.getByRole('table', { name: new RegExp(`^${SOUTH}: every rule over the period`) })).toBeDefined();
  });

  it('compares one rule between facilities in a figure with its table', async () => {
    await renderAudit();
    const figure = screen.getByRole('figure', { name: /"Brought before a judge" was met in time, by facility/ });
    const table = within(figure).getByRole('table', { name: '"Brought before a judge" met in time, by month and facility, latest first' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Month of admission', NORTH, SOUTH]);
    fireEvent.change(screen.getByLabelText('Rule shown in the chart'), { target: { value: 'medical-exam' } });
    expect(within(figure).getByRole('table', { name: /^"Medical examination/ })).toBeDefined();
  });
});
