// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { StepNavItem } from '../../../../renderer/ui/StepNav';
import { StepNav } from '../../../../renderer/ui/StepNav';

const ITEMS: StepNavItem<string>[] = [
  { id: 'identity', label: 'Identity', status: '3 of 3 answered', isDone: true, hasProblem: false, number: '1' },
  { id: 'arrest', label: 'Arrest', status: '1 of 4 answered, 2 gaps', isDone: false, hasProblem: false, number: '2', needsAttention: true },
  { id: 'health', label: 'Health', status: '0 of 2 answered', isDone: false, hasProblem: true, number: '3' },
  { id: 'review', label: 'Review', status: '', isDone: false, hasProblem: false },
];

function renderSteps(onStep = vi.fn()) {
  render(<StepNav label="Sections" items={ITEMS} current="arrest" problemText="has a problem to fix" onStep={onStep} />);
  return within(screen.getByRole('navigation', { name: 'Sections' })).getAllByRole('button');
}

describe('the step list', () => {
  it('names each step with its progress, marks it done, numbered or with a problem, and announces the current one', () => {
    const buttons = renderSteps();
    expect(buttons.map((button) => button.textContent)).toEqual([
      '✓Identity3 of 3 answered',
      '2Arrest1 of 4 answered, 2 gaps',
      '!Health0 of 2 answeredhas a problem to fix',
      'Review',
    ]);
    expect(buttons.map((button) => button.getAttribute('aria-current'))).toEqual([null, 'step', null, null]);
    expect(buttons[1]!.className).toContain('step-button-attention');
  });

  it('is one Tab stop, moved through with the arrow keys, Home and End, and opens a step on click', () => {
    const onStep = vi.fn();
    const buttons = renderSteps(onStep);
    expect(buttons.map((button) => button.tabIndex)).toEqual([-1, 0, -1, -1]);
    buttons[1]!.focus();
    fireEvent.keyDown(buttons[1]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[2]);
    fireEvent.keyDown(buttons[2]!, { key: 'End' });
    expect(document.activeElement).toBe(buttons[3]);
    fireEvent.keyDown(buttons[3]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(buttons[3]);
    fireEvent.keyDown(buttons[3]!, { key: 'Home' });
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.click(buttons[2]!);
    expect(onStep).toHaveBeenCalledWith('health');
  });
});
