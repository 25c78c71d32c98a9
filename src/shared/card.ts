/**
 * What a reader sees about an entity on a given date, worded once: the in-page
 * card, the popup's card and the CLI's `show` render this model and its strings
 * as they are, so they can never disagree. Every word comes from the locale file
 * (`ctx.t`; English by default).
 */
import { kindOf, type Entity, type EntityKind, type EntityType, type Fact, type Role, type SourceInfo } from './dataset';
import { yearOf } from './dates';
import { english, type Translate } from './locale';
import { MAX_ROLES_SHOWN, leaderTimeline, personTimeline, type Leader, type LeaderLine, type RoleLine } from './time-lines';

/** Facts shown on a card: enough to orient, few enough to read at a glance. */
export const MAX_CARD_FACTS = 6;

export interface CardFact {
  label: string;
  value: string;
  asOf: string;
  source: string;
  /** Where it comes from and when it held, as shown beside it ("as of January 2026 · CIA World Factbook"). */
  note: string;
}

/** The card's fixed words, in the reader's language. */
export interface CardLabels {
  later: string;
  related: string;
  readMore: string;
  sources: string;
  close: string;
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
  /** The date line's label: "At the time of this article (19 July 2023)", "Today (2 December 2026)". */
  when: string;
  labels: CardLabels;
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
  /** The words (default: English from the locale file). */
  t?: Translate;
}

/** Builds the card for an entity as a reader on `ctx.asOf` should see it. */
export function buildCard(entity: Entity, ctx: CardContext): CardModel {
  const t = ctx.t ?? english;
  const sourceName = (id: string) => ctx.sources.get(id)?.name ?? id;
  const asOfOrigin = ctx.asOfOrigin ?? 'today';
  const card: CardModel = {
    id: entity.id,
    name: entity.name,
    type: entity.type,
    kind: kindOf(entity.type),
    typeLabel: t(`type_${entity.type}`),
    asOf: ctx.asOf,
    asOfOrigin,
    when: t(asOfOrigin === 'article' ? 'card_when_article' : 'card_when_today', formatDate(ctx.asOf, t)),
    labels: { later: t('card_later'), related: t('card_related'), readMore: t('card_read_more'), sources: t('card_sources'), close: t('card_close') },
    summary: entity.summary,
    facts: (entity.facts ?? []).slice(0, MAX_CARD_FACTS).map((fact) => cardFact(fact, sourceName(fact.source), t)),
    related: (entity.related ?? []).flatMap((id) => {
      const other = ctx.lookup(id);
      return other ? [{ id, name: other.name }] : [];
    }),
    sources: cardSources(entity, ctx, sourceName),
    ...(entity.type === 'person' ? personLines(entity, ctx.asOf, t) : placeLines(entity, ctx.asOf, ctx.leaders ?? new Map(), t)),
  };
  if (entity.link) card.link = entity.link;
  return card;
}

/**
 * The card's sources, each source once: an entity merged from several rows of one source
 * (two Open States files, three Wikidata items) names it once, with the first row's address.
 */
function cardSources(entity: Entity, ctx: CardContext, sourceName: (id: string) => string): CardSource[] {
  const seen = new Set<string>();
  return entity.sources.flatMap((ref) => {
    const name = sourceName(ref.source);
    if (seen.has(name)) return [];
    seen.add(name);
    const url = ref.url || ctx.sources.get(ref.source)?.url || undefined;
    return [url ? { name, url } : { name }];
  });
}

