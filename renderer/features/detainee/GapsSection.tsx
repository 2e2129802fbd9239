import type { CustodyRecord } from '@shared/custody/projection/types';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { useCan } from '../../vault/useCan';
import { useCustodyLabels } from '../custody';
import { useDetaineeStore } from './detaineeStore';
import { capabilityFor } from './fields/corrections';
import { useEntryNames } from './useEntryNames';

/** Inconsistencies the record's history holds (a confirmation by the author, a duplicate admission). */
function RecordProblems({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const entryName = useEntryNames(record);
  if (record.problems.length === 0) return null;
  return (
    <>
      <h3>{t('detainee.gaps.problemsTitle')}</h3>
      <ul className="detainee-record-problems">
        {record.problems.map((item) => (
          <li key={`${item.code}:${item.eventId}`}>
            {labels.recordProblem(item.code)} ({entryName(item.eventId)})
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Required fields still unknown (each filled in by a correction of the admission, with a
 * reason), and inconsistencies the record's history holds.
 */
export function GapsSection({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const canRegister = useCan('register.write');
  const canMedical = useCan('medical.write');
  const openCorrection = useDetaineeStore((state) => state.openCorrection);
  const canFill = (fieldId: string) => !record.isVoided && (capabilityFor('custody.admitted', fieldId) === 'medical.write' ? canMedical : canRegister);
  const waiting = new Set(record.corrections.filter((c) => c.targetEventId === record.admissionEventId && c.state === 'pending_confirmation').map((c) => c.path));
  return (
    <Section title={t('detainee.gaps.title')} hint={record.gaps.length === 0 ? t('detainee.gaps.none') : t('detainee.gaps.hint')}>
      {record.gaps.length === 0 ? null : (
        <ul className="detainee-gaps">
          {record.gaps.map((fieldId) => (
            <li key={fieldId}>
              <span>{labels.field(fieldId)}</span>
              {waiting.has(fieldId) ? (
                <span className="detainee-gap-waiting">{t('detainee.gaps.waiting')}</span>
              ) : canFill(fieldId) ? (
                <Button onClick={() => { openCorrection({ targetEventId: record.admissionEventId, path: fieldId }); }} aria-label={t('detainee.gaps.fillNamed', { field: labels.field(fieldId) })}>
                  {t('detainee.gaps.fill')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <RecordProblems record={record} />
    </Section>
  );
}
