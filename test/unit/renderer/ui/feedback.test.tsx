// @vitest-environment happy-dom
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Banner } from '../../../../renderer/ui/Banner';
import { Button } from '../../../../renderer/ui/Button';
import { Page } from '../../../../renderer/ui/Page';
import { ProgressBar } from '../../../../renderer/ui/ProgressBar';
import { Section } from '../../../../renderer/ui/Section';
import { Toast } from '../../../../renderer/ui/Toast';
import { ToastRegion } from '../../../../renderer/ui/ToastRegion';

describe('feedback and layout components', () => {
  it('a busy button keeps focus and its name but ignores clicks', () => {
    const onClick = vi.fn();
    const { rerender } = render(
      <Button variant="primary" onClick={onClick}>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button.getAttribute('type')).toBe('button');
    rerender(
      <Button variant="primary" onClick={onClick} isBusy busyLabel="Saving…">
        Save
      </Button>,
    );
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.textContent).toBe('Saving…');
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });

  it('a toast region is a labelled live region that exists before any toast', () => {
    const { rerender } = render(<ToastRegion label="Notifications">{null}</ToastRegion>);
    const region = screen.getByRole('region', { name: 'Notifications' });
    expect(region.querySelector('[aria-live="polite"]')).not.toBeNull();
    const onDismiss = vi.fn();
    rerender(
      <ToastRegion label="Notifications">
        <Toast tone="success" message="Settings saved." dismissLabel="Dismiss notification" onDismiss={onDismiss} />
      </ToastRegion>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss notification' }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('a toast with a timeout dismisses itself once, even if its owner re-renders', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const toast = (message: string) => <Toast tone="info" message={message} dismissLabel="Dismiss" onDismiss={() => {
          onDismiss();
        }}
        autoDismissMs={1000} />;
    const { rerender } = render(toast('First'));
    act(() => {
      vi.advanceTimersByTime(600);
    });
    rerender(toast('First again'));
    act(() => {
      vi.advanceTimersByTime(600);
    });
    expect(onDismiss).toHaveBeenCalledOnce();
    vi.useRealTimers();
  });

  it('a progress bar is a named progressbar with its value in words', () => {
    render(<ProgressBar label="Verifying the register" value={120} max={480} valueText="120 of 480 pages" />);
    const bar = screen.getByRole('progressbar', { name: 'Verifying the register' });
    expect([bar.getAttribute('value'), bar.getAttribute('max'), bar.getAttribute('aria-valuetext')]).toEqual(['120', '480', '120 of 480 pages']);
  });

  it('an error banner is an alert; an info banner is a status', () => {
    render(
      <>
        <Banner tone="error" title="The register could not be verified" />
        <Banner tone="info" title="Last export: yesterday" />
      </>,
    );
    expect(screen.getByRole('alert').textContent).toBe('The register could not be verified');
    expect(screen.getByRole('status').textContent).toBe('Last export: yesterday');
  });

  it('a page has one focusable h1 and sets the window title; a section is a region named by its h2', () => {
    render(
      <Page title="Settings" documentTitle="Settings – Habeas">
        <Section title="About">
          <p>Version 0.1.0</p>
        </Section>
      </Page>,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' }).getAttribute('tabindex')).toBe('-1');
    expect(document.title).toBe('Settings – Habeas');
    expect(screen.getByRole('region', { name: 'About' }).textContent).toContain('Version 0.1.0');
  });
});
