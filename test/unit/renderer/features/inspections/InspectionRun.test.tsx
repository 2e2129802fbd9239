// @vitest-environment happy-dom
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inspectionsProjection } from '@shared/inspection/inspectionsProjection';
import { InspectionsScreen } from '../../../../../renderer/features/inspections/InspectionsScreen';
import { inspectionDraftRows } from '../../../../../renderer/features/inspections/draftStorage';
import { useInspectionsStore } from '../../../../../renderer/features/inspections/inspectionsStore';
import { projectionState } from '../../../../../renderer/vault/session';
import { aDraft } from './draftBuilders';
import { anInspectionSession, renderInSession } from './inspectionSession';

function facilityRow(indicator: string): HTMLElement {
  const table = screen.getByRole('table', { name: 'Indicators for the facility' });
  return within(table).getByRole('rowheader', { name: indicator }).closest('tr')!;
}

describe('an inspection in progress', () => {
  it('starts from the chosen facility and checklist, sealed at once, and opens on the measurements', async () => {
    const session = await anInspectionSession();
    renderInSession(session, <InspectionsScreen />, '/inspections');
    fireEvent.click(await screen.findByRole('button', { name: 'Start the inspection' }));
    await screen.findByRole('heading', { level: 2, name: 'Rooms and measurements' });
    const stored = await inspectionDraftRows.read(session);
    expect(stored.kind).toBe('draft');
    expect(stored.kind === 'draft' ? stored.draft.facility : undefined).toEqual({ code: 'CRP-01', name: 'Central Remand Prison' });
    expect(screen.getByRole('textbox', { name: /Official capacity of the facility/ })).toHaveProperty('value', '450');
  });

  it('shows a breach of the ICRC floor space as it is typed, in words and citing the source', async () => {
    const session = await anInspectionSession();
    useInspectionsStore.getState().startDraft(aDraft(), '2026-11-26T09:00:00.000Z');
    renderInSession(session, <InspectionsScreen />, '/inspections?view=run');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a room or unit' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Floor area' }), { target: { value: '20' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'People present' }), { target: { value: '10' } });
    const row = facilityRow('Floor space per person, dormitories');
    expect(row.textContent).toMatch(/2\sm² per person/);
    expect(row.textContent).toContain('at least 3.4');
    expect(row.textContent).toContain('ICRC-WASH12');
    expect(within(row).getByText('Below the standard')).toBeDefined();
    fireEvent.click(screen.getByRole('radio', { name: 'CPT living-space standard' }));
    expect(facilityRow('Floor space per person, dormitories').textContent).toContain('at least 4');
  });

  it('says what is wrong with a mistyped figure and keeps it out of the indicators', async () => {
    const session = await anInspectionSession();
    useInspectionsStore.getState().startDraft(aDraft(), '2026-11-26T09:00:00.000Z');
    renderInSession(session, <InspectionsScreen />, '/inspections?view=run');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a room or unit' }));
    const people = screen.getByRole('textbox', { name: 'People present' });
    fireEvent.change(people, { target: { value: '10.5' } });
    expect(people.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Type a whole number, without decimals.')).toBeDefined();
    expect(within(facilityRow('Floor space per person, dormitories')).getByText('Not known')).toBeDefined();
  });

  it('shows each item with its legal force and source, and finishes into one recorded inspection', async () => {
    const session = await anInspectionSession();
    useInspectionsStore.getState().startDraft(aDraft(), '2026-11-26T09:00:00.000Z');
    renderInSession(session, <InspectionsScreen />, '/inspections?view=run');
    const steps = await screen.findByRole('navigation', { name: 'Steps of the inspection' });
    fireEvent.click(within(steps).getByRole('button', { name: /^Water/ }));
    const item = screen.getByRole('group', { name: 'Water storage containers are clean and capped' });
    expect(item.getAttribute('aria-describedby')).toBeTruthy();
    const sources = document.getElementById(item.getAttribute('aria-describedby')!)!;
    expect(sources.textContent).toContain('Recommendation');
    expect(sources.textContent).toContain('APT-DFD');
    fireEvent.click(within(item).getByRole('radio', { name: 'Not compliant' }));
    expect(within(steps).getByRole('button', { name: /^Water/ }).textContent).toContain('1 of');
    fireEvent.click(within(steps).getByRole('button', { name: /^Review and finish/ }));
    expect(screen.getByText('Water storage containers are clean and capped')).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Finish and record the inspection' }));
    await screen.findByRole('heading', { level: 1, name: 'Inspection' }, { timeout: 5000 });
    const state = projectionState(session.ledger.current().states, inspectionsProjection);
    expect([...state.inspections.values()].map((record) => record.payload.answers)).toEqual([
      { 'water.storage_clean': { kind: 'assessment', rating: 'not_compliant' } },
    ]);
    await waitFor(async () => {
      expect((await inspectionDraftRows.read(session)).kind).toBe('none');
    });
  });

  it('makes the steps one Tab stop, moved through with the arrow keys', async () => {
    const session = await anInspectionSession();
    useInspectionsStore.getState().startDraft(aDraft(), '2026-11-26T09:00:00.000Z');
    renderInSession(session, <InspectionsScreen />, '/inspections?view=run');
    const steps = await screen.findByRole('navigation', { name: 'Steps of the inspection' });
    const buttons = within(steps).getAllByRole('button');
    expect(buttons.filter((button) => button.tabIndex === 0).map((button) => button.getAttribute('aria-current'))).toEqual(['step']);
    buttons[0]!.focus();
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'End' });
    expect(document.activeElement?.textContent).toContain('Review and finish');
  });

  it('lists what stops finishing and records nothing', async () => {
    const session = await anInspectionSession();
    useInspectionsStore.getState().startDraft(aDraft({ summary: 'bell\u0007' }), '2026-11-26T09:00:00.000Z');
    renderInSession(session, <InspectionsScreen />, '/inspections?view=run');
    const steps = await screen.findByRole('navigation', { name: 'Steps of the inspection' });
    fireEvent.click(within(steps).getByRole('button', { name: /^Review and finish/ }));
    const before = session.storage.head()?.seq;
    fireEvent.click(screen.getByRole('button', { name: 'Finish and record the inspection' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('1 entry must be corrected before finishing');
    expect(alert.textContent).toContain("Inspector's conclusions");
    expect(session.storage.head()?.seq).toBe(before);
  });
});
