/** `show`: find an entity by id, name or alias, and render the card a reader would see. */
import { buildCard, cardText, type CardModel } from '../shared/card';
import { cardContext } from '../shared/card-shards';
import { foldName as fold } from '../shared/dataset';
import { today } from '../shared/dates';
import type { SearchRow } from '../shared/search-index';
import { CliFailure, type ShippedData } from './dataset';

export interface CardOutput {
  id: string;
  name: string;
  type: string;
  summary: string;
  /** The full visible text of the card. */
  text: string;
}

export type Lookup = { ok: true; id: string } | { ok: false; error: string };

/** Finds an entity by id, else by name, else by alias (case- and accent-insensitive). */
export function findEntity(data: ShippedData, query: string): Lookup {
  const rows = data.search().rows;
  const byId = rows.find(([id]) => id === query);
  if (byId) return { ok: true, id: byId[0] };
  const wanted = fold(query);
  const byName = rows.filter(([, name]) => fold(name) === wanted);
  const found: SearchRow[] = byName.length ? byName : rows.filter(([, , , ...aliases]) => aliases.some((alias) => fold(alias) === wanted));
  if (found.length === 1) return { ok: true, id: found[0]![0] };
  if (found.length === 0) return { ok: false, error: `no entity with id, name or alias "${query}"` };
  const list = found.map(([id, name, type]) => `${id} (${name}, ${type})`).join(', ');
  return { ok: false, error: `"${query}" is ambiguous: ${list}; ask for one by id` };
}

/** What the popover would show a reader on `asOf`: the same card model, as text and fields. */
export function entityCard(data: ShippedData, id: string, asOf: string | undefined): CardOutput & { card: CardModel } {
  const record = data.card(id);
  if (!record) throw new CliFailure(`entity ${id} is in the search index but has no card; run "npm run build" again`);
  const sources = new Map(data.meta().sources.map((s) => [s.id, s]));
  const card = buildCard(record.entity, cardContext(record, sources, asOf ?? today(), asOf ? 'article' : 'today'));
  const { entity } = record;
  return { id: entity.id, name: entity.name, type: entity.type, summary: entity.summary, text: cardText(card), card };
}
