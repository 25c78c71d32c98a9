/**
 * Runs an async step for the latest value only, one run at a time. Settings can
 * change several times while a page is still being highlighted (a reader
 * flicking a switch): two sessions must never work on one DOM, and the
 * states in between need not be shown at all.
 */
export function latestOnly<T>(run: (value: T) => Promise<void>): (value: T) => Promise<void> {
  let wanted: { value: T } | undefined;
  let running: Promise<void> | undefined;
  return (value: T) => {
    wanted = { value };
    running ??= (async () => {
      try {
        while (wanted) {
          const next = wanted;
          wanted = undefined;
          try {
            await run(next.value);
          } catch (error) {
            console.warn('Backstory:', error);
          }
        }
      } finally {
        running = undefined;
      }
    })();
    return running;
  };
}