const DAY = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A partial date for readers: "2021-01-20" → "20 January 2021", "2021-03" → "March 2021", "2021" → "2021". */
export function formatDate(date: string, t: Translate = english): string {
  const [year, month, day] = date.split('-');
  if (!month) return year ?? date;
  const monthName = t(`month_${Number(month)}` as `month_${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12}`) || month;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** Years before the common era, as the data writes them ("322 BC"). */
const BC_YEAR = /^\d{1,4} BC$/;

/** A date fact ("Born", "Died: 322 BC") is its own as-of date: shown as a date, with only its source beside it. */
function cardFact(fact: Fact, source: string, t: Translate): CardFact {
  if (BC_YEAR.test(fact.value) || (/^\d{1,4}$/.test(fact.value) && Number(fact.value) === Number(fact.asOf))) {
    return { label: fact.label, value: fact.value, asOf: fact.value, source, note: source };
  }
  if (DAY.test(fact.value) && fact.value === fact.asOf) {
    const day = formatDate(fact.value, t);
    return { label: fact.label, value: day, asOf: day, source, note: source };
  }
  return { label: fact.label, value: fact.value, asOf: fact.asOf, source, note: `${t('card_fact_as_of', formatDate(fact.asOf, t))} · ${source}` };
}

// --- The one wording of time: every phrase about when a role held lives below. ---

/** "January 2025": the horizon of a source, as a reader says it. */
export function horizon(date: string, t: Translate = english): string {
  return formatDate(date.slice(0, 7), t);
}

/**
 * "2021–2024", "since 2013". An end that is only a bound reads "2021–by 2025",
 * unless the source saw the role in the same year it ended ("2017–2023").
 */
export function roleSpan(role: Role, t: Translate = english): string {
  const start = yearOf(role.start);
  if (role.startInferred) {
    const by = formatDate(role.start.slice(0, 7), t);
    if (!role.end) return t('span_in_office_by', by);
    return t(role.endInferred ? 'span_in_office_until_by' : 'span_in_office_until', [by, yearOf(role.end)]);
  }
  if (!role.end) return t('span_since', start);
  const end = yearOf(role.end);
  if (role.endInferred && (!role.lastSeen || yearOf(role.lastSeen) !== end)) return t('span_years_by', [start, end]);
  return start === end ? start : t('span_years', [start, end]);
}

/** One role as of a day: its span, and what the data cannot vouch for. */
function describeRole(line: RoleLine, t: Translate): string {
  const text = `${line.role.title} (${roleSpan(line.role, t)})`;
  if (line.status === 'last-known') return t('role_as_of_data', [text, horizon(line.role.lastSeen ?? line.checked, t)]);
  if (line.status === 'unknown') return t('role_unknown', [text, horizon(line.role.lastSeen!, t)]);
  return text;
}

function listRoles(lines: readonly RoleLine[], t: Translate): string {
  const shown = lines.slice(0, MAX_ROLES_SHOWN).map((line) => describeRole(line, t));
  const more = lines.length - MAX_ROLES_SHOWN;
  return more > 0 ? t('roles_more', [shown.join('; '), String(more)]) : shown.join('; ');
}

const asHeld = (role: Role): RoleLine => ({ role, status: 'held', checked: '' });

function personLines(entity: Entity, day: string, t: Translate): Pick<CardModel, 'atTime' | 'later'> {
  const time = personTimeline(entity, day);
  if (!time) return {};
  const lines: Pick<CardModel, 'atTime' | 'later'> = {};
  const now = [...time.held, ...time.uncertain];
  if (now.length > 0) lines.atTime = listRoles(now, t);
  else if (time.earlier.length > 0) lines.atTime = t('card_formerly', listRoles(time.earlier.slice(0, 2).map(asHeld), t));
  if (time.later.length > 0) lines.later = listRoles(time.later.map(asHeld), t);
  else if (time.leftAfter.length > 0) {
    const left = time.leftAfter.map((r) =>
      t(r.endInferred && roleSpan(r).includes('by') ? 'card_left_by' : 'card_left_in', [r.title, yearOf(r.end!)]),
    );
    lines.later = t('card_left', left.join('; '));
  }
  return lines;
}

function describeLeader(line: LeaderLine, t: Translate): string {
  const text = t('leader_line', [line.role.title, line.entity.name, roleSpan(line.role, t)]);
  if (line.status === 'last-known') return t('role_as_of_data', [text, horizon(line.role.lastSeen ?? line.entity.updated, t)]);
  if (line.status === 'unknown') return t('leader_unknown', [text, horizon(line.role.lastSeen!, t)]);
  return text;
}

function placeLines(entity: Entity, day: string, leaders: ReadonlyMap<string, Leader[]>, t: Translate): Pick<CardModel, 'atTime' | 'later'> {
  const time = leaderTimeline(entity, day, leaders);
  if (!time) return {};
  const lines: Pick<CardModel, 'atTime' | 'later'> = { atTime: time.then.map((line) => describeLeader(line, t)).join('; ') };
  if (time.next.length > 0) lines.later = time.next.map((n) => describeLeader({ ...n, status: 'held' }, t)).join('; ');
  return lines;
}

/** The card's full visible text, in reading order, in the words every renderer uses (the CLI prints this). */
export function cardText(card: CardModel): string {
  const lines = [card.name, card.typeLabel];
  if (card.atTime) lines.push(`${card.when}: ${card.atTime}`);
  if (card.later) lines.push(`${card.labels.later}: ${card.later}`);
  lines.push(card.summary);
  for (const fact of card.facts) lines.push(`${fact.label}: ${fact.value} (${fact.note})`);
  if (card.related.length > 0) lines.push(`${card.labels.related}: ${card.related.map((r) => r.name).join(', ')}`);
  if (card.link) lines.push(`${card.labels.readMore}: ${card.link}`);
  lines.push(`${card.labels.sources}: ${card.sources.map((s) => s.name).join('; ')}`);
  return lines.join('\n');
}
