/**
 * The population screen's reads: the statistics of one register over a period, computed
 * in one pass over the custody records and kept until the register, the period or the
 * minute changes. Each record's movements are cached per record object (records are
 * immutable: an event about a person replaces their record), so a new period or a new
 * minute costs a walk over small cached lists, not over a million events.
 */
import type { PopulationStats } from '@shared/custody/population';
import { populationStats } from '@shared/custody/population';
import { useMemo } from 'react';
import { cachedMovements, recordsOf, useCustodyState, useNow } from '../../custody';
import { facilityProjection, useProjection } from '../../ledger';
import type { FacilityState } from '../../ledger';
import { useSession } from '../../vault/useSession';
import type { PeriodChoice } from './period';
import { lastDays, periodDays } from './period';
import { usePopulationStore } from './populationStore';

/** A register whose statistics can be shown: this installation's, or one imported. */
export type RegisterChoice = { readonly ledger: string; readonly name: string; readonly capacity: number; readonly timeZone: string; readonly isOwn: boolean };

function registersOf(state: FacilityState, ownLedger: string): RegisterChoice[] {
  return [...state.byLedger.values()]
    .map(({ ledger, profile }) => ({ ledger, name: profile.name, capacity: profile.officialCapacity, timeZone: profile.timeZone, isOwn: ledger === ownLedger }))
    .sort((a, b) => Number(b.isOwn) - Number(a.isOwn) || a.name.localeCompare(b.name));
}

/** Every register held, this installation's first. */
export function useRegisterChoices(): readonly RegisterChoice[] {
  const session = useSession();
  const facilities = useProjection(facilityProjection, (state) => state);
  return useMemo(() => registersOf(facilities, session.ledgerId), [facilities, session.ledgerId]);
}

/** The register shown: the one chosen, else this installation's own. */
export function useChosenRegister(): RegisterChoice | undefined {
  const registers = useRegisterChoices();
  const chosen = usePopulationStore((state) => state.ledger);
  return registers.find((register) => register.ledger === chosen) ?? registers.find((register) => register.isOwn);
}

/** The period shown: the last valid one typed, else the last 30 days. */
export function useShownPeriod(nowMs: number, timeZone: string): PeriodChoice {
  const applied = usePopulationStore((state) => state.applied);
  return useMemo(() => applied ?? lastDays(30, nowMs, timeZone), [applied, nowMs, timeZone]);
}

export type PopulationView = { readonly stats: PopulationStats; readonly period: PeriodChoice; readonly nowMs: number };

/** The statistics of a register over the shown period, as of the current minute. */
export function usePopulation(register: RegisterChoice): PopulationView {
  const state = useCustodyState();
  const nowMs = useNow().getTime();
  const period = useShownPeriod(nowMs, register.timeZone);
  const days = useMemo(() => periodDays(period, register.timeZone), [period, register.timeZone]);
  const stats = useMemo(
    () => populationStats({ records: recordsOf(state), ledger: register.ledger, nowMs, period: days, capacity: register.capacity, movementsOf: cachedMovements }),
    [state, register.ledger, register.capacity, nowMs, days],
  );
  return { stats, period, nowMs };
}
