/**
 * "Luton beat Coventry 2-1", "Atlanta trailed 28-3": on a page about sport, a town's name where a
 * team stands is the town's team. Which team: the one the page names in full and whose name
 * starts with the town's ("Atlanta Falcons", "Kansas City Chiefs"); failing that, on a page about
 * association football (one of its own words, and none of an American game's), the one club the
 * dataset knows by the town's name and a club's word ("Luton Town", "Aberdeen FC"). A town with two such clubs ("Manchester
 * City", "Manchester United") stays the town unless the page names only one of them. Once a page
 * has made a town its team, its other mentions are the team too, except where a place stands
 * ("born in Luton", "Coventry's cathedral"). Elsewhere, and on pages about anything else, the
 * town stays the town.
 */
import { onlyNamed, type AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { standsAsPlace, standsAsTeam } from './national-teams';
import { longestAt, narrow, type PairedCandidate } from './place-pairs';
import type { Candidate } from './scan';
import { foldText } from './tokens';

/** Words of games played by clubs named after towns; a page that writes two of them is about sport. */
const SPORT_WORDS: readonly string[] = [
  'football', 'soccer', 'goalkeeper', 'striker', 'midfielder', 'equaliser', 'equalizer', 'penalty', 'goals', 'goalless', 'offside',
  'quarterback', 'touchdown', 'touchdowns', 'nfl', 'nba', 'mlb', 'nhl', 'mls', 'playoffs', 'playoff', 'innings', 'pitcher',
  'rebounds', 'halftime', 'kickoff', 'overtime', 'scored', 'inning', 'puck', 'goaltender', 'referee', 'fixture', 'fixtures', 'premiership', 'championship', 'league', 'season', 'coach',
];

/** Words only association football writes (with "football" on a page without the American games). */
const FOOTBALL_WORDS: readonly string[] = [
  'football', 'soccer', 'goalkeeper', 'striker', 'midfielder', 'equaliser', 'equalizer', 'goalless', 'offside', 'premiership', 'uefa', 'fifa',
];

/** Words only the American games write: a page with one is not about association football. */
const AMERICAN_GAME_WORDS: readonly string[] = [
  'quarterback', 'touchdown', 'touchdowns', 'nfl', 'nba', 'mlb', 'nhl', 'innings', 'pitcher', 'rebounds', 'inning', 'puck',
];

/** The words after a town's name that make a football club's name ("Luton Town", "Aberdeen FC"). */
const CLUB_WORDS: readonly string[] = ['fc', 'town', 'city', 'united', 'rovers', 'athletic', 'albion', 'county', 'wanderers', 'afc'];

const isTownLike = (index: AliasIndex, e: number) => index.entityType(e) === 'city' || index.entityType(e) === 'region';

/** What a team may be named after: a town or state, or a university ("Ohio State"), which only the page's own teams can settle. */
const isTeamsNamesake = (index: AliasIndex, e: number) => isTownLike(index, e) || index.entityType(e) === 'organization';

/** The words before "over" that make it a game's ("a win over Luton"); else it is a place's ("a cloud over Cleveland"). */
const RESULTS_OVER = new Set(['win', 'wins', 'won', 'victory', 'victories', 'triumph', 'lead', 'advantage', 'upset']);

/** Whether a name follows an "over" no result comes before: a town's name there is the town. */
function isOverPlace(page: PageContext, c: Candidate): boolean {
  const tokens = page.blocks[c.block]!;
  if (c.first === 0 || tokens.word(c.first - 1) !== 'over') return false;
  return c.first < 2 || !RESULTS_OVER.has(tokens.word(c.first - 2));
}

function isSportPage(page: PageContext): boolean {
  let count = 0;
  for (const word of SPORT_WORDS) if (page.hasWord(word) && ++count >= 2) return true;
  return false;
}

/**
 * The teams the page names in full, by each shorter start of their names ("atlanta" for "Atlanta
 * Falcons"): a start that two teams share ("manchester") keeps both.
 */
function namedTeamsByStart<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  for (const j of judged) {
    const c = j.candidate;
    const team = j.entities[0]!;
    if (j.entities.length !== 1 || index.entityType(team) !== 'organization') continue;
    // By the words the page wrote ("Atlanta Falcons") and by the team's own name ("the Wolverines": Michigan Wolverines football).
    for (const words of [page.blocks[c.block]!.words(c.first, c.last), foldText(index.entity(team).name).split(' ')]) {
      for (let k = 1; k < words.length; k++) {
        const start = words.slice(0, k).join(' ');
        const held = out.get(start) ?? new Set<number>();
        held.add(team);
        out.set(start, held);
      }
    }
  }
  return out;
}

/** The one football club the dataset knows by a town's words and a club's word, or undefined. */
function clubOf(index: AliasIndex, words: readonly string[]): number | undefined {
  const found = new Set<number>();
  for (const word of CLUB_WORDS) {
    const club = onlyNamed(index, [...words, word], 'organization');
    if (club !== undefined) found.add(club);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** Narrows to its team each town's name where a team stands, on a page about sport. Returns those it settled. */
export function ruleOnClubTowns<J extends PairedCandidate & { isDemonym: boolean }>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  const towns = judged.filter((j) => !j.isDemonym && j.entities.some((e) => isTeamsNamesake(index, e)));
  if (towns.length === 0 || !isSportPage(page)) return settled;
  // Built at the first town that stands as a team: most sport pages' towns are places.
  let named: Map<string, Set<number>> | undefined;
  const isFootball = FOOTBALL_WORDS.some((w) => page.hasWord(w)) && !AMERICAN_GAME_WORDS.some((w) => page.hasWord(w));
  /** A town's words as the page wrote them ("luton") → the team the page made of it. */
  const teams = new Map<string, number>();
  for (const j of towns) {
    const c = j.candidate;
    if (!standsAsTeam(page, c) || isOverPlace(page, c)) continue;
    const words = page.blocks[c.block]!.words(c.first, c.last);
    const key = words.join(' ');
    named ??= namedTeamsByStart(index, page, judged);
    const byPage = named.get(key);
    const isTown = j.entities.some((e) => isTownLike(index, e));
    const team = byPage !== undefined ? (byPage.size === 1 ? [...byPage][0] : undefined) : isFootball && isTown ? clubOf(index, words) : undefined;
    if (team === undefined || j.entities.includes(team)) continue;
    teams.set(key, team);
    narrow(j, team);
    settled.add(j);
  }
  if (teams.size === 0) return settled;
  // One sense a page: "Luton held on" after "Luton beat Coventry" (the same words: "Ann Arbor, Mich." stays the state).
  const byEnd = longestAt(judged, 'last');
  for (const j of towns) {
    if (settled.has(j)) continue;
    const c = j.candidate;
    const team = teams.get(page.blocks[c.block]!.words(c.first, c.last).join(' '));
    if (team === undefined || standsAsPlace(page, c, byEnd) || isOverPlace(page, c)) continue;
    narrow(j, team);
    settled.add(j);
  }
  return settled;
}
