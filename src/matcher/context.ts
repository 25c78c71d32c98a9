/**
 * Page context for the rules that look beyond one mention: shared aliases
 * (Georgia, Washington, Jordan, Chad), weak sentence-start capitals ("Turkey",
 * "Chase") and short forms needing an earlier full name.
 *
 * ## Disambiguation score (also in src/matcher/README.md)
 * For every entity an uncertain mention could be, the matcher adds up:
 *
 *   SAME_ENTITY_NAMED   3   the entity is named unambiguously elsewhere on the page
 *                           (full name "Theresa May", another alias "Tbilisi"…)
 *   RELATED_ENTITY      2   per co-occurring entity on the page that the dataset
 *                           relates to it (either direction), at most 2 counted
 *   PAGE_WORD           1   per distinct context word of the entity on the page,
 *                           at most 3 counted
 *   NEAR_WORD           1   per distinct context word within 15 words of the mention
 *                           in the same block, at most 2 counted (on top of PAGE_WORD)
 *
 * The best entity wins when its score is at least THRESHOLD (2) and strictly beats
 * the runner-up; otherwise the words stay plain text. A lone context word far away
 * is not enough (1); a nearby one is (1 + 1), as is one related entity (2).
 */
import { MONTHS, STOPWORDS, WEEKDAYS } from './words';
import { hashText } from './hash';
import { PageWords } from './page-words';
import { isCapitalized, tokenize, type Tokens } from './tokens';
import type { AliasIndex } from './alias-index';

export const SAME_ENTITY_NAMED = 3;
export const RELATED_ENTITY = 2;
const MAX_RELATED = 2;
export const PAGE_WORD = 1;
const MAX_PAGE_WORDS = 3;
export const NEAR_WORD = 1;
const MAX_NEAR_WORDS = 2;
const NEAR_TOKENS = 15;
export const THRESHOLD = 2;

function tokenizeWords(text: string): string[] {
  const tokens = tokenize(text);
  return tokens.words(0, tokens.count - 1);
}

/**
 * An entity's context words from its context phrases: folded, distinct, without
 * stop words, single letters, months and weekdays (a summary's "in June 2025" says
 * nothing of a page's "in June 2022": two namesakes abroad had outscored the US
 * Supreme Court that way). Worked out when the index is built (and stored in
 * it), so a page never tokenizes an entity's facts.
 */
export function contextWordsOf(phrases: readonly string[]): string[] {
  const set = new Set<string>();
  for (const phrase of phrases) {
    for (const word of tokenizeWords(phrase)) if (isContextWord(word)) set.add(word);
  }
  return [...set];
}

function isContextWord(word: string): boolean {
  return word.length > 1 && !STOPWORDS.has(word) && !MONTHS.has(word) && !WEEKDAYS.has(word);
}

const SENTENCE_END = /[.!?:;…•\u2013\u2014|]/u;

/** A person's name the page is sure of: tokens first..last of a block. */
export interface NameSpan {
  block: number;
  first: number;
  last: number;
  person: number;
}

/** What the matcher knows about one page while resolving it. */
export class PageContext {
  private words: PageWords | null = null;
  /** Per block, the tokens inside people's names the page is sure of, each with its name's span (`setNameTokens`). */
  private nameTokens: ReadonlyMap<number, ReadonlyMap<number, NameSpan>> = new Map();

  constructor(
    readonly blocks: readonly Tokens[],
    private readonly index: AliasIndex,
  ) {}

  /** The page's words, indexed on first use. */
  private pageWords(): PageWords {
    return (this.words ??= new PageWords(this.blocks));
  }

  /** Whether the page writes `word` (folded) anywhere. */
  hasWord(word: string): boolean {
    return this.pageWords().has(word);
  }

  /** Whether the page also writes `word` in lower case, i.e. uses it as a common word. */
  hasLowercase(word: string): boolean {
    return this.pageWords().hasLowercase(word);
  }

  /** Whether token `i` of block `b` starts a sentence (a capital there proves nothing). */
  isSentenceStart(b: number, i: number): boolean {
    if (i === 0) return true;
    const tokens = this.blocks[b]!;
    const gap = tokens.text.slice(tokens.ends[i - 1]!, tokens.starts[i]!);
    if (!SENTENCE_END.test(gap)) return false;
    // "Mr. Kerry", "U.S. Chase": a full stop right after a short capitalized word is an abbreviation.
    const previous = tokens.text.slice(tokens.starts[i - 1]!, tokens.ends[i - 1]!);
    return !(gap.trim() === '.' && previous.length <= 3 && isCapitalized(previous));
  }

