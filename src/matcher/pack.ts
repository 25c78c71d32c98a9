/**
 * A compact, JSON-safe form of the matcher's input, written by the build as
 * `data/matcher.json`. The background parses it (~1.6 MB) to build its index at
 * start instead of the whole dataset (~4.6 MB) and the context words derived from
 * it; the dataset itself is read only when a card, search or credit is asked for.
 */
import { ENTITY_TYPES, type CaseRule, type EntityType } from '../shared/dataset';
import type { MatcherAlias, MatcherEntity, MatcherInput } from './types';

export const PACK_VERSION = 1;

// The ASCII unit separator: never part of a word.
const SEPARATOR = '\u001f';
const CASES: readonly CaseRule[] = ['auto', 'exact', 'insensitive'];
const FLAGS = ['short', 'unambiguous', 'ambiguous', 'demonym'] as const;

/** [id, name, type index, context words joined by U+001F, related entity indexes]. */
type PackedEntity = [string, string, number, string, number[]];
/** [text, entity index, case index, flag bits]. */
type PackedAlias = [string, number, number, number];

export interface PackedMatcherInput {
  version: typeof PACK_VERSION;
  entities: PackedEntity[];
  aliases: PackedAlias[];
}

/** Packs matcher input: ids become indexes, flags become bits. */
export function packMatcherInput(input: MatcherInput): PackedMatcherInput {
  const index = new Map(input.entities.map((entity, i) => [entity.id, i]));
  const entities = input.entities.map((entity): PackedEntity => [
    entity.id,
    entity.name,
    ENTITY_TYPES.indexOf(entity.type),
    (entity.context ?? []).join(SEPARATOR),
    (entity.related ?? []).flatMap((id) => (index.has(id) ? [index.get(id)!] : [])),
  ]);
  const aliases = input.aliases.map((alias): PackedAlias => {
    const entity = index.get(alias.id);
    if (entity === undefined) throw new Error(`alias "${alias.text}" points at unknown entity ${alias.id}`);
    const bits = FLAGS.reduce((n, flag, bit) => (alias[flag] ? n | (1 << bit) : n), 0);
    return [alias.text, entity, CASES.indexOf(alias.case), bits];
  });
  return { version: PACK_VERSION, entities, aliases };
}

/** Unpacks what `packMatcherInput` wrote; throws on a file of another version. */
export function unpackMatcherInput(packed: PackedMatcherInput): MatcherInput {
  if (packed.version !== PACK_VERSION) throw new Error(`matcher pack version ${String(packed.version)}, expected ${PACK_VERSION}`);
  const ids = packed.entities.map(([id]) => id);
  const entities = packed.entities.map(([id, name, type, context, related]): MatcherEntity => {
    return {
      id,
      name,
      type: ENTITY_TYPES[type] as EntityType,
      context: context ? context.split(SEPARATOR) : [],
      related: related.map((i) => ids[i]!),
    };
  });
  const aliases = packed.aliases.map(([text, entity, caseIndex, bits]): MatcherAlias => {
    const alias: MatcherAlias = { text, id: ids[entity]!, case: CASES[caseIndex] ?? 'auto' };
    FLAGS.forEach((flag, bit) => {
      if (bits & (1 << bit)) alias[flag] = true;
    });
    return alias;
  });
  return { entities, aliases };
}
