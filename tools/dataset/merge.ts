/**
 * Merging two records of the same entity. Used by the importers (one person found in
 * several sources) and by the compiler (a hand-written entry and a generated one with
 * the same id). The first argument wins every scalar field; lists are unioned with
 * the first's items first, so a reviewed entry is never overwritten by generated data.
 */
import { aliasObject, aliasText, foldName, type Entity, type Role } from '../../src/shared/dataset';

const fold = foldName;

function roleKey(role: Role): string {
  return `${fold(role.title)}|${role.start.slice(0, 4)}`;
}

/** "US Secretary of State" and "Secretary of State of the United States" on the same day are one role. */
function roleDayKey(role: Role): string {
  const head = fold(role.title).replace(/^(us|u\.s\.) /, '').split(' ')[0];
  return `${role.of ?? ''}|${role.start}|${head}`;
}

/** Two records of one office (same title, same body where both name one) whose spans overlap. */
function isSameTerm(a: Role, b: Role): boolean {
  if (fold(a.title) !== fold(b.title) || (a.of !== undefined && b.of !== undefined && a.of !== b.of)) return false;
  const endOf = (r: Role) => r.end ?? r.lastSeen ?? '9999';
  return a.start.slice(0, 7) <= endOf(b).slice(0, 7) && b.start.slice(0, 7) <= endOf(a).slice(0, 7);
}

/** `primary` with the aliases, facts, roles, related ids and sources of `extra` that it lacks. */
export function mergeEntity(primary: Entity, extra: Entity): Entity {
  const merged: Entity = { ...primary };

  const aliasKeys = new Set([fold(primary.name), ...(primary.aliases ?? []).map((a) => fold(aliasText(a)))]);
  const aliases = [...(primary.aliases ?? [])];
  // The other record's name joins as an alias, needing context if that record says it does ("Kurdistan", Iran's province and Iraq's region).
  const extraName = isNameAmbiguous(extra) ? { text: extra.name, ambiguous: true } : extra.name;
  for (const alias of [extraName, ...(extra.aliases ?? [])]) {
    const key = fold(aliasText(alias));
    if (aliasKeys.has(key)) continue;
    aliasKeys.add(key);
    aliases.push(alias);
  }
  if (aliases.length > 0) merged.aliases = aliases;

  const factLabels = new Set((primary.facts ?? []).map((f) => fold(f.label)));
  // A bare year the first already states under another label ("Existed: 1922–1991" against
  // "Founded: 1922") would say it twice.
  const statedYears = new Set((primary.facts ?? []).flatMap((f) => f.value.match(/\b\d{3,4}\b/g) ?? []));
  const isRestated = (value: string) => /^\d{3,4}$/.test(value) && statedYears.has(value);
  const facts = [...(primary.facts ?? []), ...(extra.facts ?? []).filter((f) => !factLabels.has(fold(f.label)) && !isRestated(f.value))];
  if (facts.length > 0) merged.facts = facts;

  const dayKeys = new Set((primary.roles ?? []).map(roleDayKey));
  const roles = [...(primary.roles ?? [])];
  for (const role of extra.roles ?? []) {
    // The same office over the same years, dated a little apart by two sources (acting from
    // December 2006, sworn in February 2007), is one term: the first's dates stand. An open term
    // the other source saw later is known to later: a card written in 2025 says "as of 2025", the
    // Factbook confirms the same term to January 2026.
    const same = roles.findIndex((r) => isSameTerm(r, role) || roleKey(r) === roleKey(role));
    if (same >= 0) {
      const kept = roles[same]!;
      if (!kept.end && !role.end && kept.lastSeen && role.lastSeen && role.lastSeen > kept.lastSeen) roles[same] = { ...kept, lastSeen: role.lastSeen };
      continue;
    }
    // One of the same key was found just above; the same office named another way on the same day is left.
    if (dayKeys.has(roleDayKey(role))) continue;
    dayKeys.add(roleDayKey(role));
    roles.push(role);
  }
  if (roles.length > 0) merged.roles = roles;

  const related = [...new Set([...(primary.related ?? []), ...(extra.related ?? [])])].filter((id) => id !== primary.id);
  if (related.length > 0) merged.related = related;

  const sourceKeys = new Set(primary.sources.map((s) => `${s.source}|${s.url ?? ''}`));
  merged.sources = [...primary.sources, ...extra.sources.filter((s) => !sourceKeys.has(`${s.source}|${s.url ?? ''}`))];
  if (!merged.link && extra.link) merged.link = extra.link;
  if (merged.popularity === undefined && extra.popularity !== undefined) merged.popularity = extra.popularity;
  return merged;
}

/** Whether an entity marks its own name ambiguous (an alias with the name's text and `ambiguous: true`). */
export function isNameAmbiguous(entity: Entity): boolean {
  const name = fold(entity.name);
  return (entity.aliases ?? []).some((a) => fold(aliasText(a)) === name && aliasObject(a).ambiguous === true);
}
