/**
 * Entity ids in the index file, in the fewest bytes. Two bits per entity say how its id
 * is kept: a Wikidata id ("Q148") as its number; an id that is its type's usual prefix and
 * the slug of the entity's name ("bs:person/wang-yi" for Wang Yi) as nothing at all, since
 * the name is kept anyway; any other id as text. The build only chooses the slug when the
 * slug rebuilds the id exactly, so every id reads back as it was written. Finding an
 * entity by its id reads a 16-bit hash of every id, also stored, and no names.
 */
import { packTwoBits, twoBitsAt, type PackedUints } from './binary';
import { hashText, mixHash } from './hash';
import type { SectionReader, SectionWriter, SparseStrings } from './sections';

const TEXT = 0;
const WIKIDATA = 1;
const SLUG = 2;

const QID = /^Q[1-9]\d{0,9}$/;
const MAX_QID = 0xffffffff;
/** Entities per block of the Wikidata ids' running count (16 bytes of kinds). */
const RANK_SHIFT = 6;

/**
 * Names whose slug every browser computes alike: Latin letters, whose accents Unicode's
 * decomposition (NFD) has split the same way since its first versions.
 */
const SLUGGABLE = /^[\x20-\x7e\u00c0-\u024f\u2010-\u2015\u2018\u2019]*$/;

/** "Kevin O'Leary" → "kevin-oleary"; undefined for a name outside SLUGGABLE or with no letters. */
export function slugOf(name: string): string | undefined {
  if (!SLUGGABLE.test(name)) return undefined;
  const slug = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return slug || undefined;
}

/** The 16 bits of an id's hash the file keeps. */
const idHash = (id: string) => mixHash(hashText(id)) & 0xffff;

/** The part of an id up to its last slash ("bs:person/"), and the rest. */
function splitId(id: string): [string, string] {
  const cut = id.lastIndexOf('/') + 1;
  return [id.slice(0, cut), id.slice(cut)];
}

interface IdSource {
  id: string;
  name: string;
  type: string;
}

/** Type → the prefix its slug ids take (the one most of the type's slug ids have). */
export type IdPrefixes = Record<string, string>;

/** Writes the id sections; returns the prefixes, which go into the file's header. */
export function writeEntityIds(entities: readonly IdSource[], out: SectionWriter): IdPrefixes {
  const slugs = entities.map(({ name }) => slugOf(name));
  const counts = new Map<string, Map<string, number>>();
  entities.forEach(({ id, type }, e) => {
    const [prefix, rest] = splitId(id);
    if (prefix && rest === slugs[e]) {
      const byPrefix = counts.get(type) ?? new Map<string, number>();
      counts.set(type, byPrefix.set(prefix, (byPrefix.get(prefix) ?? 0) + 1));
    }
  });
  const prefixes: IdPrefixes = {};
  for (const [type, byPrefix] of counts) prefixes[type] = [...byPrefix].sort((x, y) => y[1] - x[1])[0]![0];

  const qids: number[] = [];
  const ranks = new Int32Array((entities.length >> RANK_SHIFT) + 1);
  const texts: [number, string][] = [];
  const kinds = entities.map(({ id, type }, e) => {
    if (e % (1 << RANK_SHIFT) === 0) ranks[e >> RANK_SHIFT] = qids.length;
    if (QID.test(id) && Number(id.slice(1)) <= MAX_QID) {
      qids.push(Number(id.slice(1)));
      return WIKIDATA;
    }
    if (prefixes[type] !== undefined && id === prefixes[type] + slugs[e]) return SLUG;
    texts.push([e, id]);
    return TEXT;
  });
  out.bytes('entity.idKind', packTwoBits(kinds));
  out.bytes('entity.idHash', Uint16Array.from(entities, ({ id }) => idHash(id)));
  out.bytes('entity.qid.rank', ranks);
  out.packed('entity.qid', qids);
  out.sparse('entity.id', texts, { prefixes: true });
  return prefixes;
}

/** Set bits in each byte value. */
const BITS = Uint8Array.from({ length: 256 }, (_, b) => {
  let n = 0;
  for (let v = b; v; v >>= 1) n += v & 1;
  return n;
});

/** Wikidata kinds (01) among the four 2-bit kinds of a byte, as a mask of their low bits. */
const wikidataBits = (byte: number) => byte & 0x55 & ~(byte >> 1);

/** Reads what writeEntityIds wrote. */
export class EntityIds {
  private readonly kinds: Uint8Array;
  private readonly ranks: Int32Array;
  private readonly qids: PackedUints;
  private readonly texts: SparseStrings;
  private readonly hashes: Uint16Array;
  /** Entities sorted by the hash of their ids, and where each hash's run starts: built on the first search. */
  private buckets: { starts: Uint32Array; entities: Int32Array } | undefined;

  constructor(
    read: SectionReader,
    private readonly prefixes: IdPrefixes,
    private readonly count: number,
    private readonly nameOf: (e: number) => string,
    private readonly typeOf: (e: number) => string,
  ) {
    this.kinds = read.bytes('entity.idKind');
    this.ranks = read.int32('entity.qid.rank');
    this.qids = read.packed('entity.qid');
    this.texts = read.sparse('entity.id');
    const hashes = read.bytes('entity.idHash');
    this.hashes = new Uint16Array(hashes.buffer, hashes.byteOffset, hashes.length >> 1);
  }

  private kind(e: number): number {
    return twoBitsAt(this.kinds, e);
  }

  /** How many entities before `e` have Wikidata ids. */
  private rank(e: number): number {
    let n = this.ranks[e >> RANK_SHIFT]!;
    for (let byte = (e >> RANK_SHIFT) << (RANK_SHIFT - 2); byte < e >> 2; byte++) n += BITS[wikidataBits(this.kinds[byte]!)]!;
    const within = e & 3;
    if (within) n += BITS[wikidataBits(this.kinds[e >> 2]!) & ((1 << (within * 2)) - 1)]!;
    return n;
  }

  id(e: number): string {
    switch (this.kind(e)) {
      case WIKIDATA:
        return `Q${this.qids.at(this.rank(e))}`;
      case SLUG:
        return this.prefixes[this.typeOf(e)]! + slugOf(this.nameOf(e))!;
      default:
        return this.texts.get(e)!;
    }
  }

  /** The entity with this id (the last one, if several share it), or -1. */
  indexOf(id: string): number {
    const { starts, entities } = (this.buckets ??= this.sortByHash());
    const hash = idHash(id);
    for (let k = starts[hash + 1]! - 1; k >= starts[hash]!; k--) if (this.id(entities[k]!) === id) return entities[k]!;
    return -1;
  }

  /** A counting sort of the entities by hash: two passes over 2 bytes an entity, no strings. */
  private sortByHash(): { starts: Uint32Array; entities: Int32Array } {
    const starts = new Uint32Array(0x10000 + 1);
    for (let e = 0; e < this.count; e++) starts[this.hashes[e]! + 1]!++;
    for (let h = 0; h < 0x10000; h++) starts[h + 1]! += starts[h]!;
    const next = starts.slice(0, 0x10000);
    const entities = new Int32Array(this.count);
    for (let e = 0; e < this.count; e++) entities[next[this.hashes[e]!]!++] = e;
    return { starts, entities };
  }
}
