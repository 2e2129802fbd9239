import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { Section } from '../../../ui/Section';
import { SelectField } from '../../../ui/SelectField';
import { useInspectionRecords } from '../queries';
import { viewHref } from '../viewParams';
import { useHistoryRows } from './historyRows';
import { HistoryTable } from './HistoryTable';

const ALL = '';

/** Every finished inspection, newest first, and the choice of two to compare. */
export function HistoryView() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const all = useInspectionRecords();
  const facilities = [...new Map(all.map((record) => [record.payload.facility.code, record.payload.facility.name]))];
  const [facility, setFacility] = useState(ALL);
  const records = useInspectionRecords(facility === ALL ? undefined : facility);
  const rows = useHistoryRows(records);
  const [selected, setSelected] = useState<readonly string[]>([]);
  const chosen = records.filter((record) => selected.includes(record.id));
  const [newer, older] = chosen;
  const isSameFacility = newer !== undefined && older !== undefined && newer.payload.facility.code === older.payload.facility.code;
  const toggle = (id: string, isChecked: boolean) => {
    // Two at most: choosing a third replaces the earliest choice.
    setSelected((current) => (isChecked ? [...current.filter((other) => other !== id), id].slice(-2) : current.filter((other) => other !== id)));
  };
  return (
    <Section title={t('inspections.history.listTitle')} hint={t('inspections.history.hint')}>
      {facilities.length > 1 ? (
        <SelectField
          label={t('inspections.history.facilityFilter')}
          options={[{ value: ALL, label: t('inspections.history.allFacilities') }, ...facilities.map(([code, name]) => ({ value: code, label: `${name} (${code})` }))]}
          value={facility}
          onValueChange={setFacility}
        />
      ) : null}
      <HistoryTable rows={rows} selected={selected} onToggle={toggle} />
      <p className="field-hint" role="status">
        {t(chosen.length === 2 ? (isSameFacility ? 'inspections.history.compareReady' : 'inspections.history.compareSameFacility') : chosen.length === 1 ? 'inspections.history.compareOne' : 'inspections.history.compareHint')}
      </p>
      <Button
        variant="primary"
        disabled={!isSameFacility}
        onClick={() => {
          if (newer !== undefined && older !== undefined) void navigate(viewHref({ kind: 'compare', before: older.id, after: newer.id }));
        }}
      >
        {t('inspections.history.compare')}
      </Button>
    </Section>
  );
}
