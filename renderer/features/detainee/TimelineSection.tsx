import type { CustodyRecord } from '@shared/custody/projection/types';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { Section } from '../../ui/Section';
import { useCan } from '../../vault/useCan';
import { capabilityFor, correctableFields } from './fields/corrections';
import { entriesOf } from './fields/entries';
import type { RecordEvents } from './queries';
import { TimelineItem } from './TimelineItem';
import { useAuthorName } from './useAuthorName';
import { useEntryNames } from './useEntryNames';

type TimelineSectionProps = { record: CustodyRecord; events: RecordEvents };

/** The record's history: every entry, admission first, corrections and voids shown, nothing erased. */
export function TimelineSection({ record, events }: TimelineSectionProps) {
  const { t } = useTranslation();
  const canReadMedical = useCan('medical.read');
  const canRegister = useCan('register.write');
  const canMedical = useCan('medical.write');
  const authorName = useAuthorName(record.ledger);
  const eventName = useEntryNames(record);
  const holds = (capability: 'register.write' | 'medical.write') => (capability === 'medical.write' ? canMedical : canRegister);
  return (
    <Section title={t('detainee.timeline.title')} hint={t('detainee.timeline.hint')}>
      {events.hasFailed ? <Banner tone="error" title={t('detainee.timeline.readFailed')} /> : null}
      <ol className="detainee-timeline">
        {entriesOf(record).map((entry) => (
          <TimelineItem
            key={entry.id}
            record={record}
            entry={entry}
            event={events.byId.get(entry.id)}
            isLoading={events.isLoading}
            canReadMedical={canReadMedical}
            canVoid={holds(capabilityFor(entry.type))}
            canCorrect={correctableFields(entry.type, canReadMedical).some((field) => holds(capabilityFor(entry.type, field.path)))}
            authorName={authorName}
            eventName={eventName}
          />
        ))}
      </ol>
    </Section>
  );
}
