/**
 * The command-line half of `npm run bench:exchange`: one phase per process, so each
 * phase's peak memory is its own (scripts/bench-exchange.mjs runs them and prints the
 * table). Phases read and write files in the work directory given as the second argument:
 *
 *   generate N     the synthetic facility of N detainees as events.ndjson (not timed)
 *   export         writeBundle of those events to the adviser, as `habeas make-demo` writes → bundle.habeas
 *   export-raw     the raw cost of the same steps: JSON per line, deflate, SHA-256 (age -r is timed by the script)
 *   decrypt        the age layer alone (shared/bundle decryptAge) of bundle.habeas
 *   import         every check of bundle.habeas, as `habeas verify` runs them (cli/bundleCheck.ts), in
 *                  worker threads running this file as the tool runs its own
 *   import-raw     inflate + SHA-256 + canonical parse (parseCanonicalBytes, as the Chromium half) of the events
 *                  file of plain.zip; age -d is timed by the script
 *
 * Each prints one JSON line: {"phase", "ms", "maxRssMb", …}.
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { decryptAge } from '@shared/bundle/ageLayer';
import { parseCanonicalBytes } from '@shared/crypto/canonicalJson';
import { encodeEventsFile } from '@shared/bundle/eventsFile';
import { bundleLimits, MAX_LINE_BYTES } from '@shared/bundle/limits';
import { writeBundle } from '@shared/bundle/write';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { buildDemoLedger } from '@shared/custody/synthetic/demoLedger';
import { checkBundleFile } from '../../../cli/bundleCheck';
import { CLI_EVENT_REGISTRY } from '../../../cli/eventRegistry';
import { zlibDeflate } from '../../../cli/nodeDeflate';
import { readIdentity } from '../../../cli/identityFiles';
import type { CliIo } from '../../../cli/io';
import { isRangeWorker, serveRangeWorker, workerRangeRunner } from '../../../cli/parallel/workers';

const [phase = '', work = '.', argument = ''] = process.argv.slice(2);
const io: CliIo = {
  stdout: () => undefined,
  stderr: () => undefined,
  cwd: work,
  now: () => new Date(),
  rangeRunner: workerRangeRunner(new URL(import.meta.url)),
};
const NOW = new Date('2026-11-26T10:00:00.000Z');

function report(values: Record<string, number | string>): void {
  const maxRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ phase, maxRssMb, ...values })}\n`);
}

async function timed<T>(task: () => Promise<T> | T): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await task();
  return { value, ms: performance.now() - started };
}

/** The lines of an NDJSON buffer, decoded one by one (a million events are more text than one string can hold). */
function* lines(file: Buffer): Generator<string> {
  let start = 0;
  for (let end = file.indexOf(0x0a, start); end !== -1; end = file.indexOf(0x0a, start)) {
    yield file.toString('utf8', start, end);
    start = end + 1;
  }
}

async function events(): Promise<LedgerEvent[]> {
  const file = await readFile(join(work, 'events.ndjson'));
  return Array.from(lines(file), (line) => JSON.parse(line) as LedgerEvent);
}

/** The events file of a bundle ZIP: its local header (offsets per FORMAT.md §6) then the deflated bytes. */
function deflatedEvents(zip: Buffer): Buffer {
  let offset = 0;
  for (;;) {
    const nameLength = zip.readUInt16LE(offset + 26);
    const compressed = zip.readUInt32LE(offset + 18);
    const name = zip.toString('latin1', offset + 30, offset + 30 + nameLength);
    const start = offset + 30 + nameLength + zip.readUInt16LE(offset + 28);
    if (name === 'events.ndjson') return zip.subarray(start, start + compressed);
    offset = start + compressed;
  }
}

const phases: Record<string, () => Promise<void>> = {
  generate: async () => {
    const facility = await readIdentity(io, 'facility', 'bench');
    const ledger = buildDemoLedger({ detainees: Number(argument), seed: 'bench', now: NOW, facility: facility.card.facility, signingPublicKey: facility.signing.publicKey, registry: CLI_EVENT_REGISTRY });
    await writeFile(join(work, 'events.ndjson'), encodeEventsFile(ledger.events, MAX_LINE_BYTES));
    report({ ms: 0, events: ledger.events.length });
  },
  export: async () => {
    const [all, facility, adviser] = [await events(), await readIdentity(io, 'facility', 'bench'), await readIdentity(io, 'adviser', 'bench')];
    const { value, ms } = await timed(() =>
      writeBundle({
        events: all,
        sender: { signingSecretKey: facility.signing.secretKey, signingPublicKey: facility.signing.publicKey, facility: facility.card.facility },
        to: { recipients: [adviser.ageRecipient] },
        bundleSeq: 1,
        prevBundle: '',
        createdAt: NOW.toISOString(),
        app: { name: 'habeas', version: 'bench' },
        deflate: zlibDeflate,
      }),
    );
    await writeFile(join(work, 'bundle.habeas'), value.bytes);
    report({ ms, events: all.length, bundleBytes: value.bytes.length });
  },
  'export-raw': async () => {
    const all = await events();
    const { value, ms } = await timed(() => {
      const file = Buffer.concat(all.map((event) => Buffer.from(`${JSON.stringify(event)}\n`)));
      createHash('sha256').update(file).digest();
      return deflateRawSync(file, { level: 6 });
    });
    await writeFile(join(work, 'raw-export.zip'), value);
    report({ ms });
  },
  decrypt: async () => {
    const [file, adviser] = [new Uint8Array(await readFile(join(work, 'bundle.habeas'))), await readIdentity(io, 'adviser', 'bench')];
    const { value, ms } = await timed(() => decryptAge(file, { identity: adviser.ageIdentity }, bundleLimits()));
    report({ ms, ok: String(value.ok) });
  },
  import: async () => {
    const [facility, adviser] = [await readIdentity(io, 'facility', 'bench'), await readIdentity(io, 'adviser', 'bench')];
    // What `habeas verify` runs: the file read, then every check with the tool's own options (zlib inflater).
    const { value, ms } = await timed(() => checkBundleFile(io, 'bundle.habeas', { identity: adviser }, [facility.card], { command: 'verify', threads: 'auto' }));
    report({ ms, ok: value.ok ? 'valid' : value.error.problem.code });
  },
  'import-raw': async () => {
    const zip = await readFile(join(work, 'plain.zip'));
    const { value, ms } = await timed(() => {
      const file = inflateRawSync(deflatedEvents(zip));
      createHash('sha256').update(file).digest();
      let count = 0;
      for (let start = 0, end = file.indexOf(0x0a); end !== -1; start = end + 1, end = file.indexOf(0x0a, start)) {
        parseCanonicalBytes(file.subarray(start, end));
        count += 1;
      }
      return count;
    });
    report({ ms, lines: value });
  },
};

if (!isMainThread && isRangeWorker(workerData) && parentPort !== null) {
  await serveRangeWorker(workerData, parentPort);
} else {
  const run = phases[phase];
  if (run === undefined) throw new Error(`unknown phase ${phase}`);
  await run();
}
