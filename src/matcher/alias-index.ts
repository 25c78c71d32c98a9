/**
 * The alias index: what each alias is (flags), which words it is made of (its path
 * in a token trie keyed by folded words), and what the rules need to know about
 * entities. The root of the trie is keyed by folded first tokens; each edge below
 * it is "normalized gap + folded token" (" hall", "'s", ".s"), so "Great Hall of
 * the People" is five hops and the page is scanned one token lookup at a time.
 *
 * The index is built once, at build time, into a file (index-build.ts, format in
 * README.md) that the background reads in place (index-file.ts); the reader's own
 * terms are a second, small layer on top (layers.ts). This module holds what both
 * sides share: the flags, the paths an alias is inserted under, and the interface
 * the scan and the rules read.
 */
import type { CasePattern } from './case-rules';
import { hashText, type HashFilter } from './hash';
import { isAllCaps, normalizeGap, tokenize } from './tokens';
import { NO_NODE, type Trie } from './trie';
import type { MatcherAlias, MatcherEntity } from './types';
import type { EntityType } from '../shared/dataset';

export const EXACT = 1; // only in the alias's own case (acronyms: US, AP, WHO)
export const CAPITALIZED = 2; // a name: its capitalized words must be capitalized on the page
export const TERM = 4; // any case, and simple inflections of the last word (emitter/emitters)
export const SHORT = 8; // a surname or short form: needs the full name or a title first
export const UNAMBIGUOUS = 16; // a short form that may stand alone
export const AMBIGUOUS = 32; // resolved by context
export const DEMONYM = 64; // "Chinese" → China
export const SHARED = 128; // the same words belong to several entities: resolved by context

/** Decides an alias's flags from its dataset fields and, for `auto`, its shape. */
export function aliasFlags(alias: MatcherAlias): number {
  let flags = 0;
  if (alias.case === 'exact') flags |= EXACT;
  else if (alias.case === 'insensitive') flags |= TERM;
  else if (isAllCaps(alias.text)) flags |= EXACT;
  else if (/\p{Lu}/u.test(alias.text)) flags |= CAPITALIZED;
  else flags |= TERM;
  if (alias.short) flags |= SHORT;
  if (alias.unambiguous) flags |= UNAMBIGUOUS;
  if (alias.ambiguous) flags |= AMBIGUOUS;
  if (alias.demonym) flags |= DEMONYM;
  return flags;
}

/** Singular forms of a folded word, for terms written in the plural ("sanctions"). */
export function singulars(word: string): string[] {
  if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return [];
  const out = [word.slice(0, -1)];
  if (word.endsWith('es')) out.push(word.slice(0, -2));
  if (word.endsWith('ies')) out.push(word.slice(0, -3) + 'y');
  return out;
}

/** A path in the trie: the folded first word, then one key per further word. */
export interface AliasPath {
  first: string;
  rest: readonly string[];
}

/** Where an alias goes in the trie. */
export interface AliasPaths {
  flags: number;
  /** The alias's own path. */
  path: AliasPath;
  /** Punctuation the alias ends with ("U.S." → "."), which the page must show too. */
  tail: string;
  /** Paths of its singular forms (a plural term name also answers to its singular). */
  variants: AliasPath[];
}

const SIMPLE_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const NO_REST: readonly string[] = [];

/**
 * The paths an alias is inserted under, or null for an alias without a word
 * character (it matches nothing). Only a term's name gets its singular for free:
 * other aliases are forms an editor chose ("primaries" must not answer to
 * "primary", nor "renewables" to "renewable").
 */
