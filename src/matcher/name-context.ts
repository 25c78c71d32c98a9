/**
 * Context rules for contested names, kept apart from resolve.ts:
 * - a place word after a locative preposition is the place, not what it stands for
 *   ("talks in Washington" is the city), and one that says or agrees something is who
 *   governs it ("Washington and Beijing agreed": the US government);
 * - a contested one-word name written next to another capitalized word is part of a
 *   longer name that is not in the dataset ("Victoria Atkins", "Georges Claude",
 *   "Northern Italy"), so it names nothing on its own;
 * - a term made of position words set off by commas or brackets is where someone
 *   stands in a photo ("Justice Montoya-Lewis, center-right, and…"), not politics;
 * - a city or a surname right after a name word we do not know belongs to that longer
 *   name ("Gareth Johnson" is not Boris Johnson, "Zoe Kazan" not the city), and a
 *   demonym after a region word is that region's ("Latin American");
 * - an office right after a state or city ("Georgia Secretary of State", "Ohio House
 *   Speaker") is that place's office, not the national one of the same name;
 * - a place or demonym that begins an institution's name ("Florida State University",
 *   "Des Moines Register", "American Sign Museum") or ends one ("University of
 *   Houston") is that institution's, not the place.
 */
import type { EntityType } from '../shared/dataset';
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import type { Candidate } from './scan';
import { isAllCaps, isCapitalizedAt, type Tokens } from './tokens';
import { isForename, MONTH_ABBREVIATIONS, MONTHS, STOPWORDS, TITLES, WEEKDAYS } from './words';

const LOCATIVE = new Set(['in', 'to', 'from', 'at', 'near', 'outside', 'into', 'across', 'around', 'via', 'through', 'inside']);
/** Words after a name that make it a company's, not part of a person's ("Chevron Corp"). */
const COMPANY_WORDS = new Set(['corp', 'corporation', 'inc', 'ltd', 'co', 'plc', 'llc', 'group', 'ag', 'sa', 'company']);
/** Words that open a photo's credit ("Photo by …", "Photograph: …", "Credit: …"). */
const CREDIT_WORDS = new Set(['photo', 'photos', 'photograph', 'photographs', 'photography', 'picture', 'pictures', 'image', 'images', 'credit', 'credits', 'illustration', 'video']);
/** Words that open a credit before a colon. */
const COLON_CREDIT_WORDS = new Set(['photograph', 'photographs', 'photography', 'credit', 'credits']);
/** Picture agencies and outlets after a photographer's name and a slash ("Alex Wong/Getty Images", "James Martin/CNET"). */
const PICTURE_SOURCES = new Set([
  'getty', 'afp', 'ap', 'reuters', 'epa', 'efe', 'ansa', 'dpa', 'pa', 'rex', 'shutterstock', 'alamy', 'zuma', 'sipa', 'nurphoto',
  'anadolu', 'xinhua', 'tass', 'kyodo', 'yonhap', 'bloomberg', 'pool', 'cnet', 'abaca', 'imago', 'splash', 'wireimage', 'corbis', 'polaris', 'redux',
]);

/**
 * Whether a candidate is a photographer's name in a credit: after "Photo by", "Photograph:"
 * or "Credit:", or before a slash and a picture agency ("Photo by James Martin/CNET", "Alex
 * Wong/Getty Images"). Whoever shares the name, the credit names the one who took the picture.
 */
export function isPhotoCredit(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  const gapBefore = (t: number) => tokens.text.slice(tokens.ends[t - 1]!, tokens.starts[t]!).trim();
  // "Photo: Joe Biden speaks…" may be a caption's subject; "Photograph:" and "Credit:" (or the
  // Times' "Credit…") open a credit.
  if (c.first >= 1 && /^(:|\.\.\.|…)$/u.test(gapBefore(c.first)) && COLON_CREDIT_WORDS.has(tokens.word(c.first - 1))) return true;
  if (c.first >= 2 && gapIsSpace(page, c.block, c.first - 1) && tokens.word(c.first - 1) === 'by' && gapIsSpace(page, c.block, c.first - 2) && CREDIT_WORDS.has(tokens.word(c.first - 2))) return true;
  return c.last + 1 < tokens.count && /^\s*\/\s*$/u.test(tokens.text.slice(tokens.ends[c.last]!, tokens.starts[c.last + 1]!)) && PICTURE_SOURCES.has(tokens.word(c.last + 1));
}

