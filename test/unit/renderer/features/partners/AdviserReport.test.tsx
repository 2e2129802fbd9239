// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { PARTNER_CRITERIA } from '@shared/partners/criteria';
import { previousQuarter, todayIn } from '@shared/sharing/period';
import { describe, expect, it } from 'vitest';
import { addMeasure, assessPartner, recordDecision, registerPartner } from '../../../../../renderer/features/partners/commands';
import { reportHref } from '../../../../../renderer/features/partners/routes';
import { aPartnersSession, renderPartners } from './partnersSession';

const PERIOD = { from: '2026-01-01', to: '2026-03-31' };
const POLICY = { threshold: 5, hideZeros: true };

describe('adviser report', () => {
  it('gives a partner\'s assessment, plan, decisions and each linked facility\'s suppressed statistics, in the reader\'s language', async () => {
    const session = await aPartnersSession();
    const partnerId = await registerPartner(session, { name: '3rd Border Brigade', kind: 'state_force', supportTypes: [], facilities: [{ code: 'CRP-01', name: 'Central Remand Prison' }] });
    const criteria = Object.fromEntries(PARTNER_CRITERIA.map((criterion) => [criterion, { rating: 'weak' as const, evidence: 'Visit of 3 March.' }])) as Parameters<typeof assessPartner>[2]['criteria'];
    await assessPartner(session, partnerId, { assessedOn: '2026-03-03', criteria, overallRisk: 'high' });
    await addMeasure(session, { partnerId, kind: 'support_condition', description: 'ICRC access to Block C', owner: 'Head of mission', dueDate: '2026-04-30', reviewDate: '2026-04-15', status: 'planned' });
    await recordDecision(session, { partnerId, decision: 'condition', decidedOn: '2026-03-10', rationale: 'Access first.' });
    renderPartners(session, reportHref({ scope: { kind: 'partner', partnerId }, ...PERIOD, policy: POLICY }), 'fr');
    const article = await screen.findByRole('article', { name: 'Rapport du conseiller : 3rd Border Brigade' });
    expect(within(article).getByRole('table', { name: 'Critères de la version 1' })).toBeDefined();
    expect(within(article).getByText('ICRC access to Block C')).toBeDefined();
    expect(within(article).getByText('Access first.')).toBeDefined();
    expect(within(article).getByRole('heading', { name: 'Central Remand Prison (CRP-01)' })).toBeDefined();
    expect(within(article).getByRole('table', { name: 'Personnes détenues — Central Remand Prison' })).toBeDefined();
    expect(within(article).getByText('Les effectifs nuls sont masqués aussi.', { exact: false })).toBeDefined();
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeDefined();
  });

  it('says so when the address names nothing valid to report on', async () => {
    const session = await aPartnersSession();
    renderPartners(session, '/adviser-report?partner=nobody&from=2026-03-31&to=2026-01-01&threshold=5');
    expect(await screen.findByText(/This report cannot be shown/)).toBeDefined();
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('lets the adviser choose the period, keeps it in the address and states it in the report', async () => {
    const session = await aPartnersSession();
    const { router } = renderPartners(session, reportHref({ scope: { kind: 'facility', ledger: session.ledgerId }, ...PERIOD, policy: POLICY }), 'fr');
    const article = await screen.findByRole('article');
    // The test renders without a format context: dates are in the default locale's form.
    expect(within(article).getByText(/^Période : du .*2026 au .*2026\.$/)).toBeDefined();
    fireEvent.change(screen.getByRole('combobox', { name: 'Période' }), { target: { value: 'last-quarter' } });
    const quarter = previousQuarter(todayIn(Date.now(), 'UTC'));
    const search = new URLSearchParams(router.state.location.search);
    expect([search.get('period'), search.get('from'), search.get('to')]).toEqual(['last-quarter', quarter.from, quarter.to]);
    expect(within(screen.getByRole('article')).getByText(/^Période : Dernier trimestre complet, du /)).toBeDefined();
    expect(screen.getByRole('status').textContent).toMatch(/ces deux jours compris/);
  });

  it('refuses an end after today with what to do, and shows no report until it is corrected', async () => {
    const session = await aPartnersSession();
    renderPartners(session, reportHref({ scope: { kind: 'facility', ledger: session.ledgerId }, ...PERIOD, policy: POLICY }));
    await screen.findByRole('article');
    const end = screen.getByLabelText('To');
    fireEvent.change(end, { target: { value: '2999-01-01' } });
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^The end is after today \(.+\)\. Choose today or an earlier day\.$/)).toBeDefined();
    expect(screen.getByText('Correct the period above to see the report.')).toBeDefined();
    expect(screen.queryByRole('article')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Print' })).toBeNull();
    fireEvent.change(end, { target: { value: '2026-02-28' } });
    expect(within(await screen.findByRole('article')).getByText(/^Period: .*1, 2026 to .*28, 2026\.$/)).toBeDefined();
  });
});
