/**
 * The current US Congress and every US president and vice-president, from
 * unitedstates/congress-legislators (CC0). Consecutive terms in the same seat are
 * joined into one role; a term whose scheduled end is after the file's date is open,
 * known up to the file's date. Senate and House seats are `of` their state's Wikidata
 * item (lib/us-states.ts), so a state's card can name its senators on a date.
 *
 * Former members come with their last term only, undated. A former senator who later
 * became president or vice-president left the Senate before that; the Senate's classes
 * fix every term's start (class 3: 2017, 2023, …), so that last term is dated from its
 * class's term start ("in office by January 2017") to the day before the executive term,
 * as a bound. Nothing is guessed where the executive term began right after a Senate
 * term could have (within 60 days of a class start: Biden in 2009).
 */
import type { AliasObject, Entity, Fact, Role } from '../../src/shared/dataset';
import { surnameOf } from './lib/names';
import { slugify } from './lib/text';
import { readSourceCsv, readSourceJson } from './lib/io';
import { usState } from './lib/us-states';
import { impossibleDates, skipped } from './officeholders';
import type { PeopleRegistry } from './people';

export const CONGRESS_DATE = '2026-06-15';
const EXECUTIVE_DATE = '2025-01-21';

interface Term {
  type: 'sen' | 'rep' | 'prez' | 'viceprez';
  start: string;
  end: string;
  state?: string;
  district?: number;
  party?: string;
}
interface Legislator {
  id: { bioguide: string; wikidata?: string; wikipedia?: string };
  name: { first: string; last: string; official_full?: string; nickname?: string };
  bio?: { birthday?: string };
  terms: Term[];
  leadership_roles?: { title: string; chamber: string; start: string; end?: string }[];
}

const STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut', DE: 'Delaware',
  FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky',
  LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri',
  MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York',
  NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island',
  SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington',
  WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming', DC: 'the District of Columbia', PR: 'Puerto Rico', GU: 'Guam',
  VI: 'the US Virgin Islands', AS: 'American Samoa', MP: 'the Northern Mariana Islands',
};

