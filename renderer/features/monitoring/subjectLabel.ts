import type { TFunction } from 'i18next';
import type { MonitoringSubject } from './subjects';

/** "Facility: North Prison", "Partner: 3rd Border Brigade". */
export function subjectLabel(subject: MonitoringSubject, t: TFunction): string {
  if (subject.kind === 'facility') return t('monitoring.choice.facilityOption', { name: subject.name });
  return subject.name === undefined ? t('monitoring.choice.unnamedPartner') : t('monitoring.choice.partnerOption', { name: subject.name });
}
