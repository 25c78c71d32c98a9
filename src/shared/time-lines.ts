/**
 * The card's time-aware reading: who or what an entity was on the article's date,
 * and what came after, as structured lines. People speak through their roles;
 * countries (and US states) through the officeholders of the day. The words a
 * reader sees are chosen in card.ts; this module only decides what is true.
 */
import type { Entity, Role } from './dataset';
import { byStart, earliestDay, earlierRoles, laterRoles, latestDay, roleStatusOn, type RoleStatus } from './time';

/** Titles that name who leads a country: the holders a country card lists. */
const LEADER_TITLE = /^(President|Prime Minister|Premier|Chancellor|Monarch|King|Queen|Emperor|Emir|Sultan|Supreme Leader|General Secretary|Taoiseach|Chief Executive|Head of State|Head of Government|Chairman of the Presidential|US Senator from|Governor of)\b/;
/** A central bank's governor is `of` its country too, but leads no government. */
const NOT_LEADER = /\b(Vice|Deputy)\b|Bank|bank|Reserve|Monetary/;
/** Offices listed on a country card: head of state and of government, with room for two senators. */
const MAX_OFFICES = 4;
/** Roles listed on a person's card for one date: the rest is "and N more" (a monarch of 15 realms). */
export const MAX_ROLES_SHOWN = 3;

export interface RoleLine {
  role: Role;
  status: RoleStatus;
  /** When the role's entry was last checked: the horizon of an open role with none of its own. */
  checked: string;
}

export interface PersonTimeline {
  /** Held (or last known held) on the day, defining role first. */
  held: RoleLine[];
  /** Ended at an unknown day around the date: neither held nor over for sure. */
  uncertain: RoleLine[];
  /** Nothing held or uncertain: what had ended before, most recent first. */
  earlier: Role[];
  /** Roles that began after the day. */
  later: Role[];
  /** Held roles whose end is known (or bounded), for "left … in 2024". */
  leftAfter: Role[];
}

/** A person's (or any role-holder's) reading of a day. */
export function personTimeline(entity: Entity, day: string): PersonTimeline | undefined {
  if (!entity.roles?.length) return undefined;
  // An entity lists its defining role first (importers put it there): among roles held together it leads.
  const defining = entity.roles[0];
  const lines = entity.roles
    .map((role) => ({ role, status: roleStatusOn(role, day, entity.updated), checked: entity.updated }))
    .sort((a, b) => Number(b.role === defining) - Number(a.role === defining) || byStart(a.role, b.role));
  const held = lines.filter((l) => l.status === 'held' || l.status === 'last-known');
  const uncertain = lines.filter((l) => l.status === 'unknown');
  return {
    held,
    uncertain,
    earlier: held.length + uncertain.length === 0 ? earlierRoles(entity, day) : [],
    later: laterRoles(entity, day).sort((a, b) => Number(b === defining) - Number(a === defining)),
    leftAfter: held.filter((l) => l.role.end !== undefined).map((l) => l.role),
  };
}

export interface Leader {
  entity: Entity;
  role: Role;
}

/** The office a leadership role fills: the Factbook's seat where known, else its title. */
export function officeKey(role: Role): string {
  return role.office ?? role.title;
}

function isLeaderRole(role: Role): boolean {
  if (!role.of) return false;
  if (role.office) return true;
  return LEADER_TITLE.test(role.title) && !NOT_LEADER.test(role.title);
}

/** An index of leadership roles by the country (or state) they are `of`, built once per dataset. */
export function buildLeaderIndex(entities: Iterable<Entity>): ReadonlyMap<string, Leader[]> {
  const index = new Map<string, Leader[]>();
  for (const entity of entities) {
    for (const role of entity.roles ?? []) {
      if (!isLeaderRole(role)) continue;
      const list = index.get(role.of!) ?? [];
      list.push({ entity, role });
      index.set(role.of!, list);
    }
  }
  return index;
}

export interface LeaderLine extends Leader {
  status: RoleStatus;
}

export interface PlaceTimeline {
  /** One line per holder of each office on the day (two for a state's senators). */
  then: LeaderLine[];
  /** Who took each of those offices next. */
  next: Leader[];
}

/** A place's officeholders on a day, and who followed them. */
export function leaderTimeline(entity: Entity, day: string, leaders: ReadonlyMap<string, Leader[]>): PlaceTimeline | undefined {
  const all = leaders.get(entity.id) ?? [];
  const current = all
    .map((leader) => ({ ...leader, status: roleStatusOn(leader.role, day, leader.entity.updated) }))
    .filter((l) => l.status === 'held' || l.status === 'last-known' || l.status === 'unknown');
  // Where a source names the seats (the Factbook's head of state and of government), those are the leaders.
  const lines = current.some((l) => l.role.office) ? current.filter((l) => l.role.office) : current;
  // A handover day counts for both holders (ends are inclusive): the incoming one speaks for it.
  const then = lines
    .filter((l) => !lines.some((o) => o !== l && officeKey(o.role) === officeKey(l.role) && o.role.start === l.role.end))
    .sort((a, b) => officeOrder(a.role) - officeOrder(b.role) || officeKey(a.role).localeCompare(officeKey(b.role)) || byStart(a.role, b.role));
  const offices = [...new Set(then.map((l) => officeKey(l.role)))].slice(0, MAX_OFFICES);
  const shown = then.filter((l) => offices.includes(officeKey(l.role)));
  if (shown.length === 0) return undefined;
  const next = shown.flatMap(({ role, entity: holder }) =>
    all
      .filter((o) => officeKey(o.role) === officeKey(role) && o.entity !== holder && earliestDay(o.role.start) > latestDay(day))
      .sort((a, b) => byStart(a.role, b.role))
      .slice(0, 1),
  );
  return { then: shown, next: [...new Map(next.map((n) => [n.entity.id + officeKey(n.role), n])).values()] };
}

/** Head of state before head of government before the rest. */
function officeOrder(role: Role): number {
  return role.office === 'head of state' ? 0 : role.office === 'head of government' || /^Governor of/.test(role.title) ? 1 : 2;
}
