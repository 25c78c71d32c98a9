/**
 * "Hakeem Jeffries of New York", "a Democrat of Washington", "Senator Murray of Washington":
 * a politician "of" a place that is both a state and a city (or a capital, or a government)
 * is that state's. The state is the only sense a member or a governor is "of". So is "a
 * Republican from New York" (a party's or an office's word before "from"; a person "from"
 * a place may be from the city), "the state of São Paulo", "the attorney general of New
 * York", and a state's office after its name: "New York Gov. Kathy Hochul", "New York's
 * attorney general", "the Lagos governor" (a mayor is the city's, and is not among them),
 * and a US party's members after the name: "a New York Republican", "Georgia Democrats".
 */
import { onlyNamed, type AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { gapIsSpace, isPossessiveAt } from './name-context';
import { narrow, ofType, regionNamed, type PairedCandidate } from './place-pairs';

/** Words before "of" that make the place a constituency: a party member or an office. */
const MEMBER_WORDS = new Set([
  'democrat', 'democrats', 'republican', 'republicans', 'independent', 'senator', 'senators', 'sen',
  'representative', 'representatives', 'rep', 'congressman', 'congresswoman', 'governor', 'gov', 'lawmaker', 'lawmakers',
  'state', 'governorship', 'legislature',
]);

/** A state's offices, written after its name ("New York Gov.", "New York's attorney general"). */
const STATE_OFFICE_WORDS = new Set(['governor', 'governors', 'gov', 'governorship', 'legislature', 'statehouse', 'lieutenant', 'lt']);

/** A US party's members after a state's name ("a New York Republican", "Georgia Democrats"): the state's party. */
const PARTY_AFTER_WORDS = new Set(['republican', 'republicans', 'democrat', 'democrats', 'democratic', 'gop']);

/** The region a state named like its capital is known by in the dataset ("São Paulo state", "State of Puebla"). */
function stateNamed(index: AliasIndex, words: readonly string[]): number | undefined {
  return onlyNamed(index, [...words, 'state'], 'region') ?? onlyNamed(index, ['state', 'of', ...words], 'region');
}

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
    const isSpaceAfter = (left: number) => left >= 0 && left + 1 < tokens.count && gapIsSpace(page, c.block, left);
    // "<member> of <place>", "<member> from <place>", spaces only between the three words.
    const isMemberOf = () => {
      if (c.first < 2 || !isSpaceAfter(c.first - 2) || !isSpaceAfter(c.first - 1)) return false;
      const preposition = tokens.word(c.first - 1);
      if (preposition !== 'of' && preposition !== 'from') return false;
      const before = tokens.word(c.first - 2);
      if (preposition === 'of' && before === 'general') return c.first >= 3 && tokens.word(c.first - 3) === 'attorney' && isSpaceAfter(c.first - 3);
      return MEMBER_WORDS.has(before) || (preposition === 'of' && endsPerson(c.block, c.first - 2));
    };
    // "<place> Gov.", "<place>'s governor", "<place> attorney general".
    const isOfficeAfter = () => {
      const next = isPossessiveAt(tokens, c.last) ? c.last + 2 : c.last + 1;
      if (next >= tokens.count || (next === c.last + 1 && !isSpaceAfter(c.last))) return false;
      const word = tokens.word(next);
      // (Not where the name is also a government's: "Washington Republicans" may be the party in Congress.)
      if (next === c.last + 1 && PARTY_AFTER_WORDS.has(word)) return !j.entities.some((e) => ofType(index, e, 'organization'));
      return STATE_OFFICE_WORDS.has(word) || (word === 'attorney' && next + 1 < tokens.count && tokens.word(next + 1) === 'general');
    };
    if (!isMemberOf() && !isOfficeAfter()) continue;
    const cities = j.entities.filter((e) => ofType(index, e, 'city'));
    const words = tokens.words(c.first, c.last);
    const region =
      j.entities.find((e) => ofType(index, e, 'region')) ??
      (cities.length > 0 ? regionNamed(index, cities, words.join(' ')) ?? stateNamed(index, words) : undefined);
    if (region === undefined || (j.entities.length === 1 && j.entities[0] === region)) continue;
    narrow(j, region);
    settled.add(j);
  }
  return settled;
}
