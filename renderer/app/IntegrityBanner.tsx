import { useTranslation } from 'react-i18next';
import { fingerprintGroups } from '@shared/ledger/identity';
import { useFormat } from '../i18n/useFormat';
import { facilityProjection, useProjection } from '../ledger';
import { Banner } from '../ui/Banner';
import { useIntegrityStore } from '../vault/integrityStore';

/**
 * Stays on every screen once stored data failed re-verification (security.md T3): it names
 * the ledger (its facility, if known, and the start of its id) and the first event that
 * can no longer be trusted. It leaves with the session, and returns at the next unlock
 * if the data is still altered.
 */
export function IntegrityBanner() {
  const { t } = useTranslation();
  const format = useFormat();
  const failure = useIntegrityStore((state) => state.failure);
  const facilityName = useProjection(facilityProjection, (state) => (failure === null ? undefined : state.byLedger.get(failure.ledger)?.profile.name));
  if (failure === null) return null;
  const ledger = fingerprintGroups(failure.ledger, { groups: 4 });
  return (
    <Banner tone="error" title={t('integrity.title')}>
      <p>
        {t('integrity.body', { ledger, seq: format.number(failure.seq) })}
        {facilityName === undefined ? null : (
          <>
            {' '}
            <bdi>{t('integrity.facility', { name: facilityName })}</bdi>
          </>
        )}
      </p>
      <p>{t('integrity.next')}</p>
    </Banner>
  );
}
