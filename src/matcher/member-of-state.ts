/**
 * "Hakeem Jeffries of New York", "a Democrat of Washington", "Senator Murray of Washington":
 * a politician "of" a place that is both a state and a city (or a capital, or a government)
 * is that state's. The state is the only sense a member or a governor is "of". So is "a
 * Republican from New York" (a party's or an office's word before "from"; a person "from"
 * a place may be from the city).
 */
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { narrow, ofType, regionNamed, type PairedCandidate } from './place-pairs';

/** Words before "of" that make the place a constituency: a party member or an office. */
const MEMBER_WORDS = new Set([
  'democrat', 'democrats', 'republican', 'republicans', 'independent', 'senator', 'senators', 'sen',
  'representative', 'representatives', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'lawmaker', 'lawmakers',
]);

/**
 * Narrows to the state each candidate that follows "<member> of" and has a state among its
 * senses (or names the state of a city it may mean: "New York"). Returns those it settled.
 */
export function ruleOnMembersOfStates<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  let personEnds: Set<string> | undefined;
  const endsPerson = (block: number, token: number) =>
    (personEnds ??= new Set(
      judged.filter((j) => j.entities.length > 0 && j.entities.every((e) => ofType(index, e, 'person'))).map((j) => `${j.candidate.block}:${j.candidate.last}`),
    )).has(`${block}:${token}`);
  for (const j of judged) {
    const c = j.candidate;
    const tokens = page.blocks[c.block]!;
    // "<member> of <place>", "<member> from <place>", spaces only between the three words.
    const isSpaceAfter = (left: number) => /^\s+$/u.test(tokens.text.slice(tokens.ends[left]!, tokens.starts[left + 1]!));
    if (c.first < 2 || !isSpaceAfter(c.first - 2) || !isSpaceAfter(c.first - 1)) continue;
    const preposition = tokens.word(c.first - 1);
    if (preposition !== 'of' && preposition !== 'from') continue;
    const before = tokens.word(c.first - 2);
    if (!MEMBER_WORDS.has(before) && (preposition === 'from' || !endsPerson(c.block, c.first - 2))) continue;
    const cities = j.entities.filter((e) => ofType(index, e, 'city'));
    const region =
      j.entities.find((e) => ofType(index, e, 'region')) ??
      (cities.length > 0 ? regionNamed(index, cities, tokens.words(c.first, c.last).join(' ')) : undefined);
    if (region === undefined || (j.entities.length === 1 && j.entities[0] === region)) continue;
    narrow(j, region);
    settled.add(j);
  }
  return settled;
}
