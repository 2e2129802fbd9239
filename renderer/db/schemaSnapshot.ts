/**
 * A plain-JSON description of the database schema, compared with
 * test/fixtures/schema-snapshot.json so that no shipped table or index is ever dropped or
 * changed by accident.
 */
import type { Dexie } from 'dexie';
import type { DbVersion } from './habeasDb';

export type TableSnapshot = { primaryKey: string; indexes: string[] };
export type VersionSnapshot = { version: number; tables: Record<string, TableSnapshot> };
export type SchemaSnapshot = { versions: VersionSnapshot[] };

function parseStoreSpec(spec: string): TableSnapshot {
  const [primaryKey = '', ...indexes] = spec.split(',').map((part) => part.trim());
  return { primaryKey, indexes: indexes.filter((index) => index !== '').sort() };
}

function sortedTables(tables: Record<string, TableSnapshot>): Record<string, TableSnapshot> {
  return Object.fromEntries(Object.entries(tables).sort(([a], [b]) => a.localeCompare(b)));
}

/** The full schema after each declared version (Dexie versions only list what they change). */
export function declaredSchemaSnapshot(versions: readonly DbVersion[]): SchemaSnapshot {
  let tables: Record<string, TableSnapshot> = {};
  const snapshots = [...versions]
    .sort((a, b) => a.version - b.version)
    .map(({ version, stores }) => {
      const next = { ...tables };
      for (const [name, spec] of Object.entries(stores)) {
        if (spec === null) Reflect.deleteProperty(next, name);
        else next[name] = parseStoreSpec(spec);
      }
      tables = next;
      return { version, tables: sortedTables(next) };
    });
  return { versions: snapshots };
}

/** The schema an opened database actually has, as Dexie reports it. */
export function liveSchemaSnapshot(db: Dexie): VersionSnapshot {
  const tables = Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      { primaryKey: table.schema.primKey.src, indexes: table.schema.indexes.map((index) => index.src).sort() },
    ]),
  );
  return { version: db.verno, tables: sortedTables(tables) };
}
