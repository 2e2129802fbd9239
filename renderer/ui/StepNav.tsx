import type { KeyboardEvent } from 'react';

export type StepNavItem<Id extends string> = {
  id: Id;
  label: string;
  /** Progress in words, such as "3 of 7 answered"; may be empty. */
  status: string;
  isDone: boolean;
  hasProblem: boolean;
  /** The mark while the step is neither done nor has a problem, such as its number. */
  number?: string;
  /** The progress is shown as needing attention (gaps left), in words and colour. */
  needsAttention?: boolean;
};

type StepNavProps<Id extends string> = {
  /** Accessible name of the navigation, such as "Steps of the inspection". */
  label: string;
  items: readonly StepNavItem<Id>[];
  current: Id;
  /** Said after a step's name when it holds a problem, since its mark is not read out. */
  problemText: string;
  className?: string;
  onStep: (id: Id) => void;
};

const STEP_KEYS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * The list is one Tab stop (the current step), so the keyboard reaches the form without
 * passing every step; the arrow keys, Home and End move between steps, Enter opens one.
 */
function moveBetweenSteps(event: KeyboardEvent<HTMLButtonElement>): void {
  const move = STEP_KEYS[event.key];
  const list = event.currentTarget.closest('ol');
  if (move === undefined || list === null) return;
  const buttons = [...list.querySelectorAll<HTMLButtonElement>('.step-button')];
  const index = buttons.indexOf(event.currentTarget);
  if (index === -1) return;
  event.preventDefault();
  buttons[move(index, buttons.length)]?.focus();
}

function markOf<Id extends string>(item: StepNavItem<Id>): string {
  if (item.hasProblem) return '!';
  return item.isDone ? '✓' : (item.number ?? '');
}

/** The steps of a long form with their progress, in words as well as marks; the current one is announced as such. */
export function StepNav<Id extends string>({ label, items, current, problemText, className, onStep }: StepNavProps<Id>) {
  return (
    <nav className={className === undefined ? 'step-list no-print' : `step-list no-print ${className}`} aria-label={label}>
      <ol>
        {items.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              className={item.needsAttention === true ? 'step-button step-button-attention' : 'step-button'}
              aria-current={item.id === current ? 'step' : undefined}
              tabIndex={item.id === current ? 0 : -1}
              onClick={() => { onStep(item.id); }}
              onKeyDown={moveBetweenSteps}
            >
              <span className={item.hasProblem ? 'step-mark step-mark-problem' : 'step-mark'} aria-hidden="true">
                {markOf(item)}
              </span>
              <span className="step-label">{item.label}</span>
              <span className="step-status">{item.status}</span>
              {item.hasProblem ? <span className="visually-hidden">{problemText}</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
