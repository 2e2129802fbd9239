/**
 * The register table as the register screen shows it (register order, narrowed by the
 * query), with the providers it needs, for the Chromium benchmarks: scroll/scrollProbe.tsx
 * and unlock/unlockProbe.tsx render it the same way.
 */
import { StrictMode, useState } from 'react';
import type { Root } from 'react-dom/client';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { REGISTER_COLUMNS } from '../../../renderer/features/register/columns';
import { RegisterTable } from '../../../renderer/features/register/RegisterTable';
import { searchRecords, selectRows } from '../../../renderer/features/register/registerSearch';
import { sortOrder } from '../../../renderer/features/register/sortOrders';
import { createI18n } from '../../../renderer/i18n/createI18n';
import '../../../renderer/ui/styles.css';
import '../../../renderer/features/custody/custody.css';
import '../../../renderer/features/register/register.css';

export const frame = (): Promise<number> => new Promise<number>((resolve) => requestAnimationFrame(resolve));

/** After the next frame has been painted: a task queued from its animation frame runs after the paint. */
export async function painted(): Promise<void> {
  await frame();
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      resolve();
    };
    channel.port2.postMessage(undefined);
  });
}

let setQueryFromBench: (query: string) => void = () => undefined;

/** Types `query` into the rendered probe, as the search box would. */
export function setProbeQuery(query: string): void {
  setQueryFromBench(query);
}

function Probe({ records, nowMs }: { records: readonly CustodyRecord[]; nowMs: number }) {
  const [query, setQuery] = useState('');
  setQueryFromBench = setQuery;
  const order = sortOrder(records, 'registerNumber', { nowMs, categoryRank: () => 0, safeguardRank: () => 0 });
  const rows = selectRows(order, true, null, searchRecords(records, query));
  return (
    <main className="app-main">
      <p className="register-count">{String(rows.count)}</p>
      <RegisterTable records={records} rows={rows} columns={REGISTER_COLUMNS} />
    </main>
  );
}

/** Renders the register's first page of `records` into `container` and resolves once its first rows are painted. */
export async function renderRegister(container: HTMLElement, records: readonly CustodyRecord[], nowMs: number): Promise<Root> {
  const root = createRoot(container);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={createI18n('en')}>
        <MemoryRouter>
          <Probe records={records} nowMs={nowMs} />
        </MemoryRouter>
      </I18nextProvider>
    </StrictMode>,
  );
  while (container.querySelector('.register-row-link') === null) await frame();
  await painted();
  return root;
}
