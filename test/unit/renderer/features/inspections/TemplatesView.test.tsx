// @vitest-environment happy-dom
import { fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importedTemplates, inspectionsProjection } from '@shared/inspection/inspectionsProjection';
import { InspectionsScreen } from '../../../../../renderer/features/inspections/InspectionsScreen';
import { platform } from '../../../../../renderer/platform';
import { projectionState } from '../../../../../renderer/vault/session';
import type { Session } from '../../../../../renderer/vault/session';
import { aTemplate } from '../../../../builders/inspection';
import { anInspectionSession, renderInSession } from './inspectionSession';

function chooseFile(name: string, text: string | Uint8Array): void {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  vi.spyOn(platform, 'openFiles').mockResolvedValue({ ok: true, value: { status: 'opened', files: [{ name, bytes }] } });
  fireEvent.click(screen.getByRole('button', { name: 'Choose a checklist file…' }));
}

const heldRows = () => within(screen.getByRole('table', { name: 'Checklists available for inspections' })).getAllByRole('rowheader');
const importedCount = (session: Session) => importedTemplates(projectionState(session.ledger.current().states, inspectionsProjection)).length;

describe('importing a checklist', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('refuses a malformed file with every problem located, and records nothing', async () => {
    const session = await anInspectionSession();
    renderInSession(session, <InspectionsScreen />, '/inspections?view=templates');
    const before = session.storage.head()?.seq;
    chooseFile('national.json', JSON.stringify({ ...aTemplate(), version: 0, extra: true }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('national.json cannot be imported')).toBeDefined();
    expect(within(alert).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '$.version This number is too small (at least 1).',
      '$ Unknown member (extra): remove it or check its spelling.',
    ]);
    expect(screen.queryByRole('button', { name: 'Record this checklist' })).toBeNull();
    expect(session.storage.head()?.seq).toBe(before);
    expect(heldRows()).toHaveLength(1);
  });

  it('refuses text that is not JSON, and bytes that are not UTF-8', async () => {
    const session = await anInspectionSession();
    renderInSession(session, <InspectionsScreen />, '/inspections?view=templates');
    chooseFile('notes.json', '{ "id": ');
    expect((await screen.findByRole('alert')).textContent).toContain('The file is not valid JSON');
    chooseFile('latin1.json', new Uint8Array([0x7b, 0xe9, 0x7d]));
    expect((await screen.findByText(/is not UTF-8 text/)).textContent).toContain('Save it again as UTF-8');
    expect(importedCount(session)).toBe(0);
  });

  it('shows a valid file checked before recording it, then offers it for new inspections', async () => {
    const session = await anInspectionSession();
    renderInSession(session, <InspectionsScreen />, '/inspections?view=templates');
    chooseFile('sample.json', JSON.stringify(aTemplate()));
    const preview = await screen.findByRole('region', { name: 'Checked: sample.json' });
    expect(preview.textContent).toContain('2 sections, 6 items');
    expect(importedCount(session)).toBe(0);
    fireEvent.click(within(preview).getByRole('button', { name: 'Record this checklist' }));
    await screen.findByText('Imported');
    expect(importedCount(session)).toBe(1);
    expect(heldRows().map((row) => row.textContent)).toEqual(['Conditions of detention and treatment: standard checklist', 'Sample checklist']);
  });
});
