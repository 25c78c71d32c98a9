/**
 * "the National Super Alliance (NASA)", "the Independent Electoral and Boundaries Commission,
 * known as the IEBC", "the National Super Alliance, or NASA": a page that defines an acronym
 * says what it means on that page. Where the long form is a name we know, the acronym is that
 * entity everywhere on the page; where it is a name we do not know, the acronym is not the entity
 * the dataset knows by those letters (Kenya's opposition alliance is not the space agency),
 * unless the long form is that entity's own name.
 *
 * The long form is found the way Schwartz and Hearst's abbreviation algorithm does: the
 * acronym's letters, last to first, in the words before the definition, the first letter at a
 * word's start, within a few words; a long form is a name ("the UN envoy who leads the political
 * mission known as UNITAMS" defines nothing).
 */
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import type { Candidate } from './scan';
import { foldText, isCapitalizedAt } from './tokens';
import { gapIsSpace } from './name-context';
import { narrow, type PairedCandidate } from './place-pairs';

/** What a page's definitions decide: acronyms narrowed to the long form's entity, and acronyms that name nothing we know here. */
export interface AcronymRulings<J> {
  settled: Set<J>;
  dropped: Set<J>;
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,7}$/u;

/** The token span of the long form an acronym abbreviates in `before` (the text up to the definition), or undefined. */
export function longFormStart(acronym: string, before: string): number | undefined {
  const short = acronym.toLowerCase();
  const long = before.toLowerCase();
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s]!;
    if (!/[a-z0-9]/u.test(c)) {
      s--;
      continue;
    }
    // The first letter must start a word; the others may sit anywhere in one.
    while (l >= 0 && (long[l] !== c || (s === 0 && l > 0 && /[\p{L}\p{N}]/u.test(long[l - 1]!)))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  return l + 1;
}

/** The text's part that may hold a long form: the words before the definition, at most as many as the acronym allows. */
function longFormWindow(tokens: PageContext['blocks'][number], last: number, letters: number): { from: number; text: string } | undefined {
  if (last < 0) return undefined;
  const most = Math.min(letters + 5, letters * 2);
  const first = Math.max(0, last - most + 1);
  return { from: first, text: tokens.text.slice(tokens.starts[first]!, tokens.ends[last]!) };
}

/** The tokens before an acronym's definition ("… Alliance (NASA)", "… Alliance, known as NASA", "… Alliance, or NASA"): the last token of its long form, or -1. */
function definedAfter(page: PageContext, c: Candidate): number {
  const tokens = page.blocks[c.block]!;
  const text = tokens.text;
  if (c.first === 0) return -1;
  if (text.charAt(c.start - 1) === '(' && text.charAt(c.end) === ')') {
    return /^\s*\($/u.test(text.slice(tokens.ends[c.first - 1]!, c.start)) ? c.first - 1 : -1;
  }
  // ", known as NASA", "known as the IEBC", ", or NASA".
  let k = c.first - 1;
  if (tokens.word(k) === 'the' && k > 0 && gapIsSpace(page, c.block, k)) k--;
  if (tokens.word(k) === 'or' && k > 0 && gapIsSpace(page, c.block, k)) return /^,\s+$/u.test(text.slice(tokens.ends[k - 1]!, tokens.starts[k]!)) ? k - 1 : -1;
  if (k < 2 || tokens.word(k) !== 'as' || tokens.word(k - 1) !== 'known' || !gapIsSpace(page, c.block, k - 1) || !gapIsSpace(page, c.block, k)) return -1;
  return /^,?\s+$/u.test(text.slice(tokens.ends[k - 2]!, tokens.starts[k - 1]!)) ? k - 2 : -1;
}

/** Settles every all-capital acronym the page defines, in each place it stands. */
export function ruleOnDefinedAcronyms<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): AcronymRulings<J> {
  const rulings: AcronymRulings<J> = { settled: new Set(), dropped: new Set() };
  const textOf = (c: Candidate) => page.blocks[c.block]!.text.slice(c.start, c.end);
  const acronyms = judged.filter((j) => j.candidate.first === j.candidate.last && ACRONYM.test(textOf(j.candidate)));
  if (acronyms.length === 0) return rulings;
  // The meaning each defined acronym has on this page: an entity, or none we know (-1).
  const meanings = new Map<string, number>();
  for (const j of acronyms) {
    const c = j.candidate;
    const acronym = textOf(c);
    if (meanings.has(acronym)) continue;
    const last = definedAfter(page, c);
    if (last === -1) continue;
    const tokens = page.blocks[c.block]!;
    const span = longFormWindow(tokens, last, acronym.replace(/[^A-Z0-9]/gu, '').length);
    if (span === undefined) continue;
    const offset = longFormStart(acronym, span.text);
    if (offset === undefined) continue;
    const start = tokens.starts[span.from]! + offset;
    let first = span.from;
    while (first < last && tokens.starts[first]! < start) first++;
    // A long form is a name: its words are capitalized, bar short ones ("of", "and", "in").
    let isName = true;
    for (let t = first; t <= last && isName; t++) isName = (t > first && tokens.ends[t]! - tokens.starts[t]! < 4) || isCapitalizedAt(tokens, t);
    if (!isName) continue;
    const longForm = foldText(tokens.text.slice(tokens.starts[first]!, tokens.ends[last]!));
    // A name we know that spans the long form (and perhaps a word before it: "the").
    const spanning = judged.filter((o) => o.candidate.block === c.block && o.candidate.last === last && o.candidate.first <= first);
    const known = spanning.flatMap((o) => o.entities);
    const own = j.entities.filter((e) => known.includes(e) || foldText(index.entity(e).name) === longForm);
    meanings.set(acronym, own.length > 0 ? own[0]! : known.length === 1 ? known[0]! : -1);
  }
  if (meanings.size === 0) return rulings;
  for (const j of acronyms) {
    const meaning = meanings.get(textOf(j.candidate));
    if (meaning === undefined) continue;
    if (meaning === -1) rulings.dropped.add(j);
    else {
      narrow(j, meaning);
      rulings.settled.add(j);
    }
  }
  return rulings;
}
