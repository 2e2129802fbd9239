import type { JsonObject, JsonValue } from '@shared/crypto/canonicalJson';
import type { CustodyEventType } from '@shared/custody/eventTypes';
import { visiblePayload } from '@shared/custody/medicalVisibility';
import type { EffectiveEvent } from '@shared/custody/projection/effective';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { useTranslation } from 'react-i18next';
import { useCustodyLabels } from '../custody';
import { ADMISSION_SECTIONS } from './fields/admissionSpecs';
import { eventSpecOf } from './fields/eventSpecs';
import { FieldValues } from './FieldValues';

// Visibility follows the capability (medical.read), not the role name: anyone without it sees what a registrar sees.
const WITHOUT_MEDICAL: UserRole = 'registrar';

type EntryContentProps = {
  effective: EffectiveEvent;
  canReadMedical: boolean;
  eventName: (id: string) => string;
  /** When the content is printed, the admission is shown in full rather than folded. */
  isPrint?: boolean;
};

function correctedMembers(effective: EffectiveEvent): Set<string> {
  return new Set(effective.applied.map((correction) => (correction.path ?? '').split('.').slice(0, effective.type === 'custody.admitted' ? 2 : 1).join('.')));
}

function asObject(json: JsonValue | undefined): JsonObject {
  return typeof json === 'object' && json !== null && !Array.isArray(json) ? json : {};
}

function AdmissionContent({ payload, corrected, isPrint }: { payload: JsonObject; corrected: ReadonlySet<string>; isPrint: boolean }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const sections = ADMISSION_SECTIONS.map((section) => (
    <section key={section.id} className="detainee-admission-section" aria-label={labels.section(section.id)}>
      <h4>{labels.section(section.id)}</h4>
      <FieldValues
        fields={section.fields}
        payload={asObject(payload[section.id])}
        parent={section.id}
        corrected={new Set([...corrected].filter((path) => path.startsWith(`${section.id}.`)).map((path) => path.slice(section.id.length + 1)))}
      />
    </section>
  ));
  if (isPrint) return <>{sections}</>;
  return (
    <details className="detainee-admission-details">
      <summary>{t('detainee.timeline.admissionDetails')}</summary>
      {sections}
    </details>
  );
}

/** What an entry says, corrections applied; medical fields only for those who read them. */
export function EntryContent({ effective, canReadMedical, eventName, isPrint = false }: EntryContentProps) {
  const { t } = useTranslation();
  const type: CustodyEventType = effective.type;
  const visible = canReadMedical ? { payload: effective.payload, withheld: [] } : visiblePayload(type, effective.payload, WITHOUT_MEDICAL);
  const corrected = correctedMembers(effective);
  const withheld = visible.withheld.length > 0 ? <p className="detainee-withheld">{t('detainee.timeline.medicalHidden')}</p> : null;
  if (type === 'custody.admitted') {
    return (
      <>
        <AdmissionContent payload={visible.payload} corrected={corrected} isPrint={isPrint} />
        {withheld}
      </>
    );
  }
  const spec = eventSpecOf(type);
  return (
    <>
      {spec === undefined ? null : <FieldValues fields={spec.fields} payload={visible.payload} corrected={corrected} eventName={eventName} />}
      {withheld}
    </>
  );
}
