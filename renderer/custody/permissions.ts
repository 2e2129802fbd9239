/**
 * Who may write what in the register, checked by the commands themselves so that no
 * screen can forget it: medical entries and medical fields are medical staff's; every
 * other register entry needs the register capability. A correction, void or
 * confirmation takes the capability of the entry (and field) it is about.
 */
import type { CustodyEventType } from '@shared/custody/eventTypes';
import { isMedicalPath } from '@shared/custody/medicalVisibility';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { EventDraft } from '@shared/ledger/envelope';
import type { Capability } from '../vault/permissions';

const AUDIT_TYPES: ReadonlySet<string> = new Set(['custody.corrected', 'custody.voided', 'custody.confirmed']);

function typeOfEntry(record: CustodyRecord | undefined, eventId: string): CustodyEventType | undefined {
  if (record === undefined) return undefined;
  if (record.admissionEventId === eventId) return 'custody.admitted';
  const entry = record.timeline.find((item) => item.id === eventId);
  if (entry !== undefined) return entry.type;
  // A confirmation targets a void or a correction: it takes what that audit entry is about.
  const audit = [...record.corrections, ...record.voids].find((item) => item.id === eventId);
  return audit === undefined ? undefined : typeOfEntry(record, audit.targetEventId);
}

function capabilityFor(type: CustodyEventType | undefined, path?: string): Capability {
  if (type === 'custody.medical_examined') return 'medical.write';
  return type !== undefined && path !== undefined && isMedicalPath(type, path) ? 'medical.write' : 'register.write';
}

/** The capability writing this draft takes. */
export function capabilityToWrite(draft: EventDraft, record: CustodyRecord | undefined): Capability {
  if (!AUDIT_TYPES.has(draft.type)) return capabilityFor(draft.type as CustodyEventType);
  const { targetEventId, path } = draft.payload as { targetEventId?: unknown; path?: unknown };
  const target = typeof targetEventId === 'string' ? typeOfEntry(record, targetEventId) : undefined;
  return capabilityFor(target, typeof path === 'string' ? path : undefined);
}
