/**
 * The context dataset's types: what `data/` holds (as edited and reviewed in git)
 * and what the build compiles into `dist/<browser>/data/`. The validator in
 * `tools/dataset/` checks files against these shapes; the background, the CLI and
 * the card builder read them.
 */
import { foldName } from './fold';

/** A date as precise as the source allows: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export const ENTITY_TYPES = [
  'person',
  'country',
  'territory',
  /** A state, province or other region inside a country (Texas, Bavaria, Crimea). */
  'region',
  'city',
  'place',
  'building',
  'organization',
  'company',
  'party',
  'media',
  'term',
  'event',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The four kinds a reader sees (highlight colour, options switches). */
export type EntityKind = 'person' | 'place' | 'organization' | 'term';

const KIND_OF_TYPE: Record<EntityType, EntityKind> = {
  person: 'person',
  country: 'place',
  territory: 'place',
  region: 'place',
  city: 'place',
  place: 'place',
  building: 'place',
  organization: 'organization',
  company: 'organization',
  party: 'organization',
  media: 'organization',
  term: 'term',
  event: 'term',
};

/** The kind a type is shown as. */
export function kindOf(type: EntityType): EntityKind {
  return KIND_OF_TYPE[type];
}

/**
 * How an alias may match by case.
 * - `exact`: only as written (acronyms: US, AP, WHO).
 * - `insensitive`: any case ("greenhouse gas emitters" at a sentence start).
 * - `auto` (default): the matcher decides from the alias's shape.
 */
export type CaseRule = 'exact' | 'insensitive' | 'auto';

export interface AliasObject {
  text: string;
  case?: CaseRule;
  /** A surname or short form ("Kerry", "Xi"): only after the full name appears, unless `unambiguous`. */
  short?: boolean;
  /** A short form that may stand alone ("Xi Jinping" → "Xi" in Chinese news is still risky: leave false). */
  unambiguous?: boolean;
  /** Shared on purpose with other entities (Georgia, Washington): resolved by context. */
  ambiguous?: boolean;
  /** An adjective or demonym ("Chinese") that points at this entity. */
  demonym?: boolean;
  /**
   * Of the entities sharing this (ambiguous) text, the one meant when the page gives no
   * evidence either way ("Congress" with nothing on the page about India is the US Congress).
   * At most one entity may claim a text as primary; a word at a sentence start that is
   * also a common word ("Labour costs rose") never falls back to it.
   */
  primary?: boolean;
}

/** An alias: a plain string is `{ text }` with every flag at its default. */
export type Alias = string | AliasObject;

/** A source a fact or entity cites, registered once in `data/sources.json`. */
export interface SourceInfo {
  id: string;
  name: string;
  url: string;
  licence: string;
  attribution?: string;
}

/** One fact: what the popover lists, with where it comes from and when it held. */
export interface Fact {
  label: string;
  value: string;
  asOf: PartialDate;
  /** A source id from `data/sources.json`. */
  source: string;
  /** A deep link to the page the fact came from, when there is one. */
  url?: string;
}

/** A dated position held by a person. */
export interface Role {
  title: string;
  /** Entity id of the organization or jurisdiction ("Q30" for the United States), when known. */
  of?: string;
  start: PartialDate;
  /** Absent: still held as of the entity's `updated` date. */
  end?: PartialDate;
  /**
   * The end is only a bound: the role ended at the latest on `end` (for example the day
   * before a successor took office), at some time after `lastSeen`.
   */
  endInferred?: boolean;
  /**
   * The last day a source confirms the role was still held: its horizon. Past it, an
   * open role is the last known state ("as of May 2026 data"), never today's truth, and
   * a role with an inferred end is unknown until that end.
   */
  lastSeen?: PartialDate;
  /** The start is only the first day a source showed the role held: it may have begun earlier. */
  startInferred?: boolean;
  /** Which seat of a country the role is, when a source says so (the Factbook's two). */
  office?: 'head of state' | 'head of government';
  source: string;
  /** A deep link to the statement the role came from (a Wikidata item), when there is one. */
  url?: string;
}

/** A reference an entity cites as a whole. */
export interface EntitySource {
  source: string;
  url?: string;
}

export interface Entity {
  /** Wikidata QID where known ("Q148"), else a prefixed id ("bs:term/net-zero"). */
  id: string;
  type: EntityType;
  name: string;
  aliases?: Alias[];
  /** 1–3 sentences written for Backstory, or generated from facts by a template. */
  summary: string;
  facts?: Fact[];
  roles?: Role[];
  related?: string[];
  /** A "read more" link: Wikipedia or the official site. */
  link?: string;
  sources: EntitySource[];
  /** When this entry was last checked (YYYY-MM-DD). */
  updated: string;
  /**
   * How widely known the entity is, for ranking namesakes: the number of Wikipedia
   * language editions with an article on it (Wikidata sitelinks), when known.
   */
  popularity?: number;
  /**
   * Kept for its card and the popup's search, never highlighted on a page: an everyday
   * word news readers do not need explained ("vaccine", "ceasefire"). Set by
   * `data/quiet.json` at compile time.
   */
  quiet?: true;
}

/** What the build writes to `dist/<browser>/data/dataset.json`. */
export interface CompiledDataset {
  version: 1;
  sources: SourceInfo[];
  entities: Entity[];
}

/** The alias text of an alias, whichever form it is written in. */
export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** An alias in object form with defaults filled in. */
export function aliasObject(alias: Alias): AliasObject {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/**
 * Every text the matcher should look for, name first, one entry per text as written
 * (space runs made one). An alias with the same folded text as the name carries the
 * name's flags: that is how an entity marks its own name ambiguous ("John Smith", two
 * people). Aliases that differ only in case, from the name or each other, are kept apart
 * (with the name's flags when it is the name), because the case is the rule: "New York
 * State" needs its capital S, the editor's "New York state" does not.
 */
export function matchableAliases(entity: Entity): AliasObject[] {
  const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();
  const byText = new Map<string, AliasObject>();
  const nameKey = foldName(entity.name);
  const nameFlags = (entity.aliases ?? []).map(aliasObject).find((a) => foldName(a.text) === nameKey);
  byText.set(spaced(entity.name), { ...nameFlags, text: entity.name });
  for (const alias of entity.aliases ?? []) {
    const object = aliasObject(alias);
    const key = spaced(object.text);
    if (byText.has(key)) continue;
    if (foldName(object.text) !== nameKey) byText.set(key, object);
    // The name written in other capitals ("Boeing 737 Max" for "Boeing 737 MAX") is a text of its own, with the
    // name's flags; the name in lower case only marks the name's flags ("john smith", ambiguous).
    else if (key !== key.toLowerCase()) byText.set(key, { ...nameFlags, ...object, text: key });
  }
  return [...byText.values()];
}

export { foldName } from './fold';
