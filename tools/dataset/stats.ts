/** Counts the build prints after compiling the dataset, and checks against targets. */
import { aliasText, type CompiledDataset, type EntityType } from '../../src/shared/dataset';

export interface DatasetStats {
  entities: number;
  byType: Partial<Record<EntityType, number>>;
  /** Alias entries, not counting names. */
  aliases: number;
  /** Names plus aliases, each distinct text counted once per entity. */
  matchableTexts: number;
  roles: number;
  facts: number;
  /** Size of the compiled JSON as the build writes it (no indentation). */
  bytes: number;
}

/** Counts by type, aliases, roles, facts and serialized size of a compiled dataset. */
export function datasetStats(compiled: CompiledDataset): DatasetStats {
  const byType: Partial<Record<EntityType, number>> = {};
  let aliases = 0;
  let matchableTexts = 0;
  let roles = 0;
  let facts = 0;
  for (const entity of compiled.entities) {
    byType[entity.type] = (byType[entity.type] ?? 0) + 1;
    aliases += entity.aliases?.length ?? 0;
    matchableTexts += new Set([entity.name, ...(entity.aliases ?? []).map(aliasText)]).size;
    roles += entity.roles?.length ?? 0;
    facts += entity.facts?.length ?? 0;
  }
  const bytes = Buffer.byteLength(JSON.stringify(compiled), 'utf8');
  return { entities: compiled.entities.length, byType, aliases, matchableTexts, roles, facts, bytes };
}

/** One line per count, for the build log. */
export function formatDatasetStats(stats: DatasetStats): string {
  const types = Object.entries(stats.byType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return [
    `dataset: ${stats.entities} entities (${types})`,
    `dataset: ${stats.aliases} aliases (${stats.matchableTexts} matchable texts with names), ${stats.roles} roles, ${stats.facts} facts`,
    `dataset: ${(stats.bytes / 1024 / 1024).toFixed(2)} MB compiled`,
  ].join('\n');
}
