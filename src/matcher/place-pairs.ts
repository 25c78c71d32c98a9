/**
 * "White Plains, New York", "Athens, Georgia", "Paris, Texas": a city followed by a comma
 * and a state is one address, and each half says which the other is. The state is the one
 * the city lies in (New York State, not the city; Georgia the US state, not the country);
 * a city we know that lies elsewhere (Athens in Greece, Paris in France, the Portland of
 * Oregon before "Maine") is another town of the same name and stays plain, and the one that
 * may lie there is the town.
 */
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { isCommaGap, listedAfter, listedBefore } from './name-context';
import type { Candidate } from './scan';
import { foldText } from './tokens';

/** What the pairing needs of a judged candidate: its entities, which it may narrow. */
export interface PairedCandidate {
  candidate: Candidate;
  entities: number[];
  needsName: boolean[];
  isContested: boolean;
}

/** What an address decides: the state's one entity, and the town's cities that lie elsewhere. */
export interface AddressRulings<J> {
  /** Candidates whose entities were narrowed to the one the address means (now certain). */
  settled: Set<J>;
  /** Candidates that name a town we do not know: nothing of theirs is shown. */
  dropped: Set<J>;
}

export const ofType = (index: AliasIndex, e: number, type: string) => index.entityType(e) === type;

/**
 * The longest candidate ending (`'last'`) or starting (`'first'`) at each token, keyed
 * "block:token": a list's member or the place after a word is the whole name ("New Jersey",
 * not "Jersey"; "Rio de Janeiro", not "Rio").
 */
export function longestAt<J extends PairedCandidate>(judged: readonly J[], side: 'first' | 'last'): Map<string, J> {
  const out = new Map<string, J>();
  for (const j of judged) {
    const c = j.candidate;
    const key = `${c.block}:${c[side]}`;
    const held = out.get(key)?.candidate;
    if (held === undefined || held.last - held.first < c.last - c.first) out.set(key, j);
  }
  return out;
}

/**
 * The whole names listed right before and right after a candidate ("Texas, New York and Ohio"),
 * from the longest candidates ending (`byEnd`) and starting (`byStart`) at each token.
 */
export function listNeighbours<J extends PairedCandidate>(page: PageContext, c: Candidate, byEnd: ReadonlyMap<string, J>, byStart: ReadonlyMap<string, J>): [J | undefined, J | undefined] {
  const ending = listedAfter(page, c);
  const starting = listedBefore(page, c);
  return [ending === -1 ? undefined : byEnd.get(`${c.block}:${ending}`), starting === -1 ? undefined : byStart.get(`${c.block}:${starting}`)];
}

/** Offers each pending item to `settles` in passes until a pass settles none (a settled name may settle its neighbours); returns those left. */
export function settleUntilStable<T>(pending: readonly T[], settles: (item: T) => boolean): T[] {
  let left = [...pending];
  for (;;) {
    const next = left.filter((item) => !settles(item));
    if (next.length === left.length) return next;
    left = next;
  }
}

/** Whether `wanted` is among `e`'s related entities. */
export function hasRelated(index: AliasIndex, e: number, wanted: number): boolean {
  const related = index.related(e);
  for (let k = 0; k < related.length; k++) if (related[k] === wanted) return true;
  return false;
}

/**
 * Whether a city we know cannot be the town in "<town>, <state>": it lies in another
 * region, or in another country. A city whose region the dataset does not give, in the
 * state's own country, may well be it.
 */
function liesElsewhere(index: AliasIndex, city: number, state: number): boolean {
  if (hasRelated(index, city, state)) return false;
  const related = Array.from(index.related(city));
  // (A county of the state, which names the city as its seat, is no other region.)
  if (related.some((r) => ofType(index, r, 'region') && !hasRelated(index, r, state))) return true;
  const countries = related.filter((r) => ofType(index, r, 'country'));
  return countries.length > 0 && !countries.some((country) => hasRelated(index, state, country));
}

/** The region one of the cities lies in whose name, less a qualifier ("New York (state)"), is `words` (folded). */
export function regionNamed(index: AliasIndex, cities: readonly number[], words: string): number | undefined {
  for (const city of cities) {
    const related = index.related(city);
    for (let k = 0; k < related.length; k++) {
      const r = related[k]!;
      if (ofType(index, r, 'region') && foldText(index.entity(r).name.replace(/\s*\([^)]*\)$/u, '')) === words) return r;
    }
  }
  return undefined;
}

