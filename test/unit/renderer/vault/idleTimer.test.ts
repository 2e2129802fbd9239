// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../../../renderer/vault/idleTimer';

const MINUTE = 60_000;

describe('the idle watch', () => {
  let monotonic = 0;
  let wall = Date.parse('2026-11-26T10:00:00Z');
  const clock = { monotonic: () => monotonic, wall: () => wall };
  const pass = (ms: number, wallMs = ms): void => {
    monotonic += ms;
    wall += wallMs;
    vi.advanceTimersByTime(ms);
  };

  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('locks once after the delay without input, and reports idleness first', () => {
    const onLock = vi.fn();
    const onIdle = vi.fn();
    const stop = watchIdle({ target: window, clock, lockAfterMs: 10 * MINUTE, onLock, idleAfterMs: MINUTE, onIdle });
    pass(2 * MINUTE);
    expect(onIdle).toHaveBeenCalledOnce();
    expect(onLock).not.toHaveBeenCalled();
    pass(9 * MINUTE);
    pass(5 * MINUTE);
    expect(onLock).toHaveBeenCalledOnce();
    stop();
  });

  it('starts counting again at each pointer or key event', () => {
    const onLock = vi.fn();
    const stop = watchIdle({ target: window, clock, lockAfterMs: 10 * MINUTE, onLock });
    for (let i = 0; i < 5; i++) {
      pass(8 * MINUTE);
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    }
    expect(onLock).not.toHaveBeenCalled();
    stop();
  });

  it('locks when the page comes back after being hidden too long, even if timers were held back', () => {
    const onLock = vi.fn();
    const stop = watchIdle({ target: window, clock, lockAfterMs: 10 * MINUTE, onLock });
    monotonic += 30 * MINUTE;
    wall += 30 * MINUTE;
    document.dispatchEvent(new Event('visibilitychange'));
    expect(onLock).toHaveBeenCalledOnce();
    stop();
  });

  it('counts time the machine slept (the wall clock moved, the monotonic one did not)', () => {
    const onLock = vi.fn();
    const stop = watchIdle({ target: window, clock, lockAfterMs: 10 * MINUTE, onLock });
    pass(10_000, 60 * MINUTE);
    expect(onLock).toHaveBeenCalledOnce();
    stop();
  });

  it('stops watching when asked', () => {
    const onLock = vi.fn();
    watchIdle({ target: window, clock, lockAfterMs: MINUTE, onLock })();
    pass(5 * MINUTE);
    expect(onLock).not.toHaveBeenCalled();
  });
});