/** A party's members by their seats ("the Labour MP", "SNP MSPs"): the party is named, not part of a longer name. */
const MEMBER_WORDS = new Set(['mp', 'mps', 'msp', 'msps', 'mep', 'meps', 'td', 'tds', 'mla', 'mlas', 'mpp', 'mpps']);
const PLACE_TYPES: ReadonlySet<EntityType> = new Set(['country', 'territory', 'region', 'city', 'place', 'building']);

/** Whether the gap between tokens `left` and `left + 1` of a block is spaces only. */
export function gapIsSpace(page: PageContext, b: number, left: number): boolean {
  const tokens = page.blocks[b]!;
  return /^\s+$/u.test(tokens.text.slice(tokens.ends[left]!, tokens.starts[left + 1]!));
}

/** Whether the gap between tokens `left` and `left + 1` of a block is a comma and spaces ("Pakistan, Afghanistan"). */
export function isCommaGap(page: PageContext, block: number, left: number): boolean {
  const tokens = page.blocks[block]!;
  if (left < 0 || left + 1 >= tokens.count) return false;
  return /^,\s+$/u.test(tokens.text.slice(tokens.ends[left]!, tokens.starts[left + 1]!));
}

/** Whether the word right before the candidate puts it in a place ("in", "to", "from"…). */
export function isLocative(page: PageContext, c: Candidate): boolean {
  return c.first > 0 && gapIsSpace(page, c.block, c.first - 1) && LOCATIVE.has(page.blocks[c.block]!.word(c.first - 1));
}

/** Words before a place's name that put something in it ("in Flint", "across Chelsea"); not "at", "to" or "from", which as often name a firm or a person ("worked at Amazon", "a letter from Ferguson"). */
const INSIDE = new Set(['in', 'near', 'outside', 'inside', 'across', 'around', 'throughout']);

/** Whether the candidate follows a word that puts something inside a place ("protests in Ferguson") and is not an owner ("in Ferguson's view"). */
export function isInsidePlace(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  return c.first > 0 && gapIsSpace(page, c.block, c.first - 1) && INSIDE.has(tokens.word(c.first - 1)) && !isPossessiveAt(tokens, c.last);
}

/**
 * Whether a lower-case "the" comes right before the candidate, or before one capitalized word
 * that does ("the Amazon", "the Brazilian Amazon"): a place's way of being written, which a
 * firm's name is not ("Amazon said").
 */
export function isAfterLowerThe(page: PageContext, c: Candidate): boolean {
  if (isLowerThe(page, c.block, c.first - 1)) return true;
  return c.first >= 2 && isCapitalizedAt(page.blocks[c.block]!, c.first - 1) && gapIsSpace(page, c.block, c.first - 1) && isLowerThe(page, c.block, c.first - 2);
}

/** Whether token `t` is a lower-case "the" followed by a space ("the Dnipro", "the Amazon"). */
export function isLowerThe(page: PageContext, block: number, t: number): boolean {
  const tokens = page.blocks[block]!;
  return t >= 0 && tokens.ends[t]! - tokens.starts[t]! === 3 && tokens.text.startsWith('the', tokens.starts[t]!) && gapIsSpace(page, block, t);
}

/**
 * The last word of the mention a list joins to the candidate ("from Ciudad Juárez and
 * Matamoros": the token before "and"; "Pakistan, Jordan": the token before the comma; "Ohio,
 * Michigan, and Texas": the token before ", and", the Oxford comma), or -1 when neither a
 * comma nor "and"/"or" comes first.
 */
export function listedAfter(page: PageContext, c: Candidate): number {
  if (c.first < 1) return -1;
  const tokens = page.blocks[c.block]!;
  if (isCommaGap(page, c.block, c.first - 1)) return c.first - 1;
  if (c.first < 2 || !LIST_JOINS.has(tokens.word(c.first - 1)) || !gapIsSpace(page, c.block, c.first - 1)) return -1;
  return gapIsSpace(page, c.block, c.first - 2) || isCommaGap(page, c.block, c.first - 2) ? c.first - 2 : -1;
}
const LIST_JOINS = new Set(['and', 'or']);

