/**
 * Cards without the whole dataset: the build writes each entity, with what its
 * card needs of other entities, into one of a few hundred files chosen by a hash
 * of its id (`data/cards/NNN.json.gz`, compressed). Reading a card reads one small file (and the
 * sources, `data/meta.json`). The background, the CLI and the build share this
 * module, so writer and readers agree on the file, the hash and the card context.
 *
 * What a card needs besides its entity, and so what a record carries: the names,
 * types and last checks of the entities it refers to (`related`, `roles[].of`,
 * its leaders) and the leadership roles held in it (a country's card names its
 * leaders on a date). If
 * `buildCard` comes to need more of other entities, add it here:
 * tests/unit/card-shards.test.ts fails until the cards agree again.
 */
import { hashText, mixHash } from '../matcher/hash';
import type { CardContext } from './card';
import type { CompiledDataset, Entity, EntitySource, EntityType, Role, SourceInfo } from './dataset';
import { buildLeaderIndex, type Leader } from './time-lines';

/** A shard's size the build aims at: a card from a cold background reads one in well under 5 ms. */
const SHARD_TARGET_BYTES = 48 * 1024;
export const CARD_SHARD_VERSION = 3;

export interface CardRecord {
  entity: Entity;
  /** Name, type and last check of every entity the card may name, by id (a leader's check dates its role's status). */
  refs: Record<string, [name: string, type: EntityType, updated: string]>;
  /** Leadership roles held in this entity (`buildLeaderIndex`), in the dataset's order. */
  leaders?: [holder: string, role: Role][];
}

/** A shard as written: read a record with `cardRecord`. */
export interface CardShard {
  version: typeof CARD_SHARD_VERSION;
  /** The distinct source lists of the shard's entities (packed: see PackedEntity), which entities name by index. */
  sourceLists: EntitySource[][];
  /** The distinct dates of last check in the shard (entities' and refs'), which they name by index. */
  dates: string[];
  cards: Record<string, PackedRecord>;
}

/** A record as a shard holds it: its entity packed, its refs' dates as indexes into the shard's `dates`. */
interface PackedRecord {
  entity: PackedEntity;
  refs: Record<string, [name: string, type: EntityType, updated: number]>;
  leaders?: CardRecord['leaders'];
}

/**
 * How many shards a dataset is cut into: a power of two that keeps shards near
 * SHARD_TARGET_BYTES. The build writes it into `data/meta.json` and into the
 * background's code (so a card needs no other file to find its shard).
 */
export function cardShardCount(dataset: CompiledDataset): number {
  const bytes = dataset.entities.reduce((n, e) => n + JSON.stringify(e).length, 0);
  let count = 1;
  while (count * SHARD_TARGET_BYTES < bytes) count *= 2;
  return count;
}

/**
 * An entity as a shard holds it, without what the shard says elsewhere: its id (the record's
 * key), the address of a Wikipedia source that is the entity's own link (`{ "source":
 * "wikipedia", "link": 1 }`), and its source list and date of last check as indexes into
 * the shard's tables (most entities share one of a handful of source lists and dates).
 * Together 5.3 MB of the 33.5 MB the shards would take whole at 57,500 entities.
 */
type PackedEntity = Omit<Entity, 'id' | 'sources' | 'updated'> & { sources: number; updated: number };

/** Interns values in one of a shard's tables, by their JSON. */
class Table<T> {
  readonly values: T[] = [];
  private readonly indexes = new Map<string, number>();
  index(value: T): number {
    const key = JSON.stringify(value);
    let index = this.indexes.get(key);
    if (index === undefined) this.indexes.set(key, (index = this.values.push(value) - 1));
    return index;
  }
}

interface ShardTables {
  sourceLists: Table<EntitySource[]>;
  dates: Table<string>;
}

function packEntity({ id: _id, sources, updated, ...entity }: Entity, tables: ShardTables): PackedEntity {
  const ownLink = entity.link;
  const packed = ownLink ? sources.map((s) => (s.url === ownLink ? ({ source: s.source, link: 1 } as EntitySource) : s)) : sources;
  return { ...entity, sources: tables.sourceLists.index(packed), updated: tables.dates.index(updated) };
}

