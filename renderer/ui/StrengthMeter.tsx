import { useId } from 'react';

type StrengthMeterProps = {
  label: string;
  /** 0 (weakest) to `max`. */
  score: number;
  max: number;
  /** The level in words, such as "Fair"; read by screen readers and shown. */
  valueText: string;
};

/** A meter of segments that fill and change colour with the score; never colour alone, the level is written too. */
export function StrengthMeter({ label, score, max, valueText }: StrengthMeterProps) {
  const labelId = useId();
  return (
    <div className="strength">
      <span id={labelId} className="strength-label">
        {label}
      </span>
      <div
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={score}
        aria-valuetext={valueText}
        className={`strength-meter strength-level-${String(score)}`}
      >
        {Array.from({ length: max }, (_, index) => (
          <span key={index} className={index < score ? 'strength-segment strength-segment-on' : 'strength-segment'} />
        ))}
      </div>
      <span className="strength-text" aria-hidden="true">
        {valueText}
      </span>
    </div>
  );
}