/**
 * The first word of the mention a list joins after the candidate ("Washington and Oregon":
 * the token after "and"; "Washington, Oregon": the one after the comma; "Washington, and
 * Oregon": the one after ", and"), or -1.
 */
export function listedBefore(page: PageContext, c: Candidate): number {
  const tokens = page.blocks[c.block]!;
  const isComma = isCommaGap(page, c.block, c.last);
  if (c.last + 2 < tokens.count && LIST_JOINS.has(tokens.word(c.last + 1)) && (isComma || gapIsSpace(page, c.block, c.last))) {
    return gapIsSpace(page, c.block, c.last + 1) ? c.last + 2 : -1;
  }
  return isComma ? c.last + 1 : -1;
}

/** After a locative, only the places among the entities (all of them if none is a place). */
export function placesFirst(index: AliasIndex, entities: number[]): number[] {
  const places = entities.filter((e) => PLACE_TYPES.has(index.entityType(e)));
  return places.length > 0 ? places : entities;
}

/** Verbs a government does and a city does not: the capital's name stands for the government. */
const ACTOR_VERBS = new Set([
  'said', 'says', 'agreed', 'agree', 'agrees', 'accused', 'accuses', 'warned', 'warns', 'urged', 'urges', 'denied', 'denies',
  'rejected', 'rejects', 'announced', 'announces', 'demanded', 'demands', 'insisted', 'signed', 'imposed', 'imposes',
  'threatened', 'threatens', 'wants', 'responded', 'retaliated', 'condemned', 'condemns', 'sanctioned', 'vowed',
  'argued', 'argues', 'recalled', 'protested', 'objected', 'objects', 'refused', 'refuses', 'pledged', 'pledges', 'expelled',
  'tightened', 'blamed', 'blames', 'banned', 'blocked', 'ordered', 'approved', 'lifted', 'eased', 'pressed', 'presses',
  'praised', 'praises', 'criticized', 'criticised', 'criticizes', 'criticises', 'opposed', 'opposes',
  'hailed', 'insists', 'vows',
]);
const ACTOR_WINDOW_TOKENS = 4;

/** Whether a verb of speech or policy follows the candidate closely ("Washington and Beijing agreed"). */
export function isActor(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  for (let t = c.last + 1; t < Math.min(tokens.count, c.last + 1 + ACTOR_WINDOW_TOKENS); t++) if (ACTOR_VERBS.has(tokens.word(t))) return true;
  return false;
}

/** Who says, agrees or warns: a government or body, and a party ("The opposition Congress said"). */
const ACTOR_TYPES: ReadonlySet<EntityType> = new Set(['organization', 'party']);

/** Before such a verb, the bodies and parties among the entities (all of them if none is one). */
export function actorsFirst(index: AliasIndex, entities: number[]): number[] {
  const actors = entities.filter((e) => ACTOR_TYPES.has(index.entityType(e)));
  return actors.length > 0 ? actors : entities;
}

/** Verbs only a news outlet does to a story ("Bloomberg reported"); "said" is anyone's. */
const REPORT_VERBS = new Set(['reported', 'reports', 'reporting', 'revealed', 'published']);
/** Words between an outlet and its verb ("Reuters first reported", "CNN has reported"). */
const REPORT_ADVERBS = new Set(['first', 'previously', 'has', 'had']);

/**
 * Whether the candidate is cited as a news source: "…, Bloomberg reported", "Reuters first
 * reported", "according to Bloomberg", "told Politico". The outlet is meant, not a
 * namesake (Michael Bloomberg) nor nothing for want of context.
 */
export function isCitedSource(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  const after = (k: number) => (c.last + k < tokens.count ? tokens.word(c.last + k) : '');
  if (gapIsSpace(page, c.block, c.last) && (REPORT_VERBS.has(after(1)) || (REPORT_ADVERBS.has(after(1)) && REPORT_VERBS.has(after(2))))) return true;
  if (c.first === 0 || !gapIsSpace(page, c.block, c.first - 1)) return false;
  const before = tokens.word(c.first - 1);
  if (before === 'told') return true;
  return before === 'to' && c.first > 1 && tokens.word(c.first - 2) === 'according';
}

