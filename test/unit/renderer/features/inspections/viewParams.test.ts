import { describe, expect, it } from 'vitest';
import type { InspectionsView } from '../../../../../renderer/features/inspections/viewParams';
import { readView, viewHref } from '../../../../../renderer/features/inspections/viewParams';

function roundTrip(view: InspectionsView): InspectionsView {
  const href = viewHref(view);
  return readView(new URLSearchParams(href.includes('?') ? href.slice(href.indexOf('?') + 1) : ''));
}

describe('inspection views in the address', () => {
  it.each<InspectionsView>([
    { kind: 'start' },
    { kind: 'run' },
    { kind: 'history' },
    { kind: 'inspection', id: '0190b6a0-0000-7000-8000-0000000000a1' },
    { kind: 'report', id: '0190b6a0-0000-7000-8000-0000000000a1' },
    { kind: 'compare', before: 'a', after: 'b' },
    { kind: 'trends', facility: 'CRP-01' },
    { kind: 'trends', facility: null },
    { kind: 'templates' },
  ])('reads back %o', (view) => {
    expect(roundTrip(view)).toEqual(view);
  });

  it('falls back to the history when an id is missing, and to the start on anything unknown', () => {
    expect(readView(new URLSearchParams('view=inspection'))).toEqual({ kind: 'history' });
    expect(readView(new URLSearchParams('view=compare&before=a'))).toEqual({ kind: 'history' });
    expect(readView(new URLSearchParams('view=nonsense'))).toEqual({ kind: 'start' });
  });
});
