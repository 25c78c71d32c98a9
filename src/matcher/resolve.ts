/**
 * Decides which candidates a reader sees, in three steps:
 * 1. certain candidates (one entity, no short form, not shared, not a weak capital)
 *    name their entities for the whole page;
 * 2. the rest, in document order: short forms need their entity named earlier or a
 *    title right before ("President Xi"); shared aliases and weak sentence-start
 *    capitals go through the score in context.ts;
 * 3. overlaps: the longest mention wins, then the earliest (deterministic).
 */
import { AMBIGUOUS, DEMONYM, EXACT, SHORT, TERM, UNAMBIGUOUS, type AliasIndex } from './alias-index';
import { THRESHOLD, type PageContext } from './context';
import { CountryPresence } from './countries';
import { actorsFirst, areAllPlaces, gapIsSpace, isActor, isAfterUnknownName, isCaptionPosition, isChamberOfPlace, isCitedSource, isCommaGap, isAfterLowerThe, isCutBeforeGeneral, isInInstitutionName, isInLongerName, isInsidePlace, isLocative, listedAfter, listedBefore, isOfficeOfPlace, isOtherRegionDemonym, isPeerageTitle, isPhotoCredit, isPossessiveAt, isTermInProperName, mediaFirst, placesFirst, possessiveOwner } from './name-context';
import { ruleOnDefinedAcronyms } from './acronyms';
import { ruleOnCompanyLists, ruleOnUniversityLists } from './company-lists';
import { ruleOnDivisionLists } from './division-lists';
import { ruleOnMembersOfStates } from './member-of-state';
import { ruleOnAddresses } from './place-pairs';
import { ruleOnStateLists } from './state-lists';
import { ruleOnEditions } from './editions';
import { ruleOnNationalTeams } from './national-teams';
import { ruleOnClubTowns } from './club-towns';
import { ruleOnPlatformX } from './platforms';
import { ruleOnDatelines } from './datelines';
import { ruleOnRivers } from './rivers';
import type { Candidate } from './scan';
import { foldText, isAllCaps, isCapitalizedAt, isHyphenJoined, type Tokens } from './tokens';
import { COMMON_WORDS, DATE_WORDS, GIVEN_NAMES, HONORIFICS, isForename, MONTH_ABBREVIATIONS, MONTHS, TITLES, WEEKDAYS } from './words';

/** A candidate tied to one entity. */
export interface Resolved {
  candidate: Candidate;
  entity: number;
}

interface Judged {
  candidate: Candidate;
  entities: number[];
  needsName: boolean[];
  isContested: boolean;
  /** Some alias is an adjective ("Korean"): those sit next to capitals ("South Korean President"). */
  isDemonym: boolean;
  /** Every alias is a surname, even one that may stand alone ("Trump"): after an unknown given name it is someone else's. */
  isSurname: boolean;
  /** A one-word name at a sentence start that is also a common word ("Labour costs rose"): its capital proves nothing. */
  isWeakCapital: boolean;
  /** A weak capital because the page also writes the word in lower case: not even a list settles it. */
  isLowercaseOnPage: boolean;
}

/** A state or province, a territory: what a list of them may leave without a country. */
const SUBDIVISION_TYPES: ReadonlySet<string> = new Set(['region', 'territory']);

/** What belongs to one country: its bodies, offices and parties (people, companies, places and events travel). */
const NATIONAL_TYPES: ReadonlySet<string> = new Set(['organization', 'party', 'term']);

/** Position order across blocks: blocks are far shorter than 2^32 characters. */
function position(c: Candidate): number {
  return c.block * 4294967296 + c.start;
}

/** One number for a token of the page: blocks hold far fewer than 2^32 tokens. */
function tokenKey(block: number, token: number): number {
  return block * 4294967296 + token;
}

/**
 * "Montoya-Lewis", "Smith-Jones": a word joined by a hyphen to another capitalized
 * word is part of a double-barrelled name, never the surname of someone else.
 * ("Sino-US" and "US-China" are unaffected: only short forms are held to this.)
 */
function isInCompoundName(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  return (isHyphenJoined(tokens, c.first - 1) && isCapitalizedAt(tokens, c.first - 1)) || (isHyphenJoined(tokens, c.last) && isCapitalizedAt(tokens, c.last + 1));
}

// Lower-case words that join the parts of a hyphenated place name.
const PLACE_JOINERS: ReadonlySet<string> = new Set(['under', 'on', 'upon', 'in', 'le', 'la', 'les', 'sur', 'en', 'am', 'an', 'by', 'super']);

/**
 * "Newcastle-under-Lyme", "Stoke-on-Trent", "Barrow-in-Furness", "Aix-en-Provence": a name
 * joined by hyphens through a lower-case joining word to another capitalized word is a part of
 * a longer place's name, not the place, club or region it names alone. (A candidate that
 * spans the whole name is not affected: it holds the joining word itself.)
 */
function isInHyphenatedPlace(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  const isJoiner = (i: number) => PLACE_JOINERS.has(tokens.text.slice(tokens.starts[i]!, tokens.ends[i]!));
  const after = c.last + 1;
  if (isHyphenJoined(tokens, c.last) && isJoiner(after) && isHyphenJoined(tokens, after) && isCapitalizedAt(tokens, after + 1)) return true;
  const before = c.first - 1;
  return before >= 1 && isHyphenJoined(tokens, before) && isJoiner(before) && isHyphenJoined(tokens, before - 1) && isCapitalizedAt(tokens, before - 1);
}

/** Verbs and nouns after a party's one-word name that only a party takes: "Labour won", "Reform MPs" (not "Labour costs"). */
const PARTY_ACTS = new Set([
  'won', 'wins', 'win', 'lost', 'loses', 'leads', 'led', 'pledged', 'pledges', 'promised', 'promises', 'vowed', 'vows', 'announced',
  'said', 'says', 'campaigned', 'campaigns', 'formed', 'governs', 'governed', 'trails', 'trailed', 'polled', 'gained', 'gains',
  'mps', 'mp', 'meps', 'msps', 'peers', 'councillors', 'councilors', 'candidates', 'leader', 'leaders', 'leadership', 'voters',
  'manifesto', 'government', 'frontbench', 'frontbencher', 'frontbenchers', 'whips', 'activists', 'members', 'conference', 'sources',
]);

/**
 * A party's one-word name that is also a common word, at a sentence's start before what only a
 * party does ("Labour won a landslide", "Reform MPs voted"): the start does not weaken it, so
 * the party's context or its primary sense decide as in mid-sentence.
 */
function isPartyActing(index: AliasIndex, page: PageContext, c: Candidate, entities: readonly number[]): boolean {
  const next = c.last + 1;
  if (next >= page.blocks[c.block]!.count || !gapIsSpace(page, c.block, c.last)) return false;
  return PARTY_ACTS.has(page.blocks[c.block]!.word(next)) && entities.some((e) => index.entityType(e) === 'party');
}

function judge(index: AliasIndex, page: PageContext, c: Candidate): Judged {
  const entities: number[] = [];
  const needsName: boolean[] = [];
  let isContested = false;
  let isNameLike = true;
  let isDemonym = false;
  let isSurname = true;
  const inCompound = isInCompoundName(page, c);
  for (const a of c.aliases) {
    const flags = index.flags[a]!;
    const e = index.entityOf(a);
    const isShort = (flags & SHORT) !== 0 && (flags & UNAMBIGUOUS) === 0;
    if (isShort && inCompound) continue;
    const k = entities.indexOf(e);
    if (k === -1) {
      entities.push(e);
      needsName.push(isShort);
    } else needsName[k] = needsName[k]! && isShort;
    // SHARED alone (the index saw these words on several entities) is judged below by who
    // is a real rival: a surname whose person is not named yet is not.
    if (flags & AMBIGUOUS) isContested = true;
    if (flags & (EXACT | TERM)) isNameLike = false;
    if (flags & DEMONYM) isDemonym = true;
    if ((flags & SHORT) === 0) isSurname = false;
  }
  // A surname not yet established ("Meta", Ilir Meta's) does not contest a firm name on its
  // own: it only becomes a rival once its person is named (it is then scored below).
  if (needsName.filter((n) => !n).length > 1) isContested = true;
  let isWeakCapital = false;
  let isLowercaseOnPage = false;
  if (isNameLike && c.first === c.last && page.isSentenceStart(c.block, c.first)) {
    const word = page.blocks[c.block]!.word(c.first);
    isLowercaseOnPage = page.hasLowercase(word);
    if ((COMMON_WORDS.has(word) || isLowercaseOnPage) && !isPartyActing(index, page, c, entities)) isContested = isWeakCapital = true;
  }
  return { candidate: c, entities, needsName, isContested, isDemonym, isSurname, isWeakCapital, isLowercaseOnPage };
}

