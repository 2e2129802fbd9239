import type { ReactNode } from 'react';

export type TableColumn<Row> = {
  id: string;
  header: string;
  cell: (row: Row) => ReactNode;
  isSortable?: boolean;
  /** The column that names each row (a register number), marked up as a row header. */
  isRowHeader?: boolean;
  /** `end` for numbers, so digits line up. */
  align?: 'start' | 'end';
};

export type TableSort = { columnId: string; direction: 'ascending' | 'descending' };
