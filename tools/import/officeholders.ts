/**
 * Heads of state and government since 2000 (every jurisdiction Peppercat covers),
 * foreign, finance and defence ministers of the G20 since 2010, and UN officeholders,
 * from Peppercat's Wikidata P39 extracts. Licence: the selection is CC BY-NC 4.0
 * (see data/LICENSE.md); each role cites the person's Wikidata item.
 *
 * The historic file stops in January 2023. An open-ended term there is closed when
 * the 2025 current file shows someone else in the same post: the end is only a bound
 * (the day before the successor's start, `endInferred`), and `lastSeen` says the last
 * file that showed the holder, so a card never guesses in between. An open term's
 * `lastSeen` is the date of the last file listing it: the horizon past which a card
 * shows it as the last known state. Heads of state and government from late 2020 on
 * are then reconciled with the Factbook's weekly history (reconcile-executives.ts).
 *
 * A row with impossible dates (end before start, start after the file's own date) is
 * reported with file and row number and left out.
 */
import type { Role } from '../../src/shared/dataset';
import { earliestDay, latestDay } from '../../src/shared/time';
import type { CountryImport, CountryRef } from './countries';
import { readSourceCsv } from './lib/io';
import { dayBefore, foldAlias } from './lib/text';
import type { PeopleRegistry } from './people';

export const HISTORIC_DATE = '2023-01-10';
export const CURRENT_DATE = '2025-01-31';

const HEAD = new RegExp(
  '^(President|Prime Minister|Premier|Premier of the State Council|Chancellor|Federal Chancellor|King|Queen|monarch|Monarch|Emperor|Emir|emir|Sultan|' +
    'Supreme Leader|Chief Executive|Captain Regent|French Co-Prince|Episcopal Co-Prince|Prince|Governor-General|Governor General|Taoiseach|' +
    'Chief Adviser|Chairman of the Presidency|Chairman of the Presidential Council|Chairman of the State Administration Council|' +
    'Chairman of the Sovereignty Council|Chairman of the Council of Ministers|Chairman of the Cabinet of Ministers \\(Prime Minister\\)|' +
    'President of the Council of Ministers|President of the Government|Druk Gyalpo \\(King\\)|Ngwenyama \\(King\\)|Beretitenti \\(President\\)|' +
    'Yang di-Pertuan Agong \\(Monarch\\)|O le Ao o le Malo|First Minister|General Secretary of the Chinese Communist Party|' +
    'President of the European Council|President of the European Commission)$',
);
const G20 = new Set(['argentina', 'australia', 'brazil', 'canada', 'china', 'france', 'germany', 'india', 'indonesia', 'italy', 'japan', 'mexico', 'russia', 'saudi-arabia', 'south-africa', 'south-korea', 'turkey', 'united-kingdom', 'united-states', 'european-union']);
const MINISTER = /(Foreign|External Affairs|Finance|Defen[cs]e|Treasury|Exchequer|^Secretary of State$)/;
// Found by the audit: "Foreign Trade" and "Treasury Board" posts are not foreign or finance ministers.
const NOT_MINISTER = /(Deputy|Vice|Under|Assistant|Junior|Parliamentary|Shadow|Chief Secretary|Financial Secretary|Economic Secretary|State Secretary|Minister of State|Delegate|Committee|Spokes|Secretary of State of |Secretary of State for (?!Foreign|Defence)|Foreign (Trade|Economic|Investment)|Investments and Foreign|Treasury Board|Lord of the Treasury|assisting|Equipment|Procurement|Veterans|Armed Forces|Industr|Materiel|Space)/;
/** Portfolio holders' titles start like this (not "Head of the Minister of Defence's military cabinet"). */
const MINISTER_TITLE = /^(Minister|Federal Minister|Secretary|Chancellor of the Exchequer|Treasurer)/;
/** Someone given this many posts on one day is in a caretaker arrangement, often a state government filed under the country (South Australia, 2018). */
const CARETAKER_POSTS = 5;

