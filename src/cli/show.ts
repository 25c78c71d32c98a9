/** `show`: find an entity by id, name or alias, and render the card a reader would see. */
import { buildCard, cardText, type CardModel } from '../shared/card';
import { aliasText, foldName as fold, type CompiledDataset, type Entity } from '../shared/dataset';
import { today } from '../shared/dates';
import { buildLeaderIndex } from '../shared/time-lines';

export interface CardOutput {
  id: string;
  name: string;
  type: string;
  summary: string;
  /** The full visible text of the card. */
  text: string;
}

export type Lookup = { ok: true; entity: Entity } | { ok: false; error: string };


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

/** What the popover would show a reader on `asOf`: the same card model, as text and fields. */
export function entityCard(dataset: CompiledDataset, entity: Entity, asOf: string | undefined): CardOutput & { card: CardModel } {
  const byId = new Map(dataset.entities.map((e) => [e.id, e]));
  const card = buildCard(entity, {
    asOf: asOf ?? today(),
    asOfOrigin: asOf ? 'article' : 'today',
    lookup: (id) => byId.get(id),
    sources: new Map(dataset.sources.map((s) => [s.id, s])),
    leaders: buildLeaderIndex(dataset.entities),
  });
  return { id: entity.id, name: entity.name, type: entity.type, summary: entity.summary, text: cardText(card), card };
}
