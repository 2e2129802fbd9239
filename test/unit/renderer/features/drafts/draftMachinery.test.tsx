// @vitest-environment happy-dom
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { DraftKit, DraftOwner, DraftState } from '../../../../../renderer/features/drafts';
import { DiscardDraftButton, DraftSaveBar, INITIAL_DRAFT_STATUS, draftStatusActions, useDraftPersistence } from '../../../../../renderer/features/drafts';
import { inspectionDraftKit } from '../../../../../renderer/features/inspections/draftKit';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import { createStore } from '../../../../../renderer/stores/createStore';
import { useUiStore } from '../../../../../renderer/stores/uiStore';
import type { Session } from '../../../../../renderer/vault/session';
import { SessionContext } from '../../../../../renderer/vault/sessionContext';
import type { Note } from './draftOwner';
import { aDraftOwner, noteRows } from './draftOwner';

const NOTE: Note = { id: 'n-1', note: 'Two open barrels.' };

const useNoteStore = createStore<DraftState<Note> & { edit: (note: string) => void }>((set) => ({
  ...INITIAL_DRAFT_STATUS,
  ...draftStatusActions<Note>(set),
  setLoaded: (draft) => {
    set({ load: 'loaded', draft, save: 'saved' });
  },
  clearDraft: () => {
    set((state) => ({ load: 'loaded', draft: null, save: 'saved', savedAt: null, revision: state.revision + 1 }));
  },
  edit: (note) => {
    set((state) => (state.draft === null ? {} : { draft: { ...state.draft, note }, save: 'unsaved', revision: state.revision + 1 }));
  },
}));

function aKit(overrides: Partial<DraftKit<Note>> = {}): DraftKit<Note> {
  return {
    useStore: useNoteStore,
    rows: noteRows,
    save: async (session, draft) => {
      await noteRows.write(session, draft);
      return new Date().toISOString();
    },
    discard: (session) => noteRows.remove(session),
    // A feature's own words for its draft; the inspection's are as good as any.
    discardKeys: inspectionDraftKit.discardKeys,
    ...overrides,
  };
}

function NoteScreen({ kit, isRecorded = () => false }: { kit: DraftKit<Note>; isRecorded?: (draft: Note) => boolean }) {
  useDraftPersistence(kit, isRecorded);
  return (
    <DraftSaveBar kit={kit}>
      <DiscardDraftButton kit={kit} />
    </DraftSaveBar>
  );
}

function renderWith(owner: DraftOwner, element: ReactNode) {
  // The draft machinery reads only the database, the data key and the user of the session.
  const session = owner as Session;
  return render(
    <I18nextProvider i18n={createI18n('en')}>
      <SessionContext value={session}>{element}</SessionContext>
    </I18nextProvider>,
  );
}

async function storedNote(owner: DraftOwner): Promise<string | undefined> {
  const stored = await noteRows.read(owner);
  return stored.kind === 'draft' ? stored.draft.note : undefined;
}

describe('the shared draft machinery', () => {
  it('opens the sealed draft, seals each change shortly after it is typed, and says so', async () => {
    const owner = await aDraftOwner();
    await noteRows.write(owner, NOTE);
    renderWith(owner, <NoteScreen kit={aKit()} />);
    await waitFor(() => {
      expect(useNoteStore.getState().draft).toEqual(NOTE);
    });
    expect(screen.getByRole('status').textContent).toBe('Saved and encrypted as you type.');
    act(() => {
      useNoteStore.getState().edit('Three open barrels.');
    });
    expect(screen.getByRole('status').textContent).toBe('Changes not saved yet…');
    await waitFor(async () => {
      expect(await storedNote(owner)).toBe('Three open barrels.');
    }, { timeout: 4000 });
    expect(await screen.findByText(/^Draft saved and encrypted at /)).toBeDefined();
  });

  it('removes a leftover draft whose work is already recorded, and offers none', async () => {
    const owner = await aDraftOwner();
    await noteRows.write(owner, NOTE);
    renderWith(owner, <NoteScreen kit={aKit()} isRecorded={(draft) => draft.id === NOTE.id} />);
    await waitFor(() => {
      expect(useNoteStore.getState().load).toBe('loaded');
    });
    expect(useNoteStore.getState().draft).toBeNull();
    expect((await noteRows.read(owner)).kind).toBe('none');
  });

  it('reports a draft that does not open, and keeps it', async () => {
    const owner = await aDraftOwner();
    await owner.db.drafts.put({ id: noteRows.rowId(owner.user.id), sealedB64: 'not-sealed' });
    renderWith(owner, <NoteScreen kit={aKit()} />);
    await waitFor(() => {
      expect(useNoteStore.getState().load).toBe('unreadable');
    });
    expect(await owner.db.drafts.get(noteRows.rowId(owner.user.id))).toBeDefined();
  });

  it('seals at once on Ctrl+S, and says so in words when sealing fails', async () => {
    const owner = await aDraftOwner();
    await noteRows.write(owner, NOTE);
    const failing = aKit({ save: () => Promise.reject(new Error('disk full')) });
    renderWith(owner, <NoteScreen kit={failing} />);
    await waitFor(() => {
      expect(useNoteStore.getState().draft).toEqual(NOTE);
    });
    act(() => {
      useNoteStore.getState().edit('Three open barrels.');
    });
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    expect(await screen.findByText(/^The draft could not be saved\. Your entries are still on screen/)).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => {
      expect(useUiStore.getState().toasts.map((toast) => toast.messageKey)).toContain('drafts.save.failedToast');
    });
  });

  it('seals changes not yet sealed when the screen goes away', async () => {
    const owner = await aDraftOwner();
    await noteRows.write(owner, NOTE);
    const screenShown = renderWith(owner, <NoteScreen kit={aKit()} />);
    await waitFor(() => {
      expect(useNoteStore.getState().draft).toEqual(NOTE);
    });
    act(() => {
      useNoteStore.getState().edit('Written just before leaving.');
    });
    screenShown.unmount();
    await waitFor(async () => {
      expect(await storedNote(owner)).toBe('Written just before leaving.');
    });
  });

  it('discards only after confirmation, and keeps the draft and the question when discarding fails', async () => {
    const owner = await aDraftOwner();
    await noteRows.write(owner, NOTE);
    let attempts = 0;
    const flaky = aKit({
      discard: (session) => {
        attempts += 1;
        return attempts === 1 ? Promise.reject(new Error('busy')) : noteRows.remove(session);
      },
    });
    renderWith(owner, <NoteScreen kit={flaky} />);
    await waitFor(() => {
      expect(useNoteStore.getState().draft).toEqual(NOTE);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Discard the inspection in progress' }));
    const dialog = await screen.findByRole('dialog', { name: 'Discard the inspection in progress?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard it' }));
    await waitFor(() => {
      expect(useUiStore.getState().toasts.map((toast) => toast.messageKey)).toContain('inspections.draft.discardFailed');
    });
    expect(await storedNote(owner)).toBe(NOTE.note);
    expect(screen.getByRole('dialog', { name: 'Discard the inspection in progress?' })).toBeDefined();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Discard it' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog', { name: 'Discard the inspection in progress?' })).toBeNull();
    });
    expect((await noteRows.read(owner)).kind).toBe('none');
    expect(useNoteStore.getState().draft).toBeNull();
  });
});
