import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';

type AuditTableProps<Row> = {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  emptyMessage: string;
};

/**
 * A table wider than the page on small screens: it scrolls inside a named region that takes
 * keyboard focus, so it can be scrolled with the arrow keys as well as with a mouse.
 */
export function AuditTable<Row>(props: AuditTableProps<Row>) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable)
    <div className="safeguard-audit-scroll" role="region" aria-label={props.caption} tabIndex={0}>
      <Table {...props} />
    </div>
  );
}
