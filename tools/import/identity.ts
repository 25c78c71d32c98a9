/**
 * One entity per identity, before collisions are settled. Records of the same thing
 * from different sources are merged:
 * - the same id (a Wikidata QID from two sources) → one entity, the first source's
 *   scalars winning and lists unioned (tools/dataset/merge.ts);
 * - a record keyed by QID whose name is the name of a record with a `bs:` id of the
 *   same family (the S&P 500's "Netflix" and Wikidata's Q907311) → merged into it, so
 *   ids others already link to stay stable and the entity gains the popularity;
 * - a generated record whose name a hand-written entry carries (as name or alias) in
 *   the same family → re-keyed to the hand entry's id, so the compiler merges the two
 *   (the hand entry keeps its words, the generated one adds its facts), unless it is a
 *   party of another country (Brazil's "Democratic Party" is not the US one) or the hand
 *   entry marks its own name ambiguous (England's Cambridge is not Ontario's).
 * People are merged only by id: two people may share a name.
 */
import { aliasObject, type Entity, type EntityType } from '../../src/shared/dataset';
import { isNameAmbiguous, mergeEntity } from '../dataset/merge';
import { foldAlias } from './lib/text';

const FAMILY: Record<EntityType, string> = {
  country: 'place', territory: 'place', region: 'place', place: 'place', city: 'city', building: 'building',
  organization: 'org', company: 'org', media: 'org', party: 'org', person: 'person', term: 'term', event: 'term',
};

const key = (entity: Entity, text: string) => `${FAMILY[entity.type]}|${foldAlias(text)}`;

export interface IdentityResult {
  /** Generated entities, one per identity, each tagged with the group it was first seen in. */
  groups: [string, Entity[]][];
  /** Old id → new id, for links that pointed at a merged record. */
  renamed: Map<string, string>;
}

function handKeys(hand: readonly Entity[]): Map<string, Entity> {
  const byKey = new Map<string, Entity>();
  for (const entity of hand) {
    if (entity.type === 'person') continue;
    // A name the entry itself marks ambiguous is shared with others ("Cambridge" in England, Ontario
    // and Massachusetts): a generated record of that name is not this entry.
    const aliases = (entity.aliases ?? []).map(aliasObject).filter((a) => !a.short && !a.ambiguous && !a.demonym);
    const texts = [...(isNameAmbiguous(entity) ? [] : [entity.name]), ...aliases.map((a) => a.text)];
    for (const text of texts) if (!byKey.has(key(entity, text))) byKey.set(key(entity, text), entity);
  }
  return byKey;
}

/**
 * Whether a generated party is plainly another one than the hand entry of its name: both
 * say what they relate to, and nothing is shared (the Factbook's parties relate to their
 * country; a hand party relates to its own).
 */
function isElsewhere(generated: Entity, hand: Entity): boolean {
  if (generated.type !== 'party' || !generated.related?.length || !hand.related?.length) return false;
  return !generated.related.some((id) => hand.related!.includes(id));
}

/** Merges generated records by identity (see the file comment). Groups keep their order. */
export function mergeByIdentity(hand: readonly Entity[], groups: readonly [string, readonly Entity[]][]): IdentityResult {
  const toHand = handKeys(hand);
  // A hand entry that reuses a generated record's own id is that record: its name leads nowhere
  // else ("Palma" by hand is both Palma de Mallorca, bs:city/palma, and the Mozambican town).
  const handIds = new Set(hand.map((e) => e.id));
  // Every hand party carrying a text, as name or any alias: where a generated party's name leads.
  const sharers = new Map<string, Entity[]>();
  for (const entity of hand) {
    if (entity.type !== 'party') continue;
    // "Democratic Party (Italy)" carries "Democratic Party" too.
    const bare = entity.name.replace(/ \([^()]+\)$/, '');
    for (const text of [entity.name, bare, ...(entity.aliases ?? []).map((a) => aliasObject(a).text)]) {
      const list = sharers.get(key(entity, text)) ?? [];
      if (!list.includes(entity)) sharers.set(key(entity, text), [...list, entity]);
    }
  }
  const renamed = new Map<string, string>();
  const byBsName = new Map<string, string>();
  for (const [, entities] of groups) {
    for (const e of entities) if (e.id.startsWith('bs:') && e.type !== 'person' && !byBsName.has(key(e, e.name))) byBsName.set(key(e, e.name), e.id);
  }
  const merged = new Map<string, { group: string; entity: Entity }>();
  for (const [group, entities] of groups) {
    for (const original of entities) {
      let entity = original;
      const named = entity.type === 'person' || handIds.has(entity.id) ? undefined : toHand.get(key(entity, entity.name));
      // Of another country: Brazil's and Italy's "Democratic Party" are not the US party the hand
      // entry is. A hand entry of its own country that shares the name is its twin instead (Italy's).
      const handTwin = named && isElsewhere(entity, named) ? sharers.get(key(entity, entity.name))?.find((h) => h !== named && !isElsewhere(entity, h) && h.related?.length) : named;
      const bsId = entity.id.startsWith('Q') && entity.type !== 'person' ? byBsName.get(key(entity, entity.name)) : undefined;
      const target = handTwin?.id ?? bsId;
      if (target && target !== entity.id) {
        renamed.set(entity.id, target);
        // The compiler merges twins of one type: the hand entry's type decides.
        entity = { ...entity, id: target, ...(handTwin ? { type: handTwin.type } : {}) };
      }
      const existing = merged.get(entity.id);
      if (existing) existing.entity = mergeEntity(existing.entity, entity);
      else merged.set(entity.id, { group, entity });
    }
  }
  const relink = (id: string) => renamed.get(id) ?? id;
  const out = new Map<string, Entity[]>(groups.map(([group]) => [group, []]));
  for (const { group, entity } of merged.values()) {
    const related = entity.related ? [...new Set(entity.related.map(relink))].filter((id) => id !== entity.id) : undefined;
    const roles = entity.roles?.map((r) => (r.of ? { ...r, of: relink(r.of) } : r));
    out.get(group)!.push({ ...entity, ...(related ? { related } : {}), ...(roles ? { roles } : {}) });
  }
  return { groups: [...out], renamed };
}