export function aliasPaths(alias: MatcherAlias, isName: boolean): AliasPaths | null {
  if (SIMPLE_WORDS.test(alias.text)) {
    // Plain ASCII words with single spaces (most aliases): no tokenizer needed.
    const flags = aliasFlags(alias);
    const words = alias.text.toLowerCase().split(' ');
    const first = words[0]!;
    const rest = words.length === 1 ? NO_REST : words.slice(1).map((w) => ` ${w}`);
    const variants: AliasPath[] = [];
    if (flags & TERM && isName) {
      for (const singular of singulars(words[words.length - 1]!)) {
        variants.push(rest.length ? { first, rest: [...rest.slice(0, -1), ` ${singular}`] } : { first: singular, rest: NO_REST });
      }
    }
    return { flags, path: { first, rest }, tail: '', variants };
  }
  const tokens = tokenize(alias.text);
  if (tokens.count === 0) return null;
  const flags = aliasFlags(alias);
  const rest: string[] = [];
  for (let t = 1; t < tokens.count; t++) {
    rest.push(normalizeGap(alias.text.slice(tokens.ends[t - 1]!, tokens.starts[t]!)) + tokens.word(t));
  }
  const lastEnd = tokens.ends[tokens.count - 1]!;
  const tail = lastEnd < alias.text.length ? normalizeGap(alias.text.slice(lastEnd)).trim() : '';
  const first = tokens.word(0);
  const variants: AliasPath[] = [];
  if (flags & TERM && isName) {
    const last = rest.length ? rest[rest.length - 1]! : first;
    for (const singular of singulars(last)) {
      variants.push(rest.length ? { first, rest: [...rest.slice(0, -1), singular] } : { first: singular, rest: NO_REST });
    }
  }
  return { flags, path: { first, rest }, tail, variants };
}

/** One layer of trie and the alias numbers it holds (the reader's terms come after the dataset's). */
export interface TrieLayer {
  trie: Trie;
  /** Added to the layer's own alias numbers to give the index's. */
  aliasOffset: number;
}

/** What the scan and the rules read. Aliases and entities are numbered across all layers. */
export interface AliasIndex {
  /** The dataset's trie, then (when the reader has terms of their own) theirs. */
  readonly layers: readonly TrieLayer[];
  /** Hashes of every layer's first words: most page words are ruled out without a string. */
  readonly firstWords: HashFilter;
  readonly flags: Uint8Array;
  /** The entity of an alias (every alias the scan can meet has one). */
  entityOf(a: number): number;
  /** Punctuation an alias ends with ("U.S." → "."), which the page must show too. */
  readonly trailing: { get(a: number): string | undefined };
  readonly entityCount: number;
  /** The alias as written in the dataset. */
  aliasText(a: number): string;
  /** How the alias's words must be written on the page (not asked for terms: they take any case). */
  casePattern(a: number): CasePattern;
  entityId(e: number): string;
  /** The entity's type ('person', 'city'…): cheaper than `entity(e).type`. */
  entityType(e: number): EntityType;
  /** The entity's name, type and any further fields (context and related are read below). */
  entity(e: number): MatcherEntity;
  /** Folded, distinct words that support the entity when an alias is shared (see context.ts). */
  contextWords(e: number): readonly string[];
  /** Entities related to `e` in either direction, each once. */
  related(e: number): ArrayLike<number>;
  /** The entity with this id (the last one, if several share it), or -1. */
  entityIndex(id: string): number;
}

/**
 * The one entity of `type` whose name or alias is `words` (folded, joined by spaces; a word that
 * starts with an apostrophe joins its neighbour without one: "women", "'s"), or
 * undefined: a rule's lookup of a name it puts together ("Donetsk" + "region"), not a scan.
 */
export function onlyNamed(index: AliasIndex, words: readonly string[], type: EntityType): number | undefined {
  const found = new Set<number>();
  for (const { trie, aliasOffset } of index.layers) {
    let node = trie.root(words[0]!, hashText(words[0]!));
    for (let k = 1; k < words.length && node !== NO_NODE; k++) node = trie.child(node, words[k]!.startsWith("'") ? words[k]! : ' ' + words[k]!);
    if (node === NO_NODE) continue;
    for (const a of trie.entriesOf(node)) {
      const e = index.entityOf(a + aliasOffset);
      if (index.entityType(e) === type) found.add(e);
    }
  }
  return found.size === 1 ? [...found][0] : undefined;
}
