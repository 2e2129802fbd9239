import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AlertEvidence as Evidence, OversightAlert } from '@shared/oversight/alerts';
import { useFormat } from '../../i18n/useFormat';
import { useSession } from '../../vault/useSession';
import { useCustodyLabels } from '../custody';
import { detaineeHref } from '../detainee';
import { useContacts } from '../exchange';
import { EVIDENCE_ROLE_KEYS } from './labels';
import { useBundleOf, useOversightFacilities } from './queries';

/** The bundle that brought the event here: who signed it, its number and manifest hash, and whether its sender is trusted now. */
function BundleLine({ item }: { item: Evidence }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bundleOf = useBundleOf();
  const contacts = useContacts();
  const { ledgerId } = useSession();
  const { bundle, seq } = bundleOf(item.ledger, item.seq, item.recordId);
  if (bundle === undefined) return <p>{item.ledger === ledgerId ? t('oversight.evidence.noBundle') : t('oversight.evidence.bundleUnknown')}</p>;
  const contact = contacts.find((candidate) => candidate.card.ledger === bundle.sender.ledger);
  const trust = contact?.trusted === null || contact?.trusted === undefined || contact.revoked !== null
    ? t('oversight.evidence.senderNotTrusted')
    : t('oversight.evidence.senderTrusted', { date: format.date(new Date(contact.trusted.at)) });
  return (
    <dl className="oversight-evidence-bundle">
      <dt>{t('oversight.evidence.bundle')}</dt>
      <dd>{t('oversight.evidence.bundleFrom', { seq: format.number(bundle.bundleSeq), facility: bundle.sender.facility, date: format.dateTime(new Date(bundle.stamp.at)) })}</dd>
      <dt>{t('oversight.evidence.manifest')}</dt>
      <dd><code className="oversight-hash" dir="ltr" translate="no">{bundle.manifestHash}</code></dd>
      <dt>{t('oversight.evidence.signature')}</dt>
      <dd>{t('oversight.evidence.signatureVerified')} {trust}</dd>
      <dt>{t('oversight.evidence.place')}</dt>
      <dd>{seq === undefined ? t('oversight.overview.none') : t('oversight.evidence.seq', { seq: format.number(seq) })}</dd>
    </dl>
  );
}

/** The events an alert rests on, each with its detainee page and the bundle that carried it. */
export function AlertEvidence({ alert }: { alert: OversightAlert }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useCustodyLabels();
  const facilities = useOversightFacilities();
  const nameOf = (ledger: string) => facilities.find((facility) => facility.ledger === ledger)?.name ?? ledger.slice(0, 8);
  return (
    <section className="oversight-evidence" aria-label={t('oversight.evidence.label')}>
      <ol>
        {alert.evidence.map((item) => (
          <li key={item.eventId}>
            <h3 className="oversight-evidence-title">{t(EVIDENCE_ROLE_KEYS[item.role])}: {labels.eventType(item.type)}</h3>
            <p>
              {t('oversight.evidence.at', { facility: nameOf(item.ledger), occurred: format.dateTime(new Date(item.occurredMs)), recorded: format.dateTime(new Date(item.recordedMs)) })}
            </p>
            <p>
              <Link to={detaineeHref(item.recordId)}>
                {t('oversight.evidence.openRecord')} <bdi className="register-number" dir="ltr" translate="no">{item.registerLabel}</bdi>
              </Link>
            </p>
            <BundleLine item={item} />
          </li>
        ))}
      </ol>
      {alert.kind === 'transfer_unmatched' ? <p>{t('oversight.evidence.noArrival')}</p> : null}
    </section>
  );
}
