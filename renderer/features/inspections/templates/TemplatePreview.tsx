import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '@shared/inspection/categories';
import type { Template } from '@shared/inspection/template';
import { templateContentHash, templateItems } from '@shared/inspection/template';
import { useFormat } from '../../../i18n/useFormat';
import { useUiStore } from '../../../stores/uiStore';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { useSession } from '../../../vault/useSession';
import { importTemplate } from '../commands';
import { useTemplateLanguage } from '../queries';
import type { TemplateChoice } from '../templateChoices';

type TemplatePreviewProps = { fileName: string; template: Template; choices: readonly TemplateChoice[]; onDone: () => void };

function TemplateFacts({ template }: { template: Template }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  return (
    <dl className="summary-list">
      <dt>{t('inspections.templates.titleLabel')}</dt>
      <dd>{template.title[language]}</dd>
      <dt>{t('inspections.templates.idVersion')}</dt>
      <dd dir="ltr">{`${template.id} v${String(template.version)}`}</dd>
      <dt>{t('inspections.templates.hash')}</dt>
      <dd dir="ltr" className="template-ref">{templateContentHash(template).slice(0, 16)}</dd>
      <dt>{t('inspections.templates.size')}</dt>
      <dd>{t('inspections.templates.sizeValue', { sections: format.number(template.sections.length), items: format.number(templateItems(template).length) })}</dd>
      <dt>{t('inspections.templates.categories')}</dt>
      <dd>{[...new Set(template.sections.map((section) => CATEGORY_LABELS[section.category][language]))].join(' · ')}</dd>
    </dl>
  );
}

/** What the file holds, checked, before anything is recorded: recording it is a separate, deliberate step. */
export function TemplatePreview({ fileName, template, choices, onDone }: TemplatePreviewProps) {
  const { t } = useTranslation();
  const session = useSession();
  const showToast = useUiStore((state) => state.showToast);
  const [isBusy, setIsBusy] = useState(false);
  const sameVersion = choices.find((choice) => choice.template.id === template.id && choice.template.version === template.version);
  const record = async () => {
    setIsBusy(true);
    try {
      await importTemplate(session, template);
      showToast('success', 'inspections.templates.imported');
      onDone();
    } catch {
      showToast('error', 'inspections.templates.importFailed');
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <div className="template-preview" role="region" aria-label={t('inspections.templates.previewTitle', { file: fileName })}>
      <h3 className="subsection-title">{t('inspections.templates.previewTitle', { file: fileName })}</h3>
      <TemplateFacts template={template} />
      {sameVersion === undefined ? null : (
        <Banner tone="warning" title={t('inspections.templates.conflictTitle')}>
          <p>{t('inspections.templates.conflictBody')}</p>
        </Banner>
      )}
      <div className="button-row">
        <Button variant="primary" isBusy={isBusy} busyLabel={t('inspections.templates.recording')} onClick={() => void record()}>
          {t('inspections.templates.record')}
        </Button>
        <Button onClick={onDone}>{t('dialog.cancel')}</Button>
      </div>
    </div>
  );
}
