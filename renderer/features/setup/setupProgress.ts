import type { TranslationKey } from '../../i18n/translationKey';
import type { SetupProgress } from '../../vault/setup';

/** Share of the whole setup each step takes, roughly as long as it runs. */
const STEP_SPANS: Readonly<Record<SetupProgress['step'], { start: number; size: number; label: TranslationKey }>> = {
  calibrating: { start: 0, size: 0.3, label: 'setup.creating.calibrating' },
  wrapping: { start: 0.3, size: 0.5, label: 'setup.creating.wrapping' },
  recovery: { start: 0.8, size: 0.1, label: 'setup.creating.recovery' },
  ledger: { start: 0.9, size: 0.1, label: 'setup.creating.ledger' },
};

/** Overall progress, in percent, and what is being done. */
export function overallProgress(progress: SetupProgress): { percent: number; label: TranslationKey } {
  const span = STEP_SPANS[progress.step];
  return { percent: Math.round((span.start + span.size * progress.fraction) * 100), label: span.label };
}
