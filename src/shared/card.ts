/**
 * What a reader sees about an entity on a given date: the popover and the CLI's
 * `show` both render this model, so they can never disagree.
 */
import { kindOf, type Entity, type EntityKind, type EntityType, type SourceInfo } from './dataset';
import { leaderLines, roleLines, type Leader } from './time-lines';

/** Facts shown on a card: enough to orient, few enough to read at a glance. */
export const MAX_CARD_FACTS = 6;

export interface CardFact {
  label: string;
  value: string;
  asOf: string;
  source: string;
}

export interface CardSource {
  name: string;
  url?: string;
}

export interface CardModel {
  id: string;
  name: string;
  type: EntityType;
  kind: EntityKind;
  typeLabel: string;
  /** The date the card describes (YYYY-MM-DD). */
  asOf: string;
  /** "article" when the date came from the page, "today" otherwise. */
  asOfOrigin: 'article' | 'today';
  /** Who or what the entity was on that date ("US Special Presidential Envoy for Climate (2021–2024)"). */
  atTime?: string;
  /** What changed after that date. */
  later?: string;
  summary: string;
  facts: CardFact[];
  related: { id: string; name: string }[];
  link?: string;
  sources: CardSource[];
}

export interface CardContext {
  asOf: string;
  asOfOrigin?: 'article' | 'today';
  lookup: (id: string) => Entity | undefined;
  sources: ReadonlyMap<string, SourceInfo>;
  /** Leadership roles by country (`buildLeaderIndex`): lets a country card name its leaders then. */
  leaders?: ReadonlyMap<string, Leader[]>;
}

const TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  country: 'Country',
  territory: 'Territory',
  region: 'Region',
  city: 'City',
  place: 'Place',
  building: 'Building',
  organization: 'Organization',
  company: 'Company',
  party: 'Political party',
  media: 'News organization',
  term: 'Term',
  event: 'Event',
};

/** Builds the card for an entity as a reader on `ctx.asOf` should see it. */
export function buildCard(entity: Entity, ctx: CardContext): CardModel {
  const sourceName = (id: string) => ctx.sources.get(id)?.name ?? id;
  const card: CardModel = {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    kind: kindOf(entity.type),
    typeLabel: TYPE_LABELS[entity.type],
    asOf: ctx.asOf,
    asOfOrigin: ctx.asOfOrigin ?? 'today',
    summary: entity.summary,
    facts: (entity.facts ?? []).slice(0, MAX_CARD_FACTS).map((fact) => ({
      label: fact.label,
      value: fact.value,
      asOf: fact.asOf,
      source: sourceName(fact.source),
    })),
    related: (entity.related ?? []).flatMap((id) => {
      const other = ctx.lookup(id);
      return other ? [{ id, name: other.name }] : [];
    }),
    sources: entity.sources.map((ref) => {
      const url = ref.url || ctx.sources.get(ref.source)?.url || undefined;
      return url ? { name: sourceName(ref.source), url } : { name: sourceName(ref.source) };
    }),
    ...(entity.type === 'country' || entity.type === 'territory'
      ? leaderLines(entity, ctx.asOf, ctx.leaders ?? new Map())
      : roleLines(entity, ctx.asOf)),
  };
  if (entity.link) card.link = entity.link;
  return card;
}

/** The card's full visible text, in reading order (the CLI prints this). */
export function cardText(card: CardModel): string {
  const lines = [card.name, card.typeLabel];
  const when = card.asOfOrigin === 'article' ? 'At the time of this article' : `As of ${card.asOf}`;
  if (card.atTime) lines.push(`${when}: ${card.atTime}`);
  if (card.later) lines.push(`Later: ${card.later}`);
  lines.push(card.summary);
  for (const fact of card.facts) lines.push(`${fact.label}: ${fact.value} (as of ${fact.asOf}; ${fact.source})`);
  if (card.related.length > 0) lines.push(`Related: ${card.related.map((r) => r.name).join(', ')}`);
  if (card.link) lines.push(`Read more: ${card.link}`);
  lines.push(`Sources: ${card.sources.map((s) => s.name).join('; ')}`);
  return lines.join('\n');
}
