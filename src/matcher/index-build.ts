/**
 * Builds the index file from matcher input: at build time for the dataset (the
 * extension ships the file), and in memory for the reader's own terms, the CLI
 * given a dataset.json, and tests. One format and one reader for all of them.
 * The trie is built with Maps first (insertion as the matcher always did it), then
 * laid out breadth-first into the sections trie.ts reads; entities in entity-build.ts.
 */
import { aliasPaths, SHARED, TERM, type AliasPath } from './alias-index';
import { casePatternOf, type CasePattern } from './case-rules';
import { ByteWriter, packTwoBits, writeContainer } from './binary';
import { encodeColumns } from './columns';
import { writeEntities } from './entity-build';
import { HashFilter, hashText } from './hash';
import { SectionWriter } from './sections';
import { patchOf } from './text-patch';
import type { MatcherInput } from './types';
import { compareBytes, decodeUtf8, encodeUtf8 } from './utf8';

/** Bumped whenever the layout changes: a file of another version is refused. */
export const INDEX_VERSION = 4;

/** Fields of MatcherAlias the index stores in forms of its own; any other field is a generic column. */
const ALIAS_FIELDS_STORED = new Set(['text', 'id', 'case', 'short', 'unambiguous', 'ambiguous', 'demonym']);

/** How an alias's text is rebuilt from the keys on its path (stored as shape + 1; 0: the text is stored as written, or as a patch of its path: text-patch.ts). */
export const SHAPES: ((path: string) => string)[] = [
  (path) => path,
  (path) => path.replace(/(^| )(.)/gu, (_, space: string, letter: string) => space + letter.toUpperCase()),
  (path) => path.toUpperCase(),
];

interface BuildNode {
  key: string;
  bytes: Uint8Array;
  kids: Map<string, BuildNode> | null;
  own: number[] | null;
  variants: number[] | null;
  id: number;
}

function newNode(key: string): BuildNode {
  return { key, bytes: encodeUtf8(key), kids: null, own: null, variants: null, id: -1 };
}

function insert(root: BuildNode, path: AliasPath): BuildNode {
  let node = root;
  for (const key of [path.first, ...path.rest]) {
    const kids = (node.kids ??= new Map());
    let next = kids.get(key);
    if (!next) kids.set(key, (next = newNode(key)));
    node = next;
  }
  return node;
}

/** Aliases ending at a node, in input order. */
function endingAt(node: BuildNode): number[] {
  return [...(node.own ?? []), ...(node.variants ?? [])].sort((a, b) => a - b);
}

export interface BuildOptions {
  /** Resolves a related id that is not among the input's entities (the dataset's, for the reader's layer); -1 if unknown. */
  external?: (id: string) => number;
  /** The first-word filter's size (log2 of bits); a layer on top takes the size of the one below. */
  filterBitsLog2?: number;
}

/** The index file for `input`. */
export function buildIndexFile(input: MatcherInput, options: BuildOptions = {}): Uint8Array {
  const { aliases, entities } = input;
  const entityIndex = new Map<string, number>();
  entities.forEach((entity, i) => entityIndex.set(entity.id, i));
  const entityOf = new Int32Array(aliases.length);
  const flags = new Uint8Array(aliases.length);
  const texts: [number, string][] = [];
  const patches: [number, string][] = [];
  const shapes = new Uint8Array(aliases.length);
  const trailing: [number, string][] = [];
  const root = newNode('');
  const ends: BuildNode[] = [];
  for (let a = 0; a < aliases.length; a++) {
    const alias = aliases[a]!;
    const e = (entityOf[a] = entityIndex.get(alias.id) ?? -1);
    if (e === -1) continue;
    const paths = aliasPaths(alias, alias.text === entities[e]!.name);
    if (!paths) continue;
    flags[a] = paths.flags;
    if (paths.tail) trailing.push([a, paths.tail]);
    const own = insert(root, paths.path);
    (own.own ??= []).push(a);
    ends.push(own);
    for (const variant of paths.variants) {
      const node = insert(root, variant);
      (node.variants ??= []).push(a);
      ends.push(node);
    }
    // The text as the reader's index will rebuild it from the stored keys.
    const path = [paths.path.first, ...paths.path.rest].map((key) => decodeUtf8(encodeUtf8(key), 0, encodeUtf8(key).length)).join('');
    const shape = SHAPES.findIndex((rebuild) => rebuild(path) === alias.text);
    const patch = shape === -1 ? patchOf(path, alias.text) : undefined;
    if (shape !== -1) shapes[a] = shape + 1;
    else if (patch !== undefined) patches.push([a, patch]);
    else texts.push([a, alias.text]);
  }
  // Words shared by several entities always go through disambiguation.
  for (const node of ends) {
    const list = endingAt(node);
    const owner = entityOf[list[0]!];
    if (list.some((a) => entityOf[a] !== owner)) for (const a of list) flags[a]! |= SHARED;
  }

  const out = new SectionWriter();
  const { order, nodeCount } = writeTrie(root, out, options.filterBitsLog2);
  const placedCount = order.length;
  // Aliases renumbered in node order (see trie.ts); those that match nothing come last.
  const placed = new Set(order);
  for (let a = 0; a < aliases.length; a++) if (!placed.has(a)) order.push(a);
  const renumber = new Int32Array(aliases.length);
  order.forEach((old, a) => (renumber[old] = a));
  writeVariants(ends, renumber, out);
  out.bytes('alias.flags', Uint8Array.from(order, (old) => flags[old]!));
  // Only aliases with words have an entity worth storing, in as few bytes as the entities' count needs.
  out.packed('alias.entity', order.slice(0, placedCount).map((old) => entityOf[old]!));
  out.bytes('alias.shape', packTwoBits(order.map((old) => shapes[old]!)));
  out.sparse('alias.text', texts.map(([old, text]) => [renumber[old]!, text]));
  out.sparse('alias.patch', patches.map(([old, patch]) => [renumber[old]!, patch]));
  out.sparse('alias.tail', trailing.map(([old, tail]) => [renumber[old]!, tail]));
  writeCasePatterns(order.slice(0, placedCount).map((old) => (flags[old]! & TERM ? null : casePatternOf(flags[old]!, aliases[old]!.text))), out);
  const aliasColumns = encodeColumns(order.map((old) => aliases[old]!), ALIAS_FIELDS_STORED, 'alias.column', out);
  const named = (old: number) => renumber[old]! < placedCount;
  const entityMeta = writeEntities(input, { entityOf, renumber, named, entityIndex, external: options.external }, out);
  const meta = { aliasCount: aliases.length, nodeCount, aliasColumns, ...entityMeta, layout: out.layout };
  return writeContainer(INDEX_VERSION, meta, out.sections);
}

