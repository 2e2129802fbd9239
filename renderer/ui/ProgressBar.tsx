import { useId } from 'react';

type ProgressBarProps = {
  label: string;
  /** Omit while the amount of work is unknown. */
  value?: number;
  max?: number;
  /** The progress in words, such as "120 of 480 records"; read by screen readers and shown. */
  valueText: string;
};

export function ProgressBar({ label, value, max = 100, valueText }: ProgressBarProps) {
  const labelId = useId();
  return (
    <div className="progress">
      <span id={labelId} className="progress-label">
        {label}
      </span>
      <progress className="progress-bar" aria-labelledby={labelId} value={value} max={max} aria-valuetext={valueText} />
      <span className="progress-text" aria-hidden="true">
        {valueText}
      </span>
    </div>
  );
}
