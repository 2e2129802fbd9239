import type { TableColumn } from './tableTypes';

type TableRowProps<Row> = {
  row: Row;
  columns: readonly TableColumn<Row>[];
};

export function TableRow<Row>({ row, columns }: TableRowProps<Row>) {
  return (
    <tr>
      {columns.map((column) => {
        const className = column.align === 'end' ? 'cell-end' : undefined;
        return column.isRowHeader ? (
          <th key={column.id} scope="row" className={className}>
            {column.cell(row)}
          </th>
        ) : (
          <td key={column.id} className={className}>
            {column.cell(row)}
          </td>
        );
      })}
    </tr>
  );
}
