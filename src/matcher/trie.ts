/**
 * The alias trie as the index file stores it, read in place.
 *
 * Nodes are numbered breadth-first from the root (0), so the children of a node
 * are consecutive: firstChild(n) … firstChild(n + 1) - 1. A node's key is the edge
 * into it, as UTF-8: the folded first word for the root's children ("great"),
 * "normalized gap + folded word" below (" hall", "'s", ".s"). The root's children
 * are sorted by the hash of their key, so a page word is looked up from the hash
 * the tokenizer already computed; other children are sorted by key bytes and found
 * by binary search (most nodes have one or two).
 *
 * Aliases are numbered in node order: the aliases whose words end at node n are
 * entryStart(n) … entryStart(n + 1) - 1, so no list of them is stored, and an
 * alias finds its node by binary search. A node that singular forms of plural term
 * names also reach lists its aliases explicitly instead, in input order (`variants`).
 */
import type { BlockedOffsets, PackedUints } from './binary';
import { compareUtf8 } from './utf8';

export const NO_NODE = -1;

export class Trie {
  constructor(
    readonly nodeCount: number,
    /** Running totals of child counts, the root's own count left out (it may exceed 16 bits). */
    private readonly childTotals: BlockedOffsets,
    private readonly keyStart: BlockedOffsets,
    private readonly keys: Uint8Array,
    private readonly entryStart: BlockedOffsets,
    /** The hash of each root child's key (node k + 1), ascending. */
    private readonly rootHashes: Int32Array,
    /** Nodes with variants, once per alias of their list (ascending), and those aliases. */
    private readonly variantNodes: PackedUints,
    private readonly variantAliases: PackedUints,
  ) {}

  private firstChild(node: number): number {
    return node === 0 ? 1 : 1 + this.rootHashes.length + this.childTotals.at(node);
  }

  /** The root's child for a folded first word with hash `hash` (`hashText(word)`), or NO_NODE. */
  root(word: string, hash: number): number {
    const hashes = this.rootHashes;
    let lo = 0;
    let hi = hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (hashes[mid]! < hash) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < hashes.length && hashes[k] === hash; k++) {
      if (compareUtf8(this.keys, this.keyStart.at(k + 1), this.keyStart.at(k + 2), word) === 0) return k + 1;
    }
    return NO_NODE;
  }

  /** The child of `node` under `key`, or NO_NODE. */
  child(node: number, key: string): number {
    let lo = this.firstChild(node);
    let hi = this.firstChild(node + 1) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = compareUtf8(this.keys, this.keyStart.at(mid), this.keyStart.at(mid + 1), key);
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return NO_NODE;
  }

  hasChildren(node: number): boolean {
    return node === 0 ? this.rootHashes.length > 0 : this.childTotals.at(node + 1) > this.childTotals.at(node);
  }

  /** The first position of `node` in the variant table, or -1. */
  private variantAt(node: number): number {
    const nodes = this.variantNodes;
    if (nodes.length === 0) return -1;
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (nodes.at(mid) < node) lo = mid + 1;
      else hi = mid;
    }
    return lo < nodes.length && nodes.at(lo) === node ? lo : -1;
  }

  /** The first alias whose own node is `node` (with ownTo: the range of them). */
  ownFrom(node: number): number {
    return this.entryStart.at(node);
  }

  ownTo(node: number): number {
    return this.entryStart.at(node + 1);
  }

  /** For a node that singular forms also reach: all its aliases, in input order (else null: use ownFrom/ownTo). */
  variantsOf(node: number): number[] | null {
    const k = this.variantAt(node);
    if (k === -1) return null;
    const out: number[] = [];
    for (let v = k; v < this.variantNodes.length && this.variantNodes.at(v) === node; v++) out.push(this.variantAliases.at(v));
    return out;
  }

  /** Whether any alias ends at `node`. */
  hasEntries(node: number): boolean {
    return this.ownTo(node) > this.ownFrom(node) || this.variantAt(node) !== -1;
  }

  /** The aliases ending at `node`, in input order. */
  entriesOf(node: number): number[] {
    const listed = this.variantsOf(node);
    if (listed) return listed;
    const out: number[] = [];
    for (let a = this.ownFrom(node), end = this.ownTo(node); a < end; a++) out.push(a);
    return out;
  }

  /** The node alias `a` was inserted under (not a variant), or NO_NODE for an alias that matches nothing. */
  nodeOf(a: number): number {
    if (a >= this.entryStart.at(this.nodeCount)) return NO_NODE;
    // entryStart is non-decreasing: the node is the last one whose aliases start at or before `a`.
    let lo = 0;
    let hi = this.nodeCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.entryStart.at(mid) <= a) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The parent of a node other than the root. */
  parent(node: number): number {
    let lo = 0;
    let hi = this.nodeCount - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.firstChild(mid) <= node) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  keyBytes(node: number): Uint8Array {
    return this.keys.subarray(this.keyStart.at(node), this.keyStart.at(node + 1));
  }

  /** The children of `node` as [first, end), for walking the whole trie. */
  childrenOf(node: number): [from: number, to: number] {
    return [this.firstChild(node), this.firstChild(node + 1)];
  }
}
