/**
 * Blocking for person matching (matching.ts): a record goes in the block of every two of
 * its name-part skeletons, and only records sharing a block, held in different registers,
 * with births that may agree, are ever scored. The index is filled one record at a time,
 * each record meeting the records before it, so the work advances record by record and
 * can report its progress.
 */

/** Widest gap between birth years still compared: covers identity.ts's slack for an estimated age (2 years). */
const BIRTH_WINDOW_YEARS = 2;

/** What blocking reads of a record. */
export type BlockEntry = {
  readonly ledger: string;
  /** Skeleton tokens, the blocking keys. */
  readonly skeletons: readonly string[];
  readonly birthYear?: number;
};

/** The key of every two tokens, each two in sorted order; none for a single token. */
export function blockKeysOf(tokens: readonly string[]): string[] {
  const keys: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (let j = i + 1; j < tokens.length; j++) {
      const [x, y] = (tokens[i] ?? '') < (tokens[j] ?? '') ? [tokens[i], tokens[j]] : [tokens[j], tokens[i]];
      keys.push(`${x ?? ''} ${y ?? ''}`);
    }
  }
  return keys;
}

/** Blocks of records sharing two name-part skeletons, by position; a record with one name part is in none. */
export function blocksOf(entries: readonly Pick<BlockEntry, 'skeletons'>[]): Map<string, number[]> {
  const blocks = new Map<string, number[]>();
  entries.forEach((entry, position) => {
    for (const key of blockKeysOf(entry.skeletons)) {
      const block = blocks.get(key);
      if (block === undefined) blocks.set(key, [position]);
      else block.push(position);
    }
  });
  return blocks;
}

/** A block's records of one register: all of them, births unknown, and births known by whole year. */
type LedgerSlot = { readonly all: number[]; readonly unknown: number[]; readonly byYear: Map<number, { position: number; year: number }[]> };
type Block = Map<string, LedgerSlot>;

/** NOTE: mutates `slot`. */
function addToSlot(slot: LedgerSlot, position: number, year: number | undefined): void {
  slot.all.push(position);
  if (year === undefined) {
    slot.unknown.push(position);
    return;
  }
  const bucket = slot.byYear.get(Math.floor(year));
  if (bucket === undefined) slot.byYear.set(Math.floor(year), [{ position, year }]);
  else bucket.push({ position, year });
}

/**
 * The records of a slot whose births may agree with `year`: all of them when it is unknown;
 * else those with an unknown birth and those born at most BIRTH_WINDOW_YEARS apart (a wider
 * gap contradicts, and such a pair is never proposed).
 */
function visitSlot(slot: LedgerSlot, year: number | undefined, visit: (position: number) => void): void {
  if (year === undefined) {
    for (const position of slot.all) visit(position);
    return;
  }
  for (const position of slot.unknown) visit(position);
  const whole = Math.floor(year);
  for (let bucket = whole - BIRTH_WINDOW_YEARS; bucket <= whole + BIRTH_WINDOW_YEARS; bucket++) {
    for (const other of slot.byYear.get(bucket) ?? []) if (Math.abs(other.year - year) <= BIRTH_WINDOW_YEARS) visit(other.position);
  }
}

/** An index of blocks filled record by record. */
export type BlockIndex = {
  /**
   * Adds the record at `position` (positions increase) and returns the positions of the
   * records already added that it may match: sharing a block, of another register, births
   * that may agree; each once.
   */
  readonly add: (entry: BlockEntry, position: number) => ReadonlySet<number>;
};

export function createBlockIndex(): BlockIndex {
  const blocks = new Map<string, Block>();
  return {
    add(entry, position) {
      const partners = new Set<number>();
      for (const key of blockKeysOf(entry.skeletons)) {
        let block = blocks.get(key);
        if (block === undefined) {
          block = new Map();
          blocks.set(key, block);
        }
        for (const [ledger, slot] of block) if (ledger !== entry.ledger) visitSlot(slot, entry.birthYear, (other) => partners.add(other));
        let own = block.get(entry.ledger);
        if (own === undefined) {
          own = { all: [], unknown: [], byYear: new Map() };
          block.set(entry.ledger, own);
        }
        addToSlot(own, position, entry.birthYear);
      }
      return partners;
    },
  };
}