/** Peppercat slugs whose name differs from every Factbook name and alias. */
const SLUG_TO_GEC: Record<string, string> = {
  'ivory-coast': 'iv', 'congo-brazzaville': 'cf', 'congo-kinshasa': 'cg', caymans: 'cj', faroes: 'fo', 'bosnia-herzegovina': 'bk',
  'st-kitts-and-nevis': 'sc', 'turks-and-caicos': 'tk', 'european-union': 'ee', micronesia: 'fm', palestine: 'we', 'cabo-verde': 'cv',
  gambia: 'ga', bahamas: 'bf', myanmar: 'bm', 'timor-leste': 'tt', eswatini: 'wz', 'north-macedonia': 'mk', czechia: 'ez',
};

/** Posts named for a state the Factbook files under a territory (Abbas is President of the State of Palestine, not "of West Bank"). */
const PLACE_IN_TITLE: Record<string, string> = { palestine: 'the State of Palestine' };

const THE = /^(United|Republic|Central African|Dominican|Marshall|Solomon|Netherlands|Philippines|Bahamas|Gambia|Maldives|Comoros|Seychelles|Democratic|European|Holy|Faroe|Cayman|British|Falkland|Cook|Turks)/;

function withArticle(name: string): string {
  return THE.test(name) ? `the ${name}` : name;
}

export function roleTitle(rawPosition: string, place: string): string {
  // Wikidata labels are sometimes lower case ("monarch", "emir"); a title starts with a capital.
  const position = rawPosition.charAt(0).toUpperCase() + rawPosition.slice(1);
  const named = new RegExp(`\\b${place.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b(?![a-z])`).test(position);
  if (named || / of the (Chinese Communist Party|European)/.test(position)) return position;
  return `${position} of ${withArticle(place)}`;
}

const CENTRAL_BANKER = /^(Governor of the Central Bank|Governor of the (Reserve )?Bank of|President of the (Deutsche )?Bundesbank|Chair of the Federal Reserve|President of the European Central Bank|Governor of the People's Bank of China)/i;

/**
 * The US federal posts the news names most, beyond the foreign, finance and defence
 * secretaries: the rest of the cabinet, the Supreme Court, the intelligence chiefs and
 * the White House's own (a reader met Pete Buttigieg and Merrick Garland with no card).
 */
const US_POSTS = new RegExp(
  '^(Attorney General|Secretary of (Agriculture|Commerce|Education|Energy|Health and Human Services|Homeland Security|' +
    'Housing and Urban Development|Labor|Transportation|Veterans Affairs|the Interior)|Supreme Court Justice|Chief Justice|' +
    'Director of the FBI|Director of the CIA|Director of National Intelligence|Ambassador to the United Nations|' +
    'White House Chief of Staff|National Security Advisor|White House Press Secretary|Administrator of the Environmental Protection Agency|' +
    // Speakers who left the House (McCarthy, Ryan, Boehner) are in no current-Congress file.
    'Speaker of the House of Representatives)$',
);

/** Titles for US posts that "… of the United States" would word badly. */
const US_TITLES: Record<string, string> = {
  'Supreme Court Justice': 'Associate Justice of the US Supreme Court',
  'Director of the FBI': 'Director of the FBI',
  'Director of the CIA': 'Director of the CIA',
  'Director of National Intelligence': 'US Director of National Intelligence',
  'Ambassador to the United Nations': 'US Ambassador to the United Nations',
  'White House Chief of Staff': 'White House Chief of Staff',
  'National Security Advisor': 'US National Security Advisor',
  'White House Press Secretary': 'White House Press Secretary',
  'Administrator of the Environmental Protection Agency': 'Administrator of the US Environmental Protection Agency',
  // The congress-legislators wording, so a sitting Speaker's two rows are one role.
  'Speaker of the House of Representatives': 'Speaker of the House (US House)',
};

/**
 * An acting official between two confirmed ones: a term of under 120 days that has
 * ended. Their names are rarely news, and their bare surnames would take words from
 * better-known entities (an acting veterans secretary named Mansfield took the town's).
 */
const INTERIM_DAYS = 120;
export function isInterim(start: string, end: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start) || !/^\d{4}-\d{2}-\d{2}$/.test(end)) return false;
  return (Date.parse(end) - Date.parse(start)) / 86_400_000 < INTERIM_DAYS;
}

