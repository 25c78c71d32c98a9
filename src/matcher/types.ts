import type { CaseRule, EntityType } from '../shared/dataset';

/** One alias as the matcher sees it: flattened from the dataset. */
export interface MatcherAlias {
  text: string;
  id: string;
  case: CaseRule;
  short?: boolean;
  unambiguous?: boolean;
  ambiguous?: boolean;
  demonym?: boolean;
}

/** What the matcher knows of an entity besides its aliases. */
export interface MatcherEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Words whose presence on the page supports this entity when an alias is shared. */
  context?: string[];
  /** Ids of entities whose presence on the page supports this one (dataset `related`, `roles[].of`). */
  related?: string[];
  /** Shared alias texts (as written) this entity is meant by when the page gives no evidence (dataset `primary`). */
  primary?: string[];
}

export interface MatcherInput {
  entities: MatcherEntity[];
  aliases: MatcherAlias[];
}

export interface MatchOptions {
  /**
   * Entities the page named before these blocks (a live blog's later update): they
   * count as named earlier, so "Kerry said" after "John Kerry" still matches.
   */
  known?: readonly string[];
}

/**
 * One mention: `start`/`end` are UTF-16 offsets into `blocks[block]` exactly as
 * passed in (normalization happens inside the matcher and never shifts offsets).
 */
export interface Mention {
  block: number;
  start: number;
  end: number;
  id: string;
  text: string;
}

export interface Matcher {
  /** Finds every mention in the blocks of one page, in document order (the page shows first mentions itself). */
  find(blocks: readonly string[], options?: MatchOptions): Mention[];
  /**
   * Whether `text` (a page's text as one string, its blocks run together) holds anything
   * that could be a mention: a quick "no" lets a page skip its scan. Never a false "no" for
   * a name split across a block boundary ("ParisHilton" is read both as is and split). A
   * short form with no title before it counts for nothing: on a page that names no entity yet,
   * it is shown only after its full name, which is a candidate of its own.
   */
  mayFind(text: string): boolean;
  /** The entity behind an id (name, type…), without its context words; undefined if unknown. */
  entity(id: string): MatcherEntity | undefined;
}