/** Cited as a source, the news outlets among the entities (all of them if none is one). */
export function mediaFirst(index: AliasIndex, entities: number[]): number[] {
  const media = entities.filter((e) => index.entityType(e) === 'media');
  return media.length > 0 ? media : entities;
}

/** Lower-case words that make a shared institution name someone else's ("the state Supreme Court"). */
const QUALIFIERS = new Set(['state', 'provincial']);

/** Whether token `owner` is followed by an apostrophe and "s": "Scotland's". */
export function isPossessiveAt(tokens: Tokens, owner: number): boolean {
  return owner + 1 < tokens.count && tokens.word(owner + 1) === 's' && /^['’]$/u.test(tokens.text.slice(tokens.ends[owner]!, tokens.starts[owner + 1]!));
}

/** The last token of the owner in "Owner's Name" right before the candidate, if it is written so. */
export function possessiveOwner(page: PageContext, c: Candidate): number | undefined {
  if (c.first < 2 || !gapIsSpace(page, c.block, c.first - 1)) return undefined;
  return isPossessiveAt(page.blocks[c.block]!, c.first - 2) ? c.first - 2 : undefined;
}

/**
 * Whether a candidate touches another capitalized word (titles like "Governor" aside),
 * and on which side: either for one word ("Victoria Atkins" → after, "Georges Claude" →
 * before), before it for longer names ("Washington Supreme Court" is not the US one; nor
 * is "the state Supreme Court"). A word before that `qualifies` (a person or a demonym we
 * know, given for parties: "Never Trump Republicans", "the Bavarian CSU") is not an unknown
 * given name; a place is ("a Virginia Democrat" stays a description, as readers marked it).
 */
export function isInLongerName(page: PageContext, c: Candidate, qualifies: (block: number, token: number) => boolean = () => false): false | 'before' | 'after' {
  const tokens = page.blocks[c.block]!;
  if (c.first !== c.last) {
    if (c.first === 0 || !gapIsSpace(page, c.block, c.first - 1)) return false;
    // "Washington’s Supreme Court": look past the possessive to its owner.
    const owner = possessiveOwner(page, c);
    // "Shinzo Abe's Liberal Democratic Party": a person's party is the party, not a longer name.
    if (owner !== undefined && qualifies(c.block, owner)) return false;
    const before = owner ?? c.first - 1;
    const word = tokens.word(before);
    return QUALIFIERS.has(word) || (isCapitalizedAt(tokens, before) && !TITLES.has(word) && !STOPWORDS.has(word) && !page.isSentenceStart(c.block, before)) ? 'before' : false;
  }
  const isNameWord = (t: number) => isCapitalizedAt(tokens, t) && !TITLES.has(tokens.word(t)) && !STOPWORDS.has(tokens.word(t));
  const next =
    c.last + 1 < tokens.count && gapIsSpace(page, c.block, c.last) && isNameWord(c.last + 1) && !COMPANY_WORDS.has(tokens.word(c.last + 1)) && !MEMBER_WORDS.has(tokens.word(c.last + 1));
  // At a sentence start any word is capitalized: there only a given name counts ("Eric Reeves said").
  const previous =
    c.first > 0 && gapIsSpace(page, c.block, c.first - 1) && isNameWord(c.first - 1) && !qualifies(c.block, c.first - 1) &&
    (!page.isSentenceStart(c.block, c.first - 1) || isForename(tokens.word(c.first - 1)));
  return previous ? 'before' : next ? 'after' : false;
}

/** Words a caption places people with: "center-left", "second from right" are not politics there. */
const POSITION_WORDS = new Set(['left', 'right', 'center', 'centre', 'middle', 'front', 'back', 'top', 'bottom']);

/**
 * Whether a candidate is a photo caption's position: only position words, set off on both
 * sides by a comma or a bracket ("Debra Stephens, center-left, Monday"; "(centre right)").
 * In prose the political term has an article or a noun next to it ("the center-left
 * Democrats"), never commas on both sides.
 */
export function isCaptionPosition(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  if (c.first === 0) return false;
  const before = tokens.text.slice(tokens.ends[c.first - 1]!, tokens.starts[c.first]!).trim();
  if (before !== ',' && before !== '(') return false;
  const after = (c.last + 1 < tokens.count ? tokens.text.slice(tokens.ends[c.last]!, tokens.starts[c.last + 1]!) : tokens.text.slice(tokens.ends[c.last]!)).trim();
  if (!/^[,)]/u.test(after)) return false;
  for (let t = c.first; t <= c.last; t++) if (!POSITION_WORDS.has(tokens.word(t))) return false;
  return true;
}

