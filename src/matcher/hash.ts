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

/** 2^20 bits = 128 KB: with ~65,000 first words and two probes, ~1.5% false hits. */
const FILTER_BITS_LOG2 = 20;
/** The filter's two probes of a mixed hash: its low bits and its high bits (scan.ts tests them inline). */
export const FILTER_MASK = (1 << FILTER_BITS_LOG2) - 1;
export const FILTER_HIGH_SHIFT = 32 - FILTER_BITS_LOG2;

/**
 * A Bloom filter over word hashes: "no" is certain, "yes" means look the word up.
 * Most words of a page start no alias, and this answers them from one hash.
 */
export class HashFilter {
  /** The filter's bits, as the index file stores them. */
  readonly bits: Int32Array;

  constructor(bits?: Int32Array) {
    if (bits && bits.length !== 1 << (FILTER_BITS_LOG2 - 5)) throw new Error(`hash filter of ${bits.length} words`);
    this.bits = bits ?? new Int32Array(1 << (FILTER_BITS_LOG2 - 5));
  }

  /** A filter that may have whatever either filter may have. */
  union(other: HashFilter): HashFilter {
    const out = new HashFilter();
    for (let i = 0; i < out.bits.length; i++) out.bits[i] = this.bits[i]! | other.bits[i]!;
    return out;
  }

  add(hash: number): void {
    const mixed = mixHash(hash);
    const a = mixed & FILTER_MASK;
    const b = mixed >>> FILTER_HIGH_SHIFT;
    this.bits[a >>> 5]! |= 1 << (a & 31);
    this.bits[b >>> 5]! |= 1 << (b & 31);
  }

  mayHave(hash: number): boolean {
    const mixed = mixHash(hash);
    const a = mixed & FILTER_MASK;
    const b = mixed >>> FILTER_HIGH_SHIFT;
    return (this.bits[a >>> 5]! & (1 << (a & 31))) !== 0 && (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0;
  }
}
