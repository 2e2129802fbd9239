import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { TranslationKey } from '../../i18n/translationKey';
import { StrengthMeter } from '../../ui/StrengthMeter';
import { assessPassphrase, STRENGTH_LEVELS } from '../../vault/passphraseStrength';
import type { StrengthLevel } from '../../vault/passphraseStrength';
import { PROBLEM_HINTS } from './passphraseRules';

const LEVEL_KEYS: Readonly<Record<StrengthLevel, TranslationKey>> = {
  'very-weak': 'lock.passphrase.levels.veryWeak',
  weak: 'lock.passphrase.levels.weak',
  fair: 'lock.passphrase.levels.fair',
  good: 'lock.passphrase.levels.good',
  strong: 'lock.passphrase.levels.strong',
};

type PassphraseStrengthProps = { passphrase: string; context: readonly string[] };

/** The strength of a passphrase as it is typed, and what would make it stronger. */
export function PassphraseStrength({ passphrase, context }: PassphraseStrengthProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const assessment = assessPassphrase(passphrase, context);
  const hints = assessment.problems.flatMap((problem) => (problem === 'too-short' ? [] : [PROBLEM_HINTS[problem]]));
  return (
    <div className="passphrase-strength">
      <StrengthMeter
        label={t('lock.passphrase.strength')}
        score={assessment.score}
        max={STRENGTH_LEVELS.length - 1}
        valueText={passphrase === '' ? t('lock.passphrase.levels.empty') : t('lock.passphrase.strengthValue', { level: t(LEVEL_KEYS[assessment.level]), count: assessment.length, chars: format.number(assessment.length) })}
      />
      {passphrase !== '' && hints.length > 0 ? (
        <ul className="passphrase-hints">
          {hints.map((hint) => (
            <li key={hint}>{t(hint)}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
