// @vitest-environment happy-dom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import { finishInspection, saveDraft } from '../../../../../renderer/features/inspections/commands';
import { InspectionsScreen } from '../../../../../renderer/features/inspections/InspectionsScreen';
import { inspectionDraftRows } from '../../../../../renderer/features/inspections/draftStorage';
import { aDraft, aDraftWithDormitory } from './draftBuilders';
import { anInspectionSession, renderInSession } from './inspectionSession';

describe('the inspection in progress across sessions', () => {
  it('is found again after an unlock and resumed where it was left', async () => {
    const session = await anInspectionSession();
    await saveDraft(session, aDraftWithDormitory({ area: '20', peoplePresent: '10' }));
    renderInSession(session, <InspectionsScreen />, '/inspections');
    fireEvent.click(await screen.findByRole('link', { name: 'Continue the inspection' }));
    expect(await screen.findByRole('textbox', { name: 'Floor area' })).toHaveProperty('value', '20');
  });

  it('seals each change shortly after it is typed, without being asked', async () => {
    const session = await anInspectionSession();
    await saveDraft(session, aDraftWithDormitory({ area: '20' }));
    renderInSession(session, <InspectionsScreen />, '/inspections?view=run');
    fireEvent.change(await screen.findByRole('textbox', { name: 'People present' }), { target: { value: '12' } });
    expect(screen.getByText('Changes not saved yet…')).toBeDefined();
    await waitFor(
      async () => {
        const stored = await inspectionDraftRows.read(session);
        expect(stored.kind === 'draft' ? stored.draft.units[0]?.peoplePresent : undefined).toBe('12');
      },
      { timeout: 4000 },
    );
    expect(await screen.findByText(/^Draft saved and encrypted at /)).toBeDefined();
  });

  it('removes a leftover draft of an inspection already recorded, and offers a new one', async () => {
    const session = await anInspectionSession();
    const draft = aDraft();
    expect(await finishInspection(session, DEFAULT_TEMPLATE, draft)).toEqual({ ok: true, value: draft.id });
    await saveDraft(session, draft);
    renderInSession(session, <InspectionsScreen />, '/inspections');
    await screen.findByRole('button', { name: 'Start the inspection' });
    await waitFor(async () => {
      expect((await inspectionDraftRows.read(session)).kind).toBe('none');
    });
  });
});
