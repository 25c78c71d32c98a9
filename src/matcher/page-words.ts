/**
 * The words of one page, indexed by hash: "is this word on the page?" and "does the
 * page also write it in lower case?" without a string per word. Built only for pages
 * whose mentions need context (shared aliases, weak capitals).
 */
import { hashText, mixHash } from './hash';
import { isCapitalized, type Tokens } from './tokens';

const EMPTY = -1;

/** Whether token `i` is written with a lower-case first letter. */
function isLowerAt(tokens: Tokens, i: number): boolean {
  const code = tokens.text.charCodeAt(tokens.starts[i]!);
  if (code >= 97 && code <= 122) return true;
  if (code < 128) return false;
  return !isCapitalized(tokens.text.slice(tokens.starts[i]!, tokens.ends[i]!));
}

/** An open-addressing table of distinct hashes, each heading a chain of the tokens that have it. */
export class PageWords {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly heads: Int32Array;
  private readonly next: Int32Array;
  private readonly blockOf: Int32Array;
  private readonly tokenOf: Int32Array;

  constructor(private readonly blocks: readonly Tokens[]) {
    let total = 0;
    for (const tokens of blocks) total += tokens.count;
    let size = 16;
    while (size < total * 2) size <<= 1;
    this.mask = size - 1;
    this.keys = new Int32Array(size);
    this.heads = new Int32Array(size).fill(EMPTY);
    this.next = new Int32Array(total);
    this.blockOf = new Int32Array(total);
    this.tokenOf = new Int32Array(total);
    // Locals, not fields, in the loop: this runs once per word of the page.
    const { keys, heads, next, blockOf, tokenOf, mask } = this;
    let g = 0;
    for (let b = 0; b < blocks.length; b++) {
      const hashes = blocks[b]!.hashes;
      for (let i = 0; i < hashes.length; i++, g++) {
        const hash = hashes[i]!;
        let slot = mixHash(hash) & mask;
        while (heads[slot] !== EMPTY && keys[slot] !== hash) slot = (slot + 1) & mask;
        keys[slot] = hash;
        next[g] = heads[slot]!;
        heads[slot] = g;
        blockOf[g] = b;
        tokenOf[g] = i;
      }
    }
  }

  /** The slot holding `hash`, or the empty slot where it would go. */
  private slotOf(hash: number): number {
    let slot = mixHash(hash) & this.mask;
    while (this.heads[slot] !== EMPTY && this.keys[slot] !== hash) slot = (slot + 1) & this.mask;
    return slot;
  }

  /**
   * Whether some token is `word` (folded) and, with `isLowerOnly`, is written in lower case;
   * tokens that `skip` names do not count.
   */
  private find(word: string, isLowerOnly: boolean, skip?: (block: number, token: number) => boolean): boolean {
    for (let g = this.heads[this.slotOf(hashText(word))]!; g !== EMPTY; g = this.next[g]!) {
      const tokens = this.blocks[this.blockOf[g]!]!;
      const i = this.tokenOf[g]!;
      if (isLowerOnly && !isLowerAt(tokens, i)) continue;
      // Distinct words may share a hash: compare the words themselves (and ask `skip` only of the word's own tokens).
      if (tokens.word(i) === word && !skip?.(this.blockOf[g]!, i)) return true;
    }
    return false;
  }

  /** Whether the page has the folded word `word` (outside the tokens `skip` names). */
  has(word: string, skip?: (block: number, token: number) => boolean): boolean {
    return this.find(word, false, skip);
  }

  /** Whether the page writes the folded word `word` in lower case somewhere. */
  hasLowercase(word: string): boolean {
    return this.find(word, true);
  }
}
