import { aliasObject, type Entity } from '../shared/dataset';
import type { MatcherInput } from './types';

/** Flattens dataset entities into the matcher's input: the name is always an alias. */
export function matcherInputFromDataset(entities: readonly Entity[]): MatcherInput {
  const input: MatcherInput = { entities: [], aliases: [] };
  for (const entity of entities) {
    input.entities.push({ id: entity.id, name: entity.name, type: entity.type });
    const seen = new Set<string>();
    for (const alias of [entity.name, ...(entity.aliases ?? [])]) {
      const object = aliasObject(alias);
      if (seen.has(object.text)) continue;
      seen.add(object.text);
      input.aliases.push({ ...object, id: entity.id, case: object.case ?? 'auto' });
    }
  }
  return input;
}
