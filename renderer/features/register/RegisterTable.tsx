import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useNow } from '../../custody';
import { useCustodyLabels } from '../custody';
import type { RegisterColumnId } from './columns';
import { COLUMN_TRACKS, REGISTER_ROW_PX } from './columnLabels';
import type { RegisterRows } from './registerSearch';
import { RegisterHeaderRow } from './RegisterHeaderRow';
import { RegisterRow } from './RegisterRow';
import { RowTextContext } from './rowText';
import { useListFormat } from './useListFormat';
import { useRowKeyboard } from './useRowKeyboard';

const OVERSCAN_ROWS = 6;
// Before the list is measured (and in tests without layout), render as if it were this big.
const INITIAL_RECT = { width: 1200, height: 640 };
const rowSize = () => REGISTER_ROW_PX;

type RegisterTableProps = { records: readonly CustodyRecord[]; rows: RegisterRows; columns: readonly RegisterColumnId[] };

/** The grid columns of the chosen columns, and the width below which the table scrolls sideways. */
function useColumnLayout(columns: readonly RegisterColumnId[]): CSSProperties {
  return useMemo(() => {
    const template = columns.map((column) => COLUMN_TRACKS[column].track).join(' ');
    const minRem = columns.reduce((sum, column) => sum + COLUMN_TRACKS[column].minRem, 0);
    return { '--register-columns': template, minInlineSize: `${String(minRem)}rem` } as CSSProperties;
  }, [columns]);
}

/** The words and formats of every row, looked up once here (see rowText.ts). */
function useRowTextValue() {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const list = useListFormat();
  return useMemo(() => ({ t, labels, list }), [t, labels, list]);
}

/** The virtualiser over the rows shown: every option stable, so a scroll never re-measures the list. */
function useRowVirtualizer(records: readonly CustodyRecord[], rows: RegisterRows, columns: readonly RegisterColumnId[]) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [bodyOffset, setBodyOffset] = useState(0);
  // The header sits above the rows in the same scrolling box; the virtualiser counts from the rows.
  useLayoutEffect(() => {
    setBodyOffset(bodyRef.current?.offsetTop ?? 0);
  }, [columns]);
  const getItemKey = useCallback((index: number) => records[rows.positions[index] ?? -1]?.id ?? index, [records, rows]);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual re-renders this component on every scroll by design; rows are memoised instead
  const virtualizer = useVirtualizer({
    count: rows.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: rowSize,
    overscan: OVERSCAN_ROWS,
    initialRect: INITIAL_RECT,
    scrollMargin: bodyOffset,
    getItemKey,
  });
  return { scrollRef, bodyRef, bodyOffset, virtualizer };
}

/**
 * The register entries as a table whose rows exist only while in view: 100,000 entries
 * scroll like 30. Rows have one fixed height and stable keys (the record id).
 */
export function RegisterTable({ records, rows, columns }: RegisterTableProps) {
  const { t } = useTranslation();
  const rowText = useRowTextValue();
  const layout = useColumnLayout(columns);
  const nowMs = useNow().getTime();
  const { scrollRef, bodyRef, bodyOffset, virtualizer } = useRowVirtualizer(records, rows, columns);
  const scrollToIndex = useCallback((index: number) => { virtualizer.scrollToIndex(index, { align: 'auto' }); }, [virtualizer]);
  const keyboard = useRowKeyboard(scrollRef, rows.count, scrollToIndex);
  const items = virtualizer.getVirtualItems();
  const tabbable = keyboard.tabbableIndex(items.map((item) => item.index));
  return (
    <RowTextContext value={rowText}>
      <div ref={scrollRef} className="register-scroll">
        <div role="table" className="register-table" aria-label={t('register.table.label')} aria-rowcount={rows.count + 1} style={layout}>
          <div role="rowgroup" className="register-head">
            <RegisterHeaderRow columns={columns} />
          </div>
          <div ref={bodyRef} role="rowgroup" className="register-body" style={{ blockSize: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const record = records[rows.positions[item.index] ?? -1];
              return record === undefined ? null : (
                <RegisterRow key={record.id} record={record} index={item.index} start={item.start - bodyOffset} columns={columns} nowMs={nowMs} isTabbable={item.index === tabbable} onKeyDown={keyboard.onRowKeyDown} />
              );
            })}
          </div>
        </div>
      </div>
    </RowTextContext>
  );
}
