/**
 * Data formats are forever (style.md B.5): a shipped schema version never changes and a
 * table or index is never dropped. Adding a version is fine, once the snapshot is updated:
 *
 *   UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/unit/renderer/db
 *
 * which rewrites test/fixtures/schema-snapshot.json (and still refuses removals or changes).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { HABEAS_DB_VERSIONS, openHabeasDb } from '../../../../renderer/db/habeasDb';
import { declaredSchemaSnapshot, liveSchemaSnapshot } from '../../../../renderer/db/schemaSnapshot';
import type { SchemaSnapshot, VersionSnapshot } from '../../../../renderer/db/schemaSnapshot';

const SNAPSHOT_PATH = resolve(import.meta.dirname, '../../../fixtures/schema-snapshot.json');
const REGENERATE = 'UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run test/unit/renderer/db';
const declared = declaredSchemaSnapshot(HABEAS_DB_VERSIONS);

/** What `next` removed or changed from `previous`; additions are not listed. */
function breakingChanges(previous: VersionSnapshot, next: VersionSnapshot): string[] {
  return Object.entries(previous.tables).flatMap(([name, table]) => {
    const after = next.tables[name];
    if (after === undefined) return [`table ${name} removed`];
    const removed = table.indexes.filter((index) => !after.indexes.includes(index)).map((index) => `index ${name}.${index} removed`);
    return after.primaryKey === table.primaryKey ? removed : [`primary key of ${name} changed`, ...removed];
  });
}

function readSnapshot(): SchemaSnapshot {
  return existsSync(SNAPSHOT_PATH) ? (JSON.parse(readFileSync(SNAPSHOT_PATH, 'utf8')) as SchemaSnapshot) : { versions: [] };
}

describe('database schema', () => {
  it('opens with exactly the schema its versions declare', async () => {
    const { db, isAvailable } = await openHabeasDb(`schema-${crypto.randomUUID()}`);
    onTestFinished(() => db.delete());
    expect(isAvailable).toBe(true);
    expect(liveSchemaSnapshot(db)).toEqual(declared.versions.at(-1));
  });

  it('only ever adds tables and indexes from one version to the next', () => {
    const problems = declared.versions.slice(1).flatMap((next, i) => breakingChanges(declared.versions[i]!, next).map((p) => `v${String(next.version)}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('leaves every shipped version exactly as it was', () => {
    const shipped = readSnapshot();
    const problems = shipped.versions.flatMap((version) => {
      const now = declared.versions.find((candidate) => candidate.version === version.version);
      if (now === undefined) return [`version ${String(version.version)} was removed`];
      return JSON.stringify(now) === JSON.stringify(version) ? [] : [`version ${String(version.version)} changed: add a new version instead`];
    });
    expect(problems).toEqual([]);
  });

  it('has every declared version in the snapshot', () => {
    const shipped = readSnapshot();
    const unrecorded = declared.versions.filter((version) => !shipped.versions.some((s) => s.version === version.version));
    if (unrecorded.length > 0 && process.env.UPDATE_SCHEMA_SNAPSHOT === '1') {
      writeFileSync(SNAPSHOT_PATH, `${JSON.stringify(declared, null, 2)}\n`);
      return;
    }
    expect(unrecorded.map((version) => version.version), `New schema versions are not in the snapshot; run: ${REGENERATE}`).toEqual([]);
  });
});
