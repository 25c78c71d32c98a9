/**
 * Reads an index file in place: every section is a view into the file's bytes and
 * nothing is decoded or rebuilt at load (a cold service worker runs loops slowly).
 * What only some pages need (alias texts, names, context words) is read per item
 * when first asked, and kept.
 */
import { readContainer, twoBitsAt, type BlockedOffsets, type PackedUints } from './binary';
import type { CasePattern } from './case-rules';
import { Columns, type ColumnMeta } from './columns';
import type { EntityMeta } from './entity-build';
import { EntityIds } from './entity-ids';
import { HashFilter } from './hash';
import { INDEX_VERSION, SHAPES } from './index-build';
import { SectionReader, type SparseStrings, type VarintLists } from './sections';
import { NO_NODE, Trie } from './trie';
import type { MatcherEntity } from './types';
import type { EntityType } from '../shared/dataset';
import { applyPatch } from './text-patch';
import { decodeUtf8 } from './utf8';

interface Meta extends EntityMeta {
  aliasCount: number;
  nodeCount: number;
  aliasColumns: ColumnMeta[];
  layout: Record<string, number>;
}

/** Trailing punctuation of aliases ("U.S." → "."): looked up in the file's sparse table. */
class Tails {
  constructor(private readonly table: SparseStrings) {}

  get(a: number): string | undefined {
    return this.table.size === 0 ? undefined : this.table.get(a);
  }
}

export class IndexFile {
  readonly trie: Trie;
  readonly flags: Uint8Array;
  /** The entity of each alias that has words (others match nothing and have none here). */
  private readonly owners: PackedUints;
  readonly trailing: { get(a: number): string | undefined };
  readonly firstWords: HashFilter;
  readonly aliasCount: number;
  readonly entityCount: number;
  private readonly read: SectionReader;
  private readonly meta: Meta;
  private readonly texts: SparseStrings;
  private readonly patches: SparseStrings;
  private readonly shapes: Uint8Array;
  private readonly ids: EntityIds;
  private readonly names: { alias: PackedUints; texts: SparseStrings };
  private readonly decoded = new Map<number, string>();
  private readonly entityColumns: Columns;
  /** The type column alone (entityType). */
  private readonly typeOf: (row: number) => unknown;
  private readonly context: VarintLists;
  private readonly vocab: { starts: BlockedOffsets; text: Uint8Array; words: string[] };
  private readonly relatedLists: VarintLists;
  private readonly caseOf: PackedUints;
  private readonly casePatterns: SparseStrings;
  private readonly parsedPatterns: CasePattern[] = [];

  constructor(bytes: ArrayBuffer | Uint8Array) {
    const container = readContainer(bytes, INDEX_VERSION);
    const meta = (this.meta = container.meta as Meta);
    const read = (this.read = new SectionReader(container, meta.layout));
    this.trie = new Trie(
      meta.nodeCount,
      read.blocked('trie.children'),
      read.blocked('trie.keyStart'),
      read.bytes('trie.keys'),
      read.blocked('trie.entryStart'),
      read.int32('trie.rootHashes'),
      read.packed('trie.variantNode'),
      read.packed('trie.variantAlias'),
    );
    const filterBits = read.int32('trie.firstWords');
    this.firstWords = new HashFilter(HashFilter.bitsLog2Of(filterBits.length), filterBits);
    this.aliasCount = meta.aliasCount;
    this.entityCount = meta.entityCount;
    this.flags = read.bytes('alias.flags');
    this.owners = read.packed('alias.entity');
    this.trailing = new Tails(read.sparse('alias.tail'));
    this.texts = read.sparse('alias.text');
    this.patches = read.sparse('alias.patch');
    this.shapes = read.bytes('alias.shape');
    this.names = { alias: read.packed('entity.nameAlias'), texts: read.sparse('entity.name') };
    this.entityColumns = new Columns(read, meta.entityColumns, 'entity.column');
    this.typeOf = this.entityColumns.reader('type');
    this.ids = new EntityIds(read, meta.idPrefixes, meta.entityCount, (e) => this.entityName(e), (e) => this.entityType(e));
    this.context = read.lists('context', false);
    this.vocab = { starts: read.blocked('vocab.start'), text: read.bytes('vocab.text'), words: [] };
    this.relatedLists = read.lists('related', true);
    this.caseOf = read.packed('alias.case');
    this.casePatterns = read.sparse('case.patterns');
  }

  casePattern(a: number): CasePattern {
    const n = this.caseOf.at(a);
    let pattern = this.parsedPatterns[n];
    if (!pattern) {
      const [modes, written] = JSON.parse(this.casePatterns.get(n)!) as [number[], string[]];
      this.parsedPatterns[n] = pattern = { modes, written };
    }
    return pattern;
  }

  /** The alias as written in the dataset ('' for an alias that matches nothing). */
  aliasText(a: number): string {
    const known = this.decoded.get(a) ?? this.texts.get(a);
    if (known !== undefined) return known;
    const shape = twoBitsAt(this.shapes, a);
    const node = this.trie.nodeOf(a);
    const patch = shape === 0 && node !== NO_NODE ? this.patches.get(a) : undefined;
    if (node === NO_NODE || (shape === 0 && patch === undefined)) return '';
    const keys: string[] = [];
    for (let n = node; n !== 0; n = this.trie.parent(n)) {
      const bytes = this.trie.keyBytes(n);
      keys.push(decodeUtf8(bytes, 0, bytes.length));
    }
    const path = keys.reverse().join('');
    const text = patch === undefined ? SHAPES[shape - 1]!(path) : applyPatch(path, patch);
    this.decoded.set(a, text);
    return text;
  }

  /** The entity of an alias that has words. */
  entityOf(a: number): number {
    return this.owners.at(a);
  }

  entityId(e: number): string {
    return this.ids.id(e);
  }

  private entityName(e: number): string {
    const nameAlias = this.names.alias.at(e);
    return nameAlias ? this.aliasText(nameAlias - 1) : this.names.texts.get(e)!;
  }

  /** The entity's type alone: most of the matcher's questions about an entity, answered without decoding the rest. */
  entityType(e: number): EntityType {
    return this.typeOf(e) as EntityType;
  }

  entity(e: number): MatcherEntity {
    return { ...(this.entityColumns.row(e) as Omit<MatcherEntity, 'id' | 'name'>), id: this.entityId(e), name: this.entityName(e) };
  }

  contextWords(e: number): readonly string[] {
    const { starts, text, words } = this.vocab;
    return this.context.row(e).map((w) => (words[w] ??= decodeUtf8(text, starts.at(w), starts.at(w + 1))));
  }

  /** Entities of this file related to `e`. */
  related(e: number): number[] {
    return this.relatedLists.row(e);
  }

  /** [entity of this file, entity of the layer below] pairs (a reader's term related to a dataset entry). */
  externals(): [number, number][] {
    const list = this.read.packed('related.external');
    const out: [number, number][] = [];
    for (let k = 0; k + 1 < list.length; k += 2) out.push([list.at(k), list.at(k + 1)]);
    return out;
  }

  /** The entity with this id (the last one, if several share it), or -1 (see EntityIds.indexOf). */
  entityIndex(id: string): number {
    return this.ids.indexOf(id);
  }
}
