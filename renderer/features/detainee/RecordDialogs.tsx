import type { CustodyEventType } from '@shared/custody/eventTypes';
import { isCustodyEventType } from '@shared/custody/eventTypes';
import { effectiveEvent } from '@shared/custody/projection/effective';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useCan } from '../../vault/useCan';
import { CorrectionDialog } from './CorrectionDialog';
import { useDetaineeStore } from './detaineeStore';
import { capabilityFor, correctableFields } from './fields/corrections';
import type { RecordEvents } from './queries';
import { useEntryNames } from './useEntryNames';
import { VoidDialog } from './VoidDialog';

/** The correction or void dialog the page has open, for the entry it names. */
export function RecordDialogs({ record, events }: { record: CustodyRecord; events: RecordEvents }) {
  const correcting = useDetaineeStore((state) => state.correcting);
  const voiding = useDetaineeStore((state) => state.voiding);
  const closeDialogs = useDetaineeStore((state) => state.closeDialogs);
  const canReadMedical = useCan('medical.read');
  const canRegister = useCan('register.write');
  const canMedical = useCan('medical.write');
  const entryName = useEntryNames(record);
  const holds = (type: CustodyEventType, path?: string) => (capabilityFor(type, path) === 'medical.write' ? canMedical : canRegister);
  if (voiding !== null) {
    return <VoidDialog recordId={record.id} targetEventId={voiding} entryName={entryName(voiding)} isAdmission={voiding === record.admissionEventId} onClose={closeDialogs} />;
  }
  const event = correcting === null ? undefined : events.byId.get(correcting.targetEventId);
  if (correcting === null || event === undefined || !isCustodyEventType(event.type)) return null;
  const type = event.type;
  const fields = correctableFields(type, canReadMedical).filter((field) => holds(type, field.path));
  return (
    <CorrectionDialog
      key={`${correcting.targetEventId}:${correcting.path ?? ''}`}
      record={record}
      targetEventId={correcting.targetEventId}
      target={effectiveEvent(event, record)}
      entryName={entryName(correcting.targetEventId)}
      fields={fields}
      initialPath={correcting.path}
      onClose={closeDialogs}
    />
  );
}
