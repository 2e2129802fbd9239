/**
 * `make-demo --network`: two facilities made one at a time, each with its own identity,
 * agree on the people transferred between them; one transfer never arrives. Mistakes in
 * the network options are usage errors.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_NOW, keygen, runCli, scratchDir } from './cliHarness';

const scratch = scratchDir('network');
const cwd = scratch.dir;
const NORTH = 'North Prison';
const SOUTH = 'South Remand Centre';
const NETWORK = ['--network', NORTH, '--network', SOUTH];

type Event = { type: string; subject: string; occurredAt: string; payload: Record<string, unknown> };

function makeMember(identity: string, out: string, ...extra: string[]) {
  return runCli(cwd, 'make-demo', '--detainees', '20', '--out', out, '--identity', identity, '--to', 'adviser/card.habeas-card', '--now', CLI_NOW.toISOString(), ...NETWORK, ...extra);
}

async function eventsOf(bundle: string, sender: string, dir: string): Promise<Event[]> {
  const run = await runCli(cwd, 'decrypt', bundle, '--identity', 'adviser', '--trust', `${sender}/card.habeas-card`, '--out', dir);
  if (run.code !== 0) throw new Error(run.stderr);
  return readFileSync(join(cwd, dir, 'events.ndjson'), 'utf8').trimEnd().split('\n').map((line) => JSON.parse(line) as Event);
}

const names = (payload: Record<string, unknown>) => JSON.stringify((payload as { identity: Record<string, unknown> }).identity);

beforeAll(async () => {
  await keygen(cwd, 'north', NORTH);
  await keygen(cwd, 'south', SOUTH);
  await keygen(cwd, 'adviser', 'Adviser Office');
});
afterAll(scratch.remove);

describe('make-demo --network', () => {
  it('makes two members whose transfers out arrive at the other, except the lost one', async () => {
    const north = await makeMember('north', 'north.habeas', '--lost-transfers', '1');
    const south = await makeMember('south', 'south.habeas', '--lost-transfers', '1');
    expect(north.code, north.stderr).toBe(0);
    expect(south.code, south.stderr).toBe(0);
    expect(north.stdout).toContain('Transfers:  2 out to the network (1 never arrive), 2 in from it');
    expect(south.stdout).toContain('Transfers:  2 out to the network (0 never arrive), 1 in from it');
    const northEvents = await eventsOf('north.habeas', 'north', 'north-plain');
    const southEvents = await eventsOf('south.habeas', 'south', 'south-plain');
    const admissions = new Map(southEvents.filter((event) => event.type === 'custody.admitted').map((event) => [event.subject, event]));
    const arrivals = southEvents.filter((event) => event.type === 'custody.transferred_in' && event.payload.fromPlace === NORTH);
    const departures = northEvents.filter((event) => event.type === 'custody.transferred_out' && event.payload.destination === SOUTH);
    expect(departures).toHaveLength(2);
    expect(arrivals).toHaveLength(1);
    const northAdmissions = new Map(northEvents.filter((event) => event.type === 'custody.admitted').map((event) => [event.subject, event]));
    const arrivedNames = arrivals.map((event) => names(admissions.get(event.subject)?.payload ?? {}));
    const departedNames = departures.map((event) => names(northAdmissions.get(event.subject)?.payload ?? {}));
    expect(departedNames.filter((name) => arrivedNames.includes(name))).toHaveLength(1);
  });

  it('refuses network options that cannot make agreeing members', async () => {
    const cases: readonly (readonly [readonly string[], string])[] = [
      [['make-demo', '--detainees', '20', '--out', 'x.habeas', '--identity', 'north', '--to', 'adviser/card.habeas-card', ...NETWORK], '--network needs --now'],
      [['make-demo', '--detainees', '20', '--out', 'x.habeas', '--identity', 'north', '--to', 'adviser/card.habeas-card', '--now', CLI_NOW.toISOString(), '--network', NORTH], '--network must name 2 to 20 facilities'],
      [['make-demo', '--detainees', '20', '--out', 'x.habeas', '--identity', 'north', '--to', 'adviser/card.habeas-card', '--now', CLI_NOW.toISOString(), '--network', SOUTH, '--network', 'East'], "--network must include this identity's facility"],
      [['make-demo', '--detainees', '20', '--out', 'x.habeas', '--identity', 'north', '--to', 'adviser/card.habeas-card', '--now', CLI_NOW.toISOString(), ...NETWORK, '--network', NORTH], '--network names a facility twice'],
      [['make-demo', '--detainees', '20', '--out', 'x.habeas', '--identity', 'north', '--to', 'adviser/card.habeas-card', '--now', CLI_NOW.toISOString(), ...NETWORK, '--lost-transfers', '5'], '--lost-transfers must be a whole number from 0 to 4'],
      [['make-demo', '--detainees', '20', '--out', 'x.habeas', '--identity', 'north', '--to', 'adviser/card.habeas-card', '--lost-transfers', '1'], '--lost-transfers needs --network'],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(cwd, ...argv);
      expect(run.code, message).toBe(2);
      expect(run.stderr).toContain(message);
    }
    expect(existsSync(join(cwd, 'x.habeas'))).toBe(false);
  });
});
