// @vitest-environment happy-dom
import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Table } from '../../../../renderer/ui/Table';
import type { TableColumn } from '../../../../renderer/ui/tableTypes';

type Row = { number: string; name: string; days: number };

const COLUMNS: TableColumn<Row>[] = [
  { id: 'number', header: 'Register no.', cell: (row) => row.number, isRowHeader: true, isSortable: true },
  { id: 'name', header: 'Name', cell: (row) => row.name },
  { id: 'days', header: 'Days held', cell: (row) => row.days, align: 'end', isSortable: true },
];
const ROWS: Row[] = [
  { number: 'A-1', name: 'Amina Haddad', days: 3 },
  { number: 'A-2', name: 'Youssef Karim', days: 12 },
];

describe('Table', () => {
  it('is a captioned table with column headers and a row header per row', () => {
    render(<Table caption="Detainees held today" columns={COLUMNS} rows={ROWS} rowKey={(row) => row.number} emptyMessage="Nobody" />);
    const table = screen.getByRole('table', { name: 'Detainees held today' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual(['Register no.', 'Name', 'Days held']);
    expect(within(table).getAllByRole('rowheader').map((cell) => cell.textContent)).toEqual(['A-1', 'A-2']);
  });

  it('sorts through header buttons and announces the order with aria-sort', () => {
    const onSortChange = vi.fn();
    render(
      <Table
        caption="Detainees"
        columns={COLUMNS}
        rows={ROWS}
        rowKey={(row) => row.number}
        emptyMessage="Nobody"
        sort={{ columnId: 'days', direction: 'ascending' }}
        onSortChange={onSortChange}
      />,
    );
    const [numberHeader, nameHeader, daysHeader] = screen.getAllByRole('columnheader');
    expect([numberHeader, nameHeader, daysHeader].map((cell) => cell?.getAttribute('aria-sort'))).toEqual(['none', null, 'ascending']);
    fireEvent.click(screen.getByRole('button', { name: 'Days held' }));
    expect(onSortChange).toHaveBeenCalledWith({ columnId: 'days', direction: 'descending' });
    fireEvent.click(screen.getByRole('button', { name: 'Register no.' }));
    expect(onSortChange).toHaveBeenLastCalledWith({ columnId: 'number', direction: 'ascending' });
  });

  it('says so when there are no rows', () => {
    render(<Table caption="Detainees" columns={COLUMNS} rows={[]} rowKey={(row) => row.number} emptyMessage="Nobody is held here." />);
    expect(screen.getByRole('cell', { name: 'Nobody is held here.' }).getAttribute('colspan')).toBe('3');
  });
});
