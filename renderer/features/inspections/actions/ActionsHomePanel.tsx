import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { actionCountsByFacility } from '@shared/inspection/actionViews';
import { useFormat } from '../../../i18n/useFormat';
import { Section } from '../../../ui/Section';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { useCan } from '../../../vault/useCan';
import { useActionsState, useFacilities } from '../queries';
import { ACTIONS_PATH } from '../viewParams';

type Row = { code: string; name: string; open: number; overdue: number; closed: number };

/** Corrective actions per facility on the overview, for the roles that follow them. */
export function ActionsHomePanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const canFollow = useCan('inspections.write');
  const state = useActionsState();
  const facilities = useFacilities();
  const rows = useMemo<Row[]>(() => {
    const counts = actionCountsByFacility(state, { now: new Date(), timeZone: format.timeZone });
    const names = new Map(facilities.map((facility) => [facility.code, facility.name]));
    return [...counts].map(([code, count]) => ({ code, name: names.get(code) ?? code, ...count }));
  }, [state, facilities, format.timeZone]);
  if (!canFollow) return null;
  const columns: TableColumn<Row>[] = [
    { id: 'facility', header: t('inspections.fields.facility'), isRowHeader: true, cell: (row) => <bdi>{row.name}</bdi> },
    { id: 'overdue', header: t('inspections.actions.status.overdue'), align: 'end', cell: (row) => format.number(row.overdue) },
    { id: 'open', header: t('inspections.actions.status.open'), align: 'end', cell: (row) => format.number(row.open) },
    { id: 'closed', header: t('inspections.actions.status.closed'), align: 'end', cell: (row) => format.number(row.closed) },
  ];
  return (
    <Section title={t('inspections.home.title')}>
      <Table caption={t('inspections.home.caption')} columns={columns} rows={rows} rowKey={(row) => row.code} emptyMessage={t('inspections.home.none')} />
      <p>
        <Link to={ACTIONS_PATH}>{t('inspections.home.link')}</Link>
      </p>
    </Section>
  );
}