/** Words before a city that keep it the city ("North London", "Lower Manhattan", "Greater Manchester"). */
const AREA_WORDS = new Set([
  'north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western', 'northeast', 'northwest',
  'southeast', 'southwest', 'mid', 'greater', 'lower', 'upper', 'inner', 'outer', 'downtown', 'metro', 'old', 'new',
]);
/** Styles and ranks before a surname that are not TITLES (they prove nothing, but take nothing away). */
const STYLES = new Set([
  'sir', 'dame', 'lord', 'lady', 'baroness', 'baron', 'sheikh', 'ayatollah', 'emir', 'sultan', 'emperor', 'empress',
  'tsar', 'archbishop', 'cardinal', 'rabbi', 'imam', 'professor', 'prof', 'miss', 'captain', 'capt', 'lt', 'sgt',
  'coach', 'detective', 'officer', 'deputy', 'vice', 'chief', 'crown', 'former', 'acting', 'incoming', 'outgoing',
]);

/** Words before a month that make it a date: "in May", "since June", "last April". */
const DATE_PREPOSITIONS = new Set(['in', 'on', 'since', 'by', 'from', 'until', 'till', 'through', 'last', 'this', 'next', 'early', 'late', 'mid', 'of']);

/**
 * Whether a one-word city or surname is the last word of a longer name the dataset does
 * not know: right after a capitalized word that is not a title, style, area word,
 * acronym ("Tory MP Johnson"), the end of a title phrase ("Secretary of State Blinken")
 * or another name we know (`isNameEnd`: "Republican Trump"). At a sentence start only a
 * given name counts. "Gareth Johnson" on a page that names Boris Johnson, "Zoe Kazan",
 * "Gordon Henderson", "Bishop Auckland".
 */
export function isAfterUnknownName(page: PageContext, c: Candidate, isNameEnd: (block: number, token: number) => boolean): boolean {
  if (c.first !== c.last || c.first === 0 || !gapIsSpace(page, c.block, c.first - 1)) return false;
  const tokens = page.blocks[c.block]!;
  const before = c.first - 1;
  if (!isCapitalizedAt(tokens, before)) return false;
  // A dateline or a headline in capitals ("Getty Images MANCHESTER") says nothing of names.
  if (isAllCaps(tokens.text.slice(tokens.starts[c.first]!, tokens.ends[c.first]!))) return false;
  const word = tokens.word(before);
  if (TITLES.has(word) || STOPWORDS.has(word) || AREA_WORDS.has(word) || STYLES.has(word)) return false;
  // A date before a name is no part of it: "In January Trump said", "On Friday Paris recalled".
  // A month that is also a given name is a date after a preposition ("in May Trump", not "June Carter").
  if (WEEKDAYS.has(word)) return false;
  if ((MONTHS.has(word) || MONTH_ABBREVIATIONS.has(word)) && (!isForename(word) || (before >= 1 && DATE_PREPOSITIONS.has(tokens.word(before - 1))))) return false;
  if (page.isSentenceStart(c.block, before) && !isForename(word)) return false;
  if (isAllCaps(tokens.text.slice(tokens.starts[before]!, tokens.ends[before]!))) return false;
  if (before >= 1 && tokens.word(before - 1) === 'of' && gapIsSpace(page, c.block, before - 1)) return false;
  // A given name is one even where the dataset knows someone by it alone (Pope Mark, "Mark"):
  // "Mark Braverman" is not Suella Braverman.
  return !isNameEnd(c.block, before) || isForename(word);
}

/** Region words that make a demonym another region's: "Latin American", "Central American", "East German". */
const REGION_QUALIFIERS = new Set(['north', 'south', 'east', 'west', 'central', 'latin', 'northern', 'southern', 'eastern', 'western', 'meso', 'pan']);

/**
 * Whether a demonym follows a capitalized region word its entity's name lacks: "Latin
 * American" and "North American" are not the United States ("South Korean" is South
 * Korea: its name has the word).
 */
