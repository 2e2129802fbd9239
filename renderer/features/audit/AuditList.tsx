import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditLogState } from '../../ledger';
import type { AuditView } from './auditFilter';
import { rowAt } from './auditFilter';
import { AuditRow } from './AuditRow';

const ESTIMATED_ROW_PX = 96;
const OVERSCAN_ROWS = 6;
// Before the list is measured (and in tests without layout), render as if it were this big.
const INITIAL_RECT = { width: 960, height: 640 };

type AuditListProps = { state: AuditLogState; view: AuditView; onSubject: (subject: string) => void };

/**
 * The rows, virtualised: only those in view exist in the page, so a million events scroll
 * like ten. Each row says its position in the whole list for screen readers.
 */
export function AuditList({ state, view, onSubject }: AuditListProps) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual re-renders this component on every scroll by design; nothing here is memoized by the compiler
  const virtualizer = useVirtualizer({
    count: view.count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    overscan: OVERSCAN_ROWS,
    initialRect: INITIAL_RECT,
  });
  if (view.count === 0) return <p className="audit-empty">{t('audit.empty')}</p>;
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must take focus so keyboard users can scroll it (WCAG 2.1.1, axe scrollable-region-focusable)
    <div ref={scrollRef} className="audit-scroll" role="region" aria-label={t('audit.listLabel')} tabIndex={0}>
      <ol className="audit-list" style={{ blockSize: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rowAt(state, view, item.index);
          if (row === undefined) return null;
          return (
            <AuditRow
              key={`${row.ledger}:${String(row.entry[0])}`}
              ledger={row.ledger}
              entry={row.entry}
              index={item.index}
              count={view.count}
              style={{ transform: `translateY(${String(item.start)}px)` }}
              rowRef={virtualizer.measureElement}
              onSubject={onSubject}
            />
          );
        })}
      </ol>
    </div>
  );
}
