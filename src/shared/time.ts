/**
 * Time-aware reading of roles: what someone held on an article's date, and what came
 * after. Dates are partial (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); a partial date stands
 * for its whole span, and a role counts as held on a date when their spans overlap
 * (so "2013" as a start means "some time in 2013"). Ends are inclusive: someone whose
 * role ends 2025-01-20 still held it on 2025-01-20.
 *
 * A source knows up to its horizon (`Role.lastSeen`). Past it, an open role is only
 * the *last known* state, and a role whose end is a bound (`endInferred`) is
 * *unknown*: it ended some time between `lastSeen` and `end`, and the card says so
 * instead of guessing.
 */
import type { Entity, PartialDate, Role } from './dataset';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The first day a partial date can mean, as YYYY-MM-DD. */
export function earliestDay(date: PartialDate): string {
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}`;
}

/** The last day a partial date can mean, as YYYY-MM-DD (29 February is allowed: only order matters). */
export function latestDay(date: PartialDate): string {
  const [year, month, day] = date.split('-');
  if (!month) return `${year}-12-31`;
  if (!day) return `${year}-${month}-${String(DAYS_IN_MONTH[Number(month) - 1] ?? 31).padStart(2, '0')}`;
  return date;
}

/**
 * What the data knows about `role` on `date`:
 * - `before`: not yet begun; `ended`: over by then;
 * - `held`: held, within what a source confirms;
 * - `last-known`: an open role past its source's horizon: held when last seen, not known since;
 * - `unknown`: past the horizon of a role that ended by a later bound: it may or may not still have been held.
 */
export type RoleStatus = 'before' | 'held' | 'last-known' | 'unknown' | 'ended';

export function roleStatusOn(role: Role, date: PartialDate, checked?: string): RoleStatus {
  if (earliestDay(role.start) > latestDay(date)) return 'before';
  if (role.end !== undefined && latestDay(role.end) < earliestDay(date)) return 'ended';
  // An open role with no horizon of its own is known as far as its entry was last checked (`Entity.updated`).
  const horizon = role.lastSeen ?? (role.end === undefined ? checked : undefined);
  if (horizon !== undefined && earliestDay(date) > latestDay(horizon)) {
    return role.end === undefined ? 'last-known' : role.endInferred ? 'unknown' : 'held';
  }
  return 'held';
}

/** Whether `role` was held on `date`, or is the last known state of an open role past its horizon. */
export function isRoleHeldOn(role: Role, date: PartialDate): boolean {
  const status = roleStatusOn(role, date);
  return status === 'held' || status === 'last-known';
}

/** Roles that may or may not have been held on `date`: ended at an unknown day after their last sighting. */
export function uncertainRoles(entity: Entity, date: PartialDate): Role[] {
  return (entity.roles ?? []).filter((role) => roleStatusOn(role, date) === 'unknown').sort(byStart);
}

export function byStart(a: Role, b: Role): number {
  return earliestDay(a.start).localeCompare(earliestDay(b.start)) || a.title.localeCompare(b.title);
}

/** Roles the entity held on `date`, earliest start first. */
export function rolesAt(entity: Entity, date: PartialDate): Role[] {
  return (entity.roles ?? []).filter((role) => isRoleHeldOn(role, date)).sort(byStart);
}

/** Roles that began after `date` ("what came after"), earliest first. */
export function laterRoles(entity: Entity, date: PartialDate): Role[] {
  return (entity.roles ?? []).filter((role) => earliestDay(role.start) > latestDay(date)).sort(byStart);
}

/** Roles that had ended before `date`, most recent first. */
export function earlierRoles(entity: Entity, date: PartialDate): Role[] {
  return (entity.roles ?? [])
    .filter((role) => role.end !== undefined && latestDay(role.end) < earliestDay(date))
    .sort((a, b) => byStart(b, a));
}

export interface Officeholder {
  entity: Entity;
  role: Role;
}

/** Who held a role `of` a country (or any entity) on `date`, by title then name. */
export function officeholdersAt(
  countryId: string,
  date: PartialDate,
  entitiesIndex: ReadonlyMap<string, Entity> | Iterable<Entity>,
): Officeholder[] {
  const entities = entitiesIndex instanceof Map ? entitiesIndex.values() : (entitiesIndex as Iterable<Entity>);
  const found: Officeholder[] = [];
  for (const entity of entities) {
    for (const role of entity.roles ?? []) {
      if (role.of === countryId && isRoleHeldOn(role, date)) found.push({ entity, role });
    }
  }
  return found.sort((a, b) => a.role.title.localeCompare(b.role.title) || a.entity.name.localeCompare(b.entity.name));
}
