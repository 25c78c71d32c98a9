/**
 * The current US Congress and every US president and vice-president, from
 * unitedstates/congress-legislators (CC0). Consecutive terms in the same seat are
 * joined into one role; a term whose scheduled end is after the file's date is open.
 */
import type { Role } from '../../src/shared/dataset';
import { readSourceJson } from './lib/io';
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

/** Joins back-to-back terms with the same title; the last is open if it ends after `asOf`. */
export function joinTerms(terms: readonly Term[], asOf: string, source: string, of: string): Role[] {
  const roles: Role[] = [];
  for (const term of [...terms].sort((a, b) => a.start.localeCompare(b.start))) {
    const title = termTitle(term);
    const last = roles[roles.length - 1];
    // Terms meet within a few days (Jan 3 to Jan 3, or a swearing-in a day late).
    if (last && last.title === title && last.end && Date.parse(term.start) - Date.parse(last.end) <= 7 * 86_400_000) last.end = term.end;
    else roles.push({ title, of, start: term.start, end: term.end, source });
  }
  for (const role of roles) if (role.end && role.end > asOf) delete role.end;
  return roles;
}

function addLegislator(person: Legislator, people: PeopleRegistry, usId: string, updated: string): void {
  const qid = person.id.wikidata;
  if (!qid) return;
  // The Wikipedia title is the name news uses ("Joe Biden", not "Joseph R. Biden").
  const name = person.id.wikipedia?.replace(/\s*\([^)]*\)$/, '') ?? person.name.official_full ?? `${person.name.first} ${person.name.last}`;
  const url = `https://bioguide.congress.gov/search/bio/${person.id.bioguide}`;
  const link = person.id.wikipedia ? `https://en.wikipedia.org/wiki/${encodeURIComponent(person.id.wikipedia.replace(/ /g, '_'))}` : undefined;
  const draft = people.person(qid, name, { demonym: 'American', updated, ...(link ? { link } : {}) });
  for (const role of joinTerms(person.terms, updated, 'unitedstates-congress', usId)) people.addRole(draft, role);
  for (const lead of person.leadership_roles ?? []) {
    const title = `${lead.title} (${lead.chamber === 'senate' ? 'US Senate' : 'US House'})`;
    people.addRole(draft, { title, of: usId, start: lead.start, ...(lead.end && lead.end <= updated ? { end: lead.end } : {}), source: 'unitedstates-congress' });
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
  for (const person of readSourceJson<Legislator[]>('us-congress-legislators/legislators-current.json')) addLegislator(person, people, usId, CONGRESS_DATE);
  for (const person of readSourceJson<Legislator[]>('us-congress-legislators/executive.json')) addLegislator(person, people, usId, EXECUTIVE_DATE);
}
