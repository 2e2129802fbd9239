import type { TableColumn, TableSort } from './tableTypes';

type TableHeaderCellProps<Row> = {
  column: TableColumn<Row>;
  sort: TableSort | undefined;
  onSortChange: ((sort: TableSort) => void) | undefined;
};

/** A column header; sortable columns hold a button and announce their order through aria-sort. */
export function TableHeaderCell<Row>({ column, sort, onSortChange }: TableHeaderCellProps<Row>) {
  const direction = sort?.columnId === column.id ? sort.direction : undefined;
  const canSort = column.isSortable === true && onSortChange !== undefined;
  const className = column.align === 'end' ? 'cell-end' : undefined;
  if (!canSort) {
    return (
      <th scope="col" className={className}>
        {column.header}
      </th>
    );
  }
  return (
    <th scope="col" className={className} aria-sort={direction ?? 'none'}>
      <button
        type="button"
        className="table-sort"
        onClick={() => {
          onSortChange({ columnId: column.id, direction: direction === 'ascending' ? 'descending' : 'ascending' });
        }}
      >
        {column.header}
        <span aria-hidden="true" className="table-sort-icon">
          {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
        </span>
      </button>
    </th>
  );
}
