/**
 * Shape checks for one source list or one entity, against the types in
 * src/shared/dataset.ts. Cross-entity checks (ids, aliases, links) live in compile.ts.
 */
import { readFileSync } from 'node:fs';
import { ENTITY_TYPES, type Entity, type SourceInfo } from '../../src/shared/dataset';
import { earliestDay, latestDay } from '../../src/shared/time';

/** Longest summary a popover shows without scrolling (about three sentences). */
export const MAX_SUMMARY_CHARS = 420;

export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly entity: string | undefined,
    readonly field: string | undefined,
    readonly problem: string,
  ) {
    super(`${file}${entity ? `: entity "${entity}"` : ''}${field ? `, field "${field}"` : ''}: ${problem}`);
    this.name = 'DatasetError';
  }
}

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
const FULL_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^(Q\d+|bs:[a-z0-9-]+\/[a-z0-9._-]+)$/;

type Raw = Record<string, unknown>;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Compares partial dates by their first day: "2021" < "2021-01-20". */
export function comparePartialDates(a: string, b: string): number {
  return a.padEnd(10, '-00-00').localeCompare(b.padEnd(10, '-00-00'));
}

export function readJson(path: string, label: string): unknown {
  const text = readFileSync(path, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DatasetError(label, undefined, undefined, `not valid JSON (${(error as Error).message})`);
  }
}

export function checkSources(raw: unknown, file: string): SourceInfo[] {
  if (!Array.isArray(raw)) throw new DatasetError(file, undefined, undefined, 'must be an array of sources');
  const ids = new Set<string>();
  return raw.map((source, index) => {
    const where = isObject(source) && typeof source.id === 'string' ? source.id : `#${index}`;
    if (!isObject(source)) throw new DatasetError(file, where, undefined, 'must be an object');
    for (const field of ['id', 'name', 'url', 'licence']) {
      if (typeof source[field] !== 'string') throw new DatasetError(file, where, field, 'must be a string');
    }
    if (ids.has(source.id as string)) throw new DatasetError(file, where, 'id', 'duplicate source id');
    ids.add(source.id as string);
    return source as unknown as SourceInfo;
  });
}

