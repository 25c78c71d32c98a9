/**
 * The alias index: a token trie keyed by folded words. The root is a hash of
 * folded first tokens; each edge below it is "normalized gap + folded token"
 * (" hall", "'s", ".s"), so "Great Hall of the People" is five hops and the page
 * is scanned one token lookup at a time — no per-alias regular expressions.
 * Per-alias facts live in typed arrays to keep 50,000 aliases small.
 */
import { HashFilter, hashText } from './hash';
import { isAllCaps, normalizeGap, tokenize } from './tokens';
import type { MatcherAlias, MatcherEntity, MatcherInput } from './types';

export const EXACT = 1; // only in the alias's own case (acronyms: US, AP, WHO)
export const CAPITALIZED = 2; // a name: its capitalized words must be capitalized on the page
export const TERM = 4; // any case, and simple inflections of the last word (emitter/emitters)
export const SHORT = 8; // a surname or short form: needs the full name or a title first
export const UNAMBIGUOUS = 16; // a short form that may stand alone
export const AMBIGUOUS = 32; // resolved by context
export const DEMONYM = 64; // "Chinese" → China
export const SHARED = 128; // the same words belong to several entities: resolved by context

/** Children kept in arrays until this many, then in a Map. */
const MAX_ARRAY_CHILDREN = 12;

export class TrieNode {
  keys: string[] | null = null;
  kids: TrieNode[] | null = null;
  map: Map<string, TrieNode> | null = null;
  /** Indices of aliases that end here. */
  entries: number[] | null = null;

  child(key: string): TrieNode | undefined {
    if (this.map) return this.map.get(key);
    const keys = this.keys;
    if (!keys) return undefined;
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return this.kids![i];
    return undefined;
  }

  addChild(key: string): TrieNode {
    const found = this.child(key);
    if (found) return found;
    const node = new TrieNode();
    if (this.map) this.map.set(key, node);
    else if (!this.keys) {
      this.keys = [key];
      this.kids = [node];
    } else if (this.keys.length < MAX_ARRAY_CHILDREN) {
      this.keys.push(key);
      this.kids!.push(node);
    } else {
      this.map = new Map(this.keys.map((k, i) => [k, this.kids![i]!]));
      this.map.set(key, node);
      this.keys = this.kids = null;
    }
    return node;
  }
}

export interface AliasIndex {
  root: Map<string, TrieNode>;
  /** Hashes of the root's keys: most page words are ruled out without a string. */
  firstWords: HashFilter;
  aliases: readonly MatcherAlias[];
  entities: readonly MatcherEntity[];
  entityOf: Int32Array;
  flags: Uint8Array;
  /** Punctuation an alias ends with ("U.S." → "."), which the page must show too. */
  trailing: Map<number, string>;
  entityIndex: Map<string, number>;
}

/** Decides an alias's flags from its dataset fields and, for `auto`, its shape. */
function aliasFlags(alias: MatcherAlias): number {
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

function insertPath(root: Map<string, TrieNode>, first: string, rest: readonly string[], aliasIndex: number): TrieNode {
  let node = root.get(first);
  if (!node) {
    node = new TrieNode();
    root.set(first, node);
  }
  for (const key of rest) node = node.addChild(key);
  (node.entries ??= []).push(aliasIndex);
  return node;
}

const SIMPLE_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;
const NO_REST: readonly string[] = [];

/** Builds the index; aliases with no word characters are skipped. */
export function buildAliasIndex(input: MatcherInput): AliasIndex {
  const { aliases, entities } = input;
  const entityIndex = new Map<string, number>();
  entities.forEach((entity, i) => entityIndex.set(entity.id, i));
  const entityOf = new Int32Array(aliases.length);
  const flags = new Uint8Array(aliases.length);
  const trailing = new Map<number, string>();
  const root = new Map<string, TrieNode>();
  const ends: TrieNode[] = [];

  // Only a term's name gets its singular for free: other aliases are forms an editor
  // chose ("primaries" must not answer to "primary", nor "renewables" to "renewable").
  const isName = (a: number) => aliases[a]!.text === entities[entityOf[a]!]!.name;
  for (let a = 0; a < aliases.length; a++) {
    const alias = aliases[a]!;
    entityOf[a] = entityIndex.get(alias.id) ?? -1;
    if (entityOf[a] === -1) continue;
    if (SIMPLE_WORDS.test(alias.text)) {
      // Plain ASCII words with single spaces (most aliases): the tokenizer's typed
      // arrays are not needed, and the garbage they make is most of the build's cost.
      const f = aliasFlags(alias);
      flags[a] = f;
      const words = alias.text.toLowerCase().split(' ');
      const first = words[0]!;
      const rest = words.length === 1 ? NO_REST : words.slice(1).map((w) => ` ${w}`);
      ends.push(insertPath(root, first, rest, a));
      if (f & TERM && isName(a)) {
        const last = words[words.length - 1]!;
        for (const singular of singulars(last)) {
          ends.push(rest.length ? insertPath(root, first, [...rest.slice(0, -1), ` ${singular}`], a) : insertPath(root, singular, NO_REST, a));
        }
      }
      continue;
    }
    const tokens = tokenize(alias.text);
    if (tokens.count === 0 || entityOf[a] === -1) continue;
    const f = aliasFlags(alias);
    flags[a] = f;
    const rest: string[] = [];
    for (let t = 1; t < tokens.count; t++) {
      rest.push(normalizeGap(alias.text.slice(tokens.ends[t - 1]!, tokens.starts[t]!)) + tokens.word(t));
    }
    const lastEnd = tokens.ends[tokens.count - 1]!;
    const tail = lastEnd < alias.text.length ? normalizeGap(alias.text.slice(lastEnd)).trim() : '';
    if (tail) trailing.set(a, tail);
    const first = tokens.word(0);
    ends.push(insertPath(root, first, rest, a));
    if (f & TERM && isName(a)) {
      // A plural name also answers to its singular ("sanctions" → "sanction").
      const last = rest.length ? rest[rest.length - 1]! : first;
      for (const singular of singulars(last)) {
        ends.push(rest.length ? insertPath(root, first, [...rest.slice(0, -1), singular], a) : insertPath(root, singular, [], a));
      }
    }
  }
  // Mark words shared by several entities: those always go through disambiguation.
  for (const node of ends) {
    const list = node.entries!;
    const owner = entityOf[list[0]!];
    if (list.some((a) => entityOf[a] !== owner)) for (const a of list) flags[a]! |= SHARED;
  }
  const firstWords = new HashFilter();
  for (const key of root.keys()) firstWords.add(hashText(key));
  return { root, firstWords, aliases, entities, entityOf, flags, trailing, entityIndex };
}
