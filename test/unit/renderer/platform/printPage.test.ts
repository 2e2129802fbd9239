import { describe, expect, it, vi } from 'vitest';
import { printPage } from '../../../../renderer/platform/printPage';

describe('printing', () => {
  it('opens the print dialog of the page', async () => {
    const print = vi.fn();
    expect(await printPage(print)).toEqual({ ok: true, value: null });
    expect(print).toHaveBeenCalledOnce();
  });

  it('reports a host without printing, or a refusal, as unavailable', async () => {
    expect(await printPage(undefined)).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const refused = await printPage(() => {
      throw new Error('blocked');
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable', message: 'blocked' } });
  });
});
