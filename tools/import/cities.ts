/**
 * Cities from GeoNames (CC BY 4.0): every national capital and the largest cities
 * by population. GeoNames has no Wikidata ids here, so ids are `bs:city/<slug>`,
 * except where a hand-written entry already covers the city (then its QID, and the
 * compiler merges). Names shared with other places or common words are ambiguous.
 */
import type { AliasObject, Entity } from '../../src/shared/dataset';
import { isNameAmbiguous } from '../dataset/merge';
import { AMBIGUOUS_CITY_NAMES } from './common-words';
import type { CountryImport } from './countries';
import { admin1Names } from './lib/admin1';
import { readSourceCsv } from './lib/io';
import { isPopularTitle } from './lib/popular-titles';
import { newsSpelling } from './lib/romanized-names';
import { asciiVariant, foldAlias, humanNumber, slugify } from './lib/text';
import { isCommonWord, isPersonName, isPlaceName } from './lib/wordnet';
import { GIVEN_NAMES } from '../../src/matcher/words';

/** How many of the largest cities to ship besides the capitals. */
export const LARGEST_CITIES = 2000;
export const GEONAMES_DATE = '2024-12-07';

/** GeoNames id → QID of a hand-written entry for the same city. */
const HAND_CITY_QID: Record<string, string> = { '1816670': 'Q956', '4140963': 'Q61' };

/** English names news uses where GeoNames' differs: "Gaza" alone means the Strip, the city is "Gaza City". */
// Astana: GeoNames' file still says Nur-Sultan, the name from March 2019 to September 2022.
// Libya's Al Bayḑā’ is "Bayda" in English news, which keeps "Al Bayda" for Yemen's province.
const DISPLAY_NAME: Record<string, string> = { '281133': 'Gaza City', '1526273': 'Astana', '89055': 'Bayda' };
/**
 * Names news uses for a city that GeoNames does not list. "New York" alone is the city far
 * more often than the state (which answers to "New York State"); without it, "York" inside
 * "New York" would be read as the English city.
 */
/**
 * The name English news gives a city GeoNames lists under its local or an older name; the id
 * keeps GeoNames' spelling and the card shows this one, answering to both.
 */
const NEWS_NAME: Record<string, string> = {
  '2910831': 'Hanover', '2800931': 'Bruges', '2659811': 'Lucerne', '2803138': 'Antwerp', '2028462': 'Ulaanbaatar',
};

const EXTRA_ALIASES: Record<string, string[]> = {
  '5128581': ['New York', 'NYC'],
  '1526273': ['Nur-Sultan'],
  // English exonyms of cities GeoNames lists under their local name.
  '2660646': ['Geneva'], '2886242': ['Cologne'], '172955': ['Raqqa'],
  '2548885': ['Fez'], '2542997': ['Marrakech'],
  // Names the news used before a rename or a change of spelling, in older articles and some
  // outlets still: Ukraine's cities before the Ukrainian forms (Kyiv from 2019–2022), India's
  // before 1995–2014, Myanmar's and Vietnam's colonial-era names.
  '703448': ['Kiev'], '706483': ['Kharkov'], '700569': ['Mykolaiv', 'Nikolaev'], '709930': ['Dnepropetrovsk'], '702658': ['Lugansk'],
  '1275339': ['Bombay'], '1275004': ['Calcutta'], '1264527': ['Madras'], '1277333': ['Bangalore'], '1270642': ['Gurugram'],
  '1253405': ['Benares'], '1254163': ['Trivandrum'], '1253573': ['Baroda'],
  '1566083': ['Saigon'], '1298824': ['Rangoon'], '1185241': ['Dacca'], '1526384': ['Alma-Ata'],
};

/**
 * GeoNames keeps the honorific some Mexican cities carry in law ("Heroica Matamoros", "Heroica
 * Guaymas"); the news never writes it. Without it, Matamoros is the border city of 450,000
 * across from Brownsville, and the Coahuila town of the same name gives way to it.
 */
export function withoutHonorific(row: Record<string, string>): Record<string, string> {
  const match = row.country_iso2 === 'MX' ? /^Heroica (.+)$/u.exec(row.name ?? '') : null;
  return match ? { ...row, name: match[1]! } : row;
}

/** A namesake this many times smaller than the city everyone means ("London", Ontario) is left out. */
const NAMESAKE_RATIO = 3;

