import { useTranslation } from 'react-i18next';
import type { RegisterColumnId } from './columns';
import { COLUMN_LABEL_KEYS, NUMERIC_COLUMNS } from './columnLabels';
import { useRegisterStore } from './registerStore';

const SORT_ICONS = { ascending: '▲', descending: '▼', none: '↕' } as const;

/** The column headers; each sorts by its column and says through aria-sort how the list is sorted. */
export function RegisterHeaderRow({ columns }: { columns: readonly RegisterColumnId[] }) {
  const { t } = useTranslation();
  const sort = useRegisterStore((state) => state.sort);
  const sortBy = useRegisterStore((state) => state.sortBy);
  return (
    <div role="row" aria-rowindex={1} className="register-row register-header-row">
      {columns.map((column) => {
        const direction = sort.column === column ? sort.direction : 'none';
        return (
          <div key={column} role="columnheader" aria-sort={direction} className={NUMERIC_COLUMNS.has(column) ? 'register-cell register-cell-end' : 'register-cell'}>
            <button
              type="button"
              className="register-sort"
              onClick={() => {
                sortBy(column);
              }}
            >
              {t(COLUMN_LABEL_KEYS[column])}
              <span aria-hidden="true" className="register-sort-icon">
                {SORT_ICONS[direction]}
              </span>
            </button>
          </div>
        );
      })}
    </div>
  );
}
