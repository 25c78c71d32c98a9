/**
 * "the Zaporizhzhia, Donetsk and Luhansk regions", "Los Angeles and Orange counties": a list of
 * places before a plural division word names divisions, not the cities they are named after.
 * Each place becomes the region the dataset knows by its name and that word ("Donetsk
 * region", "Orange County"); a place with no such region keeps its senses. The singular
 * needs no rule: "the Donetsk region" is the region's own alias.
 */
import { onlyNamed, type AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { gapIsSpace, isCommaGap } from './name-context';
import { longestAt, narrow, type PairedCandidate } from './place-pairs';

/** Plural division words and the singular a region's alias is written with. */
const DIVISIONS = new Map([
  ['regions', 'region'],
  ['oblasts', 'oblast'],
  ['provinces', 'province'],
  ['counties', 'county'],
  ['prefectures', 'prefecture'],
  ['governorates', 'governorate'],
]);

/** Longest lists walked back from the division word. */
const MAX_MEMBERS = 8;

/**
 * Narrows each place of a list that ends before a plural division word to the region named
 * by the place and the singular word. Returns the candidates it settled.
 */
export function ruleOnDivisionLists<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  // Most pages have no division word after a name: look for one before building anything.
  const isBeforeDivision = (j: J) => {
    const c = j.candidate;
    const tokens = page.blocks[c.block]!;
    const head = c.last + 1;
    if (head >= tokens.count) return false;
    const length = tokens.ends[head]! - tokens.starts[head]!;
    return length >= 7 && length <= 12 && DIVISIONS.has(tokens.word(head)) && gapIsSpace(page, c.block, c.last);
  };
  const heads = judged.filter(isBeforeDivision);
  if (heads.length === 0) return settled;
  // The longest candidate ending at each token (a list member is the whole name before the gap).
  const byEnd = longestAt(judged, 'last');
  for (const last of new Set(heads.map((j) => byEnd.get(`${j.candidate.block}:${j.candidate.last}`)!))) {
    const block = last.candidate.block;
    const tokens = page.blocks[block]!;
    const singular = DIVISIONS.get(tokens.word(last.candidate.last + 1))!;
    const members: J[] = [];
    for (let member: J | undefined = last; member !== undefined && members.length < MAX_MEMBERS; ) {
      members.push(member);
      const before = member.candidate.first - 1;
      if (before < 0) break;
      let end: number;
      if ((tokens.word(before) === 'and' || tokens.word(before) === 'or') && before > 0 && gapIsSpace(page, block, before)) {
        // " and ", ", and ": the Oxford comma or none.
        if (!gapIsSpace(page, block, before - 1) && !isCommaGap(page, block, before - 1)) break;
        end = before - 1;
      } else if (members.length > 1 && isCommaGap(page, block, before)) {
        end = before;
      } else break;
      member = byEnd.get(`${block}:${end}`);
    }
    // One place alone before the word ("the Donetsk regions") is no list: its own alias serves.
    if (members.length < 2) continue;
    for (const member of members) {
      const c = member.candidate;
      const region = onlyNamed(index, [...tokens.words(c.first, c.last), singular], 'region');
      if (region === undefined) continue;
      narrow(member, region);
      settled.add(member);
    }
  }
  return settled;
}
