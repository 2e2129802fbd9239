import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_FILE_BYTES } from '@shared/bundle/limits';
import { FILE_MAX_BYTES, FILE_OPEN_MAX_FILES } from '@shared/ipc/contract';
import type { OpenedFile } from '../../../platform';
import { PLATFORM_ERROR_MESSAGE_KEYS, platform } from '../../../platform';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import type { TranslationKey } from '../../../i18n/translationKey';
import { useDropTarget } from './useDropTarget';

type OpenBundlesProps = { onFiles: (files: readonly OpenedFile[]) => void; disabled: boolean };

async function droppedFiles(list: FileList): Promise<OpenedFile[] | TranslationKey> {
  const files = Array.from(list);
  if (files.length > FILE_OPEN_MAX_FILES) return 'exchange.import.tooManyFiles';
  if (files.some((file) => file.size > MAX_FILE_BYTES)) return 'errors.platform.tooLarge';
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/** Bundle files to import: chosen in the file dialog (several at once) or dropped here. */
export function OpenBundles({ onFiles, disabled }: OpenBundlesProps) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<TranslationKey | null>(null);
  const choose = async (): Promise<void> => {
    setProblem(null);
    const opened = await platform.openFiles([{ name: t('exchange.bundleFileType'), extensions: ['habeas'] }], { multiple: true, maxBytes: FILE_MAX_BYTES });
    if (!opened.ok) setProblem(PLATFORM_ERROR_MESSAGE_KEYS[opened.error.code]);
    else if (opened.value.status === 'opened') onFiles(opened.value.files);
  };
  const drop = async (list: FileList): Promise<void> => {
    const files = await droppedFiles(list);
    if (typeof files === 'string') setProblem(files);
    else if (files.length > 0) onFiles(files);
  };
  const [dropRef, isOver] = useDropTarget<HTMLDivElement>((list) => {
    setProblem(null);
    void drop(list);
  }, !disabled);
  return (
    <div ref={dropRef} className={isOver ? 'drop-zone drop-zone-over' : 'drop-zone'}>
      <p className="drop-zone-text">{t('exchange.import.dropHint')}</p>
      <Button variant="primary" isBusy={disabled} busyLabel={t('exchange.working')} onClick={() => void choose()}>
        {t('exchange.import.choose')}
      </Button>
      {problem !== null ? <Banner tone="error" title={t(problem)} /> : null}
    </div>
  );
}
