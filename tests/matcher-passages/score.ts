/**
 * Turns a passage's expectations into mentions with offsets, and scores the
 * matcher's output against them (used by the unit test and by the benchmark).
 */
import type { Mention } from '../../src/matcher/types';
import type { Passage } from './passages';

/** The expected mentions of a passage, with offsets found from the quoted text. */
export function expectedMentions(passage: Passage): Mention[] {
  return passage.expect
    .map(([id, text, block = 0, nth = 0]) => {
      const source = passage.blocks[block];
      if (source === undefined) throw new Error(`${passage.name}: no block ${block}`);
      let start = -1;
      for (let k = 0; k <= nth; k++) {
        start = source.indexOf(text, start + 1);
        if (start === -1) throw new Error(`${passage.name}: "${text}" #${nth} not in block ${block}`);
      }
      // A shorter text found inside an earlier, longer word is not what the author meant.
      return { block, start, end: start + text.length, id, text };
    })
    .sort((a, b) => a.block - b.block || a.start - b.start);
}

const key = (m: Mention) => `${m.block}:${m.start}:${m.end}:${m.id}`;

export interface Score {
  truePositives: number;
  falsePositives: Mention[];
  missed: Mention[];
}

/** Compares found mentions with expected ones by block, span and entity. */
export function scoreMentions(found: readonly Mention[], expected: readonly Mention[]): Score {
  const wanted = new Set(expected.map(key));
  const got = new Set(found.map(key));
  return {
    truePositives: found.filter((m) => wanted.has(key(m))).length,
    falsePositives: found.filter((m) => !wanted.has(key(m))),
    missed: expected.filter((m) => !got.has(key(m))),
  };
}
