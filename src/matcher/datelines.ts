/**
 * "WASHINGTON — The Senate voted", "LONDON (Reuters) -", "ATLANTA, Ga. —": a dateline opens its
 * paragraph with the place a story was filed from, in capitals, then a dash, a wire's name in
 * brackets or the state after a comma. The place is the city: "WASHINGTON" there is not the
 * federal government that "Washington and Beijing agreed" means.
 */
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { narrow, type PairedCandidate } from './place-pairs';
import type { Candidate } from './scan';
import { isAllCaps } from './tokens';

/** What follows a dateline's place: a dash, a bracket ("(AP)") or a comma before its state. */
const AFTER_DATELINE = /^\s*[—–\-(,]/u;

/** Whether a candidate is a paragraph's opening words, all in capitals, before a dateline's mark. */
function isDateline(page: PageContext, c: Candidate): boolean {
  if (c.first !== 0) return false;
  const tokens = page.blocks[c.block]!;
  if (!isAllCaps(tokens.text.slice(tokens.starts[c.first]!, tokens.ends[c.last]!))) return false;
  return AFTER_DATELINE.test(tokens.text.slice(tokens.ends[c.last]!, tokens.ends[c.last]! + 3));
}

/** Narrows to its one city each dateline's name that some city bears. Returns those it settled. */
export function ruleOnDatelines<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  for (const j of judged) {
    if (j.candidate.first !== 0 || j.entities.length < 2) continue;
    const cities = j.entities.filter((e) => index.entityType(e) === 'city');
    if (cities.length !== 1 || !isDateline(page, j.candidate)) continue;
    narrow(j, cities[0]!);
    settled.add(j);
  }
  return settled;
}