function ordinal(n: number): string {
  const suffix = n % 100 >= 11 && n % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** "US Senator from Washington", "US Representative for New York's 14th district", "President of the United States". */
export function termTitle(term: Term): string {
  const state = STATES[term.state ?? ''] ?? term.state ?? '';
  switch (term.type) {
    case 'sen':
      return `US Senator from ${state}`;
    case 'rep':
      return term.district ? `US Representative for ${state}'s ${ordinal(term.district)} district` : `US Representative for ${state} (at large)`;
    case 'prez':
      return 'President of the United States';
    case 'viceprez':
      return 'Vice President of the United States';
  }
}

/** What a term is `of`: its state for a seat in Congress, the country for the executive. */
function termOf(term: Term, usId: string): string {
  return (term.type === 'sen' || term.type === 'rep') && term.state ? (usState(term.state)?.qid ?? usId) : usId;
}

/** Joins back-to-back terms with the same title; the last is open (known up to `asOf`) if it ends after `asOf`. */
export function joinTerms(terms: readonly Term[], asOf: string, source: string, usId: string): Role[] {
  const roles: Role[] = [];
  for (const term of [...terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const title = termTitle(term);
    const last = roles[roles.length - 1];
    // Terms meet within a few days (Jan 3 to Jan 3, or a swearing-in a day late).
    if (last && last.title === title && last.end && Date.parse(term.start) - Date.parse(last.end) <= 7 * 86_400_000) last.end = term.end;
    else roles.push({ title, of: termOf(term, usId), start: term.start, end: term.end, source });
  }
  for (const role of roles) {
    if (role.end && role.end > asOf) {
      delete role.end;
      role.lastSeen = asOf;
    }
  }
  return roles;
}

/** The first year of each Senate class's six-year terms, modulo 6 (class 1: 2019, class 2: 2021, class 3: 2023). */
const CLASS_START_MOD6: Record<string, number> = { '1': 2019 % 6, '2': 2021 % 6, '3': 2023 % 6 };
/** An executive term this soon after a class's term began could follow a term that just ended: no inference. */
const AMBIGUOUS_AFTER_START_DAYS = 60;

/**
 * The last Senate term of a former senator who then took an executive office on `nextStart`,
 * from the Senate class's fixed calendar; undefined when the calendar cannot tell.
 */
export function senateTermBefore(senateClass: string, state: string, nextStart: string): Role | undefined {
  const mod = CLASS_START_MOD6[senateClass];
  const year = Number(nextStart.slice(0, 4));
  // Terms start on 3 January since the Twentieth Amendment (1935).
  if (mod === undefined || year < 1937) return undefined;
  let startYear = year;
  while (((startYear % 6) + 6) % 6 !== mod || `${startYear}-01-03` >= nextStart) startYear--;
  const start = `${startYear}-01-03`;
  if ((Date.parse(nextStart) - Date.parse(start)) / 86_400_000 <= AMBIGUOUS_AFTER_START_DAYS) return undefined;
  const title = termTitle({ type: 'sen', start, end: '', state });
  const day = new Date(`${nextStart}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return { title, start, startInferred: true, end: day.toISOString().slice(0, 10), endInferred: true, source: 'unitedstates-congress' };
}

function addLegislator(file: string, person: Legislator, people: PeopleRegistry, usId: string, updated: string, lastTerms: ReadonlyMap<string, Record<string, string>>): void {
  const qid = person.id.wikidata;
  if (!qid) return;
  // The Wikipedia title is the name news uses ("Joe Biden", not "Joseph R. Biden").
  const name = person.id.wikipedia?.replace(/\s*\([^)]*\)$/, '') ?? person.name.official_full ?? `${person.name.first} ${person.name.last}`;
  const url = `https://bioguide.congress.gov/search/bio/${person.id.bioguide}`;
  const link = person.id.wikipedia ? `https://en.wikipedia.org/wiki/${encodeURIComponent(person.id.wikipedia.replace(/ /g, '_'))}` : undefined;
  const draft = people.person(qid, name, { demonym: 'American', updated, ...(link ? { link } : {}) });
  // A term that ends before it starts, or starts after the file was made, is a bad row: reported and left out.
  const terms = person.terms.filter((term, index) => {
    const impossible = impossibleDates(term.start, term.end < term.start ? term.end : undefined, updated);
    if (impossible) skipped.push(`${file} ${person.id.bioguide} terms[${index}]: ${name}, ${termTitle(term)}: ${impossible}`);
    return !impossible;
  });
  for (const role of joinTerms(terms, updated, 'unitedstates-congress', usId)) people.addRole(draft, role);
  for (const lead of person.leadership_roles ?? []) {
    const title = `${lead.title} (${lead.chamber === 'senate' ? 'US Senate' : 'US House'})`;
    people.addRole(draft, { title, of: usId, start: lead.start, ...(lead.end && lead.end <= updated ? { end: lead.end } : { lastSeen: updated }), source: 'unitedstates-congress' });
  }
  const lastTerm = lastTerms.get(person.id.bioguide);
  const firstExecutive = person.terms.filter((t) => t.type === 'prez' || t.type === 'viceprez').sort((a, b) => a.start.localeCompare(b.start))[0];
  if (lastTerm?.type === 'sen' && lastTerm.senate_class && lastTerm.state && firstExecutive) {
    const role = senateTermBefore(lastTerm.senate_class, lastTerm.state, firstExecutive.start);
    const state = usState(lastTerm.state);
    if (role) people.addRole(draft, { ...role, ...(state ? { of: state.qid } : {}) });
  }
  const lastParty = person.terms[person.terms.length - 1]?.party;
  if (lastParty) people.addFact(draft, { label: 'Party', value: lastParty, asOf: person.terms[person.terms.length - 1]!.start, source: 'unitedstates-congress' });
  if (person.bio?.birthday) people.addFact(draft, { label: 'Born', value: person.bio.birthday, asOf: person.bio.birthday, source: 'unitedstates-congress' });
  for (const text of [person.name.official_full, /\./.test(person.name.first) ? undefined : `${person.name.first} ${person.name.last}`]) {
    if (text && text !== draft.name) people.addAlias(draft, { text });
  }
  if (person.name.nickname && !/\./.test(person.name.nickname)) people.addAlias(draft, { text: `${person.name.nickname} ${person.name.last}` });
  people.addSource(draft, { source: 'unitedstates-congress', url });
}

export function importCongress(people: PeopleRegistry, usId: string): void {
  const lastTerms = new Map(readSourceCsv('us-congress-legislators/legislators-historical-lastterm.csv').map((row) => [row.bioguide_id!, row]));
  for (const file of ['us-congress-legislators/legislators-current.json', 'us-congress-legislators/executive.json']) {
    const updated = file.endsWith('executive.json') ? EXECUTIVE_DATE : CONGRESS_DATE;
    for (const person of readSourceJson<Legislator[]>(file)) addLegislator(file, person, people, usId, updated, lastTerms);
  }
}

const HISTORICAL_FILE = 'us-congress-legislators/legislators-historical-lastterm.csv';
/** The snapshot date of the historical file (its commit, see SOURCES.md). */
export const HISTORICAL_DATE = '2025-03-14';

/**
 * Former members of Congress of the era the news still names (Liz Cheney, Mitt Romney,
 * Joe Manchin, John McCain, Matt Gaetz had no card): those Ballotpedia covers, which it
 * does for members who served from about the 2000s on (571 of 12,220 rows). The file
 * gives only the last term, undated, so there is no role: a fact names the last seat
 * and party, known as of the file's date. Anyone who also has an entry elsewhere (a
 * current member, a later cabinet post, a hand entry) keeps that one: `isTaken` says
 * whether a name or alias is already another entity's. A hand entry written over the
 * record's own id is the record itself: it is imported, and the compiler merges its facts
 * into the written card.
 */
export function importFormerMembers(isTaken: (key: string, id: string) => boolean, fold: (text: string) => string): Entity[] {
  const rows = readSourceCsv(HISTORICAL_FILE).filter((row) => row.ballotpedia_id);
  const byName = new Map<string, Record<string, string>[]>();
  const nameOf = (row: Record<string, string>) => (row.wikipedia_id ? row.wikipedia_id.replace(/\s*\([^)]*\)$/, '') : `${row.first_name} ${row.last_name}`).replace(/’/g, "'");
  for (const row of rows) byName.set(fold(nameOf(row)), [...(byName.get(fold(nameOf(row))) ?? []), row]);
  const entities: Entity[] = [];
  for (const [key, same] of byName) {
    // Two former members with one name: no way to tell them apart on a page.
    const row = same[0]!;
    const name = nameOf(row);
    const id = `bs:person/${slugify(name)}`;
    const isHeldByOther = (text: string) => isTaken(text, id);
    if (same.length > 1 || isHeldByOther(key)) continue;
    if (!/^\p{Lu}/u.test(name) || name.split(/\s+/).length < 2) continue;
    const district = Number(row.district);
    const seat = termTitle({ type: row.type === 'sen' ? 'sen' : 'rep', start: '', end: '', state: row.state, ...(district > 0 ? { district } : {}) });
    const party = row.party ? row.party.replace(/^Democrat$/, 'Democratic') : '';
    const aliases: AliasObject[] = [];
    const plain = `${row.first_name} ${row.last_name}`.replace(/’/g, "'");
    if (fold(plain) !== key && !isHeldByOther(fold(plain)) && !/\./.test(row.first_name!)) aliases.push({ text: plain });
    if (row.nickname && !/\./.test(row.nickname)) {
      const nick = `${row.nickname} ${row.last_name}`.replace(/’/g, "'");
      if (fold(nick) !== key && !isHeldByOther(fold(nick))) aliases.push({ text: nick });
    }
    const surname = surnameOf(name);
    if (surname) aliases.push({ text: surname, short: true });
    const facts: Fact[] = [{ label: 'Last seat in Congress', value: seat, asOf: HISTORICAL_DATE, source: 'unitedstates-congress' }];
    if (party) facts.push({ label: 'Party (last term)', value: party, asOf: HISTORICAL_DATE, source: 'unitedstates-congress' });
    if (row.birthday) facts.push({ label: 'Born', value: row.birthday, asOf: row.birthday, source: 'unitedstates-congress' });
    entities.push({
      id,
      type: 'person',
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      summary: `American politician, a former member of Congress: ${seat}${party ? ` (${party})` : ''} in the last term on record.`,
      facts,
      related: [usState(row.state!)?.qid ?? 'Q30'],
      ...(row.wikipedia_id ? { link: `https://en.wikipedia.org/wiki/${encodeURIComponent(row.wikipedia_id.replace(/ /g, '_'))}` } : {}),
      sources: [{ source: 'unitedstates-congress', url: `https://bioguide.congress.gov/search/bio/${row.bioguide_id}` }],
      updated: HISTORICAL_DATE,
    });
  }
  return entities.sort((a, b) => a.id.localeCompare(b.id));
}
