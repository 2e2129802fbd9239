import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerView } from '@shared/partners/views';
import { resolvePeriodChoice } from '@shared/sharing/period';
import { DEFAULT_SUPPRESSION_POLICY } from '@shared/sharing/suppression';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { useCan } from '../../vault/useCan';
import { PARTNER_KIND_KEYS, SUPPORT_TYPE_KEYS } from './labels';
import { PartnerProfileDialog } from './PartnerProfileDialog';
import { reportHref } from './routes';
import { useToday } from '../../custody';

/** Who the partner is, what support it receives and which facilities it runs, with the way to edit them and to its report. */
export function ProfileSection({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const today = useToday();
  const canWrite = useCan('partners.write');
  const [isEditing, setIsEditing] = useState(false);
  const { profile } = partner;
  // The report opens on the last 12 months; the adviser chooses another period there.
  const period = resolvePeriodChoice({ preset: 'last-12-months', from: today, to: today }, today);
  return (
    <Section title={t('partners.profile.title')}>
      {profile === undefined ? (
        <p>{t('partners.profile.missing')}</p>
      ) : (
        <dl className="partners-facts">
          <dt>{t('partners.profile.kind')}</dt>
          <dd>{t(PARTNER_KIND_KEYS[profile.kind])}</dd>
          <dt>{t('partners.profile.support')}</dt>
          <dd>{profile.supportTypes.length === 0 ? t('partners.profile.none') : profile.supportTypes.map((type) => t(SUPPORT_TYPE_KEYS[type])).join(', ')}</dd>
          <dt>{t('partners.profile.facilities')}</dt>
          <dd>{profile.facilities.length === 0 ? t('partners.profile.none') : profile.facilities.map((facility) => `${facility.name} (${facility.code})`).join(', ')}</dd>
          {profile.description === undefined ? null : (
            <>
              <dt>{t('partners.profile.description')}</dt>
              <dd className="preserve-lines" dir="auto">{profile.description}</dd>
            </>
          )}
        </dl>
      )}
      <div className="button-row no-print">
        {canWrite && profile !== undefined ? <Button onClick={() => { setIsEditing(true); }}>{t('partners.profile.edit')}</Button> : null}
        <Link className="button button-secondary" to={reportHref({ scope: { kind: 'partner', partnerId: partner.id }, preset: 'last-12-months', ...period, policy: DEFAULT_SUPPRESSION_POLICY })}>
          {t('partners.profile.report')}
        </Link>
      </div>
      {isEditing && profile !== undefined ? <PartnerProfileDialog partner={{ id: partner.id, profile }} onClose={() => { setIsEditing(false); }} /> : null}
    </Section>
  );
}
