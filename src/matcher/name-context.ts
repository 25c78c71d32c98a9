/**
 * Two context rules for contested names, kept apart from resolve.ts:
 * - a place word after a locative preposition is the place, not what it stands for
 *   ("talks in Washington" is the city), and one that says or agrees something is who
 *   governs it ("Washington and Beijing agreed": the US government);
 * - a contested one-word name written next to another capitalized word is part of a
 *   longer name that is not in the dataset ("Victoria Atkins", "Georges Claude",
 *   "Northern Italy"), so it names nothing on its own.
 */
import type { EntityType } from '../shared/dataset';
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import type { Candidate } from './scan';
import { STOPWORDS, TITLES } from './words';

const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'into', 'across', 'around', 'via', 'through', 'inside']);
/** Words after a name that make it a company's, not part of a person's ("Chevron Corp"). */
const COMPANY_WORDS = new Set(['corp', 'corporation', 'inc', 'ltd', 'co', 'plc', 'llc', 'group', 'ag', 'sa', 'company']);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['country', 'territory', 'region', 'city', 'place', 'building']);

function gapIsSpace(page: PageContext, b: number, left: number): boolean {
  const tokens = page.blocks[b]!;
  return /^\s+$/u.test(tokens.text.slice(tokens.ends[left]!, tokens.starts[left + 1]!));
}

/** Whether the word right before the candidate puts it in a place ("in", "to", "from"…). */
export function isLocative(page: PageContext, c: Candidate): boolean {
  return c.first > 0 && gapIsSpace(page, c.block, c.first - 1) && LOCATIVE.has(page.blocks[c.block]!.word(c.first - 1));
}

/** After a locative, only the places among the entities (all of them if none is a place). */
export function placesFirst(index: AliasIndex, entities: number[]): number[] {
  const places = entities.filter((e) => PLACE_TYPES.has(index.entities[e]!.type));
  return places.length > 0 ? places : entities;
}

/** Verbs a government does and a city does not: the capital's name stands for the government. */
const ACTOR_VERBS = new Set([
  'said', 'says', 'agreed', 'agree', 'agrees', 'accused', 'accuses', 'warned', 'warns', 'urged', 'urges', 'denied', 'denies',
  'rejected', 'rejects', 'announced', 'announces', 'demanded', 'demands', 'insisted', 'signed', 'imposed', 'imposes',
  'threatened', 'threatens', 'wants', 'responded', 'retaliated', 'condemned', 'condemns', 'sanctioned', 'vowed',
]);
const ACTOR_WINDOW_TOKENS = 4;

/** Whether a verb of speech or policy follows the candidate closely ("Washington and Beijing agreed"). */
export function isActor(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  for (let t = c.last + 1; t < Math.min(tokens.count, c.last + 1 + ACTOR_WINDOW_TOKENS); t++) if (ACTOR_VERBS.has(tokens.word(t))) return true;
  return false;
}

/** Before such a verb, the organizations among the entities (all of them if none is one). */
export function actorsFirst(index: AliasIndex, entities: number[]): number[] {
  const actors = entities.filter((e) => index.entities[e]!.type === 'organization');
  return actors.length > 0 ? actors : entities;
}

/** Whether a one-word candidate touches another capitalized word (titles like "Governor" aside). */
export function isInLongerName(page: PageContext, c: Candidate): boolean {
  if (c.first !== c.last) return false;
  const tokens = page.blocks[c.block]!;
  const isCapital = (t: number) => /^\p{Lu}/u.test(tokens.text.slice(tokens.starts[t]!, tokens.starts[t]! + 1));
  const isNameWord = (t: number) => isCapital(t) && !TITLES.has(tokens.word(t)) && !STOPWORDS.has(tokens.word(t));
  const next = c.last + 1 < tokens.count && gapIsSpace(page, c.block, c.last) && isNameWord(c.last + 1) && !COMPANY_WORDS.has(tokens.word(c.last + 1));
  const previous = c.first > 0 && gapIsSpace(page, c.block, c.first - 1) && isNameWord(c.first - 1) && !page.isSentenceStart(c.block, c.first - 1);
  return next || previous;
}
