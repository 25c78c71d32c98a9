/**
 * "California, Texas and New York", "Ohio, Michigan and New York": a name the dataset leaves
 * to a big city ("New York") but which is also its state's, listed beside states of the same
 * country, is the state. So is a capital's name whose state adds "State" ("Zamfara, Katsina
 * and Kaduna": Katsina State, Kaduna State). A list is only commas and "and"/"or"
 * between whole names; the neighbour must be a state beyond doubt (a region and never a city:
 * "Washington" does not count), so "London, Paris and New York" keeps the city. A name settled
 * here counts as a state for its own neighbours ("Kano, Katsina and Zamfara").
 */
import { onlyNamed, type AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { hasRelated, listNeighbours, longestAt, narrow, ofType, regionNamed, settleUntilStable, type PairedCandidate } from './place-pairs';

/**
 * The one region named by the words and "State" ("Kano State"), in a country one of the cities
 * lies in. Not "Governorate", "Province" or "Region": "Aleppo, Hama and Homs" and "Yangon" in a
 * list are cities.
 */
function stateNamed(index: AliasIndex, cities: readonly number[], words: readonly string[]): number | undefined {
  const region = onlyNamed(index, [...words, 'state'], 'region');
  if (region === undefined) return undefined;
  const countries = Array.from(index.related(region)).filter((r) => ofType(index, r, 'country'));
  return cities.some((city) => countries.some((country) => hasRelated(index, city, country))) ? region : undefined;
}

/** Narrows to the state each city-only name listed beside a state of the state's country. Returns those it settled. */
export function ruleOnStateLists<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  // Only a name whose every sense is a city can become a state here; most pages have none that names one.
  const asked = judged
    .map((j) => {
      if (j.entities.length === 0 || !j.entities.every((e) => ofType(index, e, 'city'))) return undefined;
      const c = j.candidate;
      const state = regionNamed(index, j.entities, page.blocks[c.block]!.words(c.first, c.last).join(' ')) ?? stateNamed(index, j.entities, page.blocks[c.block]!.words(c.first, c.last));
      return state === undefined ? undefined : { j, state };
    })
    .filter((x) => x !== undefined);
  if (asked.length === 0) return settled;
  // The longest name ending or starting at each token: a list's member is the whole name ("New Jersey", not "Jersey").
  const byEnd = longestAt(judged, 'last');
  const byStart = longestAt(judged, 'first');
  const isStateOf = (o: J | undefined, countries: readonly number[]) =>
    o !== undefined &&
    o.entities.length > 0 &&
    o.entities.every((e) => ofType(index, e, 'region')) &&
    o.entities.some((e) => countries.some((country) => hasRelated(index, e, country)));
  // A name settled as a state may settle the name before it: go round until nothing changes.
  settleUntilStable(asked, ({ j, state }) => {
    const countries = Array.from(index.related(state)).filter((r) => ofType(index, r, 'country'));
    // The name before ("Texas, New York", "Ohio, Michigan, and New York") and after ("New York and Texas").
    if (countries.length === 0 || !listNeighbours(page, j.candidate, byEnd, byStart).some((o) => isStateOf(o, countries))) return false;
    narrow(j, state);
    settled.add(j);
    return true;
  });
  return settled;
}
