/**
 * The fifty US states as entities, keyed by their Wikidata QID from lib/us-states.ts
 * (the same ids the governors' and senators' roles point at). Capital and largest
 * city come from GeoNames; the population from the 2020 Census. The District of
 * Columbia is left to its city entry (Washington, D.C., Q61).
 */
import type { AliasObject, Entity, Fact } from '../../src/shared/dataset';
import { readSourceCsv } from './lib/io';
import { humanNumber } from './lib/text';
import { US_STATES, type UsState } from './lib/us-states';

const CENSUS_DATE = '2020-04-01';

/** 2020 Census resident population, in thousands (census.gov apportionment table). */
const POPULATION_2020_K: Record<string, number> = {
  AL: 5024, AK: 733, AZ: 7152, AR: 3012, CA: 39538, CO: 5774, CT: 3606, DE: 990, FL: 21538, GA: 10712,
  HI: 1455, ID: 1839, IL: 12813, IN: 6786, IA: 3190, KS: 2938, KY: 4506, LA: 4658, ME: 1362, MD: 6177,
  MA: 7030, MI: 10077, MN: 5707, MS: 2961, MO: 6155, MT: 1084, NE: 1962, NV: 3105, NH: 1378, NJ: 9289,
  NM: 2118, NY: 20201, NC: 10439, ND: 779, OH: 11799, OK: 3959, OR: 4237, PA: 13003, RI: 1097, SC: 5119,
  SD: 887, TN: 6911, TX: 29146, UT: 3272, VT: 643, VA: 8631, WA: 7705, WV: 1794, WI: 5894, WY: 577,
};

/**
 * The abbreviations US news prints in datelines and tables ("Calif.", "N.Y."). Left
 * out: those that are words or titles first ("Miss.", "Ill.", "Ind.", "Wash.", "Mass.",
 * "Del.", "La.", "Mo.", "Pa.").
 */
const NEWS_ABBREVIATIONS: Record<string, string> = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.', CO: 'Colo.', CT: 'Conn.', FL: 'Fla.', GA: 'Ga.', KS: 'Kan.',
  KY: 'Ky.', MD: 'Md.', MI: 'Mich.', MN: 'Minn.', MT: 'Mont.', NE: 'Neb.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.',
  NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.', ND: 'N.D.', OK: 'Okla.', OR: 'Ore.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.',
  TN: 'Tenn.', VT: 'Vt.', VA: 'Va.', WV: 'W.Va.', WI: 'Wis.', WY: 'Wyo.',
};

/**
 * States whose bare name means something else as often: "Georgia" is also a country,
 * "Washington" the capital and a president, "New York" the city. Their card carries a
 * qualified name, and the bare name goes through context (New York stays the city's).
 */
const QUALIFIED: Record<string, { name: string; aliases: AliasObject[] }> = {
  GA: { name: 'Georgia (US state)', aliases: [{ text: 'Georgia', ambiguous: true }, { text: 'US state of Georgia' }, { text: 'state of Georgia' }] },
  WA: { name: 'Washington (state)', aliases: [{ text: 'Washington', ambiguous: true }, { text: 'Washington State' }, { text: 'Washington state' }, { text: 'state of Washington' }] },
  NY: { name: 'New York (state)', aliases: [{ text: 'New York State' }, { text: 'New York state' }, { text: 'state of New York' }] },
};

const WIKIPEDIA_TITLE: Record<string, string> = { GA: 'Georgia_(U.S._state)', WA: 'Washington_(state)', NY: 'New_York_(state)' };

interface CityRow {
  name: string;
  admin1: string;
  code: string;
  population: number;
}

function citiesByState(): Map<string, CityRow[]> {
  const byState = new Map<string, CityRow[]>();
  for (const row of readSourceCsv('geonames-cities/cities-pop50k-or-capital.csv')) {
    if (row.country_iso2 !== 'US') continue;
    const city = { name: row.name!, admin1: row.admin1_code!, code: row.feature_code!, population: Number(row.population) };
    byState.set(city.admin1, [...(byState.get(city.admin1) ?? []), city]);
  }
  return byState;
}

function stateEntity(state: UsState, cities: CityRow[]): Entity {
  const capital = cities.find((c) => c.code === 'PPLA');
  const largest = [...cities].sort((a, b) => b.population - a.population)[0];
  const population = POPULATION_2020_K[state.postal]! * 1000;
  const facts: Fact[] = [];
  if (capital) facts.push({ label: 'Capital', value: capital.name, asOf: '2024', source: 'geonames' });
  if (largest && largest.name !== capital?.name) facts.push({ label: 'Largest city', value: largest.name, asOf: '2024', source: 'geonames' });
  // Kept to the thousand in the table: shown rounded, never with digits we do not have.
  facts.push({ label: 'Population', value: humanNumber(population), asOf: CENSUS_DATE.slice(0, 4), source: 'us-census' });
  facts.push({ label: 'ISO 3166-2 code', value: `US-${state.postal}`, asOf: '2025', source: 'iso-3166' });
  const qualified = QUALIFIED[state.postal];
  const aliases: AliasObject[] = [...(qualified?.aliases ?? [])];
  if (!qualified) aliases.push({ text: `state of ${state.name}` });
  const abbreviation = NEWS_ABBREVIATIONS[state.postal];
  if (abbreviation) aliases.push({ text: abbreviation, case: 'exact' });
  const where = [capital ? `Capital: ${capital.name}` : '', largest && largest.name !== capital?.name ? `largest city: ${largest.name}` : ''].filter(Boolean).join('; ');
  return {
    id: state.qid,
    type: 'region',
    name: qualified?.name ?? state.name,
    aliases,
    summary: `State of the United States. ${where ? `${where}. ` : ''}Population ${humanNumber(population)} (2020 census).`,
    facts,
    // "Washington" is the capital (and the government) far more often than the state: the state
    // does not borrow the country's presence as context, only its own (Olympia, Seattle).
    ...(state.postal === 'WA' ? {} : { related: ['Q30'] }),
    link: `https://en.wikipedia.org/wiki/${WIKIPEDIA_TITLE[state.postal] ?? state.name.replace(/ /g, '_')}`,
    sources: [{ source: 'geonames' }, { source: 'us-census' }, { source: 'wikidata', url: `https://www.wikidata.org/wiki/${state.qid}` }],
    updated: '2026-12-02',
  };
}

/** One entity per state, id = Wikidata QID. */
export function importUsStates(): Entity[] {
  const cities = citiesByState();
  return US_STATES.filter((s) => s.kind === 'state').map((s) => stateEntity(s, cities.get(s.postal) ?? []));
}
