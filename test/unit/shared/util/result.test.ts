import { describe, expect, it } from 'vitest';
import { err, mapResult, ok, unwrapOr } from '@shared/util/result';

describe('result', () => {
  it('maps successes and passes failures through', () => {
    expect(mapResult(ok(2), (n) => n * 3)).toEqual({ ok: true, value: 6 });
    expect(mapResult(err('no'), (n: number) => n * 3)).toEqual({ ok: false, error: 'no' });
  });

  it('unwraps with a fallback', () => {
    expect(unwrapOr(ok(1), 0)).toBe(1);
    expect(unwrapOr(err('no'), 0)).toBe(0);
  });
});
