import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { IndicatorProfile } from '@shared/inspection/indicatorProfiles';
import type { Template } from '@shared/inspection/template';
import { systemClock, toUtcIso } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import { useUiStore } from '../../stores/uiStore';
import { useSession } from '../../vault/useSession';
import { startDraft } from './commands';
import { newDraft } from './draft';
import { useInspectionsStore } from './inspectionsStore';
import type { KnownFacility } from './queries';
import { viewHref } from './viewParams';

export type StartChoice = { facility: KnownFacility; template: Template; profile: IndicatorProfile };

/** Starts an inspection: a new draft, sealed before anything is typed into it, then its first step. */
export function useStartInspection(): { isBusy: boolean; start: (choice: StartChoice) => Promise<void> } {
  const session = useSession();
  const navigate = useNavigate();
  const showToast = useUiStore((state) => state.showToast);
  const [isBusy, setIsBusy] = useState(false);
  const start = async ({ facility, template, profile }: StartChoice) => {
    setIsBusy(true);
    const draft = newDraft({
      id: newId(),
      template,
      facility: { code: facility.code, name: facility.name },
      regime: facility.regime,
      officialCapacity: facility.officialCapacity,
      profile,
      startedAt: toUtcIso(systemClock.now()),
    });
    try {
      const started = await startDraft(session, draft);
      if (started.ok) {
        useInspectionsStore.getState().startDraft(draft, started.value);
        await navigate(viewHref({ kind: 'run' }));
      } else {
        showToast('error', 'inspections.start.draftExists');
        useInspectionsStore.getState().reloadDraft();
      }
    } catch {
      showToast('error', 'inspections.start.failed');
    } finally {
      setIsBusy(false);
    }
  };
  return { isBusy, start };
}
