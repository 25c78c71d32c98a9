/**
 * The card's time-aware lines: who or what an entity was on the article's date,
 * and what came after. People speak through their roles; countries through the
 * leaders who held office then.
 */
import type { Entity, Role } from './dataset';
import { yearOf } from './dates';
import { earlierRoles, isRoleHeldOn, laterRoles, rolesAt } from './time';

/** Titles that name who leads a country: the holders a country card lists. */
const LEADER_TITLE = /^(President|Prime Minister|Premier|Chancellor|Monarch|King|Queen|Emperor|Emir|Sultan|Supreme Leader|General Secretary|Taoiseach|Chief Executive|Head of State|Head of Government|Chairman of the Presidential)\b/;
/** Leaders listed on a country card: the head of state and of government, with room for a third post. */
const MAX_LEADERS = 3;

export interface TimeLines {
  atTime?: string;
  later?: string;
}

/** "2021–2024", "since 2013"; an inferred end is only a bound ("2021–by 2025"). */
export function roleSpan(role: Role): string {
  const start = yearOf(role.start);
  if (!role.end) return `since ${start}`;
  const end = yearOf(role.end);
  if (role.endInferred) return `${start}–by ${end}`;
  return start === end ? start : `${start}–${end}`;
}

function describe(roles: readonly Role[]): string {
  return roles.map((role) => `${role.title} (${roleSpan(role)})`).join('; ');
}

/** A person's (or any role-holder's) lines for a day. */
export function roleLines(entity: Entity, day: string): TimeLines {
  if (!entity.roles?.length) return {};
  const held = rolesAt(entity, day);
  const after = laterRoles(entity, day);
  const lines: TimeLines = {};
  if (held.length > 0) lines.atTime = describe(held);
  else {
    const before = earlierRoles(entity, day);
    if (before.length > 0) lines.atTime = `Formerly ${describe(before.slice(0, 2).reverse())}`;
  }
  if (after.length > 0) lines.later = describe(after);
  else {
    const ended = held.filter((role) => role.end !== undefined);
    if (ended.length > 0) lines.later = `left ${ended.map((r) => `${r.title} ${r.endInferred ? 'by' : 'in'} ${yearOf(r.end!)}`).join('; ')}`;
  }
  return lines;
}

export interface Leader {
  entity: Entity;
  role: Role;
}

/** An index of leadership roles by the country they are `of`, built once per dataset. */
export function buildLeaderIndex(entities: Iterable<Entity>): ReadonlyMap<string, Leader[]> {
  const index = new Map<string, Leader[]>();
  for (const entity of entities) {
    for (const role of entity.roles ?? []) {
      if (!role.of || !LEADER_TITLE.test(role.title) || /\bVice\b|\bDeputy\b/.test(role.title)) continue;
      const list = index.get(role.of) ?? [];
      list.push({ entity, role });
      index.set(role.of, list);
    }
  }
  return index;
}

/** A country's lines for a day: its leaders then, and who led after. */
export function leaderLines(entity: Entity, day: string, leaders: ReadonlyMap<string, Leader[]>): TimeLines {
  const all = leaders.get(entity.id) ?? [];
  const then = all
    .filter(({ role }) => isRoleHeldOn(role, day))
    .sort((a, b) => a.role.title.localeCompare(b.role.title))
    .slice(0, MAX_LEADERS);
  if (then.length === 0) return {};
  const lines: TimeLines = {
    atTime: then.map(({ entity: p, role }) => `${role.title}: ${p.name} (${roleSpan(role)})`).join('; '),
  };
  const successors = then.flatMap(({ role, entity: holder }) =>
    all
      .filter((other) => other.role.title === role.title && other.entity !== holder && other.role.start > day)
      .sort((a, b) => a.role.start.localeCompare(b.role.start))
      .slice(0, 1),
  );
  if (successors.length > 0) {
    lines.later = successors.map(({ entity: p, role }) => `${role.title}: ${p.name} (${roleSpan(role)})`).join('; ');
  }
  return lines;
}
