import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DiscardDraftButton } from '../drafts';
import { useFormat } from '../../i18n/useFormat';
import { Banner } from '../../ui/Banner';
import { ProgressBar } from '../../ui/ProgressBar';
import { Section } from '../../ui/Section';
import type { InspectionDraft } from './draft';
import { inspectionDraftKit } from './draftKit';
import { useTemplateLanguage } from './queries';
import { overallProgress } from './sectionProgress';
import { useResolvedTemplate } from './templateChoices';
import { viewHref } from './viewParams';

/** The inspection in progress: where it stands, and the way back into it. */
export function DraftCard({ draft }: { draft: InspectionDraft }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  const template = useResolvedTemplate(draft.template);
  if (template === undefined) {
    return (
      <Banner tone="error" title={t('inspections.draft.templateMissingTitle')}>
        <p>{t('inspections.draft.templateMissingBody')}</p>
        <DiscardDraftButton kit={inspectionDraftKit} />
      </Banner>
    );
  }
  const progress = overallProgress(draft, template);
  return (
    <Section title={t('inspections.draft.title')} hint={t('inspections.draft.hint')}>
      <dl className="summary-list">
        <dt>{t('inspections.fields.facility')}</dt>
        <dd>
          <bdi>{draft.facility.name}</bdi>
        </dd>
        <dt>{t('inspections.fields.template')}</dt>
        <dd>{template.title[language]}</dd>
        <dt>{t('inspections.fields.startedAt')}</dt>
        <dd>{format.dateTime(new Date(draft.startedAt))}</dd>
      </dl>
      <ProgressBar
        label={t('inspections.run.progressLabel')}
        value={progress.answered}
        max={Math.max(progress.total, 1)}
        valueText={t('inspections.run.progressText', { answered: format.number(progress.answered), total: format.number(progress.total) })}
      />
      <div className="button-row">
        <Link to={viewHref({ kind: 'run' })} className="button button-primary">
          {t('inspections.draft.continue')}
        </Link>
        <DiscardDraftButton kit={inspectionDraftKit} />
      </div>
    </Section>
  );
}
