import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PartnerView } from '@shared/partners/views';
import { isValidThreshold } from '@shared/sharing/suppression';
import { calendarPeriodProblem } from '@shared/sharing/period';
import { useFormat } from '../../i18n/useFormat';
import { Banner } from '../../ui/Banner';
import { Page } from '../../ui/Page';
import { useSession } from '../../vault/useSession';
import { PrintButtons } from '../printing';
import type { FacilityChoice } from './queries';
import { useFacilityChoices, usePartner } from './queries';
import type { ReportRequest } from './routes';
import { partnerHref, readReportRequest, SHARE_STATISTICS_PATH } from './routes';
import { ReportFacility } from './ReportFacility';
import { ReportPartner } from './ReportPartner';
import { useCalendarDate } from './useCalendarDate';
import { isolate } from './isolate';

/** The facilities a report covers: the one asked for, or those the partner was linked to (by code). */
function reportFacilities(request: ReportRequest, partner: PartnerView | undefined, facilities: readonly FacilityChoice[]): FacilityChoice[] {
  if (request.scope.kind === 'facility') {
    const { ledger } = request.scope;
    return facilities.filter((facility) => facility.ledger === ledger);
  }
  const codes = new Set(partner?.profile?.facilities.map((facility) => facility.code) ?? []);
  return facilities.filter((facility) => codes.has(facility.code));
}

function ReportArticle({ request, partner, facilities, title }: { request: ReportRequest; partner: PartnerView | undefined; facilities: readonly FacilityChoice[]; title: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calendarDate = useCalendarDate();
  const session = useSession();
  const { threshold } = request.policy;
  return (
    <article className="partners-report" aria-labelledby="partners-report-title">
      <h2 id="partners-report-title" className="partners-report-title">{title}</h2>
      <p>{t('partners.report.period', { from: calendarDate(request.from), to: calendarDate(request.to) })}</p>
      <p>{t('partners.report.suppression', { threshold: format.number(threshold) })} {request.policy.hideZeros ? t('partners.report.zerosHidden') : t('partners.report.zerosPublished')}</p>
      {partner === undefined ? null : <ReportPartner partner={partner} />}
      {facilities.length === 0 ? <p>{t('partners.report.noFacility')}</p> : null}
      {facilities.map((facility) => <ReportFacility key={facility.ledger} facility={facility} period={request} policy={request.policy} />)}
      <p className="partners-report-footer">{t('partners.report.footer', { name: isolate(session.user.name), printed: format.dateTime(new Date()) })}</p>
    </article>
  );
}

/**
 * The adviser report, per partner or per facility and period, in the reader's language:
 * the partner's assessment, plan and decisions, then each facility's statistics without
 * names and its inspection scores. The print stylesheet prints the article alone.
 */
export function AdviserReportScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const request = readReportRequest(params);
  const partner = usePartner(request?.scope.kind === 'partner' ? request.scope.partnerId : '');
  const facilities = useFacilityChoices();
  const isValid = request !== undefined && calendarPeriodProblem(request) === undefined && isValidThreshold(request.policy.threshold);
  const covered = isValid ? reportFacilities(request, partner, facilities) : [];
  const subject = request?.scope.kind === 'partner' ? partner?.profile?.name : covered[0]?.name;
  const title = subject === undefined ? t('partners.report.title') : t('partners.report.titleOf', { subject });
  const back = request?.scope.kind === 'partner' ? partnerHref(request.scope.partnerId) : SHARE_STATISTICS_PATH;
  return (
    <Page title={t('partners.report.title')} documentTitle={t('frame.documentTitle', { page: title })}>
      <div className="button-row no-print">
        <Link to={back} className="button button-secondary">{t('partners.report.back')}</Link>
      </div>
      {!isValid || (request.scope.kind === 'partner' && partner === undefined) ? (
        <Banner tone="warning" title={t('partners.report.invalid')} />
      ) : (
        <>
          <PrintButtons pdfName="adviser-report.pdf" />
          <ReportArticle request={request} partner={partner} facilities={covered} title={title} />
        </>
      )}
    </Page>
  );
}
