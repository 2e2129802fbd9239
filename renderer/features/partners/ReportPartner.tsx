import { useTranslation } from 'react-i18next';
import type { PartnerView } from '@shared/partners/views';
import { useFormat } from '../../i18n/useFormat';
import { AssessmentTable } from './AssessmentTable';
import { DecisionsTable } from './DecisionsTable';
import { MeasuresTable } from './MeasuresTable';
import { PARTNER_KIND_KEYS, SUPPORT_TYPE_KEYS } from './labels';
import { RiskBadge } from './RiskBadge';
import { useCalendarDate } from './useCalendarDate';
import { isolate } from './isolate';

/** The partner's part of a report: who it is, its current assessment, its plan and the decisions taken. */
export function ReportPartner({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calendarDate = useCalendarDate();
  const { profile, current } = partner;
  return (
    <>
      {profile === undefined ? null : (
        <dl className="partners-facts">
          <dt>{t('partners.profile.kind')}</dt>
          <dd>{t(PARTNER_KIND_KEYS[profile.kind])}</dd>
          <dt>{t('partners.profile.support')}</dt>
          <dd>{profile.supportTypes.length === 0 ? t('partners.profile.none') : profile.supportTypes.map((type) => t(SUPPORT_TYPE_KEYS[type])).join(', ')}</dd>
        </dl>
      )}
      <h3 className="partners-report-heading">{t('partners.report.assessment')}</h3>
      {current === undefined ? (
        <p>{t('partners.assessment.none')}</p>
      ) : (
        <>
          <p>
            {t('partners.report.assessmentLine', { version: format.number(current.version), date: calendarDate(current.payload.assessedOn), name: isolate(current.meta.author.name) })}{' '}
            <RiskBadge risk={current.payload.overallRisk} />
          </p>
          {current.payload.summary === undefined ? null : <p className="preserve-lines" dir="auto">{current.payload.summary}</p>}
          <AssessmentTable version={current} caption={t('partners.assessment.criteriaCaption', { version: String(current.version) })} />
        </>
      )}
      <h3 className="partners-report-heading">{t('partners.plan.title')}</h3>
      <MeasuresTable measures={partner.measures} />
      <h3 className="partners-report-heading">{t('partners.decisions.title')}</h3>
      <DecisionsTable decisions={partner.decisions} />
    </>
  );
}
