import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SuppressionPolicy } from '@shared/sharing/suppression';
import { isValidThreshold } from '@shared/sharing/suppression';
import { periodChoiceProblem, resolvePeriodChoice } from '@shared/sharing/period';
import { useFormat } from '../../i18n/useFormat';
import { PLATFORM_ERROR_MESSAGE_KEYS } from '../../platform';
import { useUiStore } from '../../stores/uiStore';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { saveStatisticsCsv } from './csvExport';
import { useSharingStore } from './partnersStore';
import { useFacilityChoices } from './queries';
import { reportHref } from './routes';
import { SharingSettings } from './SharingSettings';
import { useFacilityStatistics } from './statistics';
import { StatisticsTables } from './StatisticsTables';
import { useStatLabels } from './useStatLabels';
import { useToday } from '../../custody';

/**
 * The choices as they stand, with the defaults filled in: this installation's register, the
 * last 30 days. "Today" is the facility's, as its figures are counted on its calendar.
 */
function useSharingChoices() {
  const choices = useSharingStore();
  const facilities = useFacilityChoices();
  const { timeZone } = useFormat();
  const facility = facilities.find((candidate) => candidate.ledger === choices.ledger) ?? facilities[0];
  const today = useToday(facility?.timeZone ?? timeZone);
  const fallback = resolvePeriodChoice({ preset: 'last-30-days', from: today, to: today }, today);
  const choice = { preset: choices.preset, from: choices.from ?? fallback.from, to: choices.to ?? fallback.to };
  const periodProblem = periodChoiceProblem(choice, today);
  const period = resolvePeriodChoice(choice, today);
  const threshold = Number(choices.threshold.trim());
  const isThresholdValid = /^\d+$/.test(choices.threshold.trim()) && isValidThreshold(threshold);
  const policy: SuppressionPolicy = { threshold: isThresholdValid ? threshold : 0, hideZeros: choices.hideZeros };
  return { choices, facilities, facility, today, choice, period, periodProblem, policy, isThresholdValid };
}

/**
 * Statistics of one facility's register without names, to share outside the encrypted
 * bundles: counts only, small ones suppressed, as a CSV file or a printable report.
 */
export function ShareStatisticsScreen() {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const labels = useStatLabels();
  const { choices, facilities, facility, today, choice, period, periodProblem, policy, isThresholdValid } = useSharingChoices();
  const computed = useFacilityStatistics(facility, period, policy);
  const statistics = periodProblem === undefined ? computed : undefined;
  const save = async () => {
    if (facility === undefined || statistics === undefined) return;
    const saved = await saveStatisticsCsv({ facility, ...period, policy, lines: statistics.lines, label: labels.full }, t('partners.share.fileType'));
    if (!saved.ok) showToast('error', PLATFORM_ERROR_MESSAGE_KEYS[saved.error.code]);
    else if (saved.value.status === 'saved') showToast('success', 'partners.share.saved');
  };
  return (
    <Page title={t('partners.share.title')} documentTitle={t('frame.documentTitle', { page: t('partners.share.title') })} intro={t('partners.share.intro')}>
      <Banner tone="info" title={t('partners.share.noNamesTitle')}>
        <p>{t('partners.share.noNames')}</p>
      </Banner>
      <Section title={t('partners.share.settings')}>
        {facility === undefined ? null : (
          <SharingSettings facilities={facilities} ledger={facility.ledger} period={choice} today={today} choices={choices} isThresholdValid={isThresholdValid} onChange={choices.change} />
        )}
      </Section>
      {facility === undefined || statistics === undefined ? (
        <Banner tone="warning" title={t('partners.share.fixSettings')} />
      ) : (
        <Section title={t('partners.share.preview', { facility: facility.name })} hint={t('partners.share.previewHint')}>
          <div className="button-row">
            <Button variant="primary" onClick={() => void save()}>{t('partners.share.saveCsv')}</Button>
            <Link className="button button-secondary" to={reportHref({ scope: { kind: 'facility', ledger: facility.ledger }, preset: choice.preset, ...period, policy })}>{t('partners.share.openReport')}</Link>
          </div>
          <StatisticsTables lines={statistics.lines} threshold={policy.threshold} facilityName={facility.name} />
        </Section>
      )}
    </Page>
  );
}