export function isOtherRegionDemonym(page: PageContext, c: Candidate, entityNames: readonly string[]): boolean {
  if (c.first !== c.last || c.first === 0 || !gapIsSpace(page, c.block, c.first - 1)) return false;
  const tokens = page.blocks[c.block]!;
  if (!isCapitalizedAt(tokens, c.first - 1)) return false;
  const word = tokens.word(c.first - 1);
  return REGION_QUALIFIERS.has(word) && entityNames.every((name) => !name.split(/[\s-]+/u).includes(word));
}

/**
 * Whether a term (a lower-case alias) is written as part of a proper name: capitalized in
 * mid-sentence next to another capitalized word ("the Congressional Progressive Caucus",
 * "the Great Recession", "Pandemic Unemployment Payment"). The name is something else than
 * the common noun; a title-case headline loses its terms too, which the body repeats.
 */
export function isTermInProperName(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  if (!isCapitalizedAt(tokens, c.first) || page.isSentenceStart(c.block, c.first)) return false;
  if (isAllCaps(tokens.text.slice(tokens.starts[c.first]!, tokens.ends[c.last]!))) return false;
  const isNameWordAt = (t: number) => isCapitalizedAt(tokens, t) && !STOPWORDS.has(tokens.word(t)) && !isAllCaps(tokens.text.slice(tokens.starts[t]!, tokens.ends[t]!));
  const before = c.first > 0 && gapIsSpace(page, c.block, c.first - 1) && isNameWordAt(c.first - 1) && !page.isSentenceStart(c.block, c.first - 1);
  const after = c.last + 1 < tokens.count && gapIsSpace(page, c.block, c.last) && isNameWordAt(c.last + 1);
  return before || after;
}

/** Offices whose name goes on with "general": an attorney general is no attorney. */
const OFFICES_BEFORE_GENERAL = new Set(['attorney', 'attorneys', 'secretary', 'inspector', 'inspectors', 'surgeon', 'solicitor', 'governor', 'director', 'consul', 'prosecutor', 'procurator', 'auditor', 'postmaster', 'comptroller', 'registrar']);

/** Whether the candidate ends on such an office word that "general" continues ("the United States attorney general"). */
export function isCutBeforeGeneral(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  return c.last + 1 < tokens.count && OFFICES_BEFORE_GENERAL.has(tokens.word(c.last)) && tokens.word(c.last + 1) === 'general' && gapIsSpace(page, c.block, c.last);
}

/** Peerages name a title after a place: "Duke of Edinburgh" is a man, not the city. */
const PEERAGES = new Set(['duke', 'duchess', 'earl', 'countess', 'marquess', 'marchioness', 'viscount', 'viscountess', 'baron', 'baroness']);

/** Whether a one-word place is the place of a peerage ("Duke of Edinburgh", "Duchess of Sussex", "Prince of Wales"). */
export function isPeerageTitle(page: PageContext, c: Candidate): boolean {
  if (c.first !== c.last || !isAfterOf(page, c)) return false;
  const tokens = page.blocks[c.block]!;
  const title = tokens.word(c.first - 2);
  return PEERAGES.has(title) || ((title === 'prince' || title === 'princess') && tokens.word(c.first) === 'wales');
}

/** Whether the candidate follows "<word> of", spaced ("Duke of Edinburgh", "University of Houston"): the word is token c.first − 2. */
function isAfterOf(page: PageContext, c: Candidate): boolean {
  return c.first >= 2 && page.blocks[c.block]!.word(c.first - 1) === 'of' && gapIsSpace(page, c.block, c.first - 1) && gapIsSpace(page, c.block, c.first - 2);
}

/** Whether every entity is a place (a peerage's place, a locative's object). */
export function areAllPlaces(index: AliasIndex, entities: readonly number[]): boolean {
  return entities.every((e) => PLACE_TYPES.has(index.entityType(e)));
}

/**
 * Last words of institutions' names that start with a place or its demonym: schools and
 * museums, hospitals, roads, newspapers, stadiums ("Illinois Institute of Technology",
 * "Wellington Road", "Houston Chronicle", "New York Public Library"). Not a place's own
 * government (its council, police, departments: "Hyogo Prefectural Police", "Boston City
 * Council"), where the place is what the reader needs.
 */