/**
 * A place or demonym inside an institution's name ("University of Houston", "American Sign
 * Museum"): the institution is named, not the place. Unlike a word of an unknown person's
 * name, the place alone later on the page is still the place.
 */
function isPlaceInInstitution(index: AliasIndex, page: PageContext, j: Judged): boolean {
  if (!isInInstitutionName(page, j.candidate)) return false;
  if (j.isDemonym) return true;
  // A surname it might also be ("Houston", Whitney) needs its full name on the page anyway: the places decide.
  const named = j.entities.filter((_, k) => !j.needsName[k]);
  return named.length > 0 && areAllPlaces(index, named);
}

/** Nouns after a demonym that make it the country's state acting ("the British government"). */
const STATE_WORDS = new Set([
  'government', 'authorities', 'officials', 'minister', 'ministers', 'ministry', 'parliament', 'lawmakers', 'court', 'courts',
  'police', 'army', 'military', 'forces', 'embassy', 'state', 'regulators', 'treasury', 'president', 'prime', 'chancellor', 'cabinet', 'judges', 'prosecutors',
]);

/** Words that make an office's title plain English ("Defense Secretary", "Special Counsel"). */
const PLAIN_OFFICE_WORDS = new Set([
  'secretary', 'minister', 'leader', 'general', 'counsel', 'attorney', 'speaker', 'president', 'chancellor', 'governor',
  'commissioner', 'director', 'chief', 'chairman', 'chairwoman', 'chair', 'ambassador', 'mayor', 'prosecutor', 'envoy', 'adviser', 'advisor',
]);

/** First words of parties' names that end in a word we know as another party ("Social Democrats", "Free Democrats"). */
const PARTY_NAME_WORDS = new Set(['social', 'christian', 'free']);

/**
 * A city or a bare surname inside a longer name we do not know ("Gareth Johnson", "Zoe
 * Kazan", "Bishop Auckland"), any place after a given name ("Scott Israel"), a demonym of
 * another region ("Latin American") or the place of a peerage ("Duke of Edinburgh", "Prince
 * of Wales"): dropped before anything is decided, even when the surname's person is named
 * on the page.
 */
function isPartOfOtherName(
  index: AliasIndex,
  page: PageContext,
  j: Judged,
  isNameEnd: (block: number, token: number) => boolean,
  isFirmNameThrough: (c: Candidate) => boolean,
): boolean {
  const c = j.candidate;
  if (c.first !== c.last) return false;
  if (j.isDemonym) return isOtherRegionDemonym(page, c, j.entities.map((e) => foldText(index.entity(e).name)));
  if (isPeerageTitle(page, c) && areAllPlaces(index, j.entities)) return true;
  // A party's one-word name after a capitalized word that makes another party's name: "the
  // Social Democrats" in Berlin, "Christian Democrats" at a sentence's start, are not the US party.
  const isParty = () => j.entities.every((e) => index.entityType(e) === 'party');
  if (c.first > 0 && PARTY_NAME_WORDS.has(page.blocks[c.block]!.word(c.first - 1)) && isCapitalizedAt(page.blocks[c.block]!, c.first - 1) && isParty()) return true;
  // "the dress was taken from The London West Hollywood": in mid-sentence a capitalized "The"
  // before a city's name starts a venue's or a title's name, not the city.
  if (isAfterCapitalThe(page, c) && j.entities.every((e) => index.entityType(e) === 'city')) return true;
  // The word test first: most candidates follow a lower-case word, and an entity's type costs a read.
  if (!isAfterUnknownName(page, c, isNameEnd)) return false;
  // After a capitalized word we do not know, it is part of that longer name ("Log Cabin Republicans").
  if (isParty()) return true;
  if (j.isSurname || j.needsName.every(Boolean) || j.entities.every((e, k) => !j.needsName[k] && index.entityType(e) === 'city')) return true;
  // Any place after a given name is a person's surname: "Sheriff Scott Israel", "Kevin Jordan".
  // (A surname it might also be, Steve Israel's, is someone else's there too.) A name we know
  // for sure ("Michael Jordan") is not unknown: its last word is its person's.
  if (!isForename(page.blocks[c.block]!.word(c.first - 1)) || isFirmNameThrough(c)) return false;
  const places = j.entities.filter((_, k) => !j.needsName[k]);
  return places.length > 0 && areAllPlaces(index, places);
}

/** Whether a one-word candidate follows "The" with a capital, in the middle of a sentence. */
function isAfterCapitalThe(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  const before = c.first - 1;
  if (before < 0 || tokens.word(before) !== 'the' || !isCapitalizedAt(tokens, before) || !gapIsSpace(page, c.block, before)) return false;
  return !page.isSentenceStart(c.block, before) && !isAllCaps(tokens.text.slice(tokens.starts[before]!, tokens.ends[before]!));
}

/**
 * The score of a person met only as "Mr./Ms./Dr. Surname" and never named on the page,
 * put on the common scale: the proof must be specific, so a related country ("American"
 * names the US, to which every US politician is related) does not count, and one point
 * more than THRESHOLD is needed ("Mr. Reeves said the American government…" is not the
 * governor of Mississippi; "Mr. Price, the health secretary" is Tom Price).
 */
function honorificScore(page: PageContext, e: number, established: ReadonlyMap<number, number>, c: Candidate, own: ReadonlySet<string>): number {
  return page.score(e, established, c.block, c.first, c.last, own, { ignoreCountries: true }) - HONORIFIC_MARGIN;
}
/** The extra point an honorific-only mention needs above THRESHOLD. */
const HONORIFIC_MARGIN = 1;

/**
 * The entity a shared name means when the page gives no evidence either way: the one that
 * claims the candidate's text as its primary sense (dataset `primary`; "Congress" is the US
 * Congress unless the page says India), when no candidate reaches THRESHOLD and no rival
 * scores more than it does. A page whose named entities are of a rival's country and not of
 * the primary's ("Yoon … in Seoul … the Democratic Party") is not "no evidence": nothing wins.
 */
function primaryWinner(index: AliasIndex, page: PageContext, c: Candidate, scored: readonly { e: number; score: number }[], presence: CountryPresence, isBesidePlace: () => boolean): number | undefined {
  // Evidence enough for two of them (a tie at THRESHOLD or more) is not "no evidence".
  if (scored[0]!.score >= THRESHOLD) return undefined;
  const primary = scored.find(({ e }) => {
    const texts = index.entity(e).primary;
    if (!texts) return false;
    const folded = new Set(texts.map(foldText));
    return c.aliases.some((a) => index.entityOf(a) === e && folded.has(foldText(index.aliasText(a))));
  });
  if (!primary || scored.some((other) => other.score > primary.score)) return undefined;
  // A primary sense that is no place is not meant in a list of places ("the MPs for Wimbledon,
  // Putney and Richmond Park"), and yields to a place of the same name where the words before
  // say a place ("fires across the Amazon", "a flat in Chelsea"): the one such place, if one.
  // Not to a building: "killed 90 people at the Bataclan" is still the attack.
  const isPrimaryPlace = areAllPlaces(index, [primary.e]);
  if (!isPrimaryPlace && isBesidePlace()) return undefined;
  const isLand = (e: number) => areAllPlaces(index, [e]) && index.entityType(e) !== 'building';
  const places = scored.filter(({ e }) => e !== primary.e && isLand(e));
  if (!isPrimaryPlace && places.length > 0 && (isAfterLowerThe(page, c) || isInsidePlace(page, c))) {
    return places.length === 1 && places[0]!.score >= primary.score ? places[0]!.e : undefined;
  }
  // keepPresent has already set aside a primary of a country the page does not touch when a
  // rival's is touched; a primary of no country stays there, and yields to such a rival here.
  if (!presence.isHere(primary.e) && scored.some((other) => other.e !== primary.e && presence.isHere(other.e))) return undefined;
  return primary.e;
}

