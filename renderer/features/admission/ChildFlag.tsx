import { useTranslation } from 'react-i18next';
import { useCustodyLabels } from '../custody';
import { useAdmissionForm } from './formContext';

/**
 * Whether the person was a child at arrest, updated as the birth date, estimated age or
 * arrest date is typed (the protective reading when a date is partial). A child brings the
 * Havana Rules' extra duties, listed so the registrar sees them while admitting.
 */
export function ChildFlag() {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const { view } = useAdmissionForm();
  const status = view.facts.childStatus;
  return (
    <div className={`admission-child-flag admission-child-${status}`} role="status">
      <p className="admission-child-status">
        <span className="admission-child-label">{t('admission.child.label')}</span> <strong>{labels.childStatus(status)}</strong>
      </p>
      {status === 'child' ? (
        <ul className="admission-child-duties">
          <li>{t('admission.child.parents')}</li>
          <li>{t('admission.child.separation')}</li>
          <li>{t('admission.child.health')}</li>
          <li>{t('admission.child.judge')}</li>
        </ul>
      ) : null}
      {status === 'unknown' ? <p className="admission-child-note">{t('admission.child.unknown')}</p> : null}
    </div>
  );
}