const INSTITUTION_HEADS = new Set([
  'university', 'college', 'institute', 'school', 'academy', 'museum', 'library', 'gallery', 'hospital', 'clinic',
  'prison', 'road', 'street', 'avenue', 'boulevard', 'lane', 'highway', 'bridge', 'square', 'park', 'airport', 'station',
  'stadium', 'arena', 'zoo', 'cathedral', 'church', 'mosque', 'synagogue', 'temple', 'theatre', 'theater', 'hall', 'center',
  'centre', 'market', 'project', 'register', 'herald', 'tribune', 'gazette', 'chronicle', 'journal', 'times', 'post', 'star',
  'sun', 'examiner', 'observer', 'inquirer', 'standard', 'telegraph', 'bulletin', 'press', 'review',
  'magazine', 'club',
]);
/** Institution words whose "of" names a place inside their own name ("University of Houston"). */
const OF_INSTITUTIONS = new Set(['university', 'college', 'institute', 'school', 'academy', 'museum', 'library']);
/** How many capitalized words after the place may come before the institution word ("American Sign Museum"). */
const INSTITUTION_RUN = 3;

/**
 * Whether a place or demonym is part of an institution's name: followed, without
 * punctuation, by capitalized words that end in an institution word ("Northern Kentucky
 * University", "American Sign Museum"), or right after "University of" and the like.
 * A name the dataset knows ("Washington Post", "Kansas City") is a longer candidate and
 * wins on its own; this is for the ones it does not.
 */
export function isInInstitutionName(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  if (isAfterOf(page, c) && OF_INSTITUTIONS.has(tokens.word(c.first - 2)) && isCapitalizedAt(tokens, c.first - 2)) return true;
  for (let t = c.last + 1; t < Math.min(tokens.count, c.last + 1 + INSTITUTION_RUN); t++) {
    if (!gapIsSpace(page, c.block, t - 1) || !isCapitalizedAt(tokens, t) || page.isSentenceStart(c.block, t)) return false;
    const word = tokens.word(t);
    if (INSTITUTION_HEADS.has(word)) return true;
    if (STOPWORDS.has(word)) return false;
  }
  return false;
}

/** Words that make a title an office: TITLES, and posts that never stand before a surname. */
const OFFICE_WORDS = new Set(['attorney', 'treasurer', 'comptroller', 'auditor', 'controller', 'superintendent', 'sheriff', 'lieutenant', 'prosecutor', 'solicitor']);

/**
 * Whether an office's name follows a state or city's name ("Georgia Secretary of State",
 * "Ohio House Speaker"): that place has an office of the same name, and the national one
 * (the US Secretary of State, the Speaker of the US House) is not meant. A state office the
 * dataset knows by its full name ("Texas Attorney General") is a longer candidate and wins
 * anyway. `isPlaceEnd` says whether a token ends a state's or city's name.
 */
export function isOfficeOfPlace(page: PageContext, c: Candidate, isPlaceEnd: (block: number, token: number) => boolean): boolean {
  if (c.first === 0 || !gapIsSpace(page, c.block, c.first - 1)) return false;
  const words = page.blocks[c.block]!.words(c.first, c.last);
  if (!words.some((word) => TITLES.has(word) || OFFICE_WORDS.has(word))) return false;
  if (isPlaceEnd(c.block, c.first - 1)) return true;
  // The office of a state's chamber, the chamber named between ("Idaho House Speaker").
  const before = c.first - 1;
  return before > 0 && CHAMBERS.has(page.blocks[c.block]!.word(before)) && gapIsSpace(page, c.block, before - 1) && isPlaceEnd(c.block, before - 1);
}

/**
 * Whether a chamber's bare name follows a state's or city's name ("Idaho House", "Ohio
 * Senate"): that place's legislature, not the national one of the same name.
 */
export function isChamberOfPlace(page: PageContext, c: Candidate, isPlaceEnd: (block: number, token: number) => boolean): boolean {
  if (c.first !== c.last || c.first === 0 || !gapIsSpace(page, c.block, c.first - 1)) return false;
  return CHAMBERS.has(page.blocks[c.block]!.word(c.first)) && isPlaceEnd(c.block, c.first - 1);
}

/** A legislature's chambers, as written between a state's name and an office of theirs. */
const CHAMBERS: ReadonlySet<string> = new Set(['house', 'senate', 'assembly', 'legislature']);
