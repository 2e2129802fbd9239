import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { utf8Encode } from '@shared/util/bytes';
import { aChainOf } from '../../../builders/ledger';
import { ndjsonOfEvents } from '../../../../renderer/ledger/importLines';

const [first, second] = aChainOf(2, { seed: 'import-lines' });
if (first === undefined || second === undefined) throw new Error('no chain');
const lineOf = (event: typeof first): Uint8Array => utf8Encode(canonicalJson(event));

describe('ndjsonOfEvents', () => {
  it('gives the same bytes from the carried lines as from serializing the events', () => {
    const carried = ndjsonOfEvents([first, second], [lineOf(first), lineOf(second)], 0);
    expect(carried).toEqual(ndjsonOfEvents([first, second], undefined, 0));
    expect(new TextDecoder().decode(carried)).toBe(`${canonicalJson(first)}\n${canonicalJson(second)}\n`);
  });

  it('reads the lines from the offset and refuses a line that is another event’s', () => {
    expect(ndjsonOfEvents([second], [lineOf(first), lineOf(second)], 1)).toEqual(ndjsonOfEvents([second], undefined, 0));
    expect(() => ndjsonOfEvents([second], [lineOf(first)], 0)).toThrow(expect.objectContaining({ code: 'not-contiguous' }));
  });
});

describe('ndjsonOfEvents over lines read from one file', () => {
  const file = new TextEncoder().encode(`${canonicalJson(first)}\n${canonicalJson(second)}\n`);
  const firstLength = lineOf(first).length;
  const views = [file.subarray(0, firstLength), file.subarray(firstLength + 1, file.length - 1)];

  it('gives the stretch of the file itself, the same bytes as serializing', () => {
    const body = ndjsonOfEvents([first, second], views, 0);
    expect(body).toEqual(ndjsonOfEvents([first, second], undefined, 0));
    expect(body.buffer).toBe(file.buffer);
  });

  it('copies when the lines do not follow each other in the file', () => {
    const body = ndjsonOfEvents([first, second].reverse(), [...views].reverse(), 0);
    expect(body.buffer).not.toBe(file.buffer);
    expect(body).toEqual(ndjsonOfEvents([second, first], undefined, 0));
  });
});
