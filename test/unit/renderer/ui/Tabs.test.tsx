// @vitest-environment happy-dom
import { render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { TabItem } from '../../../../renderer/ui/Tabs';
import { Tabs } from '../../../../renderer/ui/Tabs';

const ITEMS: TabItem[] = [
  { href: '/register', label: 'Register', isCurrent: false },
  { href: '/register/needs-action', label: 'Needs action', isCurrent: true },
  { href: '/register/extract', label: 'Extract', isCurrent: false },
];

function renderTabs(items: readonly TabItem[]) {
  const router = createMemoryRouter([{ path: '*', element: <Tabs label="Parts of the register" items={items} /> }]);
  render(<RouterProvider router={router} />);
  return within(screen.getByRole('navigation', { name: 'Parts of the register' })).getAllByRole('link');
}

describe('the tab strip', () => {
  it('is a named navigation of links to each part, in order', () => {
    const links = renderTabs(ITEMS);
    expect(links.map((link) => link.textContent)).toEqual(['Register', 'Needs action', 'Extract']);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/register', '/register/needs-action', '/register/extract']);
  });

  it('announces only the current part as the current page', () => {
    const links = renderTabs(ITEMS);
    expect(links.map((link) => link.getAttribute('aria-current'))).toEqual([null, 'page', null]);
  });

  it('marks no part current when none is', () => {
    const links = renderTabs(ITEMS.map((item) => ({ ...item, isCurrent: false })));
    expect(links.every((link) => !link.hasAttribute('aria-current'))).toBe(true);
  });

  it('stays out of print', () => {
    renderTabs(ITEMS);
    expect(screen.getByRole('navigation').classList.contains('no-print')).toBe(true);
  });
});
