/**
 * What a reader sees about an entity on a given date: the popover and the CLI's
 * `show` both render this model, so they can never disagree.
 */
import { kindOf, type Entity, type EntityKind, type EntityType, type Fact, type Role, type SourceInfo } from './dataset';
import { formatDate, yearOf } from './dates';
import { MAX_ROLES_SHOWN, leaderTimeline, personTimeline, type Leader, type LeaderLine, type RoleLine } from './time-lines';

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
  /**
   * Who or what the entity was on that date ("US Special Presidential Envoy for Climate (2021–2024)").
   * Past a source's horizon it says so ("…, as of May 2026 data") and never claims more.
   */
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
    facts: (entity.facts ?? []).slice(0, MAX_CARD_FACTS).map((fact) => cardFact(fact, sourceName(fact.source))),
    related: (entity.related ?? []).flatMap((id) => {
      const other = ctx.lookup(id);
      return other ? [{ id, name: other.name }] : [];
    }),
    sources: entity.sources.map((ref) => {
      const url = ref.url || ctx.sources.get(ref.source)?.url || undefined;
      return url ? { name: sourceName(ref.source), url } : { name: sourceName(ref.source) };
    }),
    ...(entity.type === 'person' ? personLines(entity, ctx.asOf) : placeLines(entity, ctx.asOf, ctx.leaders ?? new Map())),
  };
  if (entity.link) card.link = entity.link;
  return card;
}

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A date fact ("Born") is its own as-of date: shown as a date, with no "as of" beside it. */
function cardFact(fact: Fact, source: string): CardFact {
  if (DAY.test(fact.value) && fact.value === fact.asOf) {
    const day = formatDate(fact.value);
    return { label: fact.label, value: day, asOf: day, source };
  }
  return { label: fact.label, value: fact.value, asOf: fact.asOf, source };
}

// --- The one wording of time: every phrase about when a role held lives below. ---

/** "January 2025": the horizon of a source, as a reader says it. */
function horizon(date: string): string {
  return formatDate(date.slice(0, 7));
}

/**
 * "2021–2024", "since 2013". An end that is only a bound reads "2021–by 2025",
 * unless the source saw the role in the same year it ended ("2017–2023").
 */
export function roleSpan(role: Role): string {
  const start = yearOf(role.start);
  if (role.startInferred) return role.end ? `in office by ${formatDate(role.start.slice(0, 7))}, until ${role.endInferred ? 'by ' : ''}${yearOf(role.end)}` : `in office by ${formatDate(role.start.slice(0, 7))}`;
  if (!role.end) return `since ${start}`;
  const end = yearOf(role.end);
  if (role.endInferred && (!role.lastSeen || yearOf(role.lastSeen) !== end)) return `${start}–by ${end}`;
  return start === end ? start : `${start}–${end}`;
}

/** One role as of a day: its span, and what the data cannot vouch for. */
function describeRole(line: RoleLine): string {
  const text = `${line.role.title} (${roleSpan(line.role)})`;
  if (line.status === 'last-known') return `${text}, as of ${horizon(line.role.lastSeen ?? line.checked)} data`;
  if (line.status === 'unknown') return `${text}: last confirmed ${horizon(line.role.lastSeen!)}, not known on this date`;
  return text;
}

function listRoles(lines: readonly RoleLine[]): string {
  const shown = lines.slice(0, MAX_ROLES_SHOWN).map(describeRole);
  const more = lines.length - MAX_ROLES_SHOWN;
  return more > 0 ? `${shown.join('; ')}; and ${more} more` : shown.join('; ');
}

const asHeld = (role: Role): RoleLine => ({ role, status: 'held', checked: '' });

function personLines(entity: Entity, day: string): Pick<CardModel, 'atTime' | 'later'> {
  const time = personTimeline(entity, day);
  if (!time) return {};
  const lines: Pick<CardModel, 'atTime' | 'later'> = {};
  const now = [...time.held, ...time.uncertain];
  if (now.length > 0) lines.atTime = listRoles(now);
  else if (time.earlier.length > 0) lines.atTime = `Formerly ${listRoles(time.earlier.slice(0, 2).map(asHeld))}`;
  if (time.later.length > 0) lines.later = listRoles(time.later.map(asHeld));
  else if (time.leftAfter.length > 0) {
    lines.later = `left ${time.leftAfter.map((r) => `${r.title} ${r.endInferred && roleSpan(r).includes('by') ? 'by' : 'in'} ${yearOf(r.end!)}`).join('; ')}`;
  }
  return lines;
}

function describeLeader(line: LeaderLine): string {
  const text = `${line.role.title}: ${line.entity.name} (${roleSpan(line.role)})`;
  if (line.status === 'last-known') return `${text}, as of ${horizon(line.role.lastSeen ?? line.entity.updated)} data`;
  if (line.status === 'unknown') return `${text}, last confirmed ${horizon(line.role.lastSeen!)}; not known on this date`;
  return text;
}

function placeLines(entity: Entity, day: string, leaders: ReadonlyMap<string, Leader[]>): Pick<CardModel, 'atTime' | 'later'> {
  const time = leaderTimeline(entity, day, leaders);
  if (!time) return {};
  const lines: Pick<CardModel, 'atTime' | 'later'> = { atTime: time.then.map(describeLeader).join('; ') };
  if (time.next.length > 0) lines.later = time.next.map((n) => describeLeader({ ...n, status: 'held' })).join('; ');
  return lines;
}

/** The card's full visible text, in reading order (the CLI prints this). */
export function cardText(card: CardModel): string {
  const lines = [card.name, card.typeLabel];
  const when = card.asOfOrigin === 'article' ? `At the time of this article (${formatDate(card.asOf)})` : `Today (${formatDate(card.asOf)})`;
  if (card.atTime) lines.push(`${when}: ${card.atTime}`);
  if (card.later) lines.push(`Later: ${card.later}`);
  lines.push(card.summary);
  for (const fact of card.facts) lines.push(`${fact.label}: ${fact.value} (${fact.value === fact.asOf ? '' : `as of ${fact.asOf}; `}${fact.source})`);
  if (card.related.length > 0) lines.push(`Related: ${card.related.map((r) => r.name).join(', ')}`);
  if (card.link) lines.push(`Read more: ${card.link}`);
  lines.push(`Sources: ${card.sources.map((s) => s.name).join('; ')}`);
  return lines.join('\n');
}
