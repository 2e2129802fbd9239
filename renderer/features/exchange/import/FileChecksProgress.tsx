import { useTranslation } from 'react-i18next';
import type { ReadStep } from '@shared/bundle/read';
import { useFormat } from '../../../i18n/useFormat';
import type { TranslationKey } from '../../../i18n/translationKey';
import { ProgressBar } from '../../../ui/ProgressBar';
import type { FileCheckProgress } from './useFileEntries';

const STEP_KEYS = {
  decrypting: 'exchange.import.progress.steps.decrypting',
  unpacking: 'exchange.import.progress.steps.unpacking',
  verifying: 'exchange.import.progress.steps.verifying',
  continuity: 'exchange.import.progress.steps.continuity',
} as const satisfies Record<ReadStep, TranslationKey>;

/**
 * How far the checks of one file are: the step in words, and while its entries are
 * verified (the long part of a large bundle) how many out of how many.
 */
export function FileChecksProgress({ progress }: { progress: FileCheckProgress }) {
  const { t } = useTranslation();
  const format = useFormat();
  const isCounted = progress.step === 'verifying' && progress.total > 0;
  const step = t(STEP_KEYS[progress.step]);
  return (
    <ProgressBar
      label={t('exchange.import.progress.file', { name: progress.name })}
      {...(isCounted ? { value: progress.done, max: progress.total } : {})}
      valueText={isCounted ? t('exchange.import.progress.verifyingValue', { step, done: format.number(progress.done), total: format.number(progress.total) }) : step}
    />
  );
}
