import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';

type RecoveryCodeSheetProps = { code: string; facilityName: string };

/**
 * The part of the screen that prints: the code in groups, which installation it opens,
 * and what to do with it. Groups are laid out left to right in every language (the code
 * is Latin letters and digits) and each is read out as a separate item.
 */
export function RecoveryCodeSheet({ code, facilityName }: RecoveryCodeSheetProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const groups = code.split('-');
  return (
    <section className="recovery-sheet" aria-label={t('setup.recoveryCode.sheetLabel')}>
      <p className="recovery-sheet-title">{t('setup.recoveryCode.sheetTitle')}</p>
      <dl className="summary-list">
        <dt>{t('setup.recoveryCode.facility')}</dt>
        <dd dir="auto">{facilityName}</dd>
        <dt>{t('setup.recoveryCode.created')}</dt>
        <dd>{format.date(new Date())}</dd>
      </dl>
      <ol className="recovery-code" dir="ltr" lang="en" aria-label={t('setup.recoveryCode.codeLabel')}>
        {groups.map((group, index) => (
          <li key={index} className="recovery-code-group">
            {group}
          </li>
        ))}
      </ol>
      <ul className="recovery-instructions">
        <li>{t('setup.recoveryCode.keepSafe')}</li>
        <li>{t('setup.recoveryCode.anyone')}</li>
        <li>{t('setup.recoveryCode.howToUse')}</li>
      </ul>
    </section>
  );
}
