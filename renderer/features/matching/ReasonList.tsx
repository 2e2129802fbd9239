import { useTranslation } from 'react-i18next';
import type { MatchReasons } from '@shared/oversight/matching';
import type { ReasonTone } from './labels';
import { BIRTH_KEYS, FATHER_KEYS, NAME_KEYS, ORDER_KEYS, PLACE_KEYS, partTone } from './labels';

/** Which parts matched and which did not, each in words (for / against / not known), never by colour alone. */
export function ReasonList({ reasons, label }: { reasons: MatchReasons; label: string }) {
  const { t } = useTranslation();
  const orderKey = ORDER_KEYS[reasons.order];
  const items: { key: string; tone: ReasonTone; text: string }[] = [
    { key: 'name', tone: reasons.name === 'none' ? 'against' : 'for', text: t(NAME_KEYS[reasons.name]) },
    ...(orderKey === undefined ? [] : [{ key: 'order', tone: 'neutral' as const, text: t(orderKey) }]),
    { key: 'father', tone: partTone(reasons.father), text: t(FATHER_KEYS[reasons.father]) },
    { key: 'birth', tone: partTone(reasons.birth), text: t(BIRTH_KEYS[reasons.birth]) },
    { key: 'place', tone: partTone(reasons.place), text: t(PLACE_KEYS[reasons.place]) },
  ];
  const toneWord: Readonly<Record<ReasonTone, string>> = {
    for: t('matching.reason.tone.for'),
    against: t('matching.reason.tone.against'),
    neutral: t('matching.reason.tone.neutral'),
  };
  return (
    <ul className="matching-reasons" aria-label={label}>
      {items.map((item) => (
        <li key={item.key} className={`matching-reason matching-reason-${item.tone}`}>
          <span className="matching-reason-tone">{toneWord[item.tone]}</span> {item.text}
        </li>
      ))}
    </ul>
  );
}
