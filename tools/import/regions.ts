/**
 * First-level regions of the world's countries (states, provinces, nations, oblasts)
 * from ISO 3166-2 (npm `iso-3166`) with their English names from Unicode CLDR, and
 * their capitals from GeoNames. Chosen by how often the news needs them: every region
 * of the countries in the news most, and elsewhere those whose name is a popular
 * English Wikipedia title. US states come from us-states.ts instead.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { iso31662 } from 'iso-3166/2.js';
import type { AliasObject, Entity, Fact } from '../../src/shared/dataset';
import type { CountryImport } from './countries';
import { admin1Names } from './lib/admin1';
import { readSourceCsv } from './lib/io';
import { isPopularTitle } from './lib/popular-titles';
import { joinSubdivisionNames } from './lib/subdivision-names';
import { asciiVariant, foldAlias, slugify } from './lib/text';
import { isAdjective, isCommonWord, isPersonName, isPlaceName } from './lib/wordnet';

/** Countries whose every first-level region is in the news often enough to ship. */
const EVERY_REGION = new Set(
  'AU BR CA CN DE ES FR IN IT JP MX NG PK RU UA TR IR IQ SY AF ZA KR ID PH AR ET SD YE EG MM'.split(' '),
);
/** Elsewhere a popular title is needed, and only in countries large enough to make news by region. */
const SMALL_STATES = new Set('AG BB DM GD KN LC VC TT MC LI SM AD VA MT MV BQ UM'.split(' '));

/** Regions with a known Wikidata item: the UK's nations and the regions hand entries describe. */
const QID: Record<string, string> = {
  'GB-ENG': 'Q21', 'GB-SCT': 'Q22', 'GB-WLS': 'Q25', 'GB-NIR': 'Q26', 'ES-CT': 'Q5705', 'DE-BY': 'Q980', 'CA-QC': 'Q176', 'CA-ON': 'Q1904',
};
/** The UK's own codes for itself and Great Britain are not regions. */
const SKIP = new Set(['GB-UKM', 'GB-GBN', 'GB-EAW', 'GB-GBN']);
const UK_NATIONS = new Set(['GB-ENG', 'GB-SCT', 'GB-WLS', 'GB-NIR']);
/**
 * Capitals GeoNames gets wrong: England's one PPLA is the village of West Ilsley (London is the
 * country's PPLC), and Ireland's provinces, which have none, are given Galway (in Irish) and
 * Monaghan. An empty string: no capital.
 */
const CAPITALS: Readonly<Record<string, string>> = { 'GB-ENG': 'London', 'IE-C': '', 'IE-L': '', 'IE-M': '', 'IE-U': '' };
/**
 * Adjectives news uses for three UK nations ("the Scottish government", "Welsh ministers").
 * Not "English": it is the language far more often than the nation.
 */
const NATION_DEMONYMS: Record<string, string[]> = { 'GB-SCT': ['Scottish'], 'GB-WLS': ['Welsh'], 'GB-NIR': ['Northern Irish'] };

/** "Donetsk Oblast" → "Donetsk region": how English news names such regions. */
const REGION_WORD = / (Oblast|Krai|Province|Governorate|Prefecture|Region|Voivodeship|Department|District)$/;

/**
 * English names news uses for codes neither source names in English: CLDR still numbers Iran's
 * provinces the old way, and ISO gives these only in Persian (Wikipedia, "Provinces of Iran").
 */
const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  'IR-00': 'Markazi',
  'IR-03': 'East Azerbaijan',
  'IR-04': 'West Azerbaijan',
  'IR-28': 'North Khorasan',
  'IR-29': 'South Khorasan',
};

/**
 * Ukraine's oblasts as English news names them: CLDR gives their colloquial names
 * ("Kyivshchyna", "Donechchyna"), which no English reader knows and whose Wikipedia links
 * go nowhere. Named after their cities, they are kept even though the city has the short name.
 */
