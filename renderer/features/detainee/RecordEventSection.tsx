import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Section } from '../../ui/Section';
import { SelectField } from '../../ui/SelectField';
import { useCan } from '../../vault/useCan';
import { useCustodyLabels } from '../custody';
import { offeredSpecs } from './fields/eventSpecs';
import { RecordEventForm } from './RecordEventForm';

/**
 * Recording what happens after admission: the events this record's status allows and the
 * user's role may write, one short form at a time.
 */
export function RecordEventSection({ record }: { record: CustodyRecord }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const canRegister = useCan('register.write');
  const canMedical = useCan('medical.write');
  const [chosen, setChosen] = useState<CustodyEventType | ''>('');
  const chooser = useRef<HTMLDivElement>(null);
  if (!canRegister && !canMedical) return null;
  // Back to the choice of event once a form is done, so the keyboard stays where the work goes on.
  const close = () => {
    setChosen('');
    chooser.current?.querySelector('select')?.focus();
  };
  const offered = offeredSpecs(record, (capability) => (capability === 'medical.write' ? canMedical : canRegister));
  const spec = offered.find((item) => item.type === chosen);
  const options = [{ value: '' as const, label: t('detainee.record.choose') }, ...offered.map((item) => ({ value: item.type, label: labels.eventType(item.type) }))];
  return (
    <Section title={t('detainee.record.title')} hint={record.isVoided ? t('detainee.record.voided') : t('detainee.record.hint', { status: labels.status(record.status) })}>
      {offered.length === 0 ? null : (
        <div ref={chooser}>
          <SelectField<CustodyEventType | ''> label={t('detainee.record.type')} options={options} value={spec === undefined ? '' : spec.type} onValueChange={setChosen} />
        </div>
      )}
      {spec === undefined ? null : <RecordEventForm key={spec.type} record={record} spec={spec} onClose={close} />}
    </Section>
  );
}
