/**
 * Cities from GeoNames (CC BY 4.0): every national capital and the largest cities
 * by population. GeoNames has no Wikidata ids here, so ids are `bs:city/<slug>`,
 * except where a hand-written entry already covers the city (then its QID, and the
 * compiler merges). Names shared with other places or common words are ambiguous.
 */
import type { AliasObject, Entity } from '../../src/shared/dataset';
import { AMBIGUOUS_CITY_NAMES } from './common-words';
import type { CountryImport } from './countries';
import { readSourceCsv } from './lib/io';
import { asciiVariant, foldAlias, humanNumber, slugify } from './lib/text';
import { isCommonWord, isProperNoun } from './lib/wordnet';
import { GIVEN_NAMES } from '../../src/matcher/words';

/** How many of the largest cities to ship besides the capitals. */
export const LARGEST_CITIES = 2000;
export const GEONAMES_DATE = '2024-12-07';

/** GeoNames id → QID of a hand-written entry for the same city. */
const HAND_CITY_QID: Record<string, string> = { '1816670': 'Q956', '4140963': 'Q61' };

/** English names news uses where GeoNames' differs: "Gaza" alone means the Strip, the city is "Gaza City". */
const DISPLAY_NAME: Record<string, string> = { '281133': 'Gaza City' };

/** A namesake this many times smaller than the city everyone means ("London", Ontario) is left out. */
const NAMESAKE_RATIO = 3;

/**
 * Cities sharing a name: the capital, or one at least NAMESAKE_RATIO times larger
 * than each other, keeps the name and the others are left out; otherwise all stay
 * and the resolver marks the name ambiguous (Hyderabad, India and Pakistan).
 */
export function dropMinorNamesakes(rows: Record<string, string>[]): Record<string, string>[] {
  const groups = new Map<string, Record<string, string>[]>();
  for (const row of rows) groups.set(foldAlias(row.name!), [...(groups.get(foldAlias(row.name!)) ?? []), row]);
  const dropped = new Set<Record<string, string>>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = [...group].sort((a, b) => Number(b.feature_code === 'PPLC') - Number(a.feature_code === 'PPLC') || Number(b.population) - Number(a.population));
    const capitalWins = first!.feature_code === 'PPLC' && rest.every((r) => r.feature_code !== 'PPLC');
    if (capitalWins || rest.every((r) => Number(first!.population) >= NAMESAKE_RATIO * Number(r.population))) rest.forEach((r) => dropped.add(r));
  }
  return rows.filter((row) => !dropped.has(row));
}

/**
 * Below the largest cities, a town is worth a highlight only when its name is safe:
 * not an English word (WordNet), not a given name, not the surname of someone in the
 * dataset, and not the name of a larger city. News about such a town names it plainly.
 */
function isSafeMinorName(name: string, surnames: ReadonlySet<string>, majorNames: ReadonlySet<string>): boolean {
  const key = foldAlias(name);
  // WordNet's proper nouns are the places it knows ("Geneva" beside "geneva", the gin): those stay.
  return name.length >= 4 && (!isCommonWord(name) || isProperNoun(name)) && !GIVEN_NAMES.has(key) && !surnames.has(key) && !majorNames.has(key) && !AMBIGUOUS_CITY_NAMES.has(key) && /^[\p{Script=Latin}\s'’.-]+$/u.test(name);
}

/** Cities: the largest and every capital, then smaller towns with safe names; `surnames` are folded. */
export function importCities(countries: CountryImport, surnames: ReadonlySet<string> = new Set()): Entity[] {
  const rows = readSourceCsv('geonames-cities/cities-pop50k-or-capital.csv');
  const admin1 = new Map(readSourceCsv('geonames-cities/admin1-codes.csv').map((r) => [r.code!, r.name!]));
  const ranked = [...rows].sort((a, b) => Number(b.population) - Number(a.population) || Number(a.geonameid) - Number(b.geonameid));
  // PPLX rows are districts of a larger city (Madrid's Puente de Vallecas), not cities a reader looks up.
  const cities = ranked.filter((row) => row.feature_code !== 'PPLX');
  const major = dropMinorNamesakes(cities.filter((row, rank) => rank < LARGEST_CITIES || row.feature_code === 'PPLC'));
  const majorSet = new Set(major);
  const majorNames = new Set(major.map((row) => foldAlias(row.name!)));
  const minor = dropMinorNamesakes(cities.filter((row) => !majorSet.has(row) && isSafeMinorName(row.name!.trim(), surnames, majorNames)));
  const chosen = [...major, ...minor];
  const countryNames = new Set(countries.entities.map((e) => foldAlias(e.name)));
  const usedIds = new Set<string>();
  const entities: Entity[] = [];
  for (const row of chosen) {
    const country = countries.byIso2.get(row.country_iso2 ?? '');
    const name = DISPLAY_NAME[row.geonameid!] ?? row.name!.trim();
    const slug = slugify(name);
    let id = HAND_CITY_QID[row.geonameid!] ?? `bs:city/${slug}`;
    if (usedIds.has(id)) id = `bs:city/${slug}-${(row.country_iso2 ?? 'xx').toLowerCase()}`;
    if (usedIds.has(id)) id = `bs:city/${slug}-${row.geonameid}`;
    usedIds.add(id);
    const isCapital = row.feature_code === 'PPLC';
    const region = admin1.get(`${row.country_iso2}.${row.admin1_code}`);
    const population = Number(row.population);
    const aliases: AliasObject[] = [];
    if (AMBIGUOUS_CITY_NAMES.has(foldAlias(name)) || countryNames.has(foldAlias(name))) aliases.push({ text: name, ambiguous: true });
    for (const alt of (row.alt_name ?? '').split(/[;,]/).map((s) => s.trim())) {
      if (alt && foldAlias(alt) !== foldAlias(name) && /^[\p{Script=Latin}\s'’.-]+$/u.test(alt)) {
        aliases.push(AMBIGUOUS_CITY_NAMES.has(foldAlias(alt)) ? { text: alt, ambiguous: true } : { text: alt });
      }
    }
    const ascii = asciiVariant(name);
    if (ascii) aliases.push(AMBIGUOUS_CITY_NAMES.has(foldAlias(ascii)) ? { text: ascii, ambiguous: true } : { text: ascii });
    // "Saint Petersburg", "St. Petersburg", "St Petersburg": news uses all three.
    const saint = /^(Saint|St\.?) (.+)$/.exec(name);
    if (saint) {
      for (const form of ['Saint', 'St.', 'St']) {
        const text = `${form} ${saint[2]}`;
        if (text !== name && !aliases.some((a) => a.text === text)) aliases.push({ text });
      }
    }
    const where = [region && region !== name ? region : undefined, country?.name].filter(Boolean).join(', ');
    const summary = `${isCapital ? `Capital of ${country?.name ?? 'a country'}` : `City in ${where || 'an unknown country'}`}.${
      isCapital && region && region !== name ? ` Region: ${region}.` : ''
    } Population ${humanNumber(population)} (GeoNames).`;
    entities.push({
      id,
      type: 'city',
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      summary,
      facts: [
        { label: 'Population', value: population.toLocaleString('en-US'), asOf: '2024', source: 'geonames' },
      ],
      ...(country ? { related: [country.id] } : {}),
      sources: [{ source: 'geonames', url: `https://www.geonames.org/${row.geonameid}` }],
      updated: GEONAMES_DATE,
    });
  }
  return entities;
}