const UKRAINE_OBLASTS: Readonly<Record<string, string>> = {
  'UA-05': 'Vinnytsia Oblast', 'UA-07': 'Volyn Oblast', 'UA-09': 'Luhansk Oblast', 'UA-12': 'Dnipropetrovsk Oblast',
  'UA-14': 'Donetsk Oblast', 'UA-18': 'Zhytomyr Oblast', 'UA-21': 'Zakarpattia Oblast', 'UA-23': 'Zaporizhzhia Oblast',
  'UA-26': 'Ivano-Frankivsk Oblast', 'UA-32': 'Kyiv Oblast', 'UA-35': 'Kirovohrad Oblast', 'UA-46': 'Lviv Oblast',
  'UA-48': 'Mykolaiv Oblast', 'UA-51': 'Odesa Oblast', 'UA-53': 'Poltava Oblast', 'UA-56': 'Rivne Oblast',
  'UA-59': 'Sumy Oblast', 'UA-61': 'Ternopil Oblast', 'UA-63': 'Kharkiv Oblast', 'UA-65': 'Kherson Oblast',
  'UA-68': 'Khmelnytskyi Oblast', 'UA-71': 'Cherkasy Oblast', 'UA-74': 'Chernihiv Oblast', 'UA-77': 'Chernivtsi Oblast',
};

/**
 * A Russian oblast or krai as English news names it when CLDR gives only its city's name
 * ("Arkhangelsk", "Kursk"): "Arkhangelsk Oblast", "Kursk Oblast", "Stavropol Krai". Like
 * Ukraine's, it is kept beside the city that has the short name.
 */
export function russianSubject(isoName: string, cldrName: string | undefined): string | undefined {
  if (!cldrName) return undefined;
  if (/\b(Oblast|Krai)$/.test(cldrName)) return cldrName;
  if (/\b(Oblast|Krai|Republic|Okrug)\b/.test(cldrName)) return undefined;
  const kind = /avtonomnaya oblast'?$/i.test(isoName) ? 'Autonomous Oblast' : /oblast'?$/i.test(isoName) ? 'Oblast' : /kraj$|kray$/i.test(isoName) ? 'Krai' : undefined;
  return kind ? `${cldrName.replace(/ Province$/, '')} ${kind}` : undefined;
}

/**
 * A Japanese prefecture as English news names it, "Nara Prefecture", kept beside the city
 * named like it ("Nara"); the short name stays its alias where no city has it ("Iwate").
 * Tokyo (a metropolis) and Hokkaido (a circuit) are not prefectures by name.
 */
export function japanesePrefecture(code: string, cldrName: string | undefined): string | undefined {
  if (!cldrName || code === 'JP-13' || code === 'JP-01') return undefined;
  return /Prefecture$/.test(cldrName) ? cldrName : `${cldrName} Prefecture`;
}

/** The kinds the names above add to a region's short name: the short name is GeoNames' name for it. */
export const ADDED_KIND = / (Oblast|Krai|Prefecture)$/u;

function cldrNames(): Record<string, string> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve('cldr-subdivisions-full/package.json')), 'subdivisions', 'en', 'en.json');
  return (JSON.parse(readFileSync(file, 'utf8')) as { subdivisions: { localeDisplayNames: { subdivisions: Record<string, string> } } }).subdivisions
    .localeDisplayNames.subdivisions;
}

/** GeoNames capitals (PPLA) by country and folded region name. */
function capitals(): Map<string, string> {
  const admin1 = new Map([...admin1Names()].map(([code, name]) => [code, foldAlias(name)]));
  const out = new Map<string, string>();
  const rows = readSourceCsv('geonames-cities/cities-pop50k-or-capital.csv').filter((r) => r.feature_code === 'PPLA');
  rows.sort((a, b) => Number(b.population) - Number(a.population));
  for (const row of rows) {
    const region = admin1.get(`${row.country_iso2}.${row.admin1_code}`);
    const key = `${row.country_iso2}|${region}`;
    if (region && !out.has(key)) out.set(key, row.name!);
  }
  return out;
}

