/**
 * `show`'s data access, kept apart so the lead can swap in `buildCard`/`cardText`
 * from src/shared/card.ts: `findEntity` stays, `entityCard` becomes a thin wrapper.
 */
import { aliasText, type CompiledDataset, type Entity } from '../shared/dataset';

export interface CardOutput {
  id: string;
  name: string;
  type: string;
  summary: string;
  /** The full visible text of the card. */
  text: string;
}

export type Lookup = { ok: true; entity: Entity } | { ok: false; error: string };

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Finds an entity by id, else by name, else by alias (case- and accent-insensitive). */
export function findEntity(dataset: CompiledDataset, query: string): Lookup {
  const byId = dataset.entities.find((e) => e.id === query);
  if (byId) return { ok: true, entity: byId };
  const wanted = fold(query);
  const byName = dataset.entities.filter((e) => fold(e.name) === wanted);
  const found = byName.length ? byName : dataset.entities.filter((e) => (e.aliases ?? []).some((a) => fold(aliasText(a)) === wanted));
  if (found.length === 1) return { ok: true, entity: found[0]! };
  if (found.length === 0) return { ok: false, error: `no entity with id, name or alias "${query}"` };
  const list = found.map((e) => `${e.id} (${e.name}, ${e.type})`).join(', ');
  return { ok: false, error: `"${query}" is ambiguous: ${list}; ask for one by id` };
}

/** Whether a partial date (YYYY, YYYY-MM, YYYY-MM-DD) falls on or before `asOf`. */
function isOnOrBefore(date: string, asOf: string): boolean {
  return date.slice(0, asOf.length) <= asOf.slice(0, date.length);
}

/** The card text for an entity: name, type, summary, facts and roles held as of a date. */
export function entityCard(entity: Entity, asOf: string): CardOutput {
  const lines = [`${entity.name} (${entity.type})`, entity.summary];
  for (const fact of entity.facts ?? []) {
    if (isOnOrBefore(fact.asOf, asOf)) lines.push(`${fact.label}: ${fact.value} (as of ${fact.asOf})`);
  }
  for (const role of entity.roles ?? []) {
    const isHeld = isOnOrBefore(role.start, asOf) && (role.end === undefined || !isOnOrBefore(role.end, asOf));
    if (isHeld) lines.push(`${role.title} (since ${role.start})`);
  }
  if (entity.link) lines.push(entity.link);
  return { id: entity.id, name: entity.name, type: entity.type, summary: entity.summary, text: lines.join('\n') };
}
