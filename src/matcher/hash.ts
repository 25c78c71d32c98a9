/**
 * Hashing folded words straight from character codes, so the scan can ask "could
 * this word start an alias?" without building a string for every word of a page.
 * FNV-1a over the folded UTF-16 units; `hashText(foldText(w))` equals the hash the
 * tokenizer computes for a word whose folded form is that string.
 */

export const HASH_SEED = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Hashes are kept to 30 bits so V8 stores them as small integers in plain arrays. */
const HASH_MASK = 0x3fffffff;

/** One step of the running hash (not masked). */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

/** Masks a running hash into the stored form. */
export function hashDone(hash: number): number {
  return hash & HASH_MASK;
}

/** The hash of an already folded string. */
export function hashText(folded: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < folded.length; i++) hash = hashStep(hash, folded.charCodeAt(i));
  return hashDone(hash);
}

/** Murmur3's finalizer: spreads the bits so slices of the hash are independent. */
export function mixHash(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  // Signed 32-bit, so V8 keeps it in a register instead of boxing a double.
  return h ^ (h >>> 16);
}

/** At most 2^20 bits = 128 KB; sized at ~16 bits a word: two probes then give ~1.5% false hits. */
const MAX_BITS_LOG2 = 20;
const MIN_BITS_LOG2 = 10;
const BITS_PER_WORD_LOG2 = 4;

/**
 * A Bloom filter over word hashes: "no" is certain, "yes" means look the word up.
 * Most words of a page start no alias, and this answers them from one hash.
 * (scan.ts tests it inline with `bits`, `mask` and `highShift`: keep them in step.)
 */
export class HashFilter {
  /** The filter's bits, as the index file stores them. */
  readonly bits: Int32Array;
  readonly bitsLog2: number;
  /** The two probes of a mixed hash: its low bits and its high bits. */
  readonly mask: number;
  readonly highShift: number;

  constructor(bitsLog2 = MAX_BITS_LOG2, bits?: Int32Array) {
    if (bitsLog2 < 5 || bitsLog2 > MAX_BITS_LOG2) throw new Error(`hash filter of 2^${bitsLog2} bits`);
    if (bits && bits.length !== 1 << (bitsLog2 - 5)) throw new Error(`hash filter of ${bits.length} words, expected ${1 << (bitsLog2 - 5)}`);
    this.bitsLog2 = bitsLog2;
    this.bits = bits ?? new Int32Array(1 << (bitsLog2 - 5));
    this.mask = (1 << bitsLog2) - 1;
    this.highShift = 32 - bitsLog2;
  }

  /** The size (log2 of bits) for a filter of `words` words. */
  static bitsFor(words: number): number {
    let log2 = MIN_BITS_LOG2;
    while (log2 < MAX_BITS_LOG2 && 1 << log2 < words << BITS_PER_WORD_LOG2) log2++;
    return log2;
  }

  /** The filter's size for a count of its 32-bit words (what the index file holds). */
  static bitsLog2Of(length: number): number {
    return Math.log2(length) + 5;
  }

  /** A filter that may have whatever either filter (of the same size) may have. */
  union(other: HashFilter): HashFilter {
    if (other.bitsLog2 !== this.bitsLog2) throw new Error('hash filters of different sizes');
    const out = new HashFilter(this.bitsLog2);
    for (let i = 0; i < out.bits.length; i++) out.bits[i] = this.bits[i]! | other.bits[i]!;
    return out;
  }

  add(hash: number): void {
    const mixed = mixHash(hash);
    const a = mixed & this.mask;
    const b = mixed >>> this.highShift;
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  mayHave(hash: number): boolean {
    const mixed = mixHash(hash);
    const a = mixed & this.mask;
    const b = mixed >>> this.highShift;
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}
