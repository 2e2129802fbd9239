import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '@shared/inspection/template';
import { templateContentHash } from '@shared/inspection/template';
import { platform, PLATFORM_ERROR_MESSAGE_KEYS } from '../../../platform';
import { useUiStore } from '../../../stores/uiStore';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { Section } from '../../../ui/Section';
import { useCan } from '../../../vault/useCan';
import { useTemplateChoices } from '../templateChoices';
import { SaveExampleButton } from './SaveExampleButton';
import type { ImportProblem } from './templateFile';
import { readTemplateFile } from './templateFile';
import { TemplatePreview } from './TemplatePreview';
import { TemplateProblems } from './TemplateProblems';
import { TemplateTable } from './TemplateTable';

/** Kept well above the parser's own limit (TEMPLATE_FILE_MAX_CHARS) so its precise message is the one shown. */
const TEMPLATE_FILE_MAX_BYTES = 4 * 1024 * 1024;

export type Chosen =
  | { kind: 'none' }
  | { kind: 'refused'; fileName: string; problems: readonly ImportProblem[] }
  | { kind: 'preview'; fileName: string; template: Template };

/** Asks for a file and checks it; nothing is written, whatever the file holds. */
function useChooseTemplateFile(onChosen: (chosen: Chosen) => void): { isReading: boolean; choose: () => Promise<void> } {
  const { t } = useTranslation();
  const showToast = useUiStore((state) => state.showToast);
  const [isReading, setIsReading] = useState(false);
  const choose = async () => {
    setIsReading(true);
    const opened = await platform.openFiles([{ name: t('inspections.templates.fileType'), extensions: ['json'] }], { maxBytes: TEMPLATE_FILE_MAX_BYTES });
    setIsReading(false);
    if (!opened.ok) {
      showToast('error', PLATFORM_ERROR_MESSAGE_KEYS[opened.error.code]);
      return;
    }
    if (opened.value.status === 'cancelled') return;
    const [file] = opened.value.files;
    if (file === undefined) return;
    const read = readTemplateFile(file.bytes);
    onChosen(read.ok ? { kind: 'preview', fileName: file.name, template: read.value } : { kind: 'refused', fileName: file.name, problems: read.error });
  };
  return { isReading, choose };
}

/** Checklists held here: the built-in one, those imported, and importing another from a file. */
export function TemplatesView() {
  const { t } = useTranslation();
  const canWrite = useCan('inspections.write');
  const choices = useTemplateChoices();
  const [chosen, setChosen] = useState<Chosen>({ kind: 'none' });
  const { isReading, choose } = useChooseTemplateFile(setChosen);
  const alreadyHeld = chosen.kind === 'preview' ? choices.find((choice) => choice.hash === templateContentHash(chosen.template)) : undefined;
  return (
    <>
      {canWrite ? (
        <Section title={t('inspections.templates.importTitle')} hint={t('inspections.templates.importHint')}>
          <div className="button-row">
            <Button variant="primary" isBusy={isReading} busyLabel={t('inspections.templates.reading')} onClick={() => void choose()}>
              {t('inspections.templates.choose')}
            </Button>
            <SaveExampleButton />
          </div>
          {chosen.kind === 'refused' ? <TemplateProblems fileName={chosen.fileName} problems={chosen.problems} /> : null}
          {chosen.kind === 'preview' && alreadyHeld !== undefined ? (
            <Banner tone="info" title={t('inspections.templates.alreadyHeld', { file: chosen.fileName })} />
          ) : null}
          {chosen.kind === 'preview' && alreadyHeld === undefined ? (
            <TemplatePreview fileName={chosen.fileName} template={chosen.template} choices={choices} onDone={() => { setChosen({ kind: 'none' }); }} />
          ) : null}
        </Section>
      ) : null}
      <Section title={t('inspections.templates.heldTitle')}>
        <TemplateTable choices={choices} />
      </Section>
    </>
  );
}
