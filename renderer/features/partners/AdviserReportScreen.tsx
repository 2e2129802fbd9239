import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PartnerView } from '@shared/partners/views';
import { isValidThreshold } from '@shared/sharing/suppression';
import type { PeriodChoice } from '@shared/sharing/period';
import { choiceOfPeriod, periodChoiceProblem, resolvePeriodChoice } from '@shared/sharing/period';
import { useFormat } from '../../i18n/useFormat';
import { Banner } from '../../ui/Banner';
import { Page } from '../../ui/Page';
import { useSession } from '../../vault/useSession';
import { PrintButtons } from '../printing';
import type { FacilityChoice } from './queries';
import { useFacilityChoices, usePartner } from './queries';
import type { ReportRequest } from './routes';
import { PERIOD_PRESET_KEYS } from './labels';
import { PeriodPicker } from './PeriodPicker';
import { partnerHref, readReportRequest, reportSearch, SHARE_STATISTICS_PATH } from './routes';
import { ReportFacility } from './ReportFacility';
import { ReportPartner } from './ReportPartner';
import { useCalendarDate } from './useCalendarDate';
import { isolate } from './isolate';
import { useToday } from '../../custody';

/** The facilities a report covers: the one asked for, or those the partner was linked to (by code). */
function reportFacilities(request: ReportRequest, partner: PartnerView | undefined, facilities: readonly FacilityChoice[]): FacilityChoice[] {
  if (request.scope.kind === 'facility') {
    const { ledger } = request.scope;
    return facilities.filter((facility) => facility.ledger === ledger);
  }
  const codes = new Set(partner?.profile?.facilities.map((facility) => facility.code) ?? []);
  return facilities.filter((facility) => codes.has(facility.code));
}

/** The period as the printed report states it: a fixed preset by its name, always with its days. */
function usePeriodSentence(choice: PeriodChoice): string {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const days = { from: calendarDate(choice.from), to: calendarDate(choice.to) };
  const isNamed = choice.preset !== 'custom' && choice.preset !== 'since';
  return isNamed ? t('partners.report.periodPreset', { preset: t(PERIOD_PRESET_KEYS[choice.preset]), ...days }) : t('partners.report.period', days);
}

type ReportArticleProps = { request: ReportRequest; choice: PeriodChoice; partner: PartnerView | undefined; facilities: readonly FacilityChoice[]; title: string };

function ReportArticle({ request, choice, partner, facilities, title }: ReportArticleProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const period = usePeriodSentence(choice);
  const { threshold } = request.policy;
  return (
    <article className="partners-report" aria-labelledby="partners-report-title">
      <h2 id="partners-report-title" className="partners-report-title">{title}</h2>
      <p>{period}</p>
      <p>{t('partners.report.suppression', { threshold: format.number(threshold) })} {request.policy.hideZeros ? t('partners.report.zerosHidden') : t('partners.report.zerosPublished')}</p>
      {partner === undefined ? null : <ReportPartner partner={partner} />}
      {facilities.length === 0 ? <p>{t('partners.report.noFacility')}</p> : null}
      {facilities.map((facility) => <ReportFacility key={facility.ledger} facility={facility} period={request} policy={request.policy} />)}
      <p className="partners-report-footer">{t('partners.report.footer', { name: isolate(session.user.name), printed: format.dateTime(new Date()) })}</p>
    </article>
  );
}

/** The report of a valid request: the period (kept in the address), then the report of that period. */
function ReportBody({ request, partner, facilities, title }: { request: ReportRequest; partner: PartnerView | undefined; facilities: readonly FacilityChoice[]; title: string }) {
  const { t } = useTranslation();
  const [, setParams] = useSearchParams();
  const today = useToday();
  const choice = choiceOfPeriod(request.preset, { from: request.from, to: request.to }, today);
  const problem = periodChoiceProblem(choice, today);
  const change = (next: PeriodChoice) => {
    setParams(reportSearch({ ...request, preset: next.preset, ...resolvePeriodChoice(next, today) }), { replace: true });
  };
  return (
    <>
      <div className="partners-settings no-print">
        <PeriodPicker choice={choice} today={today} onChange={change} />
      </div>
      {problem === undefined ? (
        <>
          <PrintButtons pdfName={`adviser-report-${choice.from}-to-${choice.to}.pdf`} />
          <ReportArticle request={request} choice={choice} partner={partner} facilities={reportFacilities(request, partner, facilities)} title={title} />
        </>
      ) : (
        <Banner tone="warning" title={t('partners.period.fix')} />
      )}
    </>
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
  const isValid = request !== undefined && isValidThreshold(request.policy.threshold) && (request.scope.kind === 'facility' || partner !== undefined);
  const subject = request?.scope.kind === 'partner' ? partner?.profile?.name : isValid ? reportFacilities(request, partner, facilities)[0]?.name : undefined;
  const title = subject === undefined ? t('partners.report.title') : t('partners.report.titleOf', { subject });
  const back = request?.scope.kind === 'partner' ? partnerHref(request.scope.partnerId) : SHARE_STATISTICS_PATH;
  return (
    <Page title={t('partners.report.title')} documentTitle={t('frame.documentTitle', { page: title })}>
      <div className="button-row no-print">
        <Link to={back} className="button button-secondary">{t('partners.report.back')}</Link>
      </div>
      {isValid ? <ReportBody request={request} partner={partner} facilities={facilities} title={title} /> : <Banner tone="warning" title={t('partners.report.invalid')} />}
    </Page>
  );
}