/** Checks one entity's shape; cross-entity checks happen in `compileDataset`. */
export function checkEntity(raw: unknown, file: string, index: number, sources: Set<string>): Entity {
  const where = isObject(raw) && typeof raw.id === 'string' ? raw.id : `#${index}`;
  const fail = (field: string | undefined, problem: string): never => {
    throw new DatasetError(file, where, field, problem);
  };
  if (!isObject(raw)) return fail(undefined, 'must be an object');
  if (typeof raw.id !== 'string' || !ID.test(raw.id)) fail('id', 'must be a Wikidata QID (Q123) or a prefixed id (bs:kind/slug)');
  if (!ENTITY_TYPES.includes(raw.type as never)) fail('type', `must be one of ${ENTITY_TYPES.join(', ')}`);
  if (typeof raw.name !== 'string' || raw.name.trim() === '') fail('name', 'must be a non-empty string');
  if (typeof raw.summary !== 'string' || raw.summary.trim() === '') fail('summary', 'must be a non-empty string');
  if ((raw.summary as string).length > MAX_SUMMARY_CHARS) {
    fail('summary', `is ${(raw.summary as string).length} characters; the limit is ${MAX_SUMMARY_CHARS}`);
  }
  if (typeof raw.updated !== 'string' || !FULL_DATE.test(raw.updated)) fail('updated', 'must be a date YYYY-MM-DD');
  if (raw.link !== undefined && (typeof raw.link !== 'string' || !/^https:\/\//.test(raw.link))) {
    fail('link', 'must be an https:// URL');
  }

  if (raw.aliases !== undefined) {
    if (!Array.isArray(raw.aliases)) fail('aliases', 'must be an array');
    (raw.aliases as unknown[]).forEach((alias, i) => {
      const text = typeof alias === 'string' ? alias : isObject(alias) ? alias.text : undefined;
      if (typeof text !== 'string' || text.trim() === '') fail(`aliases[${i}]`, 'must be a non-empty string or { text }');
      if (isObject(alias) && alias.case !== undefined && !['exact', 'insensitive', 'auto'].includes(alias.case as string)) {
        fail(`aliases[${i}].case`, 'must be exact, insensitive or auto');
      }
      for (const flag of ['short', 'unambiguous', 'ambiguous', 'demonym', 'primary']) {
        if (isObject(alias) && alias[flag] !== undefined && typeof alias[flag] !== 'boolean') fail(`aliases[${i}].${flag}`, 'must be true or false');
      }
      // Primary only says which of several claimants wins without evidence: a text no one else shares has no contest.
      if (isObject(alias) && alias.primary === true && alias.ambiguous !== true) fail(`aliases[${i}].primary`, 'needs "ambiguous": true (a primary sense is one of several)');
    });
  }

  if (!Array.isArray(raw.sources) || raw.sources.length === 0) fail('sources', 'must list at least one source');
  (raw.sources as unknown[]).forEach((source, i) => {
    if (!isObject(source) || typeof source.source !== 'string') fail(`sources[${i}]`, 'must be { source, url? }');
    if ((source as Raw).url !== undefined && typeof (source as Raw).url !== 'string') fail(`sources[${i}].url`, 'must be a string');
    if (!sources.has((source as Raw).source as string)) fail(`sources[${i}].source`, `unknown source "${(source as Raw).source}"`);
  });

  if (raw.facts !== undefined) {
    if (!Array.isArray(raw.facts)) fail('facts', 'must be an array');
    (raw.facts as unknown[]).forEach((fact, i) => {
      if (!isObject(fact)) return fail(`facts[${i}]`, 'must be an object');
      if (typeof fact.label !== 'string' || fact.label === '') fail(`facts[${i}].label`, 'must be a non-empty string');
      if (typeof fact.value !== 'string' || fact.value === '') fail(`facts[${i}].value`, 'must be a non-empty string');
      if (typeof fact.asOf !== 'string' || !PARTIAL_DATE.test(fact.asOf)) fail(`facts[${i}].asOf`, 'must be a date (YYYY, YYYY-MM or YYYY-MM-DD)');
      if (typeof fact.source !== 'string' || !sources.has(fact.source)) fail(`facts[${i}].source`, `unknown source "${String(fact.source)}"`);
    });
  }

  if (raw.roles !== undefined) {
    if (!Array.isArray(raw.roles)) fail('roles', 'must be an array');
    (raw.roles as unknown[]).forEach((role, i) => {
      if (!isObject(role)) return fail(`roles[${i}]`, 'must be an object');
      if (typeof role.title !== 'string' || role.title === '') fail(`roles[${i}].title`, 'must be a non-empty string');
      if (typeof role.start !== 'string' || !PARTIAL_DATE.test(role.start)) fail(`roles[${i}].start`, 'must be a date (YYYY, YYYY-MM or YYYY-MM-DD)');
      if (role.end !== undefined) {
        if (typeof role.end !== 'string' || !PARTIAL_DATE.test(role.end)) fail(`roles[${i}].end`, 'must be a date (YYYY, YYYY-MM or YYYY-MM-DD)');
        // Partial dates span a period: an end of "2020" after a start of 2020-02-05 is fine.
        if (earliestDay(role.start as string) > latestDay(role.end as string)) fail(`roles[${i}].end`, `is before the start (${String(role.start)})`);
      }
      if (typeof role.source !== 'string' || !sources.has(role.source)) fail(`roles[${i}].source`, `unknown source "${String(role.source)}"`);
      if (role.endInferred !== undefined && (typeof role.endInferred !== 'boolean' || role.end === undefined)) fail(`roles[${i}].endInferred`, 'must be true or false, and only with an end');
      if (role.lastSeen !== undefined) {
        if (typeof role.lastSeen !== 'string' || !PARTIAL_DATE.test(role.lastSeen)) fail(`roles[${i}].lastSeen`, 'must be a date (YYYY, YYYY-MM or YYYY-MM-DD)');
        if (latestDay(role.lastSeen as string) < earliestDay(role.start as string)) fail(`roles[${i}].lastSeen`, `is before the start (${String(role.start)})`);
        if (role.end !== undefined && earliestDay(role.lastSeen as string) > latestDay(role.end as string)) fail(`roles[${i}].lastSeen`, `is after the end (${String(role.end)})`);
      }
      if (role.startInferred !== undefined && typeof role.startInferred !== 'boolean') fail(`roles[${i}].startInferred`, 'must be true or false');
      if (role.office !== undefined && role.office !== 'head of state' && role.office !== 'head of government') fail(`roles[${i}].office`, 'must be "head of state" or "head of government"');
      // A role cannot begin after the entry was last checked: a future start is a typo in the source.
      if (typeof raw.updated === 'string' && earliestDay(role.start as string) > (raw.updated as string)) fail(`roles[${i}].start`, `is after the entry's updated date (${String(raw.updated)})`);
      if (role.of !== undefined && (typeof role.of !== 'string' || !ID.test(role.of))) fail(`roles[${i}].of`, 'must be an entity id');
      if (role.url !== undefined && (typeof role.url !== 'string' || !/^https:\/\//.test(role.url))) fail(`roles[${i}].url`, 'must be an https:// URL');
    });
  }

  if (raw.popularity !== undefined && (typeof raw.popularity !== 'number' || !Number.isInteger(raw.popularity) || raw.popularity < 0)) {
    fail('popularity', 'must be a whole number of at least 0');
  }
  if (raw.quiet !== undefined && raw.quiet !== true) fail('quiet', 'must be true when present');
  if (raw.related !== undefined && (!Array.isArray(raw.related) || raw.related.some((id) => typeof id !== 'string'))) {
    fail('related', 'must be an array of entity ids');
  }
  return raw as unknown as Entity;
}