/** A post's title on a card: the US's own wording where it has one, else "<post> of <place>". */
export function postTitle(slug: string, position: string, place: string): string {
  return (slug === 'united-states' ? US_TITLES[position] : undefined) ?? roleTitle(position, place);
}

/**
 * The brief's scope (heads since 2000; G20 foreign, finance and defence ministers
 * since 2010; the US posts above since 2000) plus, because world news names them often: foreign ministers of every
 * country since 2010 and central-bank governors since 2000. (Deputy heads and the
 * other portfolios outside the G20 were tried and left out to keep the dataset
 * under its 5 MB budget.)
 */
function isWanted(slug: string, position: string, start: string, end: string): boolean {
  const endYear = end ? Number(end.slice(0, 4)) : 9999;
  if (start === '') return false;
  if (HEAD.test(position) || CENTRAL_BANKER.test(position)) return endYear >= 2000;
  if (slug === 'united-states' && US_POSTS.test(position)) return endYear >= 2000 && !isInterim(start, end);
  // "Secretary of State" is the foreign minister only in the US; in Germany or the UK it is a junior post.
  if (position === 'Secretary of State' && slug !== 'united-states') return false;
  const minister = MINISTER_TITLE.test(position) && MINISTER.test(position) && !NOT_MINISTER.test(position);
  // Outside the G20 only foreign ministers titled "Minister …": elsewhere "Secretary of State" is a junior or state-level title.
  return minister && endYear >= 2010 && (G20.has(slug) || (/^(Minister|Federal Minister)/.test(position) && /Foreign|External/.test(position)));
}

function demonymOf(countries: CountryImport, ref: CountryRef | undefined): string | undefined {
  if (!ref) return undefined;
  const entity = countries.entities.find((e) => e.id === ref.id);
  const alias = entity?.aliases?.find((a) => typeof a !== 'string' && a.demonym);
  return typeof alias === 'object' ? alias.text : undefined;
}

/** Rows the importer refused, for the audit log. */
export const skipped: string[] = [];

const HISTORIC_FILE = 'peppercat-wikidata-officeholders/leaders-historic-2023-01-10.csv';
const CURRENT_FILE = 'peppercat-wikidata-officeholders/current-2025-01-31.csv';

/** Why a row's dates cannot be true, if they cannot: checked before anything is kept. */
export function impossibleDates(start: string, end: string | undefined, fileDate: string): string | undefined {
  if (end && latestDay(end) < earliestDay(start)) return `end ${end} before start ${start}`;
  if (earliestDay(start) > fileDate) return `start ${start} after the file's date ${fileDate}`;
  if (end && earliestDay(end) > fileDate) return `end ${end} after the file's date ${fileDate}`;
  return undefined;
}

/** International posts in Peppercat's "world" list, by the organization they head. */
const WORLD_POSTS: [RegExp, string][] = [
  [/^Secretary[- ]General of NATO$/, 'bs:org/nato'],
  [/^Director-General of the World Health Organization$/, 'bs:org/who'],
  [/^Director-General of the World Trade Organization$/, 'bs:org/wto'],
  [/^(Deputy )?Secretary-General of the United Nations$/, 'bs:org/un'],
  [/^President of the International Court of Justice$/, 'bs:org/icj'],
  [/^OSCE High Commissioner on National Minorities$/, 'bs:org/osce'],
];

/** The organization an international post belongs to, for rows of the "world" jurisdiction. */
export function worldPost(position: string): string | undefined {
  return WORLD_POSTS.find(([pattern]) => pattern.test(position))?.[1];
}

/**
 * The names news uses for an officeholder beside Wikidata's label: the English Wikipedia
 * title ("John Bolton" for "John R. Bolton") and the label without a single middle initial
 * ("Christopher Wray" for "Christopher A. Wray"), which no one writes in a headline.
 */
