/**
 * checkBundle with an EventsVerifier of its own: the events' verdicts it returns are all
 * the rest of the checks go by, however many warnings they carry.
 */
import { describe, expect, it } from 'vitest';
import { checkBundle } from '@shared/bundle/check';
import type { EventsVerifier } from '@shared/bundle/runVerdicts';
import { verifyEventsSerially } from '@shared/bundle/runVerdicts';
import { ok } from '@shared/util/result';
import { aChainOf } from '../../../builders/ledger';
import { anInstallation, bundleFrom, optionsFor } from './bundleKit';

const facility = await anInstallation('facility-a', 'Facility A');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const events = aChainOf(4, { ledger: facility.ledger });

describe('checkBundle', () => {
  it('reports every clock warning of a run, even more than a call takes arguments', async () => {
    const many = 300_000;
    const flooded: EventsVerifier = async (file, context) => {
      const verdicts = await verifyEventsSerially(file, context);
      if (!verdicts.ok) return verdicts;
      const [run] = verdicts.value;
      const at = { ledger: facility.ledger.ledger, seq: 2, index: 1 };
      const warning = { kind: 'future-timestamp' as const, at, recordedAt: '2099-01-01T00:00:00.000Z', checkedAt: '2027-01-01T00:00:00.000Z' };
      return ok(run === undefined ? [] : [{ ...run, verified: { ...run.verified, warnings: Array.from({ length: many }, () => warning) } }]);
    };
    const { bytes } = await bundleFrom(facility, events, { recipients: [adviser.recipient] });
    const { identity, trustedSenders, registry, clock } = optionsFor(adviser, [facility]);
    const checked = await checkBundle(bytes, { identity, trustedSenders, registry, clock, verifyEvents: flooded });
    expect(checked.ok && checked.value.warnings.length).toBe(many);
  });
});
