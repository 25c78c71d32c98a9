/**
 * "Exxon, Shell and BP", "Walmart, Target and Costco", "Apple, Google and Amazon face new
 * rules": a name that is also a common word or another thing's name ("Shell", "Target",
 * "Amazon", "Apple" at a sentence's start), listed beside a firm we are sure of, is the firm.
 * Two such names listed together ("Chevron and Shell") are firms too. A name that may be a
 * person's is left to the rules for people: "Ford and Carter" are presidents, and "Ithaca
 * Holdings, Braun's company" is Scooter Braun's. A list is only commas and "and"/"or" between
 * whole names; a name the page also writes in lower case ("an apple") is left to the score.
 */
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { listNeighbours, longestAt, narrow, settleUntilStable, type PairedCandidate } from './place-pairs';

/** The kinds of entity a list of firms holds. */
const FIRM_TYPES: ReadonlySet<string> = new Set(['company', 'media']);

interface ListedCandidate extends PairedCandidate {
  isLowercaseOnPage: boolean;
}

/** Narrows to its firm each doubtful name listed beside a firm. Returns those it settled. */
export function ruleOnCompanyLists<J extends ListedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  const isFirm = (e: number) => FIRM_TYPES.has(index.entityType(e));
  // The one firm a doubtful name may be (a firm's short name that needs its full name first does not count).
  const firmOf = (j: J) => {
    const firms = j.entities.filter((e, k) => isFirm(e) && !j.needsName[k]);
    return firms.length === 1 ? firms[0] : undefined;
  };
  const mayBePerson = (j: J) => j.entities.some((e) => index.entityType(e) === 'person');
  const doubtful = new Map<J, number>();
  for (const j of judged) {
    if ((j.entities.length < 2 && !j.isContested) || j.isLowercaseOnPage) continue;
    // A name that may be a person's is left to the rules for people ("Ithaca Holdings, Braun's company").
    if (mayBePerson(j)) continue;
    const firm = firmOf(j);
    if (firm !== undefined) doubtful.set(j, firm);
  }
  if (doubtful.size === 0) return settled;
  const byEnd = longestAt(judged, 'last');
  const byStart = longestAt(judged, 'first');
  const neighbours = (j: J) => listNeighbours(page, j.candidate, byEnd, byStart);
  const isSureFirm = (o: J | undefined) => o !== undefined && !o.isContested && o.entities.length > 0 && o.entities.every(isFirm) && !o.needsName.some(Boolean);
  // Beside a firm we are sure of; a name settled here is sure for its own neighbours.
  const pending = settleUntilStable([...doubtful.keys()], (j) => {
    if (!neighbours(j).some(isSureFirm)) return false;
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
