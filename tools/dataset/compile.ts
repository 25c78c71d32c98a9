/**
 * Compiles `data/` into the dataset the extension ships, and refuses bad data:
 * every error names the file, the entity and the field, so a reviewer can fix it
 * without hunting. Run by build.mjs (bundled with esbuild) and by the unit tests.
 *
 * Hand-written entries (`data/entities/`) are authoritative. A generated entry
 * (`data/generated/`) with the same id as a hand-written one is merged into it:
 * the hand entry keeps its name, type, summary and link, and gains the generated
 * aliases, facts (by new label), roles (by new title and start year) and sources.
 * Two entries with the same id within hand-written files, or within generated
 * files, are an error.
 *
 * `data/variants/*.json` adds the names the news writes to entries of either kind,
 * by id: `{ "ID": [alias, ...] }`. An unknown id, or an alias the entity already
 * has, is an error naming the file; the aliases are checked like any other.
 *
 * `data/quiet.json` names entries kept for their card and search but never highlighted,
 * each with the reason: `{ "ID": "why" }`. An unknown id or an empty reason is an error.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { aliasObject, foldName, type Alias, type CompiledDataset, type Entity } from '../../src/shared/dataset';
import { DatasetError, checkEntity, checkSources, readJson } from './check-entity';
import { isNameAmbiguous, mergeEntity } from './merge';

export { DatasetError, MAX_SUMMARY_CHARS, comparePartialDates } from './check-entity';
export { datasetStats, formatDatasetStats, type DatasetStats } from './stats';

/** Folders under `data/` whose JSON files hold arrays of entities, hand-written first. */
export const ENTITY_DIRS = ['entities', 'generated'];

function listJsonFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const name of names) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...listJsonFiles(path));
    else if (name.endsWith('.json')) files.push(path);
  }
  return files;
}

const fold = foldName;

interface Claim {
  id: string;
  file: string;
  field: string;
  ambiguous: boolean;
}

/**
 * Alias texts compared case-folded. A short alias (a surname) never collides: the
 * matcher only uses it after the full name. Any other text claimed by two entities
 * must be marked ambiguous by both; an entity marks its own name ambiguous with an
 * alias of the same text and `ambiguous: true`.
 */
function checkAliasCollisions(entities: readonly Entity[], fileOf: Map<string, string>): void {
  const claims = new Map<string, Claim>();
  // A shared text's primary sense (the one meant without evidence) can only be one entity's.
  const primaries = new Map<string, { id: string; file: string }>();
  for (const entity of entities) {
    const file = fileOf.get(entity.id)!;
    const own: { text: string; field: string; ambiguous: boolean }[] = [
      { text: entity.name, field: 'name', ambiguous: isNameAmbiguous(entity) },
    ];
    (entity.aliases ?? []).forEach((alias, i) => {
      const object = aliasObject(alias);
      if (object.primary === true) {
        const key = fold(object.text);
        const other = primaries.get(key);
        if (other && other.id !== entity.id) {
          throw new DatasetError(file, entity.id, `aliases[${i}]`, `"${object.text}" is already the primary sense of "${other.id}" (${other.file}); only one entity may be`);
        }
        primaries.set(key, { id: entity.id, file });
      }
      if (object.short === true) return;
      own.push({ text: object.text, field: `aliases[${i}]`, ambiguous: object.ambiguous === true });
    });
    for (const { text, field, ambiguous } of own) {
      const key = fold(text);
      const other = claims.get(key);
      if (!other) {
        claims.set(key, { id: entity.id, file, field, ambiguous });
      } else if (other.id !== entity.id && !(other.ambiguous && ambiguous)) {
        throw new DatasetError(
          file,
          entity.id,
          field,
          `alias "${text}" is also used by "${other.id}" (${other.file}, ${other.field}); mark it ambiguous on both`,
        );
      }
    }
  }
}

function checkLinks(entities: readonly Entity[], fileOf: Map<string, string>): void {
  const ids = new Set(entities.map((e) => e.id));
  for (const entity of entities) {
    const file = fileOf.get(entity.id)!;
    entity.related?.forEach((id, i) => {
      if (!ids.has(id)) throw new DatasetError(file, entity.id, `related[${i}]`, `links to unknown entity "${id}"`);
    });
    entity.roles?.forEach((role, i) => {
      if (role.of !== undefined && !ids.has(role.of)) throw new DatasetError(file, entity.id, `roles[${i}].of`, `links to unknown entity "${role.of}"`);
    });
  }
}

