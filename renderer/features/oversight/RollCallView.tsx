import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollCallProblem, SeenPerson } from '@shared/oversight/rollCall';
import { parseRollCallCsv, parseTypedList } from '@shared/oversight/rollCall';
import type { RollCallResult } from '@shared/oversight/rollCallMatch';
import { reconcileRollCall } from '@shared/oversight/rollCallMatch';
import type { Result } from '@shared/util/result';
import { useCustodyRecords } from '../../custody';
import { platform } from '../../platform';
import { useUiStore } from '../../stores/uiStore';
import { RollCallForm } from './RollCallForm';
import { RollCallResults } from './RollCallResults';
import { useOversightFacilities } from './queries';

/** Largest roll-call file read. */
const CSV_MAX_BYTES = 2_000_000;

type Outcome = { readonly source: 'typed' | 'file'; readonly problems: readonly RollCallProblem[]; readonly result?: RollCallResult; readonly ledger: string };

/**
 * The people seen on a visit against a facility's register. The list stays on this screen
 * only (it is not stored): leaving the screen or locking forgets it.
 */
export function RollCallView() {
  const { t } = useTranslation();
  const facilities = useOversightFacilities();
  const records = useCustodyRecords();
  const [ledger, setLedger] = useState('');
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const showToast = useUiStore((state) => state.showToast);
  const chosen = facilities.find((facility) => facility.ledger === ledger) ?? facilities[0];
  const compare = (parsed: Result<SeenPerson[], RollCallProblem[]>, source: Outcome['source']) => {
    if (chosen === undefined) return;
    const base = { source, ledger: chosen.ledger };
    setOutcome(parsed.ok ? { ...base, problems: [], result: reconcileRollCall(parsed.value, records, chosen.ledger) } : { ...base, problems: parsed.error });
  };
  const openFile = async () => {
    const opened = await platform.openFiles([{ name: t('oversight.rollCall.fileType'), extensions: ['csv', 'txt'] }], { maxBytes: CSV_MAX_BYTES });
    if (!opened.ok) {
      if (opened.error.code === 'too-large') compare({ ok: false, error: [{ code: 'too-large', line: 1 }] }, 'file');
      else showToast('error', 'oversight.rollCall.fileUnreadable');
      return;
    }
    const file = opened.value.status === 'opened' ? opened.value.files[0] : undefined;
    if (file === undefined) return;
    compare(parseRollCallCsv(new TextDecoder('utf-8').decode(file.bytes)), 'file');
  };
  if (chosen === undefined) return <p>{t('oversight.overview.empty')}</p>;
  return (
    <div className="oversight-view">
      <RollCallForm
        facilities={facilities}
        ledger={chosen.ledger}
        onLedgerChange={(value) => { setLedger(value); setOutcome(null); }}
        text={text}
        onTextChange={setText}
        problems={outcome?.source === 'typed' ? outcome.problems : []}
        fileProblems={outcome?.source === 'file' ? outcome.problems : []}
        onCompare={() => { compare(parseTypedList(text), 'typed'); }}
        onOpenFile={() => { void openFile(); }}
      />
      {outcome?.result === undefined ? null : <RollCallResults result={outcome.result} facility={chosen.name} />}
    </div>
  );
}