/**
 * Cities sharing a name: the largest keeps the name and the others are left out when
 * it is a capital, or when it is at least NAMESAKE_RATIO times larger than each of them;
 * otherwise all stay and the resolver marks the name ambiguous (Hyderabad, India and
 * Pakistan). A capital is never left out for a larger namesake: "San Jose" is both
 * California's city of a million and Costa Rica's capital, so the page's context decides.
 */
export function dropMinorNamesakes(rows: Record<string, string>[]): Record<string, string>[] {
  const groups = new Map<string, Record<string, string>[]>();
  for (const row of rows) groups.set(foldAlias(row.name!), [...(groups.get(foldAlias(row.name!)) ?? []), row]);
  const dropped = new Set<Record<string, string>>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const [first, ...rest] = [...group].sort((a, b) => Number(b.population) - Number(a.population));
    if (rest.some((r) => r.feature_code === 'PPLC')) continue;
    if (first!.feature_code === 'PPLC' || rest.every((r) => Number(first!.population) >= NAMESAKE_RATIO * Number(r.population))) rest.forEach((r) => dropped.add(r));
  }
  return rows.filter((row) => !dropped.has(row));
}

/**
 * The names no smaller town may take: every name and alias of these entities, except an alias
 * a hand entry marks ambiguous, which it shares on purpose ("Ghazipur" on the Delhi border
 * crossing named after the town of 100,000), and a hand entry's name it marks so ("Cambridge").
 */
export function namesTakenFromTowns(entities: readonly Entity[], hand: ReadonlySet<Entity>): Set<string> {
  const out = new Set<string>();
  for (const e of entities) {
    // A hand entry that marks its own name ambiguous shares it too: England's Cambridge leaves
    // Massachusetts and Ontario theirs.
    const isShared = hand.has(e) && isNameAmbiguous(e);
    for (const alias of [...(isShared ? [] : [e.name]), ...(e.aliases ?? [])]) {
      if (hand.has(e) && typeof alias !== 'string' && alias.ambiguous === true) continue;
      out.add(foldAlias(typeof alias === 'string' ? alias : alias.text));
    }
  }
  return out;
}

/** Population from which a town keeps a name that is also a word of a person's name. */
const PERSON_WORD_CITY_POPULATION = 100_000;

/** Folded words of the dataset's people's names, and the given names two or more of them share. */
export interface PeopleWords {
  words: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
}

/** The folded words of `names` (3 letters or more), and the given names two or more of them share ("Brandon", not one person's own "Tyre"). */
export function peopleWordsOf(names: readonly string[]): PeopleWords {
  const nameWords = names.map((n) => n.split(/[\s,]+/).map(foldAlias));
  const givenCounts = new Map<string, number>();
  for (const [first = ''] of nameWords) givenCounts.set(first, (givenCounts.get(first) ?? 0) + 1);
  return {
    words: new Set(nameWords.flat().filter((w) => w.length >= 3)),
    givenNames: new Set([...givenCounts].filter(([, count]) => count >= 2).map(([name]) => name)),
  };
}

/**
 * Towns the news reports on that share a word with someone's name in the dataset, kept anyway
 * (ambiguous, like every town here): the Flint water crisis, Savannah in Georgia's politics,
 * Matera, the European Capital of Culture of 2019 (beside the Argentine rugby player), Redmond,
 * Microsoft's home town (beside the AFL-CIO's Fred Redmond), Kaya, a town of Burkina Faso's war.
 * Without this list, a writer adding "John Flint" removes the city.
 */
const NEWS_TOWNS: ReadonlySet<string> = new Set(['flint', 'savannah', 'matera', 'redmond', 'kaya']);

/**
 * Below the largest cities, a town is worth a highlight only when its name is safe:
 * not an English word unless WordNet knows it as a place ("Geneva"), not a person's
 * name (WordNet's people, given names, the given names people in the dataset share, and,
 * under 100,000 people, any word of a person's name: "Anderson", "Victoria"), and not the
 * name of a larger city.
 */