/** "in May", "May 2019", "3 May": a month name used as a date. */
function isDate(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  if (c.first !== c.last || !MONTHS.has(tokens.word(c.first))) return false;
  const next = c.first + 1 < tokens.count ? tokens.word(c.first + 1) : undefined;
  if (next !== undefined && /^\d/.test(next)) return true;
  const previous = c.first > 0 ? tokens.word(c.first - 1) : undefined;
  return previous !== undefined && (DATE_WORDS.has(previous) || /^\d/.test(previous));
}

/** Whether the candidate is a month and a day ("January 6", "Jan. 6th"). */
function isMonthAndDay(tokens: Tokens, c: Candidate): boolean {
  if (c.last !== c.first + 1) return false;
  const month = tokens.word(c.first);
  return (MONTHS.has(month) || MONTH_ABBREVIATIONS.has(month)) && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens.word(c.last));
}

/**
 * "Monday, January 6, 2020", "Jan. 6, 2021": a month and a day followed by a year or
 * preceded by a weekday are a calendar date, not the event news names after the day
 * ("January 6" for the Capitol attack, which stays contested and needs context anyway).
 */
export function isCalendarDate(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  if (!isMonthAndDay(tokens, c)) return false;
  const next = c.last + 1 < tokens.count ? tokens.word(c.last + 1) : undefined;
  const previous = c.first > 0 ? tokens.word(c.first - 1) : undefined;
  return (next !== undefined && /^\d{4}$/.test(next)) || (previous !== undefined && WEEKDAYS.has(previous));
}

/** What a day names when it dates an occasion rather than an event known by its date. */
const DATED_OCCASIONS = new Set(['election', 'elections', 'vote', 'poll', 'polls', 'referendum', 'ballot', 'primary', 'primaries', 'runoff', 'deadline', 'meeting', 'summit', 'hearing', 'session', 'debate', 'letter', 'statement', 'announcement', 'edition', 'issue', 'ceasefire', 'truce', 'agreement']);

/**
 * "the September 11 election", "a January 6 deadline": a month and a day before an occasion
 * are that occasion's date, not the attack news names after the day.
 */
export function isDatedOccasion(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  if (!isMonthAndDay(tokens, c) || c.last + 1 >= tokens.count) return false;
  return gapIsSpace(page, c.block, c.last) && DATED_OCCASIONS.has(tokens.word(c.last + 1));
}

/** The title right before a candidate ("President" in "President Xi"), folded, if any. */
function titleBefore(page: PageContext, c: Candidate): string | undefined {
  const tokens = page.blocks[c.block]!;
  if (c.first === 0) return undefined;
  const gap = tokens.text.slice(tokens.ends[c.first - 1]!, tokens.starts[c.first]!);
  const title = tokens.word(c.first - 1);
  // "King Charles", "Prince Philip": a title before a given name names someone else.
  if (!/^\.?\s+$/u.test(gap) || !TITLES.has(title) || GIVEN_NAMES.has(tokens.word(c.first))) return undefined;
  return title;
}

/** Abbreviated titles, spelled out as role titles spell them. */
const TITLE_WORDS: Record<string, string> = { sen: 'senator', gov: 'governor', gen: 'general', rep: 'representative', congressman: 'representative', congresswoman: 'representative' };

/**
 * Whether a title fits the entity: an honorific fits anyone; a post must be one of
 * its roles ("Judge Ford" is not Ontario's Premier Doug Ford, "President Xi" is Xi).
 */
function titleFits(page: PageContext, entity: number, title: string): boolean {
  if (HONORIFICS.has(title)) return true;
  return page.hasContextWord(entity, TITLE_WORDS[title] ?? title);
}

/**
 * Whether a candidate lies inside a longer one of the same block (tokens o.first ≤ c.first,
 * o.last ≥ c.last, and more of them). Linear: per token, the furthest `last` of the
 * candidates starting there and of those starting before it; a candidate is inside a
 * longer one when one starting earlier reaches at least as far, or one starting at the
 * same token reaches further.
 */
export function insideLongerTest(candidates: readonly Candidate[], blocks: readonly { count: number }[]): (c: Candidate) => boolean {
  const offsets = new Int32Array(blocks.length + 1);
  for (let b = 0; b < blocks.length; b++) offsets[b + 1] = offsets[b]! + blocks[b]!.count;
  const total = offsets[blocks.length]!;
  // furthestAt[t]: the furthest last token of candidates starting at t (-1: none).
  const furthestAt = new Int32Array(total).fill(-1);
  for (const c of candidates) {
    const t = offsets[c.block]! + c.first;
    if (c.last > furthestAt[t]!) furthestAt[t] = c.last;
  }
  // furthestBefore[t]: the same for candidates starting at an earlier token of the block.
  const furthestBefore = new Int32Array(total).fill(-1);
  for (let b = 0; b < blocks.length; b++) {
    for (let t = offsets[b]! + 1; t < offsets[b + 1]!; t++) furthestBefore[t] = Math.max(furthestBefore[t - 1]!, furthestAt[t - 1]!);
  }
  return (c) => {
    const t = offsets[c.block]! + c.first;
    return furthestBefore[t]! >= c.last || furthestAt[t]! > c.last;
  };
}

/** Keeps the longest non-overlapping candidates (ties: earliest first). */
export function dropOverlaps<T extends { candidate: Candidate }>(items: T[], blocks: readonly { count: number }[]): T[] {
  const sorted = [...items].sort((x, y) => {
    const a = x.candidate;
    const b = y.candidate;
    return b.end - b.start - (a.end - a.start) || a.block - b.block || a.start - b.start;
  });
  // One mark per token of the page, blocks laid end to end: one allocation per call.
  const offsets = new Int32Array(blocks.length + 1);
  for (let b = 0; b < blocks.length; b++) offsets[b + 1] = offsets[b]! + blocks[b]!.count;
  const marks = new Uint8Array(offsets[blocks.length]!);
  const kept: T[] = [];
  for (const item of sorted) {
    const c = item.candidate;
    const from = offsets[c.block]! + c.first;
    const to = offsets[c.block]! + c.last;
    let isFree = true;
    for (let t = from; t <= to && isFree; t++) if (marks[t]) isFree = false;
    if (!isFree) continue;
    marks.fill(1, from, to + 1);
    kept.push(item);
  }
  return kept.sort((x, y) => position(x.candidate) - position(y.candidate));
}

/**
 * Whether a token ends a candidate with an alias that `counts`: a set built on first ask (most
 * pages never ask), keyed by block and token.
 */
function endsOf(candidates: readonly Candidate[], counts: (alias: number) => boolean): (block: number, token: number) => boolean {
  let ends: Set<number> | undefined;
  return (block, token) => {
    if (!ends) {
      ends = new Set();
      for (const o of candidates) if (o.aliases.some(counts)) ends.add(tokenKey(o.block, o.last));
    }
    return ends.has(tokenKey(block, token));
  };
}

/**
 * Resolves a page's candidates into mentions tied to one entity each. `known`
 * entities were named before these blocks (earlier on the same page): they count
 * as named, ahead of every candidate here.
 */
