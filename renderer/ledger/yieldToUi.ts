/**
 * Lets the browser paint and handle input between two slices of long work (verifying or
 * replaying a million events). `scheduler.yield()` resumes ahead of other tasks where
 * Chromium has it; a zero timeout is the fallback (and what Node tests get).
 */
type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToUi(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield !== undefined) return scheduler.yield();
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}