/** Each alias's case rule, as a number into the list of distinct rules (0: none, a term). */
function writeCasePatterns(patterns: readonly (CasePattern | null)[], out: SectionWriter): void {
  const numbers = new Map<string, number>();
  const rows = patterns.map((pattern) => {
    if (!pattern) return 0;
    const key = JSON.stringify([pattern.modes, pattern.written]);
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key)!;
  });
  out.packed('alias.case', rows);
  out.sparse('case.patterns', [...numbers].map(([key, n]) => [n, key]));
}

/** Nodes that singular forms also reach list all their aliases, in input order. */
function writeVariants(ends: readonly BuildNode[], renumber: Int32Array, out: SectionWriter): void {
  const lists = new Map<number, number[]>();
  for (const node of ends) if (node.variants) lists.set(node.id, endingAt(node).map((old) => renumber[old]!));
  const nodes = [...lists.keys()].sort((x, y) => x - y);
  out.packed('trie.variantNode', nodes.flatMap((node) => lists.get(node)!.map(() => node)));
  out.packed('trie.variantAlias', nodes.flatMap((node) => lists.get(node)!));
}

/** Lays the trie out breadth-first; returns the aliases in node order (each once, at its own node). */
function writeTrie(root: BuildNode, out: SectionWriter, filterBitsLog2: number | undefined): { order: number[]; nodeCount: number } {
  const nodes: BuildNode[] = [root];
  const childCounts: number[] = [];
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    node.id = n;
    const kids = node.kids ? [...node.kids.values()] : [];
    if (n === 0) {
      const hashes = new Map(kids.map((k) => [k, hashText(k.key)]));
      kids.sort((x, y) => hashes.get(x)! - hashes.get(y)! || compareBytes(x.bytes, y.bytes));
    } else kids.sort((x, y) => compareBytes(x.bytes, y.bytes));
    childCounts.push(n === 0 ? 0 : kids.length);
    for (const kid of kids) nodes.push(kid);
  }
  const rootHashes = Int32Array.from({ length: root.kids?.size ?? 0 }, (_, k) => hashText(nodes[k + 1]!.key));
  const firstWords = new HashFilter(filterBitsLog2 ?? HashFilter.bitsFor(rootHashes.length));
  for (const hash of rootHashes) firstWords.add(hash);
  out.bytes('trie.rootHashes', rootHashes);
  out.bytes('trie.firstWords', firstWords.bits);
  const keys = new ByteWriter();
  for (const node of nodes) keys.bytes(node.bytes);
  out.blocked('trie.children', childCounts);
  out.blocked('trie.keyStart', nodes.map((node) => node.bytes.length));
  out.bytes('trie.keys', keys.done());
  out.blocked('trie.entryStart', nodes.map((node) => node.own?.length ?? 0));
  return { order: nodes.flatMap((node) => node.own ?? []), nodeCount: nodes.length };
}
