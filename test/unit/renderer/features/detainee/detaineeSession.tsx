/**
 * A real unlocked register for the detainee page tests: a vault on fake-indexeddb with a
 * person admitted (through the custody test builders, times relative to now), users of
 * several roles, and the page rendered inside the providers it needs.
 */
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { CustodyEventType, CustodyPayloads } from '@shared/custody/eventTypes';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { systemClock } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { onTestFinished } from 'vitest';
import { FacilityTimeZone } from '../../../../../renderer/app/FacilityTimeZone';
import { openHabeasDb } from '../../../../../renderer/db/habeasDb';
import { DetaineeScreen } from '../../../../../renderer/features/detainee/DetaineeScreen';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import { deviceTimeZone } from '../../../../../renderer/i18n/format';
import { FormatContext } from '../../../../../renderer/i18n/formatContext';
import type { Language } from '../../../../../renderer/i18n/languages';
import { userAddedDraft } from '../../../../../renderer/vault/eventDrafts';
import { closeVault } from '../../../../../renderer/vault/openVault';
import type { Session } from '../../../../../renderer/vault/session';
import { authorOf } from '../../../../../renderer/vault/session';
import { SessionContext } from '../../../../../renderer/vault/sessionContext';
import { aFacilityProfile } from '../../../../builders/ledger';
import type { AdmissionPayload } from '@shared/custody/events/admission';
import { anAdmissionPayload, RECORD_ID } from '../../../../builders/custody';
import { anUnlockedSession } from '../../../../support/vaultSession';

export const ZONE = 'Africa/Khartoum';
const HOUR_MS = 3_600_000;

/** An instant `hoursAgo` before now, as the ledger stores instants. */
export function hoursAgo(hours: number): string {
  return new Date(Date.now() - hours * HOUR_MS).toISOString();
}

/** A register with one person admitted `admittedHoursAgo` ago, and a way to sign in as other users. */
export type DetaineeRegister = {
  /** Signed in as a registrar. */
  readonly registrar: Session;
  /** The same register, signed in as a new user of this role. */
  as: (role: UserRole, name: string) => Promise<Session>;
  /** Appends a later event about the person directly (what another screen or device wrote). */
  write: <T extends CustodyEventType>(session: Session, type: T, payload: CustodyPayloads[T], occurredAt: string) => Promise<LedgerEvent>;
  /** How many events the ledger holds. */
  count: () => number;
};

/** `identity` overrides members of the default identity (an unknown sex, to leave a gap). */
export async function aDetaineeRegister(admittedHoursAgo = 30, identity: Partial<AdmissionPayload['identity']> = {}): Promise<DetaineeRegister> {
  const { db } = await openHabeasDb(`detainee-${crypto.randomUUID()}`);
  const registrar = await anUnlockedSession(db, { role: 'registrar', name: 'Rania Saleh', facility: aFacilityProfile({ timeZone: ZONE }) });
  onTestFinished(async () => {
    closeVault(registrar);
    await db.delete();
  });
  const admittedAt = hoursAgo(admittedHoursAgo);
  const arrestedAt = hoursAgo(admittedHoursAgo + 2);
  const payload = anAdmissionPayload({
    identity,
    arrest: { at: { value: arrestedAt }, reasonsToldAt: { value: arrestedAt } },
    admission: { ...anAdmissionPayload().admission, at: admittedAt, rightsInformation: { value: { at: admittedAt, language: 'Arabic', format: 'oral' } } },
    legalBasis: { orderDate: { value: admittedAt.slice(0, 10) } },
  });
  await registrar.ledger.append({ type: 'custody.admitted', subject: RECORD_ID, occurredAt: admittedAt, payload: payload }, authorOf(registrar.user));
  return {
    registrar,
    as: async (role, name) => {
      const user = { id: newId(), name, role };
      await registrar.ledger.append(userAddedDraft({ userId: user.id, name, role }, systemClock), authorOf(registrar.user));
      return { ...registrar, user };
    },
    write: (session, type, later, occurredAt) =>
      session.ledger.append({ type, subject: RECORD_ID, occurredAt, payload: later }, authorOf(session.user)),
    count: () => Object.values(registrar.ledger.current().cursor).reduce((total, head) => total + head.seq, 0),
  };
}

/** Renders the person's page as `session`'s user sees it. */
export function renderDetainee(session: Session, language: Language = 'en'): RenderResult {
  const router = createMemoryRouter([{ path: '/register/:recordId', element: <DetaineeScreen /> }], { initialEntries: [`/register/${RECORD_ID}`] });
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <FormatContext value={{ language, numbering: 'auto', timeZone: deviceTimeZone() }}>
        <SessionContext value={session}>
          <FacilityTimeZone>
            <RouterProvider router={router} />
          </FacilityTimeZone>
        </SessionContext>
      </FormatContext>
    </I18nextProvider>,
  );
}
