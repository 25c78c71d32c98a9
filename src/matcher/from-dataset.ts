import { matchableAliases, type Entity } from '../shared/dataset';
import { isRoleHeldOn } from '../shared/time';
import type { MatcherInput } from './types';

export interface DatasetInputOptions {
  /**
   * Read the page as of this day (YYYY-MM-DD): a person's role titles count only for
   * the roles held then, so "President Xi" on a page from 2010 (when Xi was vice
   * president) names no one. Without it, every role counts (the shipped index).
   */
  asOf?: string;
}

const SOURCE_NAMES = /\b(?:the )?(?:CIA World Factbook|World Factbook|Factbook|Wikidata|Wikipedia|GeoNames|S&P 500)\b/g;
/**
 * Proper nouns in a summary ("Tbilisi", "Caucasus"): the words that tell namesakes apart. A
 * sentence's first word is capitalized anyway, but most summaries open with a name ("Apple TV+
 * series", "British politician"), so it stays, except the one below.
 */
const PROPER_NOUN = /(?<![.!?]\s)\b\p{Lu}[\p{L}\p{M}'’-]{3,}/gu;
/**
 * "State" opening a summary ("State of the United States"): on a US page the word is everywhere
 * ("Secretary of State", "State Department", "state law"). "City in Ukraine" keeps its word.
 */
const KIND_OPENING = /^State\b/u;

/**
 * The words that support an entity when one of its aliases is shared: fact values
 * ("Capital=Tbilisi"), role titles, names of related entities and proper nouns of
 * its summary. The matcher folds and filters them (stop words, its own alias words).
 */
function contextOf(entity: Entity, names: ReadonlyMap<string, string>, asOf: string | undefined): string[] {
  const words: string[] = [];
  for (const fact of entity.facts ?? []) words.push(fact.value);
  for (const role of entity.roles ?? []) if (!asOf || isRoleHeldOn(role, asOf)) words.push(role.title);
  for (const id of entity.related ?? []) {
    const name = names.get(id);
    if (name) words.push(name);
  }
  // Source names in generated summaries ("listed by the CIA World Factbook") say nothing
  // about the entity, and "World" is on every page.
  words.push(...(entity.summary.replace(SOURCE_NAMES, '').replace(KIND_OPENING, '').match(PROPER_NOUN) ?? []));
  return words;
}

/** Flattens dataset entities into the matcher's input: the name is always an alias. */
export function matcherInputFromDataset(entities: readonly Entity[], { asOf }: DatasetInputOptions = {}): MatcherInput {
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const input: MatcherInput = { entities: [], aliases: [] };
  for (const entity of entities) {
    const related = new Set(entity.related ?? []);
    for (const role of entity.roles ?? []) if (role.of) related.add(role.of);
    const aliases = entity.quiet ? [] : matchableAliases(entity);
    const primary = aliases.filter((a) => a.primary === true).map((a) => a.text);
    input.entities.push({
      id: entity.id,
      name: entity.name,
      type: entity.type,
      context: contextOf(entity, names, asOf),
      related: [...related],
      ...(primary.length > 0 ? { primary } : {}),
    });
    // A quiet entry keeps its card and its place in context (related names) but no name of it
    // is ever looked for on a page (no aliases above).
    // The name carries the flags of a same-text alias, so a dataset can mark a name ambiguous.
    for (const { primary: _primary, ...object } of aliases) {
      input.aliases.push({ ...object, id: entity.id, case: object.case ?? 'auto' });
    }
  }
  return input;
}
