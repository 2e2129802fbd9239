import { describe, expect, it } from 'vitest';
import { isUuid, isUuidV7, newId } from '@shared/util/ids';

describe('ids', () => {
  it('makes distinct lowercase UUIDv7s', () => {
    const ids = Array.from({ length: 100 }, () => newId());
    expect(new Set(ids).size).toBe(100);
    for (const id of ids) expect(isUuidV7(id)).toBe(true);
  });

  it('accepts only canonical lowercase UUIDs', () => {
    expect(isUuid('0190b6a0-0000-4000-8000-000000000000')).toBe(true);
    expect(isUuidV7('0190b6a0-0000-4000-8000-000000000000')).toBe(false);
    expect(isUuid('0190B6A0-0000-7000-8000-000000000000')).toBe(false);
    expect(isUuid('not-a-uuid')).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});