function isSafeMinorName(row: Record<string, string>, people: PeopleWords, majorNames: ReadonlySet<string>): boolean {
  const name = row.name!.trim();
  const population = Number(row.population);
  const isRegionCapital = row.feature_code === 'PPLA';
  const key = foldAlias(name);
  if (name.length < 4 || !/^[\p{Script=Latin}\s'’.-]+$/u.test(name)) return false;
  if (majorNames.has(key) || AMBIGUOUS_CITY_NAMES.has(key) || GIVEN_NAMES.has(key)) return false;
  // The towns the news reports on are kept whoever shares their name (NEWS_TOWNS).
  if (NEWS_TOWNS.has(key)) return true;
  // A given name people in the dataset share ("Brandon", "Nigel") is theirs, unless the town is a
  // state's or province's capital of 100,000 or more: Regina is Saskatchewan's, whoever else is named so.
  if (people.givenNames.has(key) && !(isRegionCapital && population >= PERSON_WORD_CITY_POPULATION)) return false;
  // Another word of someone's name in the dataset costs a small town its entry, not a city the
  // news reports on (Tyre, Regina, Jena): those stay, ambiguous like every town here.
  if (people.words.has(key) && population < PERSON_WORD_CITY_POPULATION) return false;
  if (isPersonName(name) && !isPlaceName(name)) return false;
  return !isCommonWord(name) || isPlaceName(name);
}

/**
 * Popular titles that are not the town GeoNames lists under the name: a myth, a saint, an
 * island, an ancient city, an era, a larger namesake ("San Sebastián" is Spain's, the town
 * here Puerto Rico's). Their towns keep needing context.
 */
const TITLE_IS_ANOTHER_THING: ReadonlySet<string> = new Set([
  'antioch', 'atlantis', 'orkney', 'la palma', 'san sebastian', 'saint joseph', 'reconquista', 'shangri-la', 'new amsterdam',
]);

/**
 * A smaller town whose bare name is one of the English Wikipedia titles readers open most
 * ("Venice", "Basel", "Mainz", "Goma", "Timbuktu") is what the name means in the news: it
 * needs no context, unless the name is also a word or someone's ("Florence", "Nice").
 */
function isFamousTown(row: Record<string, string>, people: PeopleWords): boolean {
  const name = NEWS_NAME[row.geonameid!] ?? row.name!.trim();
  const key = foldAlias(name);
  if (!isPopularTitle(name) || TITLE_IS_ANOTHER_THING.has(key) || AMBIGUOUS_CITY_NAMES.has(key) || GIVEN_NAMES.has(key) || people.words.has(key) || people.givenNames.has(key)) return false;
  return !isCommonWord(name) && !isPersonName(name);
}

export interface CityOptions {
  /** Words of people's names: a smaller town sharing one is left out (see isSafeMinorName). */
  people?: PeopleWords;
  /** Folded names taken by regions and others: a smaller town sharing one is left out ("Suffolk"). */
  exclude?: ReadonlySet<string>;
  /** Only the largest cities and capitals (to know which names they take before regions are made). */
  majorOnly?: boolean;
  /** The region entity a city lies in, from its country code and GeoNames region: context for its name. */
  regionOf?: (iso2: string, admin1Code: string, admin1Name: string | undefined) => string | undefined;
}

/**
 * Cities: the largest and every capital, then smaller towns with safe names. A smaller
 * town's name always needs context on the page (its country, its region, words near
 * it): most of them are also somebody's name somewhere ("Massa", "Logan", "Sparks").
 */
export function importCities(countries: CountryImport, options: CityOptions = {}): Entity[] {
  const people = options.people ?? { words: new Set<string>(), givenNames: new Set<string>() };
  const exclude = options.exclude ?? new Set<string>();
  const rows = readSourceCsv('geonames-cities/cities-pop50k-or-capital.csv').map(withoutHonorific);
  const admin1 = admin1Names();
  const ranked = [...rows].sort((a, b) => Number(b.population) - Number(a.population) || Number(a.geonameid) - Number(b.geonameid));
  // PPLX rows are districts of a larger city (Madrid's Puente de Vallecas), not cities a reader looks up.
  const cities = ranked.filter((row) => row.feature_code !== 'PPLX');
  const major = dropMinorNamesakes(cities.filter((row, rank) => rank < LARGEST_CITIES || row.feature_code === 'PPLC'));
  const majorSet = new Set(major);
  const majorNames = new Set(major.map((row) => foldAlias(row.name!)));
  const minor = options.majorOnly
    ? []
    : dropMinorNamesakes(cities.filter((row) => !majorSet.has(row) && !exclude.has(foldAlias(row.name!)) && isSafeMinorName(row, people, majorNames)));
  const chosen = [...major, ...minor];
  const countryNames = new Set(countries.entities.map((e) => foldAlias(e.name)));
  const usedIds = new Set<string>();
  const entities: Entity[] = [];
  for (const row of chosen) {
    const country = countries.byIso2.get(row.country_iso2 ?? '');
    const sourceName = DISPLAY_NAME[row.geonameid!] ?? row.name!.trim();
    // The id keeps GeoNames' spelling, so links to it stay; the card shows the news spelling.
    const slug = slugify(sourceName);
    const name = NEWS_NAME[row.geonameid!] ?? newsSpelling(sourceName, row.country_iso2 ?? '') ?? sourceName;
    let id = HAND_CITY_QID[row.geonameid!] ?? `bs:city/${slug}`;
    if (usedIds.has(id)) id = `bs:city/${slug}-${(row.country_iso2 ?? 'xx').toLowerCase()}`;
    if (usedIds.has(id)) id = `bs:city/${slug}-${row.geonameid}`;
    usedIds.add(id);
    const isCapital = row.feature_code === 'PPLC';
    const region = admin1.get(`${row.country_iso2}.${row.admin1_code}`);
    const regionId = options.regionOf?.(row.country_iso2 ?? '', row.admin1_code ?? '', region);
    // A smaller town relates to its region only: on a US page every town would otherwise
    // borrow the country's presence as context ("Pueblo of Isleta" is not the city). So does
    // a city whose name is shared: a British page that says "US" once does not make its
    // Norfolk or Lincoln the American one.
    const isShared = AMBIGUOUS_CITY_NAMES.has(foldAlias(name)) || countryNames.has(foldAlias(name));
    const related = [majorSet.has(row) && !isShared ? country?.id : undefined, regionId].filter((id): id is string => id !== undefined);
    const population = Number(row.population);
    const aliases: AliasObject[] = [];
    // A smaller town needs context to be meant, unless readers know it by its bare name (isFamousTown).
    const isMinor = !majorSet.has(row) && !isFamousTown(row, people);
    // Its other spellings need the same context: "Cair" (Čair in Skopje) is not CAIR.
    const needsContext = (text: string) => isShared || isMinor || AMBIGUOUS_CITY_NAMES.has(foldAlias(text));
    if (needsContext(name)) aliases.push({ text: name, ambiguous: true });
    if (name !== sourceName) aliases.push(needsContext(sourceName) ? { text: sourceName, ambiguous: true } : { text: sourceName });
    for (const alt of (row.alt_name ?? '').split(/[;,]/).map((s) => s.trim())) {
      if (alt && foldAlias(alt) !== foldAlias(name) && /^[\p{Script=Latin}\s'’.-]+$/u.test(alt)) {
        aliases.push(needsContext(alt) ? { text: alt, ambiguous: true } : { text: alt });
      }
    }
    for (const text of EXTRA_ALIASES[row.geonameid!] ?? []) aliases.push(/^[A-Z]+$/.test(text) ? { text, case: 'exact' } : { text });
    const ascii = asciiVariant(sourceName);
    if (ascii) aliases.push(needsContext(ascii) ? { text: ascii, ambiguous: true } : { text: ascii });
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
      ...(aliases.length > 0 ? { aliases: distinctAliases(name, aliases) } : {}),
      summary,
      facts: [
        { label: 'Population', value: population.toLocaleString('en-US'), asOf: '2024', source: 'geonames' },
      ],
      ...(related.length > 0 ? { related } : {}),
      sources: [{ source: 'geonames', url: `https://www.geonames.org/${row.geonameid}` }],
      updated: GEONAMES_DATE,
    });
  }
  return entities;
}

/**
 * Aliases without repeats: the first of each spelling is kept (its ambiguity decided there),
 * and a spelling equal to the name is dropped unless the name itself needs context.
 */
function distinctAliases(name: string, aliases: readonly AliasObject[]): AliasObject[] {
  const seen = new Set<string>();
  return aliases.filter((alias) => {
    if (seen.has(alias.text) || (alias.text === name && !alias.ambiguous)) return false;
    seen.add(alias.text);
    return true;
  });
}
