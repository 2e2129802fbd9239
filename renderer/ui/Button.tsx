import type { ButtonHTMLAttributes } from 'react';

export const BUTTON_VARIANTS = ['primary', 'secondary', 'danger'] as const;
export type ButtonVariant = (typeof BUTTON_VARIANTS)[number];

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: ButtonVariant;
  /** While busy the button stays focusable (focus is not lost) but ignores clicks. */
  isBusy?: boolean;
  /** Shown instead of the label while busy, such as "Saving…". */
  busyLabel?: string;
};

export function Button({ variant = 'secondary', isBusy = false, busyLabel, type = 'button', className, onClick, children, ...buttonProps }: ButtonProps) {
  const classes = ['button', `button-${variant}`, className].filter(Boolean).join(' ');
  return (
    <button
      {...buttonProps}
      type={type}
      className={classes}
      aria-disabled={isBusy ? true : buttonProps['aria-disabled']}
      aria-busy={isBusy ? true : undefined}
      onClick={(event) => {
        if (isBusy) {
          event.preventDefault();
          return;
        }
        onClick?.(event);
      }}
    >
      {isBusy ? <span className="button-spinner" aria-hidden="true" /> : null}
      {isBusy && busyLabel ? busyLabel : children}
    </button>
  );
}