/** Region entities; `isTaken(name, id)` says whether a folded name is already another entity's, a country's or a city's (never shadowed). */
export function importRegions(countries: CountryImport, isTaken: (key: string, id: string) => boolean): Entity[] {
  // CLDR names joined by ISO's own names where the two number a country differently (Iran, Morocco).
  const names = joinSubdivisionNames(iso31662, cldrNames());
  const capitalOf = capitals();
  const entities: Entity[] = [];
  const seen = new Set<string>();
  for (const sub of iso31662) {
    if (sub.parent.length !== 2 || sub.parent === 'US' || SKIP.has(sub.code) || SMALL_STATES.has(sub.parent)) continue;
    const country = countries.byIso2.get(sub.parent);
    if (!country) continue;
    // CLDR marks a few names with footnote signs ("Île-de-France²"); qualified names ("Guyane (française)") are not how news writes them.
    const oblast = UKRAINE_OBLASTS[sub.code] ?? (sub.parent === 'RU' ? russianSubject(sub.name, names.get(sub.code)) : sub.parent === 'JP' ? japanesePrefecture(sub.code, names.get(sub.code)) : undefined);
    const name = (oblast ?? names.get(sub.code) ?? ENGLISH_NAMES[sub.code] ?? sub.name).replace(/[¹²³]/g, '').trim();
    if (/[()]/.test(name)) continue;
    const short = name.replace(REGION_WORD, '');
    const id = QID[sub.code] ?? `bs:region/${slugify(sub.code)}`;
    // A hand entry written over this region's own id is the region: it takes none of its names.
    const isHeldByOther = (key: string) => isTaken(key, id);
    if (!EVERY_REGION.has(sub.parent) && !isPopularTitle(name, short)) continue;
    // A region named like its capital city or a country ("Moscow", "Tokyo", "Luxembourg") is left to that entry.
    if (isHeldByOther(foldAlias(name)) || (!oblast && isHeldByOther(foldAlias(short))) || seen.has(sub.code)) continue;
    seen.add(sub.code);
    // "Northern", "Central", "Jewish": a word or an adjective first, a region (Ghana's, Russia's) a distant second.
    if ((isCommonWord(name) || isAdjective(name)) && !isPlaceName(name)) continue;
    const aliases: AliasObject[] = [];
    const isWord = isCommonWord(name) || isPersonName(name);
    if (isWord) aliases.push({ text: name, ambiguous: true });
    if (short !== name && !isHeldByOther(foldAlias(`${short} region`))) aliases.push({ text: `${short} region` });
    // An oblast whose short name no city or country has answers to it too ("Sakhalin", "Zakarpattia").
    if (oblast && short !== name && !isHeldByOther(foldAlias(short))) aliases.push(isCommonWord(short) || isPersonName(short) ? { text: short, ambiguous: true } : { text: short });
    for (const variant of [asciiVariant(name), sub.name !== name && /^[\p{Script=Latin}\s'’.-]+$/u.test(sub.name) ? sub.name : undefined]) {
      if (variant && !isHeldByOther(foldAlias(variant)) && !aliases.some((a) => a.text === variant)) aliases.push(isCommonWord(variant) ? { text: variant, ambiguous: true } : { text: variant });
    }
    for (const demonym of NATION_DEMONYMS[sub.code] ?? []) aliases.push({ text: demonym, demonym: true });
    const capital = CAPITALS[sub.code] ?? capitalOf.get(`${sub.parent}|${foldAlias(name)}`) ?? capitalOf.get(`${sub.parent}|${foldAlias(sub.name)}`);
    const facts: Fact[] = [{ label: 'Country', value: country.name, asOf: '2025', source: 'iso-3166' }];
    if (capital && foldAlias(capital) !== foldAlias(name)) facts.push({ label: 'Capital', value: capital, asOf: '2024', source: 'geonames' });
    facts.push({ label: 'ISO 3166-2 code', value: sub.code, asOf: '2025', source: 'iso-3166' });
    const kind = UK_NATIONS.has(sub.code) ? 'One of the four nations of the United Kingdom' : `First-level region of ${country.name}`;
    entities.push({
      id,
      type: 'region',
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      summary: `${kind}${capital && foldAlias(capital) !== foldAlias(name) ? `; its capital is ${capital}` : ''}.`,
      facts,
      related: [country.id],
      link: `https://en.wikipedia.org/wiki/${encodeURIComponent(name.replace(/ /g, '_'))}`,
      sources: [{ source: 'iso-3166' }, { source: 'cldr' }, ...(capital ? [{ source: 'geonames' }] : [])],
      updated: '2026-12-02',
    });
  }
  return entities;
}