export function resolveCandidates(index: AliasIndex, page: PageContext, candidates: Candidate[], known: readonly number[] = []): Resolved[] {
  // Ends of the names we know in their own right (not bare surnames): "Republican" in
  // "Republican Trump" is not an unknown given name.
  const isNameEnd = endsOf(candidates, (a) => (index.flags[a]! & (SHORT | TERM)) === 0);
  // Ends of the people and demonyms we know: what may qualify a party's name before it.
  const isQualifierEnd = endsOf(
    candidates,
    (a) => (index.flags[a]! & DEMONYM) !== 0 || ((index.flags[a]! & TERM) === 0 && index.entityType(index.entityOf(a)) === 'person'),
  );
  const isTermOnly = (c: Candidate) => c.aliases.every((a) => (index.flags[a]! & TERM) !== 0);
  // Ends of the states' and cities' names: an office after one is theirs ("Ohio House Speaker").
  const isStateOrCityEnd = endsOf(candidates, (a) => {
    if ((index.flags[a]! & (SHORT | TERM)) !== 0) return false;
    const type = index.entityType(index.entityOf(a));
    return type === 'region' || type === 'city';
  });
  const isNationalBody = (e: number) => NATIONAL_TYPES.has(index.entityType(e));
  const isOffice = (c: Candidate) => c.aliases.every((a) => index.entityType(index.entityOf(a)) === 'term');
  // "Victoria@victoriaatkins.org.uk": the part of an email address before the @ names no one.
  const isEmailName = (c: Candidate) => page.blocks[c.block]!.text.charCodeAt(c.end) === 64; /* @ */
  // "Photo by James Martin/CNET": a photographer's credit names whoever took the picture, not a namesake we know.
  // (The word test first: an entity's type costs a read, and few candidates stand in a credit.)
  const isPersonCredit = (c: Candidate) => isPhotoCredit(page, c) && c.aliases.every((a) => index.entityType(index.entityOf(a)) === 'person');
  const judged = candidates
    .filter((c) => !isEmailName(c) && !isPersonCredit(c) && !isInHyphenatedPlace(page, c) && !isDatedOccasion(page, c) && !isCutBeforeGeneral(page, c) && !(isTermOnly(c) && (isCaptionPosition(page, c) || isTermInProperName(page, c))))
    .filter((c) => !(isOfficeOfPlace(page, c, isStateOrCityEnd) && isOffice(c)) && !isChamberOfPlace(page, c, isStateOrCityEnd))
    .map((c) => judge(index, page, c));
  // Cities and surnames inside a longer name we do not know, demonyms of other regions.
  // A firm name (no short, term or shared-on-purpose alias) that starts before a candidate and ends with it: "Michael Jordan".
  let firmStarts: Map<number, number> | undefined;
  const isFirmNameThrough = (c: Candidate) => {
    if (!firmStarts) {
      firmStarts = new Map();
      for (const o of candidates) {
        if (!o.aliases.some((a) => (index.flags[a]! & (SHORT | TERM | AMBIGUOUS)) === 0)) continue;
        const end = tokenKey(o.block, o.last);
        firmStarts.set(end, Math.min(firmStarts.get(end) ?? o.first, o.first));
      }
    }
    return (firmStarts.get(tokenKey(c.block, c.last)) ?? c.first) < c.first;
  };
  // "White Plains, New York", "Athens, Georgia": each half of an address says which the other is.
  const address = ruleOnAddresses(index, page, judged);
  // "Hakeem Jeffries of New York": a member or governor "of" a state's name is of the state.
  for (const j of ruleOnMembersOfStates(index, page, judged)) address.settled.add(j);
  // "Ohio, Michigan and New York": a city's name that is also its state's, listed beside states, is the state.
  for (const j of ruleOnStateLists(index, page, judged.filter((j) => !address.settled.has(j) && !address.dropped.has(j)))) address.settled.add(j);
  // "the Winter Olympics in Sochi": a series named with "in" and a place is its edition held there.
  for (const j of ruleOnEditions(index, page, judged.filter((j) => !address.settled.has(j) && !address.dropped.has(j)))) address.settled.add(j);
  // "the Donetsk and Luhansk regions": places listed before a division word are those divisions.
  for (const j of ruleOnDivisionLists(index, page, judged)) address.settled.add(j);
  // "crossed the Dnipro": a city's or state's name after "the" is the river of that name.
  for (const j of ruleOnRivers(index, page, judged.filter((j) => !address.settled.has(j)))) address.settled.add(j);
  // "England won the final against New Zealand": on a page about one sport, a country where a team stands is its team.
  for (const j of ruleOnNationalTeams(index, page, judged.filter((j) => !address.settled.has(j)))) address.settled.add(j);
  // "Luton beat Coventry": on a page about sport, a town where a team stands is its team.
  for (const j of ruleOnClubTowns(index, page, judged.filter((j) => !address.settled.has(j)))) address.settled.add(j);
  // "She wrote on X", "TikTok and X": the words around a lone X say the social network is meant.
  for (const j of ruleOnPlatformX(index, page, judged.filter((j) => !address.settled.has(j)))) address.settled.add(j);
  // "WASHINGTON — The Senate voted": a dateline's place is the city the story was filed from.
  for (const j of ruleOnDatelines(index, page, judged.filter((j) => !address.settled.has(j)))) address.settled.add(j);
  // "the National Super Alliance (NASA)": an acronym the page defines means what the page says.
  const defined = ruleOnDefinedAcronyms(index, page, judged);
  for (const j of defined.settled) address.settled.add(j);
  for (const j of defined.dropped) address.dropped.add(j);
  // "Exxon, Shell and BP": a doubtful name listed beside a firm is the firm.
  for (const j of ruleOnCompanyLists(index, page, judged.filter((j) => !address.settled.has(j) && !address.dropped.has(j)))) address.settled.add(j);
  // "Brown, Cornell and Princeton": a doubtful name listed beside a university is the university.
  for (const j of ruleOnUniversityLists(index, page, judged.filter((j) => !address.settled.has(j) && !address.dropped.has(j)))) address.settled.add(j);
  const inOtherName = new Set(
    judged.filter((j) => address.dropped.has(j) || (!address.settled.has(j) && isPartOfOtherName(index, page, j, isNameEnd, isFirmNameThrough))),
  );
  const placesInInstitutions = judged.filter((j) => isPlaceInInstitution(index, page, j)).map((j) => j.candidate);
  // A word of such a place goes with it: "York" in "the City College of New York".
  const inInstitution = new Set(
    placesInInstitutions.length === 0
      ? []
      : judged.filter(({ candidate: c }) => placesInInstitutions.some((o) => o.block === c.block && o.first <= c.first && o.last >= c.last)),
  );
  // A name of several words that several entities share ("the New Democrats": Canada's party,
  // a US caucus, a French party) names one of them even where the page does not say which: a
  // word inside it ("Democrats") is no name of its own, so it neither lights nor counts as
  // named. (A name written with its owner, "Trump's inauguration", still shows the owner.)
  const hasOwner = ({ block, first, last }: Candidate) => {
    for (let t = first; t < last; t++) if (isPossessiveAt(page.blocks[block]!, t)) return true;
    return false;
  };
  const sharedNames = judged
    .filter((j) => j.isContested && j.entities.length > 1 && !j.needsName.some(Boolean) && j.candidate.last > j.candidate.first && !inOtherName.has(j) && !inInstitution.has(j))
    .map((j) => j.candidate)
    .filter((c) => !hasOwner(c));
  const isInSharedName = (c: Candidate) =>
    sharedNames.length > 0 && sharedNames.some((o) => o.block === c.block && o.first <= c.first && o.last >= c.last && o.last - o.first > c.last - c.first);
  const certain = judged
    .filter((j) => j.entities.length === 1 && !j.needsName[0] && !j.isContested && !inOtherName.has(j) && !inInstitution.has(j) && !isInSharedName(j.candidate))
    .map((j) => ({ candidate: j.candidate, entity: j.entities[0]! }));
  const named = new Map<number, number>(known.map((entity) => [entity, -1]));
  // Where each name known for sure ends: the owner of a possessive ("Edgar Lungu's Patriotic Front").
  const certainEnds = new Map<number, number>();
  // Where each name known for sure starts: the next place of a list ("Washington and Oregon").
  const sureStarts = new Map<number, Resolved>();
  // Candidates a list joins to a later name that was not yet settled when they were judged.
  const listedBeforeSettled: { candidate: Candidate; eligible: readonly number[] }[] = [];
  // Places the page names only by a demonym so far ("Japanese immigrants" in a story about the
  // US): named that way in passing, with nothing else of theirs, they place the page but do not
  // prove that one of several national bodies is theirs ("American" on a page full of US names
  // still does).
  const byDemonymOnly = new Set<number>();
  // "the British government", "Japanese officials": a demonym before the state's own words is the country acting, not named in passing.
  const isBeforeStateWord = (c: Candidate) => {
    const tokens = page.blocks[c.block]!;
    return c.last + 1 < tokens.count && STATE_WORDS.has(tokens.word(c.last + 1));
  };
  const inPassing = () => new Set([...byDemonymOnly].filter((e) => presence.isInPassing(e)));
  // (A candidate none of whose aliases is the entity's, a state named by its town's address, is no demonym of it.)
  const isDemonymOf = (c: Candidate, e: number) =>
    c.aliases.some((a) => index.entityOf(a) === e) && c.aliases.every((a) => index.entityOf(a) !== e || (index.flags[a]! & DEMONYM) !== 0);
  const sure = dropOverlaps(certain, page.blocks);
  // The words of people's names are not the page's context words: "Congress" beside "Leila de
  // Lima" is no sign of Peru's, whose capital is Lima. That is the names of several words the
  // page is sure of, and their short forms of several words ("De Lima") once the person is named.
  const surePeople = new Set(sure.filter((r) => index.entityType(r.entity) === 'person').map((r) => r.entity));
  page.setNameTokens(
    candidates
      .filter((c) => c.last > c.first && c.aliases.every((a) => surePeople.has(index.entityOf(a))))
      .map((c) => ({ block: c.block, first: c.first, last: c.last, person: index.entityOf(c.aliases[0]!) })),
  );
  for (const r of sure) {
    if (!named.has(r.entity)) {
      named.set(r.entity, position(r.candidate));
      if (isDemonymOf(r.candidate, r.entity) && !isBeforeStateWord(r.candidate)) byDemonymOnly.add(r.entity);
    } else if (!isDemonymOf(r.candidate, r.entity)) byDemonymOnly.delete(r.entity);
    certainEnds.set(tokenKey(r.candidate.block, r.candidate.last), r.entity);
    sureStarts.set(tokenKey(r.candidate.block, r.candidate.first), r);
  }
  // "Cameroon's Constitutional Council", "Edgar Lungu's Patriotic Front": an owner the dataset
  // relates to one of the name's entities is that entity's own, not someone else's.
  const isOwnedByRelated = (c: Candidate, entities: readonly number[]): boolean => {
    const owner = possessiveOwner(page, c);
    // The owner is a name the page is sure of, or one settled before it ("MIT" shared with
    // Turkey's MİT, then "MIT's Instrumentation Laboratory").
    const e = owner === undefined ? undefined : (certainEnds.get(tokenKey(c.block, owner)) ?? acceptedEndingAt(c.block, owner)[0]?.entity);
    if (e === undefined) return false;
    const owners = new Set([e]);
    return entities.some((x) => page.isLinked(x, owners));
  };
  const established = new Map(named);
  // The countries of what the page names so far: a namesake from elsewhere is set aside.
  const presence = new CountryPresence(index);
  for (const e of established.keys()) presence.add(e);
  const accepted: Resolved[] = [];
  // The names each block is sure of, and their countries ("Maryland", "Kristi Noem" → the US).
  let byBlock: Map<number, { entities: Set<number>; countries: Set<number> }> | undefined;
  const sureIn = (block: number) => {
    if (!byBlock) {
      byBlock = new Map();
      for (const r of sure) {
        const entry = byBlock.get(r.candidate.block) ?? { entities: new Set<number>(), countries: new Set<number>() };
        entry.entities.add(r.entity);
        for (const country of presence.countriesOf(r.entity)) entry.countries.add(country);
        byBlock.set(r.candidate.block, entry);
      }
    }
    return byBlock.get(block);
  };
  // National bodies whose bare name lies inside a body the page names for sure in full ("House
  // of Representatives" inside "Tennessee House of Representatives"), with where each such name ends.
  let shadowed: Map<number, { block: number; last: number }[]> | undefined;
  const shadowsOf = (e: number): readonly { block: number; last: number }[] => {
    if (!shadowed) {
      shadowed = new Map();
      for (const r of sure) {
        if (r.candidate.last === r.candidate.first || index.entityType(r.entity) !== 'organization') continue;
        for (const o of candidates) {
          if (o.block !== r.candidate.block || o.first < r.candidate.first || o.last > r.candidate.last || (o.first === r.candidate.first && o.last === r.candidate.last)) continue;
          for (const a of o.aliases) {
            const inner = index.entityOf(a);
            if (inner !== r.entity && isNationalBody(inner)) shadowed.set(inner, [...(shadowed.get(inner) ?? []), { block: r.candidate.block, last: r.candidate.last }]);
          }
        }
      }
    }
    return shadowed.get(e) ?? [];
  };
  // Whether a full name ending at token `last` is in an earlier sentence than the candidate.
  const isEarlierSentence = (at: { block: number; last: number }, c: Candidate) => {
    if (at.block !== c.block) return at.block < c.block;
    if (at.last >= c.first) return false;
    for (let t = at.last + 1; t <= c.first; t++) if (page.isSentenceStart(c.block, t)) return true;
    return false;
  };
  // "The Tennessee House of Representatives voted … The speaker, Cameron Sexton, said the
  // lawmakers had broken House rules": in a later sentence a chamber's bare name, or its
  // office's, refers back to the chamber the page named in full, not to Congress's, unless the
  // page names something of Congress's own. (In the same sentence the writer may be
  // contrasting the two: "the Ohio Senate passed what the Senate in Washington had blocked".)
  const isBareNameOfEarlierBody = (c: Candidate, entities: readonly number[]): boolean => {
    const isShadowedHere = (e: number) => shadowsOf(e).some((at) => isEarlierSentence(at, c));
    const isShadowed = (e: number) => {
      if (isShadowedHere(e)) return true;
      const others = index.related(e);
      for (let k = 0; k < others.length; k++) if (isShadowedHere(others[k]!)) return true;
      return false;
    };
    return entities.every(isShadowed) && !entities.some((e) => page.isLinked(e, established, { ignoreCountries: true }));
  };
  // Of several national bodies, the only one whose country the mention's own paragraph names
  // something of, when that paragraph names nothing of another: "the case of a Maryland man
  // deported to the same prison soon reached the Supreme Court" is the US court, however much
  // of El Salvador the paragraphs before it name.
  const onlyLocal = (block: number, eligible: readonly number[]): number | undefined => {
    const local = sureIn(block);
    // A body the dataset places in no country cannot be judged this way.
    if (!local || eligible.some((e) => presence.countriesOf(e).length === 0)) return undefined;
    const here = eligible.filter((e) => presence.countriesOf(e).some((country) => local.countries.has(country)));
    if (here.length !== 1) return undefined;
    return eligible.some((e) => e !== here[0] && page.isLinked(e, local.entities)) ? undefined : here[0];
  };
  // A national body (one of several sharing its name) of a country the page never touches is
  // meant only when the page names something of it. Nor is one of a country the page names far
  // less than the one it is plainly about, unless the mention's own paragraph names that country
  // or something of it: "the National Assembly" on a page about Cambodia's election, which
  // names France once as where an opposition leader lives, is not France's.
  const isEligibleBody = (e: number, block: number): boolean => {
    if (page.isLinked(e, established, { ignoreCountries: true })) return true;
    if (presence.isAbroad(e)) return false;
    const countries = presence.countriesOf(e);
    if (countries.length === 0) return true;
    const outweighed = presence.outweighed();
    if (!countries.every((country) => outweighed.has(country))) return true;
    const local = sureIn(block);
    return local !== undefined && countries.some((country) => local.countries.has(country));
  };
  // The mentions accepted so far that end at this token.
  const acceptedEndingAt = (block: number, token: number) => accepted.filter((r) => r.candidate.block === block && r.candidate.last === token);
  // Of one country or region: a smaller town relates to its region only, and through it to the
  // region's country ("Phoenix" in Arizona and "San Francisco" in California are both American).
  const tiesOf = (place: number, isNear: boolean): number[] => {
    const related = Array.from(index.related(place));
    const own = [...presence.countriesOf(place), ...related];
    return isNear ? own : [...own, ...related.filter((r) => index.entityType(r) === 'region').flatMap((r) => presence.countriesOf(r))];
  };
  // `isNear`: the same country or region only, as the dataset relates them ("El Paso and
  // Brownsville" are Texan: the Brownsvilles of other states are not, though all are American).
  const isCompatriot = (place: number, other: number, isNear = false) => {
    const ties = new Set(tiesOf(place, isNear));
    return tiesOf(other, isNear).some((tie) => ties.has(tie));
  };
  // The one place a name that needs context belongs to, placed by the words before it: after
  // "in", "to" or "from" when the name has several words ("a stadium in Fort Lauderdale": it
  // needed context only because a word of it is someone's name too), or joined by "and" or
  // "or" or a comma to a place of its own country or region ("from Ciudad Juárez and
  // Matamoros"), or, for a country, to another country ("Pakistan, Afghanistan, Jordan").
  const isLonePlaceByPosition = (c: Candidate, entities: readonly number[], eligible: readonly number[], isDoubtful: boolean) => {
    if (isDoubtful || eligible.length !== 1 || !areAllPlaces(index, eligible)) return false;
    if (c.last > c.first && entities.length === 1 && isLocative(page, c)) return true;
    const place = eligible[0]!;
    // A one-word name, its other senses people not named on the page: "protests in Ferguson",
    // "the water in Flint" (not "at" or "from", which as often name a person or a firm). Only a
    // place of a country the page is in, if any ("a pub in Douglas" on a Cork page is no Manx town), and
    // not before an address's second half ("in Columbus, Indiana", another town; the address rule
    // settles our own).
    const isBeforeAddress = () => {
      const tokens = page.blocks[c.block]!;
      return c.last + 1 < tokens.count && isCommaGap(page, c.block, c.last) && isCapitalizedAt(tokens, c.last + 1);
    };
    if (c.last === c.first && isInsidePlace(page, c) && (presence.isHere(place) || !presence.touchesAny()) && !isBeforeAddress()) return true;
    const end = listedAfter(page, c);
    const isListedWith = (other: number) => areAllPlaces(index, [other]) && (isCompatriot(place, other) || (presence.isCountry(place) && presence.isCountry(other)));
    return end >= 0 && acceptedEndingAt(c.block, end).some((r) => isListedWith(r.entity));
  };
  // A government its capital names, listed with another country's city as the subject of a
  // verb of policy ("Washington and Beijing agreed"; listPeer checks the verb): the two
  // capitals stand for their governments, so a body of one country beside a city of another is
  // that government. Without the verb ("flights between Washington and Beijing") it is not.
  const isRivalCapital = (e: number, p: number) => {
    if (index.entityType(e) !== 'organization' || index.entityType(p) !== 'city') return false;
    const own = presence.countriesOf(e);
    const theirs = presence.countriesOf(p);
    return own.length > 0 && theirs.length > 0 && !theirs.some((country) => own.includes(country));
  };
  // Whether the one body left of a capital's senses is its government (see below): not where
  // the page named a person with the word in their name, or the name's other place ("Seattle …
  // in Washington. Washington banned" is the state's).
  const isGovernmentOfCity = (c: Candidate, eligible: readonly number[], named: readonly number[], all: readonly number[]) => {
    if (eligible.length !== 1 || index.entityType(eligible[0]!) !== 'organization') return false;
    if (!named.some((e) => index.entityType(e) === 'city') || named.some((e) => index.entityType(e) === 'person')) return false;
    if (all.some((e) => index.entityType(e) !== 'city' && e !== eligible[0] && established.has(e))) return false;
    const word = page.blocks[c.block]!.word(c.first);
    return !accepted.some(({ candidate: o, entity }) => index.entityType(entity) === 'person' && page.blocks[o.block]!.words(o.first, o.last).includes(word));
  };
  // Of places sharing a name, the one of the same kind and country as a place the list joins
  // it to, before or after it: "from Washington and Oregon" is the state, "Georgia and
  // Armenia" the country, "Georgia and Alabama" the state. (A state the dataset gives no
  // country, as Washington State, which would otherwise take the capital's context, goes by
  // its kind.)
  const listPeer = (c: Candidate, eligible: readonly number[], startingAt: (block: number, token: number) => Resolved | undefined = (b, t) => sureStarts.get(tokenKey(b, t))): number | undefined => {
    const peers: number[] = [];
    // Only a whole mention is a list's member: "Madrid" in "Real Madrid, Barcelona" is not.
    const before = listedAfter(page, c);
    if (before >= 0) for (const r of acceptedEndingAt(c.block, before)) if (!isInsideLonger(r.candidate)) peers.push(r.entity);
    const after = listedBefore(page, c);
    const next = after >= 0 ? startingAt(c.block, after) : undefined;
    if (next !== undefined && !isInsideLonger(next.candidate)) peers.push(next.entity);
    const isPolicyActor = peers.length > 0 && isActor(page, c);
    const isPeerOf = (e: number, isNear: boolean) => (p: number) =>
      p !== e &&
      areAllPlaces(index, [p]) &&
      ((index.entityType(p) === index.entityType(e) &&
        (isCompatriot(e, p, isNear) || (presence.isCountry(e) && presence.isCountry(p)) || (SUBDIVISION_TYPES.has(index.entityType(e)) && presence.countriesOf(e).length === 0))) ||
        (isPolicyActor && isRivalCapital(e, p)));
    if (peers.length === 0) return undefined;
    // The nearest tie first: of one region, then of one country.
    const near = eligible.filter((e) => peers.some(isPeerOf(e, true)));
    const fitting = near.length > 0 ? near : eligible.filter((e) => peers.some(isPeerOf(e, false)));
    return fitting.length === 1 ? fitting[0] : undefined;
  };
  // Whether a list joins the candidate to a place, or to a name we do not know ("the MPs for
  // Wimbledon, Putney and Richmond Park"): a shared name's primary sense that is no place is
  // not meant in a list of places, and a list of names we do not know does not say which it is.
  let candidateStarts: Set<number> | undefined;
  const isListedWithPlace = (c: Candidate): boolean => {
    const tokens = page.blocks[c.block]!;
    const before = listedAfter(page, c);
    if (before >= 0) {
      if (acceptedEndingAt(c.block, before).some((r) => areAllPlaces(index, [r.entity]))) return true;
      if (isCapitalizedAt(tokens, before) && !page.isSentenceStart(c.block, before) && !isNameEnd(c.block, before)) return true;
    }
    const after = listedBefore(page, c);
    if (after < 0) return false;
    const next = sureStarts.get(tokenKey(c.block, after));
    if (next !== undefined) return areAllPlaces(index, [next.entity]);
    candidateStarts ??= new Set(candidates.map((o) => tokenKey(o.block, o.first)));
    return isCapitalizedAt(tokens, after) && !candidateStarts.has(tokenKey(c.block, after));
  };
  // Words seen inside a longer name the dataset does not know ("Joaquin Phoenix", "Eric
  // Reeves"): alone later on the page they are that name's short form, not ours.
  const unknownNames = new Set<string>();
  let insideLonger: ((c: Candidate) => boolean) | undefined;
  const isInsideLonger = (c: Candidate) => (insideLonger ??= insideLongerTest(candidates, page.blocks))(c);
  for (const j of judged) {
    const c = j.candidate;
    if (inInstitution.has(j) || isInSharedName(c)) continue;
    if (inOtherName.has(j)) {
      // Remembered as the rules below would remember it: a name not settled yet ("Joaquin
      // Phoenix" before any Phoenix is ours), not one already named ("Boris Johnson … Gareth Johnson").
      const isSettled = !j.isContested && !j.needsName.some((n, k) => n && !established.has(j.entities[k]!));
      // (A venue's first word, "The Buffalo News", is no last word of a name.)
      if (!j.isDemonym && !isSettled && !isAfterCapitalThe(page, c)) unknownNames.add(page.blocks[c.block]!.word(c.first));
      continue;
    }
    // "Mr. Odebrecht's lawyers": an honorific names a person, not the firm or place of that name
    // (a name that starts with its owner's, "Mr. Trump's inauguration", is the owner's thing).
    const title = titleBefore(page, c);
    if (title !== undefined && HONORIFICS.has(title) && !hasOwner(c) && j.entities.some((e) => index.entityType(e) !== 'person')) {
      const persons = j.entities.flatMap((e, k) => (index.entityType(e) === 'person' ? [k] : []));
      if (persons.length === 0) continue;
      j.needsName = persons.map((k) => j.needsName[k]!);
      j.entities = persons.map((k) => j.entities[k]!);
    }
    if (j.entities.length === 1 && !j.needsName[0] && !j.isContested) {
      accepted.push({ candidate: c, entity: j.entities[0]! });
      continue;
    }
    if (isDate(page, c) || isCalendarDate(page, c)) continue;
    const isNamedOnPage = j.entities.some((e) => established.has(e));
    // A shared name is checked every time; a surname only until its person is named.
    const isUnsettled = !j.isDemonym && (j.isContested || (j.needsName.some(Boolean) && !isNamedOnPage));
    if (isUnsettled && !isInsideLonger(c)) {
      const word = c.first === c.last ? page.blocks[c.block]!.word(c.first) : undefined;
      const words = word ?? page.blocks[c.block]!.words(c.first, c.last).join(' ');
      // A party after a person or a demonym we know is qualified by it ("Never Trump Republicans").
      const isParty = j.entities.every((e) => index.entityType(e) === 'party');
      const side = isInLongerName(page, c, isParty ? isQualifierEnd : undefined);
      if (side && !(side === 'before' && isOwnedByRelated(c, j.entities))) {
        // Only a last word is a short form to remember ("Joaquin Phoenix" → "Phoenix said"),
        // and a shared name seen qualified ("Washington Supreme Court") is what the bare
        // name means later on the page.
        if (side === 'before' && (word !== undefined || j.isContested)) unknownNames.add(words);
        continue;
      }
      // The bare shared name still means ours once ours is named outright ("the U.S. Supreme Court").
      if (unknownNames.has(words) && (word !== undefined || !isNamedOnPage)) continue;
    }
    const here = position(c);
    // "Mr. Price" says a person is meant, not which one: when the page never names the only
    // Price we know, only his context (related names, role words near by) may make it him.
    let needsProof = false;
    const byHonorific: number[] = [];
    // A surname refers back to the person it already named: "Mr. Noboa" after "Daniel Noboa" and
    // before "the banana magnate Álvaro Noboa" is Daniel, whatever the title fits.
    const isNamedBefore = (e: number) => (established.get(e) ?? Infinity) < here;
    const isAnyNamedBefore = j.entities.some((e, k) => j.needsName[k] && isNamedBefore(e));
    const named = j.entities.filter((e, k) => {
      if (!j.needsName[k]) return true;
      if (isNamedBefore(e)) return true;
      if (isAnyNamedBefore || title === undefined || !titleFits(page, e, title)) return false;
      if (HONORIFICS.has(title) && !established.has(e)) {
        needsProof = true;
        byHonorific.push(e);
      }
      return true;
    });
    const isCited = isCitedSource(page, c);
    const isLocated = !isCited && isLocative(page, c);
    const isActing = !isCited && !isLocated && isActor(page, c);
    const plausible = isCited ? mediaFirst(index, named) : isLocated ? placesFirst(index, named) : isActing ? actorsFirst(index, named) : named;
    const kept = presence.keepPresent(plausible);
    // Namesakes abroad set aside, one of the page's own country left: that is a point of
    // evidence already ("the House of Representatives" on a page about Japan's prime minister).
    const isOnlyHere = kept.length === 1 && kept.length < plausible.length && !j.isWeakCapital;
    // A name only bodies, offices and parties share ("Congress", "the speaker", "Democratic
    // Party") means one of a country the page does not touch only when the page names it or
    // something related to it: words alone ("impeachment", "parliament") are not enough. A name
    // a place shares too ("Washington") is left to the rules for places and governments.
    const isBodiesOnly = j.isContested && j.entities.every(isNationalBody);
    if (isBodiesOnly && isBareNameOfEarlierBody(c, j.entities)) continue;
    const eligible = isBodiesOnly ? kept.filter((e) => isEligibleBody(e, c.block)) : kept;
    let winner: number | undefined;
    let peer: number | undefined;
    // A news outlet cited as the source of a story is named by the citation itself.
    const isCitedOutlet = isCited && eligible.length === 1 && index.entityType(eligible[0]!) === 'media' && !j.isWeakCapital;
    const local = isBodiesOnly && eligible.length > 1 ? onlyLocal(c.block, eligible) : undefined;
    if (eligible.length === 1 && ((!j.isContested && !needsProof) || isCitedOutlet)) winner = eligible[0];
    else if (local !== undefined) winner = local;
    // A list is evidence even at a sentence's start ("Washington and Beijing agreed", "Georgia
    // and Armenia signed"), unless the page also uses the word in lower case.
    else if (eligible.length > 0 && !j.isLowercaseOnPage && !needsProof && (peer = listPeer(c, eligible)) !== undefined) winner = peer;
    else if (eligible.length > 0) {
      const tokens = page.blocks[c.block]!;
      const own = new Set(tokens.words(c.first, c.last));
      // On a page plainly about one country, a country it names far less is no evidence for its
      // body ("Congress" on a US border story that names Guatemala once, "the Senate" on a US
      // story that turns to Pakistan's floods in its last paragraph).
      const ignore = isBodiesOnly ? (presence.dominant(eligible) !== undefined ? presence.outweighed() : inPassing()) : undefined;
      const scored = eligible
        .map((e) => ({
          e,
          score: byHonorific.includes(e)
            ? honorificScore(page, e, established, c, own)
            : page.score(e, established, c.block, c.first, c.last, own, { ignore }),
        }))
        .sort((x, y) => y.score - x.score);
      const best = scored[0]!;
      const second = scored[1]?.score ?? -Infinity;
      if (best.score >= THRESHOLD - (isOnlyHere ? 1 : 0) && best.score > second) winner = best.e;
      // A capital as the subject of a verb of policy, where the dataset knows the government by
      // the capital's name: "Washington said the sanctions would stay" is the US government,
      // unless a person of that name is on the page (Denzel Washington said).
      else if (isActing && !needsProof && isGovernmentOfCity(c, eligible, named, j.entities)) winner = eligible[0];
      // A place by the words before it: "in Fort Lauderdale", "Ciudad Juárez and Matamoros".
      else if (isLonePlaceByPosition(c, j.entities, eligible, j.isWeakCapital || needsProof)) winner = eligible[0];
      // The only one left of the country the page is plainly about, its namesakes abroad set
      // aside: "The Democratic Alliance came second" on a page about South Africa's election
      // that never names the country itself (its party's summary is all it has to go on).
      else if (isOnlyHere && !needsProof && presence.dominant(kept) === kept[0]) winner = kept[0];
      // Not enough evidence for any of them: a national body of the country the page is plainly
      // about, else the text's primary sense, never for a weak capital.
      else if (!j.isWeakCapital && !needsProof) {
        // Not for parties: "a Democrat" may be a person of the party, which readers leave plain.
        // (Of those still in the running: India's Congress party, set aside as abroad, does not count.)
        const isInstitution = isBodiesOnly && scored.every(({ e }) => index.entityType(e) !== 'party');
        winner = (isInstitution ? presence.dominant(scored.map(({ e }) => e)) : undefined) ?? primaryWinner(index, page, c, scored, presence, () => isListedWithPlace(c));
        // "Senator Drake", "Mr. Drake": a title says some person of that surname is meant, not the
        // one-name star the bare word means first; only evidence on the page makes it the star.
        if (winner !== undefined && title !== undefined && index.entityType(winner) === 'person') winner = undefined;
      }
      // "Mr. Modi": the one person known by this surname alone, against namesakes the title
      // merely fits (Nirav Modi) and that nothing on the page speaks for.
      else if (needsProof && !j.isContested) {
        const firm = eligible.filter((e) => !byHonorific.includes(e));
        if (firm.length === 1 && best.score < THRESHOLD) winner = firm[0];
      }
    }
    if (winner === undefined) {
      // A list's next member may be settled only later on ("in Phoenix, San Francisco and Los
      // Angeles", "add Austin and Atlanta", where the next names are shared too): asked again below.
      if (eligible.length > 0 && !j.isLowercaseOnPage && !needsProof && listedBefore(page, c) >= 0) listedBeforeSettled.push({ candidate: c, eligible });
      continue;
    }
    accepted.push({ candidate: c, entity: winner });
    // A word inside a longer candidate ("Democratic" in "Democratic Party") names nothing for
    // the page: the longer mention decides, or the overlap step drops it.
    if (!established.has(winner) && !isInsideLonger(c)) {
      established.set(winner, here);
      presence.add(winner);
      if (isDemonymOf(c, winner) && !isBeforeStateWord(c)) byDemonymOnly.add(winner);
    } else if (!isDemonymOf(c, winner)) {
      byDemonymOnly.delete(winner);
    }
  }
  // The list members left undecided, from the last: each takes the place of its kind and country
  // that the next member, as finally settled, is ("Phoenix" before "San Francisco").
  const acceptedStartingAt = (block: number, token: number) =>
    accepted.find((r) => r.candidate.block === block && r.candidate.first === token && !isInsideLonger(r.candidate));
  for (const { candidate, eligible } of listedBeforeSettled.reverse()) {
    const peer = listPeer(candidate, eligible, acceptedStartingAt);
    if (peer !== undefined) accepted.push({ candidate, entity: peer });
  }
  // A name the dataset writes with its owner ("Apple's App Store", "Russia's shadow fleet",
  // "Pauline Hanson's One Nation") is shown as the two names readers mark in it: the owner, and
  // the rest, where the page's rules took each on its own (the rest as the same entry).
  const hasApostrophe = ({ candidate: c }: Resolved) => {
    const text = page.blocks[c.block]!.text;
    const straight = text.indexOf("'", c.start);
    const curly = text.indexOf('’', c.start);
    return (straight !== -1 && straight < c.end) || (curly !== -1 && curly < c.end);
  };
  const splitOwners = (shown: Resolved[]): Resolved[] => {
    if (!shown.some(hasApostrophe)) return shown;
    let bySpan: Map<string, Resolved[]> | undefined;
    const at = (block: number, first: number, last: number) => {
      if (!bySpan) {
        bySpan = new Map();
        for (const r of accepted) {
          const key = `${r.candidate.block}:${r.candidate.first}:${r.candidate.last}`;
          bySpan.set(key, [...(bySpan.get(key) ?? []), r]);
        }
      }
      return bySpan.get(`${block}:${first}:${last}`) ?? [];
    };
    return shown.flatMap((r) => {
      if (!hasApostrophe(r)) return [r];
      const { block, first, last } = r.candidate;
      const tokens = page.blocks[block]!;
      for (let p = first; p + 2 <= last; p++) {
        if (!isPossessiveAt(tokens, p)) continue;
        const owner = at(block, first, p).find((o) => o.entity !== r.entity);
        const rest = at(block, p + 2, last).find((o) => o.entity === r.entity);
        if (owner && rest) return [owner, rest];
      }
      return [r];
    });
  };
  // A place's demonym ("American", "Chinese", "Scottish") names it for the rules above (it
  // settles a shared name; "Latin American" is no one's) but is not shown: readers marked
  // these "not needed" on 50 of 51 real pages' annotations and never marked them in the blind
  // sets. A party's adjective ("Democratic senators") is still shown: readers want that one.
  const isPlaceDemonym = (r: Resolved) => areAllPlaces(index, [r.entity]) && isDemonymOf(r.candidate, r.entity);
  const kept = splitOwners(dropOverlaps(accepted, page.blocks).filter((r) => !isPlaceDemonym(r)));
  // An office or other term written as a title before a person's name ("Defense Secretary Pete
  // Hegseth", "NATO Secretary General Mark Rutte") is explained by the person's card: readers
  // marked it in 4 of 34 such places in the blind sets, and the title's own card in none else.
  const personStarts = new Set(kept.filter((r) => index.entityType(r.entity) === 'person').map((r) => tokenKey(r.candidate.block, r.candidate.first)));
  const isTitleOfPerson = (r: Resolved) => {
    const c = r.candidate;
    if (!personStarts.has(tokenKey(c.block, c.last + 1)) || index.entityType(r.entity) !== 'term') return false;
    const tokens = page.blocks[c.block]!;
    // A title is capitalized before a name; "impeached Han Duck-soo" is a verb. A title in
    // plain English words says itself; "Taoiseach Micheál Martin" still explains its title.
    if (!isCapitalizedAt(tokens, c.first)) return false;
    if (!tokens.words(c.first, c.last).some((w) => PLAIN_OFFICE_WORDS.has(w))) return false;
    return /^[ \u00a0]+$/u.test(tokens.text.slice(tokens.ends[c.last]!, tokens.starts[c.last + 1]!));
  };
  // An office "of" a body the page names for sure that it is not tied to is that body's
  // ("a former speaker of the Florida House of Representatives" is not the US Speaker). An
  // office is a term the dataset ties to a body of its own (the Speaker to the US House);
  // "the snapback of UN sanctions" is no office.
  const isOrganization = (e: number) => index.entityType(e) === 'organization';
  const bodyStarts = new Map(kept.filter((r) => isOrganization(r.entity)).map((r) => [tokenKey(r.candidate.block, r.candidate.first), r.entity] as const));
  const isOfficeWithBody = (e: number) => {
    if (index.entityType(e) !== 'term') return false;
    const related = index.related(e);
    for (let k = 0; k < related.length; k++) if (isOrganization(related[k]!)) return true;
    return false;
  };
  const isOfficeOfOtherBody = (r: Resolved) => {
    const c = r.candidate;
    if (!isOfficeWithBody(r.entity)) return false;
    const tokens = page.blocks[c.block]!;
    let t = c.last + 1;
    if (t >= tokens.count || tokens.word(t) !== 'of') return false;
    t++;
    if (t < tokens.count && tokens.word(t) === 'the') t++;
    const body = bodyStarts.get(tokenKey(c.block, t));
    return body !== undefined && !page.isLinked(r.entity, new Set([body])) && !page.isLinked(body, new Set([r.entity]));
  };
  // Such an office named "of" no body in particular, on a page that names another body its last
  // word names and never the office's own, is that other body's: "Madigan, speaker of the Illinois
  // House … served as speaker of the House" is Illinois's speaker, not the US House's.
  const lastWord = (c: Candidate) => page.blocks[c.block]!.word(c.last);
  const bodiesByWord = new Map<string, number[]>();
  for (const r of kept) if (isOrganization(r.entity)) bodiesByWord.set(lastWord(r.candidate), [...(bodiesByWord.get(lastWord(r.candidate)) ?? []), r.entity]);
  const isOfficeOfOnlyOtherBody = (r: Resolved) => {
    const bodies = bodiesByWord.get(lastWord(r.candidate));
    if (!bodies || !isOfficeWithBody(r.entity)) return false;
    // Only an office named "of" its body: "the Justice Department" beside "the Minneapolis Police
    // Department", or "the White House" beside "the House", is a body's own name.
    const { block, first, last } = r.candidate;
    if (!page.blocks[block]!.words(first, last).includes('of')) return false;
    const others = new Set(kept.filter((k) => k.entity !== r.entity).map((k) => k.entity));
    if (page.isLinked(r.entity, others, { ignoreCountries: true })) return false;
    return bodies.some((b) => !page.isLinked(b, new Set([r.entity])));
  };
  const titles = personStarts.size > 0 ? new Set(kept.filter(isTitleOfPerson)) : new Set<Resolved>();
  const shown = kept.filter((r) => !titles.has(r) && !(bodyStarts.size > 0 && (isOfficeOfOtherBody(r) || isOfficeOfOnlyOtherBody(r))));
  if (titles.size === 0) return shown;
  // The place that owns such a title is still named: "Scotland's First Minister John Swinney".
  const titleEnds = new Map<number, number>();
  for (const { candidate: t } of titles) titleEnds.set(tokenKey(t.block, t.first), Math.max(titleEnds.get(tokenKey(t.block, t.first)) ?? -1, t.last));
  const owners = accepted.filter(({ candidate: o, entity }) => {
    if ((titleEnds.get(tokenKey(o.block, o.first)) ?? -1) <= o.last) return false;
    if (!areAllPlaces(index, [entity]) || isDemonymOf(o, entity)) return false;
    const tokens = page.blocks[o.block]!;
    return o.last + 2 < tokens.count && isPossessiveAt(tokens, o.last);
  });
  return owners.length === 0 ? shown : [...shown, ...owners].sort((x, y) => position(x.candidate) - position(y.candidate));
}
