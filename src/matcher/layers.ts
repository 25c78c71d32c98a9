/**
 * The index the matcher reads: the dataset's file and, when the reader has terms
 * of their own, a second small file built from them on top. Aliases and entities
 * are numbered across both (the reader's after the dataset's). Where the reader's
 * terms and the dataset's aliases are the same words, the reader's win on their
 * device (scan.ts keeps only the top layer's aliases at such a place), as search
 * does; words two of the reader's own terms claim are SHARED as usual.
 */
import { type AliasIndex, type TrieLayer } from './alias-index';
import type { CasePattern } from './case-rules';
import type { HashFilter } from './hash';
import type { IndexFile } from './index-file';
import type { MatcherEntity } from './types';
import type { EntityType } from '../shared/dataset';

export class MatcherIndex implements AliasIndex {
  readonly layers: readonly TrieLayer[];
  readonly firstWords: HashFilter;
  readonly flags: Uint8Array;
  readonly trailing: { get(a: number): string | undefined };
  readonly entityCount: number;
  private readonly aliasBase: number;
  private readonly entityBase: number;
  /** Dataset entity → the reader's entities related to it. */
  private readonly linked = new Map<number, Set<number>>();

  constructor(
    private readonly base: IndexFile,
    private readonly extra: IndexFile | null = null,
  ) {
    this.aliasBase = base.aliasCount;
    this.entityBase = base.entityCount;
    this.entityCount = base.entityCount + (extra?.entityCount ?? 0);
    if (!extra) {
      this.layers = [{ trie: base.trie, aliasOffset: 0 }];
      this.firstWords = base.firstWords;
      this.flags = base.flags;
      this.trailing = base.trailing;
      return;
    }
    const A = this.aliasBase;
    const E = this.entityBase;
    this.layers = [
      { trie: base.trie, aliasOffset: 0 },
      { trie: extra.trie, aliasOffset: A },
    ];
    this.firstWords = base.firstWords.union(extra.firstWords);
    this.flags = new Uint8Array(A + extra.aliasCount);
    this.flags.set(base.flags);
    this.flags.set(extra.flags, A);
    this.trailing = { get: (a) => (a < A ? base.trailing.get(a) : extra.trailing.get(a - A)) };
    for (const [x, b] of extra.externals()) {
      const set = this.linked.get(b) ?? new Set();
      this.linked.set(b, set.add(x + E));
    }
  }

  entityOf(a: number): number {
    return a < this.aliasBase ? this.base.entityOf(a) : this.extra!.entityOf(a - this.aliasBase) + this.entityBase;
  }

  aliasText(a: number): string {
    return a < this.aliasBase ? this.base.aliasText(a) : this.extra!.aliasText(a - this.aliasBase);
  }

  casePattern(a: number): CasePattern {
    return a < this.aliasBase ? this.base.casePattern(a) : this.extra!.casePattern(a - this.aliasBase);
  }

  entityId(e: number): string {
    return e < this.entityBase ? this.base.entityId(e) : this.extra!.entityId(e - this.entityBase);
  }

  entityType(e: number): EntityType {
    return e < this.entityBase ? this.base.entityType(e) : this.extra!.entityType(e - this.entityBase);
  }

  entity(e: number): MatcherEntity {
    return e < this.entityBase ? this.base.entity(e) : this.extra!.entity(e - this.entityBase);
  }

  contextWords(e: number): readonly string[] {
    return e < this.entityBase ? this.base.contextWords(e) : this.extra!.contextWords(e - this.entityBase);
  }

  related(e: number): ArrayLike<number> {
    const E = this.entityBase;
    if (e < E) {
      const own = this.base.related(e);
      const linked = this.linked.get(e);
      return linked ? [...own, ...linked] : own;
    }
    const out = new Set(this.extra!.related(e - E).map((x) => x + E));
    for (const [x, b] of this.extra!.externals()) if (x === e - E) out.add(b);
    return [...out];
  }

  entityIndex(id: string): number {
    const own = this.extra?.entityIndex(id) ?? -1;
    return own !== -1 ? own + this.entityBase : this.base.entityIndex(id);
  }
}
