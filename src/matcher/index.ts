import type { Matcher, MatcherAlias, MatcherInput, MatchOptions, Mention } from './types';

export type { Matcher, MatcherAlias, MatcherEntity, MatcherInput, MatchOptions, Mention } from './types';
export { matcherInputFromDataset } from './from-dataset';

const WORD = /[\p{L}\p{N}\p{M}]/u;

interface Candidate {
  alias: MatcherAlias;
  folded: string;
}

/** Whether an alias must match in its exact case: acronyms and short all-caps forms. */
function isExactCase(alias: MatcherAlias): boolean {
  if (alias.case === 'exact') return true;
  if (alias.case === 'insensitive') return false;
  return alias.text.length <= 4 || alias.text === alias.text.toUpperCase();
}

/** Builds a matcher over the given aliases (first, simple version: a map keyed by first word). */
export function createMatcher(input: MatcherInput): Matcher {
  const byFirstWord = new Map<string, Candidate[]>();
  for (const alias of input.aliases) {
    if (alias.short && !alias.unambiguous) continue;
    const folded = alias.text.toLowerCase();
    const first = folded.match(/^[\p{L}\p{N}\p{M}]+/u)?.[0];
    if (!first) continue;
    const list = byFirstWord.get(first) ?? [];
    list.push({ alias, folded });
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.folded.length - a.folded.length);

  return {
    find(blocks: readonly string[], options: MatchOptions = {}): Mention[] {
      const firstOnly = options.firstMentionOnly ?? true;
      const seen = new Set<string>();
      const mentions: Mention[] = [];
      blocks.forEach((text, block) => {
        const lower = text.toLowerCase();
        const words = /[\p{L}\p{N}\p{M}]+/gu;
        let skipUntil = 0;
        for (let m = words.exec(lower); m; m = words.exec(lower)) {
          if (m.index < skipUntil) continue;
          const list = byFirstWord.get(m[0]);
          if (!list) continue;
          for (const { alias, folded } of list) {
            const end = m.index + folded.length;
            if (lower.slice(m.index, end) !== folded) continue;
            if (end < text.length && WORD.test(text[end]!)) continue;
            if (isExactCase(alias) && text.slice(m.index, end) !== alias.text) continue;
            skipUntil = end;
            if (!firstOnly || !seen.has(alias.id)) {
              seen.add(alias.id);
              mentions.push({ block, start: m.index, end, id: alias.id, text: text.slice(m.index, end) });
            }
            break;
          }
        }
      });
      return mentions;
    },
  };
}