export function newsNames(label: string, enwikiTitle: string): string[] {
  const names = new Set<string>();
  const title = enwikiTitle.replace(/\s*\([^)]*\)$/, '').trim();
  // A title that is a person's name: two to four capitalized words, no comma ("Ann Taylor, Baroness …").
  if (title && title !== label && !title.includes(',') && /^(\p{Lu}[\p{L}'’.-]*\s){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(title)) names.add(title);
  for (const name of [label, title]) {
    const m = /^(\p{Lu}[\p{L}'’-]+) \p{Lu}\. (\p{Lu}[\p{L}'’-]+)$/u.exec(name);
    if (m) names.add(`${m[1]} ${m[2]}`);
  }
  names.delete(label);
  return [...names];
}

export function importOfficeholders(countries: CountryImport, people: PeopleRegistry): void {
  const refOf = (slug: string, name: string) => countries.byGec.get(SLUG_TO_GEC[slug] ?? '') ?? countries.byName.get(foldAlias(name));
  const historic = readSourceCsv(HISTORIC_FILE);
  const current = readSourceCsv(CURRENT_FILE);
  const currentByPost = new Map<string, Record<string, string>[]>();
  for (const row of current) {
    const key = `${row.jurisdiction_slug}|${row.position}`;
    currentByPost.set(key, [...(currentByPost.get(key) ?? []), row]);
  }
  const historicKeys = new Set<string>();
  const demonyms = new Map<string, string | undefined>();

  const add = (row: Record<string, string>, jurName: string, start: string, end: string | undefined, inferred: boolean, lastSeen: string | undefined, updated: string) => {
    const slug = row.jurisdiction_slug!;
    const world = slug === 'world' ? worldPost(row.position!) : undefined;
    const ref = world ? undefined : refOf(slug, jurName);
    if (!demonyms.has(slug)) demonyms.set(slug, demonymOf(countries, ref));
    const url = `https://www.wikidata.org/wiki/${row.personID}`;
    // A sitting member's Speaker terms come from congress-legislators (imported first), dated per Congress; Wikidata's would overlap them.
    if (slug === 'united-states' && row.position === 'Speaker of the House of Representatives' && people.get(row.personID!)?.roles && [...people.get(row.personID!)!.roles.values()].some((r) => r.source === 'unitedstates-congress' && r.title === US_TITLES[row.position!])) return;
    const draft = people.person(row.personID!, row.person!, { jurisdiction: slug, demonym: demonyms.get(slug), updated, ...(row.enwiki_url ? { link: row.enwiki_url } : row.enwiki ? { link: `https://en.wikipedia.org/wiki/${encodeURIComponent(row.enwiki.replace(/ /g, '_'))}` } : {}) });
    for (const text of newsNames(row.person!, row.enwiki || decodeURIComponent(row.enwiki_url?.replace(/^.*\/wiki\//, '') ?? '').replace(/_/g, ' '))) people.addAlias(draft, { text });
    // The role's statement is on the person's Wikidata item, cited in the entity's sources (its id is the QID).
    const title = world ? row.position! : postTitle(slug, row.position!, PLACE_IN_TITLE[slug] ?? ref?.name ?? jurName);
    const of = world ?? ref?.id;
    const seen = lastSeen && (!end || lastSeen < end) ? { lastSeen } : {};
    const role: Role = { title, ...(of ? { of } : {}), start, ...(end ? { end } : {}), ...(inferred ? { endInferred: true } : {}), ...seen, source: 'peppercat' };
    people.addRole(draft, role);
    people.addSource(draft, { source: 'peppercat', url });
    if (row.DOB) people.addFact(draft, { label: 'Born', value: row.DOB, asOf: row.DOB, source: 'peppercat' });
    if (row.DOD) people.addFact(draft, { label: 'Died', value: row.DOD, asOf: row.DOD, source: 'peppercat' });
  };

  const refuse = (file: string, index: number, row: Record<string, string>, why: string) => {
    skipped.push(`${file} row ${index + 2}: ${row.personID} ${row.person}, ${row.position}: ${why}`);
  };
  const postsOnDay = new Map<string, number>();
  for (const row of historic) postsOnDay.set(`${row.personID}|${row.jurisdiction_slug}|${row.start}`, (postsOnDay.get(`${row.personID}|${row.jurisdiction_slug}|${row.start}`) ?? 0) + 1);
  const isWorld = (row: Record<string, string>) => row.jurisdiction_slug === 'world' && worldPost(row.position!) !== undefined;
  // Someone in scope keeps every term of their head posts the file has, whatever the era (it has few before 2000).
  const wantedPeople = new Set(historic.filter((row) => row.start && (isWorld(row) || isWanted(row.jurisdiction_slug!, row.position!, row.start, row.end ?? ''))).map((row) => row.personID));
  historic.forEach((row, index) => {
    if (!/^Q\d+$/.test(row.personID ?? '') || !row.start) return;
    const inScope = isWorld(row) || isWanted(row.jurisdiction_slug!, row.position!, row.start, row.end ?? '') || (wantedPeople.has(row.personID) && HEAD.test(row.position!));
    if (!inScope) return;
    const impossible = impossibleDates(row.start, row.end || undefined, HISTORIC_DATE);
    if (impossible) return refuse(HISTORIC_FILE, index, row, impossible);
    if (!HEAD.test(row.position!) && (postsOnDay.get(`${row.personID}|${row.jurisdiction_slug}|${row.start}`) ?? 0) >= CARETAKER_POSTS) {
      return refuse(HISTORIC_FILE, index, row, `one of ${CARETAKER_POSTS}+ posts taken the same day: caretaker or state-level`);
    }
    const postKey = `${row.jurisdiction_slug}|${row.position}`;
    historicKeys.add(`${postKey}|${row.personID}`);
    let end = row.end || undefined;
    let inferred = false;
    let lastSeen: string | undefined;
    let updated = HISTORIC_DATE;
    if (!end) {
      const holders = currentByPost.get(postKey) ?? [];
      lastSeen = HISTORIC_DATE;
      if (holders.some((h) => h.personID === row.personID)) {
        updated = CURRENT_DATE;
        lastSeen = CURRENT_DATE;
      } else {
        const successorStart = holders.map((h) => h.since ?? '').filter((s) => s > row.start!).sort()[0];
        if (successorStart) {
          // Gone by the successor's start, at some day after the 2023 file last listed them.
          end = dayBefore(successorStart);
          inferred = true;
          updated = CURRENT_DATE;
        }
      }
    }
    add(row, row.catalog!, row.start, end, inferred, lastSeen, updated);
  });

  current.forEach((row, index) => {
    const key = `${row.jurisdiction_slug}|${row.position}|${row.personID}`;
    if (historicKeys.has(key) || !/^Q\d+$/.test(row.personID ?? '') || !row.since) return;
    if (!isWorld(row) && !isWanted(row.jurisdiction_slug!, row.position!, row.since, '')) return;
    const impossible = impossibleDates(row.since, undefined, CURRENT_DATE);
    if (impossible) return refuse(CURRENT_FILE, index, row, impossible);
    add(row, row.jurisdiction!, row.since, undefined, false, CURRENT_DATE, CURRENT_DATE);
  });
}

/** UN Secretaries-General and other UN posts (every-politician-scrapers, Wikidata-derived). */
export function importUnOfficeholders(people: PeopleRegistry, unId: string): void {
  const file = 'peppercat-wikidata-officeholders/un-officeholders-2023-01.csv';
  readSourceCsv(file).forEach((row, index) => {
    // Permanent representatives are countries' ambassadors, not UN posts; the file does not say whose.
    if (!/^Q\d+$/.test(row.personID ?? '') || !row.start || /Permanent Representative/.test(row.position!)) return;
    const impossible = impossibleDates(row.start, row.end || undefined, HISTORIC_DATE);
    if (impossible) {
      skipped.push(`${file} row ${index + 2}: ${row.personID} ${row.person}, ${row.position}: ${impossible}`);
      return;
    }
    const url = `https://www.wikidata.org/wiki/${row.personID}`;
    const draft = people.person(row.personID!, row.person!, { updated: HISTORIC_DATE });
    people.addRole(draft, { title: row.position!, of: worldPost(row.position!) ?? unId, start: row.start, ...(row.end ? { end: row.end } : { lastSeen: HISTORIC_DATE }), source: 'wikidata-un' });
    people.addSource(draft, { source: 'wikidata-un', url });
  });
}
