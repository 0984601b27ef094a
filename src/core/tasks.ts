/**
 * The next task: `scheduler.yield()` where the browser has it (the page's input runs first, and our
 * work resumes ahead of other queued tasks), else a timeout. Work split at these points never
 * makes one long task of the page.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}
