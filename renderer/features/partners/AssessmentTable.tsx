import { useTranslation } from 'react-i18next';
import type { CriterionAssessment } from '@shared/partners/events';
import type { PartnerCriterion } from '@shared/partners/criteria';
import { PARTNER_CRITERIA } from '@shared/partners/criteria';
import type { AssessmentVersion } from '@shared/partners/views';
import { Table } from '../../ui/Table';
import { CRITERION_KEYS } from './labels';
import { RatingBadge } from './RatingBadge';

type Row = { criterion: PartnerCriterion; assessment: CriterionAssessment };

/** Every criterion of one assessment version: its rating, the evidence it rests on and the note. */
export function AssessmentTable({ version, caption }: { version: AssessmentVersion; caption: string }) {
  const { t } = useTranslation();
  const rows: Row[] = PARTNER_CRITERIA.map((criterion) => ({ criterion, assessment: version.payload.criteria[criterion] }));
  return (
    <Table<Row>
      caption={caption}
      rows={rows}
      rowKey={(row) => row.criterion}
      emptyMessage=""
      columns={[
        { id: 'criterion', header: t('partners.assessment.criterion'), isRowHeader: true, cell: (row) => t(CRITERION_KEYS[row.criterion].name) },
        { id: 'rating', header: t('partners.assessment.rating'), cell: (row) => <RatingBadge rating={row.assessment.rating} /> },
        { id: 'evidence', header: t('partners.assessment.evidence'), cell: (row) => <span className="preserve-lines" dir="auto">{row.assessment.evidence ?? '—'}</span> },
        { id: 'note', header: t('partners.assessment.note'), cell: (row) => <span className="preserve-lines" dir="auto">{row.assessment.note ?? '—'}</span> },
      ]}
    />
  );
}
