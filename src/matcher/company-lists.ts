/**
 * "Exxon, Shell and BP", "Walmart, Target and Costco", "Apple, Google and Amazon face new
 * rules": a name that is also a common word or another thing's name ("Shell", "Target",
 * "Amazon", "Apple" at a sentence's start), listed beside a firm we are sure of, is the firm.
 * Two such names listed together ("Chevron and Shell") are firms too. A name that may be a
 * person's is left to the rules for people: "Ford and Carter" are presidents, and "Ithaca
 * Holdings, Braun's company" is Scooter Braun's. A list is only commas and "and"/"or" between
 * whole names; a name the page also writes in lower case ("an apple") is left to the score.
 *
 * Universities the same way: "Brown, Cornell and Princeton", "UCLA and Berkeley", "Yale,
 * Stanford and Georgetown" are the universities, not the towns or the surname. A surname
 * whose person the page has not named in full does not stop it ("Brown" beside Cornell);
 * a person the page has named does ("Gordon Brown … Harvard and Brown" is left to the rules
 * for people).
 */
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { listNeighbours, longestAt, narrow, settleUntilStable, type PairedCandidate } from './place-pairs';

interface ListedCandidate extends PairedCandidate {
  isLowercaseOnPage: boolean;
}

/** One family of names a list holds: which entities belong, and how far a person's name may stand in the way. */
interface ListFamily {
  isMember(index: AliasIndex, e: number): boolean;
  /** Whether a person the page has not yet named in full (a bare surname) may be the name instead: then it is left alone. */
  yieldsToUnnamedPeople: boolean;
}

/** The kinds of entity a list of firms holds. */
const FIRM_TYPES: ReadonlySet<string> = new Set(['company', 'media']);

const FIRMS: ListFamily = {
  isMember: (index, e) => FIRM_TYPES.has(index.entityType(e)),
  yieldsToUnnamedPeople: true,
};

/** A university's or college's name as the dataset writes it. */
const UNIVERSITY_NAME = /\b(?:University|College|Institute of Technology|Polytechnic)\b/;

const UNIVERSITIES: ListFamily = {
  isMember: (index, e) => index.entityType(e) === 'organization' && UNIVERSITY_NAME.test(index.entity(e).name),
  yieldsToUnnamedPeople: false,
};

/** Narrows to its firm each doubtful name listed beside a firm. Returns those it settled. */
export function ruleOnCompanyLists<J extends ListedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  return ruleOnLists(index, page, judged, FIRMS);
}

/** Narrows to its university each doubtful name listed beside a university. Returns those it settled. */
export function ruleOnUniversityLists<J extends ListedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  return ruleOnLists(index, page, judged, UNIVERSITIES);
}

function ruleOnLists<J extends ListedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[], family: ListFamily): Set<J> {
  const settled = new Set<J>();
  const isMember = (e: number) => family.isMember(index, e);
  // The one member a doubtful name may be (a short name that needs its full name first does not count).
  const memberOf = (j: J) => {
    const members = j.entities.filter((e, k) => isMember(e) && !j.needsName[k]);
    return members.length === 1 ? members[0] : undefined;
  };
  // People the page names in full: their surname alone may be them ("Gordon Brown … Harvard and Brown").
  const namedPeople = new Set(
    judged.filter((j) => j.entities.length === 1 && !j.needsName[0] && !j.isContested && index.entityType(j.entities[0]!) === 'person').map((j) => j.entities[0]!),
  );
  const mayBePerson = (j: J) =>
    j.entities.some((e, k) => index.entityType(e) === 'person' && (family.yieldsToUnnamedPeople || !j.needsName[k] || namedPeople.has(e)));
  const doubtful = new Map<J, number>();
  for (const j of judged) {
    if ((j.entities.length < 2 && !j.isContested) || j.isLowercaseOnPage) continue;
    if (mayBePerson(j)) continue;
    const member = memberOf(j);
    if (member !== undefined) doubtful.set(j, member);
  }
  if (doubtful.size === 0) return settled;
  const byEnd = longestAt(judged, 'last');
  const byStart = longestAt(judged, 'first');
  const neighbours = (j: J) => listNeighbours(page, j.candidate, byEnd, byStart);
  const isSureMember = (o: J | undefined) => o !== undefined && !o.isContested && o.entities.length > 0 && o.entities.every(isMember) && !o.needsName.some(Boolean);
  // Beside a member we are sure of; a name settled here is sure for its own neighbours.
  const pending = settleUntilStable([...doubtful.keys()], (j) => {
    if (!neighbours(j).some(isSureMember)) return false;
    narrow(j, doubtful.get(j)!);
    settled.add(j);
    return true;
  });
  // Two doubtful names listed together.
  for (const j of pending) {
    if (settled.has(j)) continue;
    const other = neighbours(j).find((o) => o !== undefined && doubtful.has(o));
    if (other === undefined) continue;
    for (const k of [j, other]) {
      if (settled.has(k)) continue;
      narrow(k, doubtful.get(k)!);
      settled.add(k);
    }
  }
  return settled;
}
