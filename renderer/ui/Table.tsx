import { TableHeaderCell } from './TableHeaderCell';
import { TableRow } from './TableRow';
import type { TableColumn, TableSort } from './tableTypes';

type TableProps<Row> = {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  emptyMessage: string;
  /** Sorting is controlled: the owner sorts `rows` and passes the current order here. */
  sort?: TableSort;
  onSortChange?: (sort: TableSort) => void;
};

export function Table<Row>({ caption, columns, rows, rowKey, emptyMessage, sort, onSortChange }: TableProps<Row>) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <TableHeaderCell key={column.id} column={column} sort={sort} onSortChange={onSortChange} />
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length} className="table-empty">
                {emptyMessage}
              </td>
            </tr>
          ) : (
            rows.map((row) => <TableRow key={rowKey(row)} row={row} columns={columns} />)
          )}
        </tbody>
      </table>
    </div>
  );
}
