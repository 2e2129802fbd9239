import { useState } from 'react';
import { generatePassphrase, MIN_PASSPHRASE_WORDS } from '@shared/exchange/diceware';
import type { ExportScope } from '@shared/exchange/plan';
import type { ExportRequest } from './commands';

/** Who the person chose to open the bundle. */
export type AddresseeKind = 'contacts' | 'passphrase';

export type ExportFormErrors = { recipients?: 'required'; noted?: 'required' };

function newPassphrase(): string {
  return generatePassphrase(MIN_PASSPHRASE_WORDS, (array) => {
    crypto.getRandomValues(array);
  });
}

/**
 * The export choices: addressees (contacts, or a generated passphrase), scope and whether
 * received histories go too. `onChange` runs after every change, so a prepared preview that
 * no longer matches the choices is dropped.
 */
export function useExportForm(onChange: () => void) {
  const [kind, setKindState] = useState<AddresseeKind>('contacts');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [passphrase, setPassphrase] = useState(newPassphrase);
  const [isNoted, setNotedState] = useState(false);
  const [scope, setScopeState] = useState<ExportScope>('new');
  const [includeReceived, setIncludeState] = useState(false);
  const [errors, setErrors] = useState<ExportFormErrors>({});
  const changed = <T,>(set: (value: T) => void) => (value: T): void => {
    set(value);
    setErrors({});
    onChange();
  };
  const toggle = (ledger: string, isChosen: boolean): void => {
    const next = new Set(chosen);
    if (isChosen) next.add(ledger);
    else next.delete(ledger);
    changed(setChosen)(next);
  };
  const regenerate = (): void => {
    setPassphrase(newPassphrase());
    changed(setNotedState)(false);
  };
  /** The request, or null with the errors shown. */
  const request = (): ExportRequest | null => {
    const found: ExportFormErrors = {};
    if (kind === 'contacts' && chosen.size === 0) found.recipients = 'required';
    if (kind === 'passphrase' && !isNoted) found.noted = 'required';
    setErrors(found);
    if (found.recipients !== undefined || found.noted !== undefined) return null;
    const to = kind === 'contacts' ? { kind, ledgers: [...chosen].sort() } : { kind, passphrase };
    return { to, scope: kind === 'passphrase' ? 'everything' : scope, includeReceived };
  };
  return {
    kind, setKind: changed(setKindState), chosen, toggle, passphrase, regenerate, isNoted, setNoted: changed(setNotedState),
    scope, setScope: changed(setScopeState), includeReceived, setIncludeReceived: changed(setIncludeState), errors, request,
  };
}
