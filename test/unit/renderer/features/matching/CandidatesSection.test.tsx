// @vitest-environment happy-dom
/** While pairs are being found, the screen shows how far the search is, in numbers a screen reader reads out. */
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { CandidatesSection } from '../../../../../renderer/features/matching/CandidatesSection';
import type { CandidatesView } from '../../../../../renderer/features/matching/queries';
import { createI18n } from '../../../../../renderer/i18n/createI18n';

function renderView(view: CandidatesView) {
  render(
    <I18nextProvider i18n={createI18n('en')}>
      <CandidatesSection view={view} records={new Map()} facilityNames={new Map()} canDecide={false} />
    </I18nextProvider>,
  );
}

describe('the candidate search in progress', () => {
  it('is a determinate progress bar saying how many records have been compared, of how many', () => {
    renderView({ status: 'computing', done: 12_000, records: 100_000 });
    const bar = screen.getByRole('progressbar', { name: 'Finding candidate pairs…' });
    expect(bar.getAttribute('value')).toBe('12000');
    expect(bar.getAttribute('max')).toBe('100000');
    expect(bar.getAttribute('aria-valuetext')).toBe('Comparing 12,000 of 100,000 records');
    expect(screen.getByRole('status').textContent).toContain('You can go on working meanwhile.');
  });

  it('starts at zero, and says so, before the first report', () => {
    renderView({ status: 'computing', done: 0, records: 250 });
    expect(screen.getByRole('progressbar').getAttribute('aria-valuetext')).toBe('Comparing 0 of 250 records');
  });

  it('gives way to an error when the search failed', () => {
    renderView({ status: 'failed' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.getByText(/could not be found/)).toBeDefined();
  });
});
