/**
 * The bytes of a snapshot: a manifest (format, cursor, projection versions) and the
 * projections' serialized parts as lines `[name, part]`, packed into chunks of about
 * `chunkBytes` at line boundaries and deflated. A snapshot of other projection versions,
 * or one that does not open, is simply not used: the states are rebuilt from the ledger.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { LedgerConfig } from '../config';
import type { StoredSnapshot } from '../snapshotRows';
import { yieldToUi } from '../yieldToUi';
import { projectionVersions } from './projectionSet';
import type { AnyProjection, LedgerCursor, ProjectionStates } from './types';
import { stateOf } from './projectionSet';

export const SNAPSHOT_FORMAT = 'habeas-snapshot/1';

export type SnapshotManifest = { format: typeof SNAPSHOT_FORMAT; cursor: LedgerCursor; versions: Record<string, number> };
export type EncodedSnapshot = { manifest: Uint8Array; chunks: Uint8Array[] };
export type DecodedSnapshot = { states: ProjectionStates; cursor: LedgerCursor };

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function* linesOf(projections: readonly AnyProjection[], states: ProjectionStates): Generator<string> {
  for (const projection of projections) {
    const state = stateOf(states, projection);
    const parts = projection.serialize ? projection.serialize(state) : [state];
    for (const part of parts) yield `${JSON.stringify([projection.name, part])}\n`;
  }
}

/** Serializes, packs and deflates; yields to the UI between chunks. */
export async function encodeSnapshot(
  projections: readonly AnyProjection[],
  states: ProjectionStates,
  cursor: LedgerCursor,
  config: Pick<LedgerConfig, 'snapshotChunkBytes' | 'deflateLevel'>,
): Promise<EncodedSnapshot> {
  const manifest: SnapshotManifest = { format: SNAPSHOT_FORMAT, cursor, versions: projectionVersions(projections) };
  const chunks: Uint8Array[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = async (): Promise<void> => {
    chunks.push(deflateSync(encoder.encode(pending.join('')), { level: config.deflateLevel }));
    pending = [];
    pendingChars = 0;
    await yieldToUi();
  };
  for (const line of linesOf(projections, states)) {
    pending.push(line);
    pendingChars += line.length;
    if (pendingChars >= config.snapshotChunkBytes) await flush();
  }
  if (pending.length > 0) await flush();
  return { manifest: encoder.encode(JSON.stringify(manifest)), chunks };
}

function usableManifest(bytes: Uint8Array, projections: readonly AnyProjection[]): SnapshotManifest | undefined {
  const manifest = JSON.parse(decoder.decode(bytes)) as Partial<SnapshotManifest>;
  if (manifest.format !== SNAPSHOT_FORMAT || manifest.cursor === undefined || manifest.versions === undefined) return undefined;
  const wanted = projectionVersions(projections);
  const sameVersions =
    Object.keys(wanted).length === Object.keys(manifest.versions).length &&
    Object.entries(wanted).every(([name, version]) => manifest.versions?.[name] === version);
  return sameVersions ? (manifest as SnapshotManifest) : undefined;
}

/**
 * The states and cursor of a stored snapshot, or undefined if it is of other projection
 * versions. Throws if it does not open or parse; the caller then rebuilds.
 */
export async function decodeSnapshot(
  projections: readonly AnyProjection[],
  stored: StoredSnapshot,
): Promise<DecodedSnapshot | undefined> {
  const manifest = usableManifest(stored.manifest, projections);
  if (manifest === undefined) return undefined;
  const parts = new Map<string, unknown[]>(projections.map((projection) => [projection.name, []]));
  for await (const chunk of stored.chunks()) {
    const text = decoder.decode(inflateSync(chunk));
    for (const line of text.split('\n')) {
      if (line === '') continue;
      const [name, part] = JSON.parse(line) as [string, unknown];
      parts.get(name)?.push(part);
    }
  }
  const states = Object.fromEntries(
    projections.map((projection) => {
      const own = parts.get(projection.name) ?? [];
      return [projection.name, projection.deserialize ? projection.deserialize(own) : own[0]];
    }),
  );
  return { states, cursor: manifest.cursor };
}
