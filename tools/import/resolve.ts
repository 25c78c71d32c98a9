/**
 * Settles alias collisions across everything the importers produce, before the
 * compiler sees it (the compiler only checks; this decides). Hand-written entries
 * are never changed. For a text claimed by several entities:
 * - if a hand-written entry claims it unambiguously, generated claimants lose it
 *   (a generated entity whose *name* it is, is dropped and reported);
 * - otherwise the claimants of the highest-priority type keep it, marked ambiguous
 *   if there are several; lower-priority claimants lose it (or are dropped if it is
 *   their name and the winner's claim is unambiguous, else marked ambiguous too).
 * Short aliases (surnames) never collide: the matcher uses them only in context.
 */
import { aliasObject, type AliasObject, type Entity, type EntityType } from '../../src/shared/dataset';
import { foldAlias } from './lib/text';

const PRIORITY: Record<EntityType, number> = {
  // A territory yields to a country: "French" is France, not Saint Pierre and Miquelon.
  country: 0, territory: 1, region: 1, place: 0, organization: 1, party: 1, media: 1, person: 2, city: 3, building: 3, company: 4, term: 5, event: 5,
};

interface Claim {
  entity: Entity;
  isHand: boolean;
  isName: boolean;
  ambiguous: boolean;
}

function nameAmbiguous(entity: Entity): boolean {
  const key = foldAlias(entity.name);
  return (entity.aliases ?? []).some((a) => foldAlias(aliasObject(a).text) === key && aliasObject(a).ambiguous === true);
}

function claimsOf(entity: Entity, isHand: boolean): [string, Claim][] {
  const name = foldAlias(entity.name);
  const out: [string, Claim][] = [[name, { entity, isHand, isName: true, ambiguous: nameAmbiguous(entity) }]];
  for (const alias of entity.aliases ?? []) {
    const object = aliasObject(alias);
    const key = foldAlias(object.text);
    if ((object.short && !object.unambiguous) || key === name) continue;
    out.push([key, { entity, isHand, isName: false, ambiguous: object.ambiguous === true }]);
  }
  return out;
}

/** How many times more Wikipedias must know one namesake for it to keep a shared name alone. */
const POPULARITY_RATIO = 3;

/**
 * Namesakes of one type ranked by popularity (Wikidata sitelinks): when one is known
 * POPULARITY_RATIO times more widely than every other, it alone wins the text (Istanbul's
 * Hagia Sophia, not Trabzon's); otherwise all stay winners and share it by context.
 */
function byPopularity(winners: Claim[]): Claim[] {
  const ids = new Set(winners.map((c) => c.entity.id));
  if (ids.size < 2 || winners.some((c) => c.isHand || c.ambiguous || c.entity.popularity === undefined)) return winners;
  const ranked = [...winners].sort((a, b) => b.entity.popularity! - a.entity.popularity!);
  const [first, ...rest] = ranked;
  const isClear = rest.every((c) => c.entity.id === first!.entity.id || first!.entity.popularity! >= POPULARITY_RATIO * c.entity.popularity!);
  return isClear ? winners.filter((c) => c.entity.id === first!.entity.id) : winners;
}

export interface Resolution {
  entities: Entity[];
  dropped: { id: string; name: string; reason: string }[];
}