function unpackEntity(id: string, { sources, updated, ...entity }: PackedEntity, shard: CardShard): Entity {
  const isLink = (s: EntitySource) => (s as { link?: number }).link === 1;
  const list = shard.sourceLists[sources] ?? [];
  const date = shard.dates[updated] ?? '';
  return { id, ...entity, updated: date, sources: list.map((s) => (isLink(s) ? { source: s.source, url: entity.link } : { ...s })) };
}

/** An entity's card record in its shard, with the entity as the dataset has it; undefined if the shard has none. */
export function cardRecord(shard: CardShard, id: string): CardRecord | undefined {
  const packed = shard.cards[id];
  if (!packed) return undefined;
  const refs: CardRecord['refs'] = {};
  for (const [ref, [name, type, date]] of Object.entries(packed.refs)) refs[ref] = [name, type, shard.dates[date] ?? ''];
  return { ...packed, refs, entity: unpackEntity(id, packed.entity, shard) };
}

/** The ids of the cards a shard holds. */
export function cardIds(shard: CardShard): string[] {
  return Object.keys(shard.cards);
}

/** The shard an entity's card is in, of `count`. */
export function cardShardOf(id: string, count: number): number {
  return mixHash(hashText(id)) & (count - 1);
}

/** The shard's path under the data directory. */
export function cardShardFile(shard: number): string {
  return `cards/${shard.toString(16).padStart(3, '0')}.json.gz`;
}

/** The shards of a dataset, by shard number (every one is written, even if empty). */
export function cardShards(dataset: CompiledDataset, count: number): CardShard[] {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const leaders = buildLeaderIndex(dataset.entities);
  const tables = Array.from({ length: count }, (): ShardTables => ({ sourceLists: new Table(), dates: new Table() }));
  const cards = Array.from({ length: count }, (): CardShard['cards'] => ({}));
  for (const entity of dataset.entities) {
    const shard = cardShardOf(entity.id, count);
    const own = tables[shard]!;
    const record: PackedRecord = { entity: packEntity(entity, own), refs: {} };
    const held = leaders.get(entity.id);
    if (held) record.leaders = held.map(({ entity: holder, role }) => [holder.id, role]);
    const referred = [...(entity.related ?? []), ...(entity.roles ?? []).flatMap((r) => (r.of ? [r.of] : [])), ...(held ?? []).map((l) => l.entity.id)];
    for (const id of referred) {
      const other = byId.get(id);
      if (other) record.refs[id] = [other.name, other.type, own.dates.index(other.updated)];
    }
    cards[shard]![entity.id] = record;
  }
  return cards.map((shardCards, i) => ({ version: CARD_SHARD_VERSION, sourceLists: tables[i]!.sourceLists.values, dates: tables[i]!.dates.values, cards: shardCards }));
}

/**
 * The card context of a record: other entities as the record names them (an
 * entity with its name, type and last check, and nothing else), leaders as the
 * record lists them.
 */
export function cardContext(record: CardRecord, sources: ReadonlyMap<string, SourceInfo>, asOf: string, asOfOrigin: 'article' | 'today'): CardContext {
  const stubs = new Map<string, Entity>();
  const stub = (id: string): Entity | undefined => {
    const ref = record.refs[id];
    if (!ref) return undefined;
    let entity = stubs.get(id);
    if (!entity) stubs.set(id, (entity = { id, name: ref[0], type: ref[1], updated: ref[2], summary: '', sources: [] }));
    return entity;
  };
  const leaders = new Map<string, Leader[]>();
  if (record.leaders) {
    leaders.set(
      record.entity.id,
      record.leaders.flatMap(([holder, role]) => {
        const entity = stub(holder);
        return entity ? [{ entity, role }] : [];
      }),
    );
  }
  return { asOf, asOfOrigin, lookup: stub, sources, leaders };
}

/** The card context of an entity when the whole dataset is at hand (the reference the shards must agree with). */
export function datasetCardContext(dataset: CompiledDataset, asOf: string, asOfOrigin: 'article' | 'today'): CardContext {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  return {
    asOf,
    asOfOrigin,
    lookup: (id) => byId.get(id),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    leaders: buildLeaderIndex(dataset.entities),
  };
}
