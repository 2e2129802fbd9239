import { Link } from 'react-router';

export type TabItem = {
  href: string;
  label: string;
  isCurrent: boolean;
};

type TabsProps = {
  /** Accessible name of the navigation, such as "Parts of the register". */
  label: string;
  items: readonly TabItem[];
};

/**
 * A screen's own navigation between its parts: links, so each part has an address and the
 * browser's back works. The current part is announced (aria-current), not only drawn.
 */
export function Tabs({ label, items }: TabsProps) {
  return (
    <nav className="tabs no-print" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.href}>
            <Link to={item.href} className="tab" aria-current={item.isCurrent ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