export function resolveCollisions(hand: readonly Entity[], generated: readonly Entity[]): Resolution {
  const handIds = new Set(hand.map((e) => e.id));
  const claims = new Map<string, Claim[]>();
  for (const [entities, isHand] of [[hand, true], [generated, false]] as const) {
    for (const entity of entities) for (const [key, claim] of claimsOf(entity, isHand)) claims.set(key, [...(claims.get(key) ?? []), claim]);
  }
  const removeAlias = new Map<string, Set<string>>();
  const markAmbiguous = new Map<string, Set<string>>();
  const drop = new Map<string, string>();
  const note = (map: Map<string, Set<string>>, id: string, key: string) => map.set(id, (map.get(id) ?? new Set()).add(key));

  for (const [key, list] of claims) {
    const ids = new Set(list.map((c) => c.entity.id));
    if (ids.size < 2) continue;
    const handFirm = list.find((c) => c.isHand && !c.ambiguous);
    // A generated twin of a hand entry (same id) is merged by the compiler: it may lose
    // aliases but is never dropped, since the hand entry decides its name.
    const rivals = list.filter((c) => !c.isHand);
    if (handFirm) {
      for (const c of rivals) {
        if (c.entity.id === handFirm.entity.id) continue;
        if (c.isName && !handIds.has(c.entity.id)) drop.set(c.entity.id, `name "${key}" belongs to hand-written ${handFirm.entity.id}`);
        else note(removeAlias, c.entity.id, key);
      }
      continue;
    }
    // A place's own name beats another entity's secondary alias ("Quito" the city, not Ecuador's old name).
    const names = list.filter((c) => c.isName);
    if (names.length === 1 && !names[0]!.isHand) {
      for (const c of list) {
        if (c.isName || c.isHand) continue;
        // Shared on purpose ("Georgia" on the US state): both keep it, and context decides.
        if (c.ambiguous) {
          note(markAmbiguous, c.entity.id, key);
          note(markAmbiguous, names[0]!.entity.id, key);
        } else note(removeAlias, c.entity.id, key);
      }
      // A hand entry shares the text as an ambiguous alias: the name must say so too.
      if (list.some((c) => c.isHand)) note(markAmbiguous, names[0]!.entity.id, key);
      continue;
    }
    const top = Math.min(...list.map((c) => PRIORITY[c.entity.type]));
    const winners = byPopularity(list.filter((c) => PRIORITY[c.entity.type] === top));
    const winnerIds = new Set(winners.map((c) => c.entity.id));
    const firmWinner = winnerIds.size === 1 && winners.every((c) => !c.ambiguous) && !winners.some((c) => c.isHand);
    for (const c of list) {
      if (c.isHand) continue;
      if (winnerIds.has(c.entity.id)) {
        if (winnerIds.size > 1 || list.some((o) => o.isHand)) note(markAmbiguous, c.entity.id, key);
      } else if (!c.isName && c.ambiguous) {
        // Shared on purpose by its own entity ("Georgia" on the US state): kept, and contested.
        note(markAmbiguous, c.entity.id, key);
        for (const w of winners) if (!w.isHand) note(markAmbiguous, w.entity.id, key);
      } else if (!c.isName) note(removeAlias, c.entity.id, key);
      else if (firmWinner && !handIds.has(c.entity.id)) drop.set(c.entity.id, `name "${key}" belongs to ${winners[0]!.entity.id}`);
      else note(markAmbiguous, c.entity.id, key);
    }
    // A lower-priority entity kept under an ambiguous name forces the winner to be ambiguous too.
    if (list.some((c) => !winnerIds.has(c.entity.id) && c.isName && !drop.has(c.entity.id) && !c.isHand)) {
      for (const c of winners) if (!c.isHand) note(markAmbiguous, c.entity.id, key);
    }
  }

  const entities = generated
    .filter((e) => !drop.has(e.id))
    .map((entity) => {
      const removed = removeAlias.get(entity.id);
      const ambiguous = markAmbiguous.get(entity.id);
      if (!removed && !ambiguous) return entity;
      const aliases: AliasObject[] = [];
      for (const alias of entity.aliases ?? []) {
        const object = aliasObject(alias);
        const key = foldAlias(object.text);
        if (removed?.has(key) && !object.short) continue;
        aliases.push(ambiguous?.has(key) && !object.short ? { ...object, ambiguous: true } : object);
      }
      const nameKey = foldAlias(entity.name);
      // The compiler reads a name as ambiguous only from an alias whose text folds to the name's.
      const sameText = (a: AliasObject) => foldAlias(a.text) === nameKey;
      if (ambiguous?.has(nameKey) && !aliases.some((a) => sameText(a) && a.ambiguous)) {
        const at = aliases.findIndex(sameText);
        if (at >= 0) aliases.splice(at, 1);
        aliases.unshift({ text: entity.name, ambiguous: true });
      }
      const { aliases: _old, ...rest } = entity;
      return aliases.length > 0 ? { ...rest, aliases } : rest;
    });
  const dropped = [...drop].map(([id, reason]) => ({ id, name: generated.find((e) => e.id === id)!.name, reason })).sort((a, b) => a.id.localeCompare(b.id));
  return { entities, dropped };
}
