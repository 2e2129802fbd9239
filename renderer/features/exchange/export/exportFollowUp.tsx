/**
 * What other features may offer on a bundle just saved from Export (the outbox: "Send to
 * … now"). The exchange does not import them: the outbox imports the exchange, so the app
 * frame hands the offer in through this context (dependency inversion, no import cycle).
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import type { ExportEntry } from '@shared/exchange/history';

/** The saved bundle: its recorded export and the exact bytes saved. */
export type ExportFollowUpProps = { exported: ExportEntry; bytes: Uint8Array };
/** Renders the offer; a render function (not a component type) so that the component it renders stays the same one. */
export type ExportFollowUp = (props: ExportFollowUpProps) => ReactNode;

const ExportFollowUpContext = createContext<ExportFollowUp | null>(null);

/** Provided by the app frame; absent in builds or tests that offer nothing after an export. */
export const ExportFollowUpProvider = ExportFollowUpContext.Provider;

export function useExportFollowUp(): ExportFollowUp | null {
  return useContext(ExportFollowUpContext);
}
