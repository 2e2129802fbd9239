import type { MeasureView } from '@shared/partners/views';
import { describe, expect, it } from 'vitest';
import { checkDecision, checkMeasureUpdate, checkProfile } from '../../../../../renderer/features/partners/forms';

const MEASURE: MeasureView = {
  id: 'm-1',
  partnerId: 'p-1',
  kind: 'training',
  description: 'Course',
  owner: 'Training cell',
  dueDate: '2026-06-30',
  reviewDate: '2026-05-01',
  status: 'planned',
  meta: { ledger: 'a'.repeat(64), seq: 3, occurredAt: '2026-03-01T00:00:00Z', recordedAt: '2026-03-01T00:00:00Z', author: { id: 'u', name: 'Jean Dupont' } },
  updates: [],
  isOverdue: false,
  isReviewDue: false,
};

describe('partner forms', () => {
  it('carry only what a measure update changed, with its note', () => {
    const result = checkMeasureUpdate({ note: '  Postponed. ', owner: 'Training cell', dueDate: '2026-07-31', reviewDate: '2026-05-01', status: 'in_progress' }, MEASURE);
    expect(result).toEqual({ ok: true, value: { note: 'Postponed.', status: 'in_progress', dueDate: '2026-07-31' } });
  });

  it('name every field that is wrong, so nothing is written', () => {
    expect(checkMeasureUpdate({ note: '', owner: '', dueDate: '2026-02-30', reviewDate: '', status: 'done' }, MEASURE)).toEqual({
      ok: false,
      error: { note: 'required', owner: 'required', dueDate: 'bad-date', reviewDate: 'required' },
    });
    expect(checkDecision({ decision: '', decidedOn: 'yesterday', rationale: 'x'.repeat(4001) }, 'p-1')).toEqual({
      ok: false,
      error: { decision: 'choose-decision', decidedOn: 'bad-date', rationale: 'too-long' },
    });
    expect(checkProfile({ name: 'Brigade\u202E', kind: 'state_force', supportTypes: [], facilities: [], description: '' })).toEqual({ ok: false, error: { name: 'invalid-text' } });
  });

  it('trim what they accept and leave out an empty description', () => {
    expect(checkProfile({ name: ' 3rd Brigade ', kind: 'state_force', supportTypes: ['funding'], facilities: [], description: '  ' })).toEqual({
      ok: true,
      value: { name: '3rd Brigade', kind: 'state_force', supportTypes: ['funding'], facilities: [] },
    });
  });
});
