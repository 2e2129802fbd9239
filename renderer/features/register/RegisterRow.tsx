import { memo } from 'react';
import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { RegisterNumber } from '../custody';
import { detaineeHref } from '../detainee';
import { REGISTER_ROW_PX } from './columnLabels';
import type { RegisterColumnId } from './columns';
import { RegisterCell } from './RegisterCell';

type RegisterRowProps = {
  record: CustodyRecord;
  /** Position in the list shown (0-based). */
  index: number;
  /** Offset from the top of the list, px. */
  start: number;
  columns: readonly RegisterColumnId[];
  nowMs: number;
  /** The one row whose link Tab reaches; the arrow keys move it. */
  isTabbable: boolean;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, index: number) => void;
};

/**
 * One entry. The register number is the row's header and its link to the person's page;
 * the link covers the whole row (see register.css), so a click anywhere opens the entry
 * and keyboard users reach it as one link. Memoised: a row re-renders only when its
 * record, place or the minute changes, not on every scroll.
 */
export const RegisterRow = memo(function RegisterRow({ record, index, start, columns, nowMs, isTabbable, onKeyDown }: RegisterRowProps) {
  return (
    <div role="row" aria-rowindex={index + 2} data-index={index} className={record.isVoided ? 'register-row register-row-voided' : 'register-row'} style={{ blockSize: REGISTER_ROW_PX, transform: `translateY(${String(start)}px)` }}>
      <div role="rowheader" className="register-cell register-cell-number">
        <Link
          to={detaineeHref(record.id)}
          className="register-row-link"
          tabIndex={isTabbable ? 0 : -1}
          onKeyDown={(event) => {
            onKeyDown(event, index);
          }}
        >
          <RegisterNumber value={record.registerNumber} />
        </Link>
      </div>
      {columns
        .filter((column) => column !== 'registerNumber')
        .map((column) => (
          <RegisterCell key={column} column={column} record={record} nowMs={nowMs} />
        ))}
    </div>
  );
});
