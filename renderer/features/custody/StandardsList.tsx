import type { StandardRef } from '@shared/custody/standardsMap';
import { standardsFor } from '@shared/custody/standardsMap';
import { useTranslation } from 'react-i18next';
import { STANDARD_NOTE_KEYS } from './fieldKeys';
import { useCustodyLabels } from './useCustodyLabels';

type StandardsListProps = {
  /** An admission field id or an event type (shared/custody/standardsMap.ts). */
  fieldId: string;
  /** The list's name; defaults to "Sources of <field>". */
  label?: string;
};

function SourceItem({ source }: { source: StandardRef }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const noteKey = source.note !== undefined && Object.hasOwn(STANDARD_NOTE_KEYS, source.note) ? STANDARD_NOTE_KEYS[source.note] : undefined;
  return (
    <li className="standards-item">
      <span className={`custody-badge legal-force legal-force-${source.force}`}>{labels.legalForce(source.force)}</span>{' '}
      <cite className="standards-instrument" lang="en" dir="ltr">
        {source.instrument}
      </cite>
      {noteKey === undefined ? null : <span className="standards-note"> ({t(noteKey)})</span>}
      {source.toVerify === true ? <span className="standards-verify"> — {t('custody.standards.toVerify')}</span> : null}
    </li>
  );
}

/** The instruments a field rests on, each with its legal force: why the register asks for it. */
export function StandardsList({ fieldId, label }: StandardsListProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const sources = standardsFor(fieldId);
  const name = label ?? t('custody.standards.label', { field: labels.eventType(fieldId) === fieldId ? labels.field(fieldId) : labels.eventType(fieldId) });
  if (sources.length === 0) return <p className="standards-none">{t('custody.standards.none')}</p>;
  return (
    <ul className="standards-list" aria-label={name}>
      {sources.map((source) => (
        <SourceItem key={`${source.instrument}:${source.force}`} source={source} />
      ))}
    </ul>
  );
}
