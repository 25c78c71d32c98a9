/**
 * "England won the Cricket World Cup after a final against New Zealand": on a page about one
 * sport, a country's (or a UK nation's) name where a team stands is its national team in that
 * sport, when the dataset knows the team ("England cricket team", "New Zealand national rugby
 * union team"). A team stands before a verb of the game ("England beat", "Wales drew"), after
 * one ("against Wales", "lost to France", "played for England"), or owns a player or a side
 * ("New Zealand's captain"); British usage gives a team a plural verb ("England are world
 * champions"). Once a page has made a country its team, its other mentions are the team too
 * ("could not rescue England"). Elsewhere the name stays the place: "born in Christchurch, New
 * Zealand", "hospitals across England"; an adjective ("Turkish fans") is no team either. A
 * page is about a sport when it writes at least two of that sport's own words and fewer of
 * any other's.
 */
import { onlyNamed, type AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { gapIsSpace, isLowerThe, isPossessiveAt, listedAfter } from './name-context';
import type { Candidate } from './scan';
import { listNeighbours, longestAt, narrow, settleUntilStable, type PairedCandidate } from './place-pairs';

interface Sport {
  /** Words only this sport's pages write (folded). */
  words: readonly string[];
  /** How the dataset names a country's team, the country's words put where the empty string is. */
  names: readonly (readonly string[])[];
  /** The same for its women's team ("Spain women's national football team"). */
  womenNames: readonly (readonly string[])[];
}

const SPORTS: readonly Sport[] = [
  {
    words: ['cricket', 'wicket', 'wickets', 'innings', 'overs', 'bowled', 'bowler', 'bowlers', 'batsman', 'batsmen', 'odi', 't20', 'ashes', 'lbw', 'stumped'],
    names: [['', 'cricket', 'team'], ['', 'national', 'cricket', 'team']],
    womenNames: [['', 'women', "'s", 'cricket', 'team'], ['', 'women', "'s", 'national', 'cricket', 'team']],
  },
  {
    words: ['football', 'soccer', 'goalkeeper', 'striker', 'midfielder', 'fifa', 'uefa', 'goals', 'goalless', 'equaliser', 'equalizer', 'winger', 'qualifier', 'qualifiers', 'conmebol', 'concacaf', 'offside'],
    names: [['', 'national', 'football', 'team'], ['', 'national', 'soccer', 'team']],
    womenNames: [['', 'women', "'s", 'national', 'football', 'team'], ['', 'women', "'s", 'national', 'soccer', 'team']],
  },
  {
    words: ['rugby', 'scrum', 'springboks', 'wallabies', 'tries', 'lineout'],
    names: [['', 'national', 'rugby', 'union', 'team'], ['', 'rugby', 'union', 'team']],
    womenNames: [['', 'women', "'s", 'national', 'rugby', 'union', 'team']],
  },
];

/** Words after a team's name: the game's verbs, and what a team has. */
const AFTER_TEAM = new Set([
  'beat', 'beats', 'won', 'win', 'wins', 'lost', 'lose', 'loses', 'drew', 'draw', 'draws', 'defeated', 'trailed', 'led', 'leads',
  'scored', 'needed', 'needs', 'reached', 'batted', 'bowled', 'collapsed', 'face', 'faces', 'faced', 'play', 'plays', 'played',
  'host', 'hosts', 'hosted', 'v', 'vs', 'qualified', 'captain', 'coach', 'manager', 'squad', 'side', 'players', 'bowlers',
  'batsmen', 'batters', 'striker', 'strikers', 'goalkeeper', 'fans', 'supporters', 'losing', 'meet', 'meets', 'met',
]);

/** What a team owns ("England's captain", "Wales's defence"). */
const OWNED_BY_TEAM = new Set([
  'captain', 'coach', 'manager', 'squad', 'side', 'team', 'players', 'bowlers', 'batsmen', 'batters', 'batting', 'bowling',
  'striker', 'strikers', 'goalkeeper', 'fans', 'supporters', 'attack', 'defence', 'defense', 'innings', 'total', 'victory',
  'win', 'defeat', 'loss', 'openers', 'opener', 'forwards', 'backs', 'pack', 'lineup', 'eleven', 'xi',
]);

/** Words before a team's name ("against Wales", "beat France", "played for England"). */
const BEFORE_TEAM = new Set([
  'against', 'beat', 'beating', 'beats', 'defeated', 'defeating', 'v', 'vs', 'over', 'for', 'face', 'faced', 'facing', 'play',
  'played', 'playing', 'edged', 'thrashed', 'crushed', 'routed', 'stunned', 'eliminated', 'meet', 'meets', 'met',
]);

/** A plural verb after a singular name is a team's, in British usage ("England are world champions"). */
const PLURAL_VERBS = new Set(['are', 'were', 'have']);

/** Words before a name that make it a place, even on a sport's page ("born in England", "the tour of South Africa"). */
const BEFORE_PLACE = new Set([
  'in', 'at', 'from', 'to', 'into', 'across', 'throughout', 'around', 'near', 'inside', 'outside', 'of', 'via', 'visit', 'visited',
  'visiting', 'toured', 'touring',
]);

/** "lost to France", "beaten by Ireland": a word before "to" or "by" that makes the next name a team. */
const BEFORE_TO_OR_BY = new Set(['lost', 'losing', 'lose', 'loses', 'fell', 'loss', 'defeat', 'defeats', 'beaten', 'defeated', 'thrashed', 'humbled']);

/** Words after a score that make the next name a team ("2-1 to Panama", "1-0 against Wales"). */
const AFTER_SCORE = new Set(['to', 'by', 'with', 'against', 'over']);

/** "drawn with Paraguay", "drew with France": a word before "with" that makes the next name a team. */
const BEFORE_WITH = new Set(['drawn', 'drew', 'draw', 'draws']);

type Tokens = PageContext['blocks'][number];

/** Whether tokens `at - 1` and `at` are a score ("2-1", "4–2") and a space follows it. */
function isScoreEndingAt(page: PageContext, block: number, at: number): boolean {
  const tokens = page.blocks[block]!;
  if (at < 1 || !gapIsSpace(page, block, at)) return false;
  const isGoals = (i: number) => /^\d{1,2}$/u.test(tokens.word(i));
  return isGoals(at - 1) && isGoals(at) && /^[-\u2013]$/u.test(tokens.text.slice(tokens.ends[at - 1]!, tokens.starts[at]!));
}

/**
 * Whether the joining word at `join` ("to", "by", "with", "against", "over") makes the name after
 * it a team: after a result ("lost to", "beaten by", "drawn with"), a score ("2-1 to Panama",
 * "1-0 against Wales") or "at home" ("lost at home to Portugal").
 */
function isResultJoin(page: PageContext, block: number, join: number): boolean {
  const tokens = page.blocks[block]!;
  if (join < 1 || !gapIsSpace(page, block, join - 1)) return false;
  const word = tokens.word(join);
  const before = tokens.word(join - 1);
  if ((word === 'to' || word === 'by') && BEFORE_TO_OR_BY.has(before)) return true;
  if (word === 'with' && BEFORE_WITH.has(before)) return true;
  if (word === 'to' && before === 'home' && join >= 2 && tokens.word(join - 2) === 'at' && gapIsSpace(page, block, join - 2)) return true;
  return AFTER_SCORE.has(word) && isScoreEndingAt(page, block, join - 1);
}

/** Whether the word before a name is one a place takes ("across England"), and not in "lost to England". */
function isAfterPlaceWord(page: PageContext, block: number, first: number): boolean {
  const tokens = page.blocks[block]!;
  if (first === 0 || !BEFORE_PLACE.has(tokens.word(first - 1))) return false;
  return !isResultJoin(page, block, first - 1);
}

/**
 * Whether the list a name ends ("across the United States, Canada and Mexico", "fans from Iran and
 * Haiti") starts after a word a place takes, "the" allowed between: every name of it is a place.
 */
function isListOfPlaces<J extends PairedCandidate>(page: PageContext, c: Candidate, byEnd: ReadonlyMap<string, J>): boolean {
  let head = c;
  for (let steps = 0; steps < 32; steps++) {
    const ending = listedAfter(page, head);
    const before = ending === -1 ? undefined : byEnd.get(`${head.block}:${ending}`);
    if (before === undefined) break;
    head = before.candidate;
  }
  if (isAfterPlaceWord(page, head.block, head.first)) return true;
  return head.first >= 2 && isLowerThe(page, head.block, head.first - 1) && isAfterPlaceWord(page, head.block, head.first - 1);
}

/** Whether a possessive name owns what a team has ("England's captain"), not what a country does ("England's health service"). */
function ownsTeamThing(tokens: Tokens, last: number): boolean {
  return last + 2 < tokens.count && OWNED_BY_TEAM.has(tokens.word(last + 2));
}

/** Words after "women's" that make it women's sport ("the Women's World Cup", "the women's team"). */
const WOMENS_SPORT = new Set(['world', 'euro', 'euros', 'team', 'side', 'squad', 'football', 'soccer', 'cricket', 'rugby', 'national', 'ashes', 'six']);

/**
 * Whether a page is about women's sport: it writes "women's" before a word of the game ("the
 * Women's World Cup", "the women's team") and never "men".
 */
function isWomensSport(page: PageContext): boolean {
  if (!page.hasWord('women') || page.hasWord('men')) return false;
  return page.blocks.some((tokens) => {
    for (let i = 0; i + 2 < tokens.count; i++) {
      if (tokens.word(i) === 'women' && tokens.word(i + 1) === 's' && WOMENS_SPORT.has(tokens.word(i + 2))) return true;
    }
    return false;
  });
}

/**
 * The team the dataset knows for a country's words in a sport ("England cricket team"), or
 * undefined. On a page about women's sport the country is its women's team or, where the
 * dataset does not know that team, no team at all (the men's card would be wrong).
 */
function teamOf(index: AliasIndex, isWomens: boolean, sport: Sport, words: readonly string[]): number | undefined {
  for (const name of isWomens ? sport.womenNames : sport.names) {
    const team = onlyNamed(index, name.flatMap((w) => (w === '' ? words : [w])), 'organization');
    if (team !== undefined) return team;
  }
  return undefined;
}

/**
 * Whether a name stands where a team does: before a verb of the game or a plural verb ("England
 * beat", "Luton are"), after a word of the game ("against Wales", "lost to France"), or owning
 * what a team has ("New Zealand's captain"). Not after a place's word ("hospitals across England").
 */
export function standsAsTeam(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  if (isPossessiveAt(tokens, c.last)) return ownsTeamThing(tokens, c.last);
  // "Hospitals across England were full": the verb is the hospitals'.
  if (isAfterPlaceWord(page, c.block, c.first)) return false;
  if (c.last + 1 < tokens.count && gapIsSpace(page, c.block, c.last)) {
    const after = tokens.word(c.last + 1);
    if (AFTER_TEAM.has(after) || (PLURAL_VERBS.has(after) && !tokens.word(c.last).endsWith('s'))) return true;
  }
  if (c.first === 0 || !gapIsSpace(page, c.block, c.first - 1)) return false;
  const before = tokens.word(c.first - 1);
  if (BEFORE_TEAM.has(before)) return true;
  return isResultJoin(page, c.block, c.first - 1);
}

/**
 * Whether a name stands where a place does on a sport's page: in a list that starts after a
 * place's word ("fans from Iran and Haiti"), or owning what no team has ("England's health service").
 */
export function standsAsPlace<J extends PairedCandidate>(page: PageContext, c: Candidate, byEnd: ReadonlyMap<string, J>): boolean {
  const tokens = page.blocks[c.block]!;
  if (isListOfPlaces(page, c, byEnd)) return true;
  return isPossessiveAt(tokens, c.last) && !ownsTeamThing(tokens, c.last);
}

/** The sport a page is about, or undefined. */
function sportOf(page: PageContext): Sport | undefined {
  let best: Sport | undefined;
  let bestCount = 0;
  let isTied = false;
  for (const sport of SPORTS) {
    let count = 0;
    for (const word of sport.words) if (page.hasWord(word)) count++;
    if (count > bestCount) [best, bestCount, isTied] = [sport, count, false];
    else if (count === bestCount) isTied = true;
  }
  return bestCount >= 2 && !isTied ? best : undefined;
}

/** Narrows to its national team each country's name where a team stands, on a page about one sport. Returns those it settled. */
export function ruleOnNationalTeams<J extends PairedCandidate & { isDemonym: boolean }>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  let sport: Sport | undefined | null = null;
  let isWomens = false;
  /** Country (or UK nation) → the team the page's sport made of it. */
  const teams = new Map<number, number>();
  const isCountryLike = (e: number) => index.entityType(e) === 'country' || index.entityType(e) === 'region';
  for (const j of judged) {
    // An adjective ("Turkish fans") stays the quiet demonym it is.
    if (j.isDemonym || !j.entities.some(isCountryLike)) continue;
    const c = j.candidate;
    const tokens = page.blocks[c.block]!;
    if (!standsAsTeam(page, c)) continue;
    if (sport === null) {
      sport = sportOf(page);
      isWomens = sport !== undefined && isWomensSport(page);
    }
    if (sport === undefined) return settled;
    const team = teamOf(index, isWomens, sport, tokens.words(c.first, c.last));
    if (team === undefined) continue;
    teams.set(j.entities.find(isCountryLike)!, team);
    narrow(j, team);
    settled.add(j);
  }
  if (teams.size === 0 || !sport) return settled;
  // A list goes on naming teams ("will face Algeria, Austria and Jordan", "drawn with Paraguay and
  // Australia"): a country listed beside a team is a team, unless a place's word or a country's
  // possession says otherwise.
  const byEnd = longestAt(judged, 'last');
  const byStart = longestAt(judged, 'first');
  const pageSport = sport;
  settleUntilStable(
    judged.filter((j) => !settled.has(j) && !j.isDemonym && j.entities.some(isCountryLike)),
    (j) => {
      const c = j.candidate;
      const tokens = page.blocks[c.block]!;
      if (isPossessiveAt(tokens, c.last) && !ownsTeamThing(tokens, c.last)) return false;
      if (!listNeighbours(page, c, byEnd, byStart).some((n) => n !== undefined && settled.has(n))) return false;
      if (isListOfPlaces(page, c, byEnd)) return false;
      const team = teamOf(index, isWomens, pageSport, tokens.words(c.first, c.last));
      if (team === undefined) return false;
      teams.set(j.entities.find(isCountryLike)!, team);
      narrow(j, team);
      settled.add(j);
      return true;
    },
  );
  // One sense a page: where the page's sport made a country its team once, its other mentions are the team
  // too ("could not rescue England", "overpowered England"), unless they stand where a place does ("born in
  // England", "the tour of South Africa") or name what the country owns ("England's health service").
  for (const j of judged) {
    if (settled.has(j) || j.isDemonym) continue;
    const country = j.entities.find((e) => teams.has(e));
    if (country === undefined) continue;
    if (standsAsPlace(page, j.candidate, byEnd)) continue;
    narrow(j, teams.get(country)!);
    settled.add(j);
  }
  return settled;
}
