import { describe, expect, it } from 'vitest';
import { aChainOf } from '../../../../builders/ledger';
import { describeChange } from '../../../../../renderer/features/audit/describeChange';
import { createI18n } from '../../../../../renderer/i18n/createI18n';

const [created, added] = aChainOf(2);
const t = createI18n('fr').t;
const helpers = { nameOf: (id: string) => `user ${id.slice(0, 4)}`, formatNumber: (value: number) => String(value) };

describe('what an event changed', () => {
  it('names the facility and the user added, with the role in the reader’s language', () => {
    expect(created && describeChange(t, created, helpers)).toBe('Central Remand Prison (CRP-01)');
    expect(added && describeChange(t, added, helpers)).toBe('User 2, Greffier');
  });

  it('names users removed or changed by their current name, and says how a passphrase was replaced', () => {
    if (added === undefined) throw new Error('no event');
    const userId = typeof added.payload.userId === 'string' ? added.payload.userId : '';
    const name = helpers.nameOf(userId);
    expect(describeChange(t, { ...added, type: 'user.removed', payload: { userId, reason: 'Mutation' } }, helpers)).toBe(`${name}. Motif\u00a0: Mutation`);
    expect(describeChange(t, { ...added, type: 'user.passphrase_reset', payload: { userId, method: 'recovery_code' } }, helpers)).toContain('code de récupération');
  });

  it('describes nothing it does not know, and survives malformed payloads', () => {
    if (added === undefined) throw new Error('no event');
    expect(describeChange(t, { ...added, type: 'custody.admitted' }, helpers)).toBe('');
    expect(describeChange(t, { ...added, type: 'clock.regression_noted', payload: { regressionMs: 'x' } }, helpers)).toBe('De 0 minute');
  });
});