/** Whether the gap after token `left` is " and " or " or " (a list goes on). */
function isAndGap(page: PageContext, block: number, left: number): boolean {
  const tokens = page.blocks[block]!;
  if (left + 1 >= tokens.count) return false;
  return /^\s+$/u.test(tokens.text.slice(tokens.ends[left]!, tokens.starts[left + 1]!)) && ['and', 'or'].includes(tokens.word(left + 1));
}

/**
 * Finds "<city>, <state>" pairs among a page's judged candidates (in any order) and rules on
 * them. When the town is a city we know in one of the state's senses, that sense is meant.
 * When every city we know by the town's name lies elsewhere, the state is the region (the
 * first-level division: "Athens, Georgia" is in the US state) and the town stays plain,
 * unless the pair sits in a list of places ("Moscow, Georgia and Ukraine"), where the comma
 * only separates names.
 */
export function ruleOnAddresses<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): AddressRulings<J> {
  const settled = new Set<J>();
  const dropped = new Set<J>();
  // The candidates starting at each token after a comma: most pages have few, and none means no address.
  const afterComma = new Map<string, J[]>();
  for (const j of judged) {
    const c = j.candidate;
    if (!isCommaGap(page, c.block, c.first - 1)) continue;
    const key = `${c.block}:${c.first}`;
    const here = afterComma.get(key);
    if (here) here.push(j);
    else afterComma.set(key, [j]);
  }
  if (afterComma.size === 0) return { settled, dropped };
  // Where candidates end, asked only of a pair that may sit in a list.
  let ends: Set<string> | undefined;
  const endsAt = (block: number, token: number) => (ends ??= new Set(judged.map((j) => `${j.candidate.block}:${j.candidate.last}`))).has(`${block}:${token}`);
  for (const town of judged) {
    const c = town.candidate;
    const states = afterComma.get(`${c.block}:${c.last + 1}`);
    if (!states) continue;
    const cities = town.entities.filter((e) => ofType(index, e, 'city'));
    if (cities.length === 0) continue;
    // The longest candidate after the comma with a region among its senses, or naming the
    // town's own region where the dataset leaves the bare name to a big city ("New York").
    const townRegion = (o: J) => regionNamed(index, cities, page.blocks[o.candidate.block]!.words(o.candidate.first, o.candidate.last).join(' '));
    const state = states
      .filter((o) => o.entities.some((e) => ofType(index, e, 'region')) || townRegion(o) !== undefined)
      .sort((x, y) => y.candidate.last - x.candidate.last)[0];
    if (!state) continue;
    const s = state.candidate;
    const inside = state.entities.filter((e) => cities.some((city) => hasRelated(index, city, e)));
    if (inside.length === 0) {
      const region = townRegion(state);
      if (region !== undefined) inside.push(region);
    }
    if (inside.length > 0) {
      narrow(state, inside[0]!);
      settled.add(state);
      // And the town is that state's city, whatever else its name may mean ("Houston, Texas").
      narrow(town, cities.find((city) => hasRelated(index, city, inside[0]!))!);
      settled.add(town);
      continue;
    }
    const isList =
      isAndGap(page, s.block, s.last) ||
      (isCommaGap(page, s.block, s.last) && (afterComma.get(`${s.block}:${s.last + 1}`) ?? []).some((o) => o.entities.some((e) => !ofType(index, e, 'city')))) ||
      (isCommaGap(page, c.block, c.first - 1) && endsAt(c.block, c.first - 1));
    if (isList) continue;
    const regions = state.entities.filter((e) => ofType(index, e, 'region'));
    if (regions.length !== 1) continue;
    const region = regions[0]!;
    if (state.entities.length > 1) {
      narrow(state, region);
      settled.add(state);
    }
    // The one city we know of the state's country whose region the dataset does not give is
    // the town, whatever else its name means ("Uvalde, Texas" is not the shooting).
    const possible = cities.filter((city) => !liesElsewhere(index, city, region));
    if (possible.length === 1) {
      narrow(town, possible[0]!);
      settled.add(town);
    }
    if (possible.length > 0) continue;
    // What else the town's name may mean (a person's surname) goes through the usual rules.
    town.needsName = town.needsName.filter((_, k) => !cities.includes(town.entities[k]!));
    town.entities = town.entities.filter((e) => !cities.includes(e));
    if (town.entities.length === 0) dropped.add(town);
  }
  return { settled, dropped };
}

export function narrow(j: PairedCandidate, entity: number): void {
  const k = j.entities.indexOf(entity);
  j.needsName = [k === -1 ? false : j.needsName[k]!];
  j.entities = [entity];
  j.isContested = false;
}
