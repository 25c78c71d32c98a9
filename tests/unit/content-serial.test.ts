import { describe, expect, it } from 'vitest';
import { latestOnly } from '../../src/content/serial';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('latestOnly', () => {
  it('never runs two steps at once, and skips the values superseded while one ran', async () => {
    const log: string[] = [];
    let running = 0;
    const apply = latestOnly(async (value: string) => {
      running++;
      expect(running).toBe(1);
      log.push(`start ${value}`);
      await tick();
      log.push(`end ${value}`);
      running--;
    });
    // A reader flicking a switch: on, off, on, off while the first is still applying.
    const done = [apply('on'), apply('off'), apply('on'), apply('off')];
    await Promise.all(done);
    expect(log).toEqual(['start on', 'end on', 'start off', 'end off']);
  });

  it('keeps going after a step that throws', async () => {
    const seen: number[] = [];
    const apply = latestOnly(async (value: number) => {
      seen.push(value);
      if (value === 1) throw new Error('boom');
    });
    await apply(1);
    await apply(2);
    expect(seen).toEqual([1, 2]);
  });
});
