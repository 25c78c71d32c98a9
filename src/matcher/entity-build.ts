/**
 * The entity half of the index file: ids, names, context words and the related
 * graph, each in the form the matcher reads (see README.md, "The index file").
 */
import { encodeColumns, type ColumnMeta } from './columns';
import { contextWordsOf } from './context';
import { writeEntityIds, type IdPrefixes } from './entity-ids';
import type { SectionWriter } from './sections';
import type { MatcherInput } from './types';
import { encodeUtf8 } from './utf8';

/** Fields of MatcherEntity the index stores in forms of its own; any other field is a generic column. */
const ENTITY_FIELDS_STORED = new Set(['id', 'name', 'context', 'related']);

export interface EntityMeta {
  entityCount: number;
  entityColumns: ColumnMeta[];
  /** Type → the prefix of ids made from the name (see entity-ids.ts). */
  idPrefixes: IdPrefixes;
}

/** What the alias half of the build knows that this half needs. */
export interface AliasFacts {
  /** Entity of each alias, in input order (-1: none). */
  entityOf: Int32Array;
  /** Input alias number → the index's. */
  renumber: Int32Array;
  /** Whether an alias (input number) has words, so its text can be read back. */
  named: (a: number) => boolean;
  entityIndex: ReadonlyMap<string, number>;
  external: ((id: string) => number) | undefined;
}

export function writeEntities(input: MatcherInput, facts: AliasFacts, out: SectionWriter): EntityMeta {
  const { entities, aliases } = input;
  const idPrefixes = writeEntityIds(entities, out);

  // The name is usually one of the entity's aliases: then only that alias's number is stored.
  const nameAlias = new Int32Array(entities.length).fill(-1);
  for (let a = 0; a < aliases.length; a++) {
    const e = facts.entityOf[a]!;
    if (e !== -1 && nameAlias[e] === -1 && facts.named(a) && aliases[a]!.text === entities[e]!.name) nameAlias[e] = facts.renumber[a]!;
  }
  out.packed('entity.nameAlias', Array.from(nameAlias, (a) => a + 1));
  out.sparse('entity.name', entities.flatMap(({ name }, e) => (nameAlias[e] === -1 ? [[e, name] as const] : [])));

  // Context words as numbers into one list of distinct words, the most used first
  // (one byte for the commonest 128): entities share most of theirs.
  const words = entities.map((entity) => contextWordsOf(entity.context ?? []));
  const uses = new Map<string, number>();
  for (const list of words) for (const w of list) uses.set(w, (uses.get(w) ?? 0) + 1);
  const vocab = [...uses.keys()].sort((x, y) => uses.get(y)! - uses.get(x)!);
  const number = new Map(vocab.map((w, i) => [w, i]));
  out.lists('context', words.map((list) => list.map((w) => number.get(w)!)), false);
  const vocabBytes = vocab.map(encodeUtf8);
  out.blocked('vocab.start', vocabBytes.map((b) => b.length));
  out.bytes('vocab.text', concat(vocabBytes));

  const { related, externals } = relatedGraph(input, facts);
  out.lists('related', related.map((set) => [...set].sort((x, y) => x - y)), true);
  out.packed('related.external', externals.flat());

  const entityColumns = encodeColumns(entities, ENTITY_FIELDS_STORED, 'entity.column', out);
  return { entityCount: entities.length, entityColumns, idPrefixes };
}

/**
 * Entities related in either direction (dataset `related`, `roles[].of`), each once:
 * the disambiguation score counts those named on the page. Ids resolved by
 * `external` (another layer's entities) are kept apart as [entity, other] pairs.
 */
function relatedGraph(input: MatcherInput, facts: AliasFacts): { related: Set<number>[]; externals: [number, number][] } {
  const related = input.entities.map(() => new Set<number>());
  const externals: [number, number][] = [];
  input.entities.forEach((entity, e) => {
    for (const id of entity.related ?? []) {
      const other = facts.entityIndex.get(id);
      if (other === undefined) {
        const outside = facts.external?.(id) ?? -1;
        if (outside !== -1) externals.push([e, outside]);
        continue;
      }
      if (other === e) continue;
      related[e]!.add(other);
      related[other]!.add(e);
    }
  });
  return { related, externals };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
