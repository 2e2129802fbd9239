import { useTranslation } from 'react-i18next';
import type { InspectionRecord } from '@shared/inspection/inspectionsProjection';
import { INDICATOR_IDS } from '@shared/inspection/indicatorDefinitions';
import type { Template } from '@shared/inspection/template';
import { useFormat } from '../../../i18n/useFormat';
import { useTemplateLanguage } from '../queries';

/** Who inspected what, when, against which checklist version and which standards. */
export function InspectionHeader({ record, template }: { record: InspectionRecord; template: Template | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  const { payload } = record;
  const isProfileEdited = INDICATOR_IDS.some((id) => payload.profile.thresholds[id].edited === true);
  return (
    <dl className="summary-list inspection-header">
      <dt>{t('inspections.fields.facility')}</dt>
      <dd>
        <bdi>{payload.facility.name}</bdi> (<bdi>{payload.facility.code}</bdi>)
      </dd>
      <dt>{t('inspections.fields.finishedAt')}</dt>
      <dd>{format.dateTime(new Date(record.meta.occurredAt))}</dd>
      <dt>{t('inspections.fields.startedAt')}</dt>
      <dd>{format.dateTime(new Date(payload.startedAt))}</dd>
      <dt>{t('inspections.fields.inspector')}</dt>
      <dd>
        <bdi>{payload.inspector.name}</bdi>
      </dd>
      <dt>{t('inspections.fields.template')}</dt>
      <dd>
        {template === undefined ? t('inspections.history.templateMissing') : template.title[language]}{' '}
        <span className="template-ref">
          {t('inspections.fields.templateRef', { id: payload.template.id, version: payload.template.version, hash: payload.template.contentHash.slice(0, 12) })}
        </span>
      </dd>
      <dt>{t('inspections.fields.profile')}</dt>
      <dd>
        {payload.profile.title[language]}
        {isProfileEdited ? <span className="tag">{t('inspections.indicators.edited')}</span> : null}
      </dd>
    </dl>
  );
}