function addVariants(dir: string, label: (path: string) => string, byId: Map<string, Entity>, sourceIds: Set<string>): void {
  for (const path of listJsonFiles(dir)) {
    const file = label(path);
    const raw = readJson(path, file);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new DatasetError(file, undefined, undefined, 'must be an object of id: [aliases]');
    Object.entries(raw).forEach(([id, extra], index) => {
      const entity = byId.get(id);
      if (!entity) throw new DatasetError(file, id, undefined, 'no entity has this id');
      if (!Array.isArray(extra) || extra.length === 0) throw new DatasetError(file, id, undefined, 'must be a non-empty array of aliases');
      const have = new Set([entity.name, ...(entity.aliases ?? []).map((a) => aliasObject(a).text)]);
      const aliases = [...(entity.aliases ?? [])];
      extra.forEach((alias: unknown, i: number) => {
        const text = typeof alias === 'string' ? alias : (alias as { text?: unknown })?.text;
        if (typeof text === 'string' && have.has(text)) {
          // Restating a name with other flags sets them ("Thaksin", which an importer gives as a
          // short form, is known on its own); restating it as it is says nothing.
          // The name itself takes the flags of an alias of the same text ("Democratic Alliance",
          // a factbook party's name, ambiguous once Portugal's is known).
          const k = aliases.findIndex((a) => aliasObject(a).text === text);
          const flags = (a: object) => JSON.stringify(Object.entries(a).sort(([x], [y]) => x.localeCompare(y)));
          const was = k >= 0 ? aliasObject(aliases[k]!) : { text };
          const isNewFlags = typeof alias === 'object' && alias !== null && flags(was) !== flags(alias);
          if (!isNewFlags) throw new DatasetError(file, id, `[${i}]`, `"${text}" is already a name of this entity`);
          if (k >= 0) aliases[k] = alias as Alias;
          else aliases.push(alias as Alias);
          return;
        }
        if (typeof text === 'string') have.add(text);
        aliases.push(alias as Alias);
      });
      byId.set(id, checkEntity({ ...entity, aliases }, file, index, sourceIds));
    });
  }
}

function markQuiet(path: string, file: string, byId: Map<string, Entity>): void {
  if (!existsSync(path)) return;
  const raw = readJson(path, file);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new DatasetError(file, undefined, undefined, 'must be an object of id: "why it is not highlighted"');
  for (const [id, why] of Object.entries(raw)) {
    const entity = byId.get(id);
    if (!entity) throw new DatasetError(file, id, undefined, 'no entity has this id');
    if (typeof why !== 'string' || why.trim() === '') throw new DatasetError(file, id, undefined, 'needs the reason it is not highlighted');
    byId.set(id, { ...entity, quiet: true });
  }
}

/** Reads, checks and merges every entity file under `dataDir`. Throws DatasetError on the first problem. */
export function compileDataset(dataDir: string): CompiledDataset {
  const label = (path: string) => relative(join(dataDir, '..'), path);
  const sourcesPath = join(dataDir, 'sources.json');
  const sources = checkSources(readJson(sourcesPath, label(sourcesPath)), label(sourcesPath));
  const sourceIds = new Set(sources.map((s) => s.id));

  const byId = new Map<string, Entity>();
  const fileOf = new Map<string, string>();
  ENTITY_DIRS.forEach((dir, dirIndex) => {
    const seenHere = new Map<string, string>();
    for (const path of listJsonFiles(join(dataDir, dir))) {
      const file = label(path);
      const raw = readJson(path, file);
      if (!Array.isArray(raw)) throw new DatasetError(file, undefined, undefined, 'must be an array of entities');
      raw.forEach((item, index) => {
        const entity = checkEntity(item, file, index, sourceIds);
        const other = seenHere.get(entity.id);
        if (other) throw new DatasetError(file, entity.id, 'id', `duplicate id (also in ${other})`);
        seenHere.set(entity.id, file);
        const hand = byId.get(entity.id);
        if (hand && dirIndex > 0) {
          if (hand.type !== entity.type && !(hand.type === 'country' && entity.type === 'territory')) {
            throw new DatasetError(file, entity.id, 'type', `is "${entity.type}" but the hand-written entry (${fileOf.get(entity.id)}) says "${hand.type}"`);
          }
          byId.set(entity.id, mergeEntity(hand, entity));
        } else {
          byId.set(entity.id, entity);
          fileOf.set(entity.id, file);
        }
      });
    }
  });

  addVariants(join(dataDir, 'variants'), label, byId, sourceIds);
  const quietPath = join(dataDir, 'quiet.json');
  markQuiet(quietPath, label(quietPath), byId);
  const entities = [...byId.values()];
  checkLinks(entities, fileOf);
  checkAliasCollisions(entities, fileOf);
  return { version: 1, sources, entities };
}
