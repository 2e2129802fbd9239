// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { PARTNER_CRITERIA } from '@shared/partners/criteria';
import { partnersProjection } from '@shared/partners/projection';
import { describe, expect, it } from 'vitest';
import { registerPartner } from '../../../../../renderer/features/partners/commands';
import { projectionState } from '../../../../../renderer/vault/session';
import type { Session } from '../../../../../renderer/vault/session';
import { aPartnersSession, renderPartners } from './partnersSession';

/** Writes go through IndexedDB; on a busy machine they take longer than the default second. */
const AFTER_WRITE = { timeout: 5000 };

const PROFILE = { name: '3rd Border Brigade', kind: 'state_force' as const, supportTypes: ['training' as const], facilities: [{ code: 'CRP-01', name: 'Central Remand Prison' }] };

function eventsOf(session: Session) {
  return projectionState(session.ledger.current().states, partnersProjection);
}

describe('partners list', () => {
  it('refuses a partner without a name, writing nothing, then adds one linked to a facility', async () => {
    const session = await aPartnersSession();
    const { router } = renderPartners(session, '/partners');
    expect(await screen.findByText('No partner recorded yet.')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Add a partner' }));
    const dialog = screen.getByRole('dialog', { name: 'Add a partner' });
    expect(within(dialog).getByText('Declared authority: Ministry of Justice')).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add the partner' }));
    const name = within(dialog).getByRole('textbox', { name: 'Name of the partner' });
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(within(dialog).getByText('This is empty. Type it in.')).toBeDefined();
    expect(eventsOf(session).partners.size).toBe(0);
    fireEvent.change(name, { target: { value: '3rd Border Brigade' } });
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Central Remand Prison (CRP-01)' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Add the partner' }));
    await waitFor(() => { expect(router.state.location.pathname).toMatch(/^\/partners\/[0-9a-f-]{36}$/); }, AFTER_WRITE);
    const [partner] = [...eventsOf(session).partners.values()];
    expect(partner?.profiles[0]?.payload).toEqual({ name: '3rd Border Brigade', kind: 'state_force', supportTypes: [], facilities: [{ code: 'CRP-01', name: 'Central Remand Prison' }] });
  });

  it('offers no writing to a supervisor, who may still read', async () => {
    const session = await aPartnersSession('supervisor');
    await registerPartner(session, PROFILE);
    renderPartners(session, '/partners');
    expect(await screen.findByRole('link', { name: '3rd Border Brigade' })).toBeDefined();
    expect(screen.queryByRole('button', { name: 'Add a partner' })).toBeNull();
  });
});

describe('a partner', () => {
  it('records an assessment only when every criterion is rated and rated criteria have evidence, as version 1', async () => {
    const session = await aPartnersSession();
    const id = await registerPartner(session, PROFILE);
    renderPartners(session, `/partners/${id}?view=assess`);
    fireEvent.click(await screen.findByRole('button', { name: 'Record the assessment' }));
    expect(screen.getByText(/Some answers need attention/)).toBeDefined();
    expect(eventsOf(session).partners.get(id)?.assessments).toHaveLength(0);
    for (const criterion of ['Willingness', 'Capacity', 'Command and control', 'Doctrine and training', 'Detention practice', 'Allegations and investigations']) {
      fireEvent.click(within(screen.getByRole('group', { name: criterion })).getByRole('radio', { name: 'Not known' }));
    }
    fireEvent.click(within(screen.getByRole('group', { name: 'ICRC access' })).getByRole('radio', { name: 'Weak' }));
    fireEvent.click(screen.getByRole('radio', { name: 'High' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record the assessment' }));
    const evidence = screen.getByRole('textbox', { name: 'Evidence for “ICRC access”' });
    expect(evidence.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('The ratings suggest: High. You decide the level.')).toBeDefined();
    fireEvent.change(evidence, { target: { value: 'ICRC refused access to Block C on 3 March.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record the assessment' }));
    expect(await screen.findByRole('table', { name: 'Criteria of version 1' }, AFTER_WRITE)).toBeDefined();
    const stored = eventsOf(session).partners.get(id)?.assessments[0]?.payload;
    expect(stored?.overallRisk).toBe('high');
    expect(Object.keys(stored?.criteria ?? {}).sort()).toEqual([...PARTNER_CRITERIA].sort());
    expect(stored?.criteria.icrc_access).toEqual({ rating: 'weak', evidence: 'ICRC refused access to Block C on 3 March.' });
  });

  it('adds a measure, updates it with a note, and records a decision with its author', async () => {
    const session = await aPartnersSession();
    const id = await registerPartner(session, PROFILE);
    renderPartners(session, `/partners/${id}`);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a measure' }));
    const add = screen.getByRole('dialog', { name: 'Add a measure' });
    fireEvent.change(within(add).getByRole('textbox', { name: 'Measure' }), { target: { value: 'Registration course for guards' } });
    fireEvent.change(within(add).getByRole('textbox', { name: 'Owner' }), { target: { value: 'Training cell' } });
    fireEvent.change(within(add).getByLabelText('Due date'), { target: { value: '2020-01-31' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add the measure' }));
    expect(within(add).getByLabelText('Review date').getAttribute('aria-invalid')).toBe('true');
    fireEvent.change(within(add).getByLabelText('Review date'), { target: { value: '2020-01-15' } });
    fireEvent.click(within(add).getByRole('button', { name: 'Add the measure' }));
    const plan = await screen.findByRole('table', { name: 'Measures of the plan, soonest due first' }, AFTER_WRITE);
    await within(plan).findByText('Registration course for guards', {}, AFTER_WRITE);
    expect(within(plan).getByText(/^Overdue since/)).toBeDefined();
    fireEvent.click(within(plan).getByRole('button', { name: 'Update the measure “Registration course for guards”' }));
    const update = screen.getByRole('dialog', { name: 'Update the measure' });
    fireEvent.change(within(update).getByRole('combobox', { name: 'Status' }), { target: { value: 'done' } });
    fireEvent.change(within(update).getByRole('textbox', { name: 'What happened' }), { target: { value: 'Course held; 40 guards trained.' } });
    fireEvent.click(within(update).getByRole('button', { name: 'Record the update' }));
    await within(plan).findByText('Course held; 40 guards trained.', {}, AFTER_WRITE);
    expect(within(plan).getByText('Done')).toBeDefined();

    fireEvent.click(screen.getByRole('button', { name: 'Record a decision' }));
    const decide = screen.getByRole('dialog', { name: 'Record a decision on support' });
    fireEvent.click(within(decide).getByRole('button', { name: 'Record the decision' }));
    expect(within(decide).getByText('Choose the decision taken.')).toBeDefined();
    fireEvent.click(within(decide).getByRole('radio', { name: /^Condition/ }));
    fireEvent.change(within(decide).getByRole('textbox', { name: 'Rationale' }), { target: { value: 'Support continues if ICRC access is granted.' } });
    fireEvent.click(within(decide).getByRole('button', { name: 'Record the decision' }));
    const log = await screen.findByRole('table', { name: 'Decisions on support, newest first' });
    await within(log).findByText('Support continues if ICRC access is granted.', {}, AFTER_WRITE);
    expect(within(log).getByText(/Jean Dupont\u2069, /)).toBeDefined();
  });
});
