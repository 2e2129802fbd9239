/**
 * Runs Electronegativity over the main-process sources and the renderer's index.html,
 * prints what it finds, and exits 1 unless every finding is accepted, with a reason, in
 * .electronegativity-config.json.
 *
 * It calls the package's programmatic entry (dist/runner.js, the package "main") rather
 * than the CLI: with `-o x.csv` the 1.10.3 CLI writes the header and the rows in two
 * racing writeFile calls, so rows come out truncated, and in `-o` mode it also drops
 * parse errors silently, which would let an unparseable file pass unscanned.
 *
 * Offline it waits about ten seconds for the Electron release feed and prints
 * "No connectivity?"; that is expected.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const CONFIG_PATH = join(root, '.electronegativity-config.json');
const IGNORE_KEYS = new Set(['check', 'file', 'description', 'reason']);
const MIN_REASON_LENGTH = 40;
const MIN_ATOMIC_CHECKS = 30;

async function loadIgnores() {
  const config = JSON.parse(await readFile(CONFIG_PATH, 'utf8'));
  if (!Array.isArray(config.ignore)) throw new Error('.electronegativity-config.json: "ignore" must be an array');
  for (const [index, entry] of config.ignore.entries()) {
    const unknown = Object.keys(entry).filter((key) => !IGNORE_KEYS.has(key));
    if (unknown.length > 0) throw new Error(`ignore[${index}]: unknown keys ${unknown.join(', ')}`);
    if (typeof entry.check !== 'string' || entry.check === '') throw new Error(`ignore[${index}]: "check" is required`);
    if (typeof entry.reason !== 'string' || entry.reason.trim().length < MIN_REASON_LENGTH) {
      throw new Error(`ignore[${index}] (${entry.check}): a written reason of at least ${MIN_REASON_LENGTH} characters is required`);
    }
  }
  return config.ignore;
}

/** Copies what should be scanned into a scratch directory, so nothing else in the repo is read. */
async function prepareScanDirectory() {
  const scanDir = await mkdtemp(join(tmpdir(), 'habeas-electronegativity-'));
  await cp(join(root, 'electron'), join(scanDir, 'electron'), { recursive: true });
  const indexHtml = join(root, 'renderer', 'index.html');
  if (existsSync(indexHtml)) await cp(indexHtml, join(scanDir, 'renderer', 'index.html'));
  else console.warn('renderer/index.html not found: the CSP check will report that no CSP was detected.');
  return scanDir;
}

function toFinding(issue) {
  return {
    check: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file.split('\\').join('/'),
    location: `${issue.location.line}:${issue.location.column}`,
    description: issue.description,
    manualReview: issue.manualReview === true,
  };
}

function matches(entry, finding) {
  return (
    entry.check === finding.check &&
    (entry.file === undefined || entry.file === finding.file) &&
    (entry.description === undefined || entry.description === finding.description)
  );
}

function printFinding(prefix, finding) {
  const review = finding.manualReview ? ' (review)' : '';
  console.log(`${prefix} ${finding.check} ${finding.severity}/${finding.confidence}${review} ${finding.file}:${finding.location}`);
  console.log(`    ${finding.description}`);
}

async function scan(scanDir) {
  const electronVersion = JSON.parse(await readFile(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
  const run = require('@doyensec/electronegativity');
  return run({ input: scanDir, isRelative: true, electronVersionOverride: electronVersion }, false);
}

function report(result, ignores, scanDir) {
  const findings = result.issues.map(toFinding);
  const used = new Set();
  const remaining = [];
  for (const finding of findings) {
    const entry = ignores.find((candidate) => matches(candidate, finding));
    if (entry === undefined) remaining.push(finding);
    else {
      used.add(entry);
      printFinding('accepted', finding);
      console.log(`    reason: ${entry.reason}`);
    }
  }
  for (const entry of ignores.filter((candidate) => !used.has(candidate))) {
    console.warn(`unused ignore entry for ${entry.check}: remove it if the finding is gone for good`);
  }
  for (const finding of remaining) printFinding('FINDING', finding);
  const parseErrors = result.errors.filter((error) => !error.tolerable);
  for (const error of result.errors) {
    const file = relative(scanDir, error.file).split('\\').join('/');
    console.log(`${error.tolerable ? 'tolerable parse warning' : 'PARSE ERROR'} ${file}: ${error.message}`);
  }
  return { remaining, parseErrors };
}

async function main() {
  const ignores = await loadIgnores();
  const scanDir = await prepareScanDirectory();
  try {
    const result = await scan(scanDir);
    if (result.atomicChecks < MIN_ATOMIC_CHECKS) {
      throw new Error(`only ${result.atomicChecks} atomic checks loaded; Electronegativity is not working`);
    }
    console.log(`Electronegativity: ${result.atomicChecks} atomic and ${result.globalChecks} global checks run`);
    const { remaining, parseErrors } = report(result, ignores, scanDir);
    const failed = remaining.length > 0 || parseErrors.length > 0;
    console.log(failed ? `${remaining.length} finding(s), ${parseErrors.length} parse error(s)` : 'No unaccepted findings.');
    return failed ? 1 : 0;
  } finally {
    await rm(scanDir, { recursive: true, force: true });
  }
}

// The tool leaves network sockets open after its offline retries, so exit explicitly.
main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