  /**
   * The people's names the page is sure of, as spans: one word of such a name is no sign of
   * what the page is about ("Lima" in "Leila de Lima" is no sign of Peru), so an entity's
   * score does not count it as its context word, unless the person is related to the entity
   * (Imran Khan's name does say his party is meant) or the entity's context words hold two
   * words of the name (its leader's or its star's full name: "Anthony Albanese" for Labor).
   */
  setNameTokens(spans: readonly NameSpan[]): void {
    const tokens = new Map<number, Map<number, NameSpan>>();
    for (const span of spans) {
      const inBlock = tokens.get(span.block) ?? new Map<number, NameSpan>();
      for (let i = span.first; i <= span.last; i++) inBlock.set(i, span);
      tokens.set(span.block, inBlock);
    }
    this.nameTokens = tokens;
  }

  /** For `entity`'s score: whether token i of block b is one word of a name that says nothing of the entity. */
  private inOtherName(entity: number): (b: number, i: number) => boolean {
    if (this.nameTokens.size === 0) return () => false;
    const says = new Map<NameSpan, boolean>();
    const saysOf = (span: NameSpan) => {
      if (span.person === entity || this.isLinked(entity, { has: (e) => e === span.person })) return true;
      const words = this.contextWords(entity);
      const tokens = this.blocks[span.block]!;
      let shared = 0;
      for (let t = span.first; t <= span.last && shared < 2; t++) if (words.includes(tokens.word(t))) shared++;
      return shared >= 2;
    };
    return (b, i) => {
      const span = this.nameTokens.get(b)?.get(i);
      if (span === undefined) return false;
      let s = says.get(span);
      if (s === undefined) says.set(span, (s = saysOf(span)));
      return !s;
    };
  }

  /** Whether a folded word is among the entity's context words (role titles, facts, related names). */
  hasContextWord(entity: number, word: string): boolean {
    return this.contextWords(entity).includes(word);
  }

  private contextWords(entity: number): readonly string[] {
    return this.index.contextWords(entity);
  }

  /** How many of `words` (distinct, folded) occur within NEAR_TOKENS of tokens first..last of block b, outside tokens `skip` names. */
  private countNear(words: readonly string[], b: number, first: number, last: number, skip: (b: number, i: number) => boolean): number {
    const tokens = this.blocks[b]!;
    const from = Math.max(0, first - NEAR_TOKENS);
    const to = Math.min(tokens.count - 1, last + NEAR_TOKENS);
    let count = 0;
    for (const word of words) {
      const hash = hashText(word);
      for (let i = from; i <= to; i++) {
        if (i >= first && i <= last) continue;
        if (tokens.hashes[i] === hash && tokens.word(i) === word && !skip(b, i)) {
          count++;
          break;
        }
      }
    }
    return count;
  }

  /**
   * Whether the entity, or one the dataset relates to it, is among those `named`: evidence of
   * its own, not only words. With `ignoreCountries`, a related country does not count (a
   * country relates to everything of it: too broad to tie one body to the page).
   */
  isLinked(entity: number, named: { has(entity: number): boolean }, { ignoreCountries = false }: { ignoreCountries?: boolean } = {}): boolean {
    if (named.has(entity)) return true;
    const others = this.index.related(entity);
    for (let k = 0; k < others.length; k++) {
      if (named.has(others[k]!) && !(ignoreCountries && this.index.entityType(others[k]!) === 'country')) return true;
    }
    return false;
  }

  /** The disambiguation score of `entity` for a mention at tokens first..last of block b. */
  score(
    entity: number,
    named: ReadonlyMap<number, number>,
    b: number,
    first: number,
    last: number,
    own: ReadonlySet<string>,
    { ignoreCountries = false, ignore }: { ignoreCountries?: boolean; ignore?: ReadonlySet<number> } = {},
  ): number {
    let score = named.has(entity) ? SAME_ENTITY_NAMED : 0;
    let related = 0;
    const others = this.index.related(entity);
    for (let k = 0; k < others.length; k++) {
      if (!named.has(others[k]!) || ignore?.has(others[k]!)) continue;
      // A country relates to every politician it has: too broad to prove one of them.
      if (ignoreCountries && this.index.entityType(others[k]!) === 'country') continue;
      related++;
    }
    score += RELATED_ENTITY * Math.min(MAX_RELATED, related);
    const words = this.contextWords(entity).filter((w) => !own.has(w));
    if (words.length === 0) return score;
    const page = this.pageWords();
    const skip = this.inOtherName(entity);
    score += PAGE_WORD * Math.min(MAX_PAGE_WORDS, words.filter((w) => page.has(w, skip)).length);
    score += NEAR_WORD * Math.min(MAX_NEAR_WORDS, this.countNear(words, b, first, last, skip));
    return score;
  }
}
