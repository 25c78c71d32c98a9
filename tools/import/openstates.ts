/**
 * US governors and statewide officers from Open States (openstates/people, July 2026, CC0):
 * every dated role of the people who held a statewide office, each `of` its state's
 * Wikidata item (lib/us-states.ts), so a state's card can name its governor on a date.
 * Mayors are left out: their cities are not joined to GeoNames here. Open States gives
 * no Wikidata ids: a person already known by name in the same state (a senator who was
 * governor) keeps their QID, the rest get a Backstory id.
 */
import type { Role } from '../../src/shared/dataset';
import { impossibleDates } from './officeholders';
import { readSourceJson } from './lib/io';
import { slugify } from './lib/text';
import { usState, type UsState } from './lib/us-states';
import type { Draft, PeopleRegistry } from './people';

const FILE = 'openstates-people/openstates-executives.json';
/** The snapshot's month: open terms are known up to here. */
export const OPENSTATES_DATE = '2026-07-01';

interface OpenStatesRole {
  type: string;
  start_date?: string;
  end_date?: string;
  jurisdiction: string;
  district?: string;
}
interface OpenStatesPerson {
  id: string;
  name: string;
  birth_date?: string;
  party?: { name: string }[];
  roles: OpenStatesRole[];
  links?: { url: string }[];
  path: string;
}

const STATEWIDE: Record<string, string> = {
  governor: 'Governor',
  lt_governor: 'Lieutenant Governor',
  'secretary of state': 'Secretary of State',
  'attorney general': 'Attorney General',
  treasurer: 'Treasurer',
  auditor: 'Auditor',
  'chief election officer': 'Chief Election Officer',
};

/** "Governor of Texas", "Texas State Senator", "Member of the Texas House of Representatives". */
export function stateRoleTitle(type: string, state: UsState): string | undefined {
  if (STATEWIDE[type]) return `${STATEWIDE[type]} of ${state.name}`;
  if (type === 'upper') return `${state.name} State Senator`;
  if (type === 'lower') return `Member of the ${state.name} House of Representatives`;
  if (type === 'legislature') return `Member of the ${state.name} Legislature`;
  return undefined;
}

function stateOf(jurisdiction: string): UsState | undefined {
  const m = /country:us\/state:([a-z]{2})\/government$/.exec(jurisdiction);
  return m ? usState(m[1]!) : undefined;
}

export function importOpenStates(people: PeopleRegistry, log: string[]): void {
  const data = readSourceJson<{ people: OpenStatesPerson[] }>(FILE);
  const byName = new Map<string, Draft[]>();
  for (const draft of people.all()) byName.set(draft.name.toLowerCase(), [...(byName.get(draft.name.toLowerCase()) ?? []), draft]);
  for (const person of data.people) {
    const statewide = person.roles.filter((r) => STATEWIDE[r.type] && stateOf(r.jurisdiction));
    if (statewide.length === 0) continue;
    const home = stateOf(statewide[0]!.jurisdiction)!;
    const known = byName.get(person.name.toLowerCase()) ?? [];
    const draft = known.length === 1 ? known[0]! : people.person(`bs:person/${slugify(person.name)}-${home.postal.toLowerCase()}`, person.name, { updated: OPENSTATES_DATE.slice(0, 10) });
    people.person(draft.id, draft.name, { demonym: 'American', updated: OPENSTATES_DATE });
    person.roles.forEach((raw, index) => {
      const state = stateOf(raw.jurisdiction);
      const title = state && stateRoleTitle(raw.type, state);
      if (!state || !title || !raw.start_date) return;
      // A scheduled end after the snapshot is the end of the term, not a fact yet: the role is open.
      const end = raw.end_date && raw.end_date <= OPENSTATES_DATE ? raw.end_date : undefined;
      const impossible = impossibleDates(raw.start_date, end, OPENSTATES_DATE);
      if (impossible) {
        log.push(`skipped ${FILE} ${person.path} roles[${index}]: ${person.name}, ${title}: ${impossible}`);
        return;
      }
      const role: Role = { title, of: state.qid, start: raw.start_date, ...(end ? { end } : { lastSeen: OPENSTATES_DATE }), source: 'openstates' };
      people.addRole(draft, role);
    });
    if (person.birth_date) people.addFact(draft, { label: 'Born', value: person.birth_date, asOf: person.birth_date, source: 'openstates' });
    const party = person.party?.[person.party.length - 1]?.name;
    if (party) people.addFact(draft, { label: 'Party', value: party, asOf: OPENSTATES_DATE.slice(0, 7), source: 'openstates' });
    people.addSource(draft, { source: 'openstates', url: `https://github.com/openstates/people/blob/main/${person.path}` });
  }
}
