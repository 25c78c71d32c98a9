import { describe, expect, it } from 'vitest';
import { insideLongerTest } from '../../src/matcher/resolve';
import type { Candidate } from '../../src/matcher/scan';

/** The definition, as resolve.ts wrote it before (quadratic in candidates). */
function naive(candidates: readonly Candidate[], c: Candidate): boolean {
  return candidates.some((o) => o.block === c.block && o.first <= c.first && o.last >= c.last && o.last - o.first > c.last - c.first);
}

/** A small deterministic generator (mulberry32), so a failure is reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function candidate(block: number, first: number, last: number): Candidate {
  return { block, first, last, start: first * 5, end: last * 5 + 4, aliases: [] };
}

describe('insideLongerTest', () => {
  it('answers as the quadratic definition on hand-made cases', () => {
    const blocks = [{ count: 10 }, { count: 6 }];
    const list = [
      candidate(0, 2, 4), // "Great Hall of"…
      candidate(0, 2, 2), // inside the one above (same start, shorter)
      candidate(0, 3, 4), // inside (same end, later start)
      candidate(0, 3, 3),
      candidate(0, 7, 7), // alone
      candidate(0, 7, 7), // the same span twice: not longer than itself
      candidate(1, 2, 2), // another block: never inside block 0's
      candidate(1, 0, 5),
    ];
    const test = insideLongerTest(list, blocks);
    expect(list.map((c) => test(c))).toEqual([false, true, true, true, false, false, true, false]);
    expect(list.map((c) => naive(list, c))).toEqual(list.map((c) => test(c)));
  });

  it('agrees with the quadratic definition on random candidates', () => {
    const next = random(10);
    for (let round = 0; round < 200; round++) {
      const blocks = Array.from({ length: 1 + Math.floor(next() * 4) }, () => ({ count: 1 + Math.floor(next() * 30) }));
      const list: Candidate[] = [];
      for (let k = 0; k < Math.floor(next() * 40); k++) {
        const block = Math.floor(next() * blocks.length);
        const first = Math.floor(next() * blocks[block]!.count);
        const last = Math.min(blocks[block]!.count - 1, first + Math.floor(next() * next() * 6));
        list.push(candidate(block, first, last));
      }
      const test = insideLongerTest(list, blocks);
      for (const c of list) expect(test(c)).toBe(naive(list, c));
    }
  });
});
