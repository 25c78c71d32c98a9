/**
 * Which wikitrivia categories Backstory takes, as what type, from how many Wikipedia
 * editions up (sitelinks: below that an item is too obscure to be worth a highlight),
 * and how its summary and facts are generated from the row's fields.
 */
import type { EntityType, Fact } from '../../src/shared/dataset';
import { isInWordNet } from './lib/wordnet';

export interface Row {
  item: string;
  itemLabel: string;
  year: string;
  sitelinks: string;
  [field: string]: string;
}

export interface Category {
  id: string;
  type: EntityType;
  minSitelinks: number;
  describe: (row: Row) => string;
  facts?: (row: Row) => Fact[];
  aliases?: (name: string) => string[];
  /** The row's year is a death year (the person's summary says "died"). */
  deathYear?: boolean;
  /** Rows this category keeps (default: all above the sitelink floor). */
  keep?: (row: Row) => boolean;
}

/**
 * A year as readers write it. The Wikidata Query Service gives years before the
 * common era in astronomical numbering, where 0 is 1 BC: "-0337" is 338 BC
 * (Chaeronea), "-0322" is 323 BC (Alexander's death).
 */
export function yearText(year: string): string {
  const n = Number(year);
  return n <= 0 ? `${1 - n} BC` : String(n);
}

const year = (row: Row) => yearText(row.year);
/** A year fact holds on its own year ("0337" for 337: partial dates have four digits); a BC year shows as its own date. */
const asOf = (row: Row) => (/^\d{1,4}$/.test(row.year) ? row.year.padStart(4, '0') : '2026');
const fact = (label: string, value: string | undefined, row: Row): Fact[] => (value ? [{ label, value, asOf: asOf(row), source: 'wikitrivia' }] : []);
const first = (label: string | undefined) => label?.split('||')[0]?.trim() || undefined;
const inPlace = (label: string | undefined) => (first(label) ? ` in ${first(label)}` : '');

function simple(id: string, type: EntityType, minSitelinks: number, what: (row: Row) => string, factLabel?: string): Category {
  return { id, type, minSitelinks, describe: what, ...(factLabel ? { facts: (row: Row) => fact(factLabel, year(row), row) } : {}) };
}

/**
 * Websites, apps and online communities: only from the web's own years (an earlier
 * "launch" is the start of the body behind a site: a museum "launched in 1872"), and
 * not Wikipedia's language editions, which the news does not name.
 */
function online(id: string, minSitelinks: number, what: string): Category {
  return {
    ...simple(id, 'company', minSitelinks, (r) => `${what} launched in ${year(r)}`, 'Launched'),
    keep: (row) => Number(row.year) >= 1990 && !/\bWikipedia$/.test(row.itemLabel),
  };
}

function famous(id: string, occupation: string): Category {
  return { id, type: 'person', minSitelinks: 0, deathYear: true, describe: () => occupation, facts: (row) => fact('Died', year(row), row) };
}

function ruler(id: string, office: string): Category {
  return { id, type: 'person', minSitelinks: 25, describe: (row) => `${first(row.positionLabel) ?? office}, took office in ${year(row)}`, facts: (row) => fact('Took office', year(row), row) };
}

/** "Heads of government": the office named by the category ("french-presidents" → President of France). */
const HEADS: [string, string][] = [
  ['us-presidents', 'President of the United States'], ['uk-prime-ministers', 'Prime Minister of the United Kingdom'],
  ['french-presidents', 'President of France'], ['german-chancellors', 'Chancellor of Germany'], ['russian-presidents', 'President of Russia'],
  ['japanese-prime-ministers', 'Prime Minister of Japan'], ['indian-prime-ministers', 'Prime Minister of India'],
  ['israeli-prime-ministers', 'Prime Minister of Israel'], ['italian-prime-ministers', 'Prime Minister of Italy'],
  ['spanish-prime-ministers', 'Prime Minister of Spain'], ['canadian-prime-ministers', 'Prime Minister of Canada'],
  ['australian-prime-ministers', 'Prime Minister of Australia'], ['new-zealand-prime-ministers', 'Prime Minister of New Zealand'],
  ['mexican-presidents', 'President of Mexico'], ['brazilian-presidents', 'President of Brazil'],
  ['south-korean-presidents', 'President of South Korea'], ['indonesian-presidents', 'President of Indonesia'],
];

const MONARCHIES = [
  'english-monarchs', 'british-monarchs', 'scottish-monarchs', 'french-monarchs', 'spanish-monarchs', 'portuguese-monarchs', 'danish-monarchs',
  'norwegian-monarchs', 'swedish-monarchs', 'russian-emperors', 'holy-roman-emperors', 'roman-emperors', 'byzantine-emperors', 'ottoman-sultans',
  'chinese-emperors', 'japanese-emperors', 'prussian-monarchs', 'german-kings', 'belgian-monarchs', 'dutch-monarchs', 'thai-monarchs',
  'saudi-kings', 'jordanian-kings', 'polish-kings', 'hungarian-monarchs', 'shahs', 'mughal-emperors', 'ethiopian-emperors',
];

/**
 * A model designation as news writes it on its own: letters and digits with a hyphen or at
 * least three digits ("F-16", "Su-57", "M142", "A320", "9K720", "AK-47"); shorter ones
 * ("M4", "G3", "MP5") are also roads, sizes and products, so they are not taken.
 */
const DESIGNATION = /^(?:[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Za-z]{0,3}|[A-Z]{1,3}\d{3,4}[a-z]{0,3}|\d[A-Z]\d{2,4})$/;

/**
 * The names news uses for a weapon or an aircraft besides Wikidata's label: without the
 * maker in front ("General Dynamics F-16 Fighting Falcon" → "F-16 Fighting Falcon"), the
 * designation alone ("F-16", "A320"), and an all-capital programme name after it
 * ("M142 HIMARS" → "HIMARS"). A name after the designation alone is not taken: one word
 * ("Abrams", "Stinger", "Javelin") is a surname or an ordinary word, and two are often
 * something else's name ("Black Panther", "Little Bird", "Black Hawk").
 */
export function designationAliases(name: string): string[] {
  const words = name.replace(/ family$/, '').split(' ');
  const at = words.findIndex((w) => DESIGNATION.test(w));
  if (at < 0) return words.length < name.split(' ').length ? [words.join(' ')] : [];
  const aliases = new Set<string>();
  if (at > 0) aliases.add(words.slice(0, at + 1).join(' '));
  aliases.add(words.slice(at).join(' '));
  aliases.add(words[at]!);
  const rest = words.slice(at + 1);
  if (rest.length === 1 && /^[A-Z]{4,}$/.test(rest[0]!)) aliases.add(rest[0]!);
  aliases.delete(name);
  return [...aliases];
}

/** The maker, only when it is the name's own first word ("Boeing 737" by Boeing): a listed factory or subcontractor would read as the only maker. */
function makerIn(row: Row): string | undefined {
  const maker = first(row.manufacturerLabel);
  return maker && row.itemLabel.split(' ')[0] === maker.split(' ')[0] ? maker : undefined;
}

/**
 * Weapons and aircraft the news of our time names: from 1950 on (the Second World War's are
 * history books' matter, and their names are often words: "Grand Slam", "Mark I"), named as
 * a model (a lowercase label is a kind of weapon: "morning star"; "Type 10" reads as a
 * category), and a lone word only when it is an acronym of four letters or more (NASAMS) or well known and not an
 * English word (Kinzhal; not Gnat, Hunter or Harpoon).
 */
/** One-word model names found, on reading them, to be as often a person (Leclerc, Zulfiqar), a firm (Stryker, Glock) or another acronym (MiCA, the EU's crypto law). */
const SHARED_MODEL_NAMES = new Set(['Leclerc', 'Stryker', 'Glock', 'Zulfiqar', 'Tejas', 'Ariete', 'MICA']);

function isModernModel(row: Row): boolean {
  const name = row.itemLabel;
  const isOneWord = !/[\s\d]/.test(name);
  return (
    Number(row.year) >= 1950 &&
    /^[A-Z0-9]/.test(name) &&
    !/\/\/|^Type \d+$/.test(name) &&
    (!isOneWord || (!SHARED_MODEL_NAMES.has(name) && (/^[A-Z]{4,}$/.test(name) || (Number(row.sitelinks) >= 35 && !isInWordNet(name)))))
  );
}

function military(id: string, what: string): Category {
  return {
    id,
    type: 'term',
    minSitelinks: 25,
    keep: isModernModel,
    describe: (r) => `${what} introduced in ${year(r)}`,
    facts: (r) => fact('Introduced', year(r), r),
    aliases: designationAliases,
  };
}

export const CATEGORIES: Category[] = [
  simple('historical-countries-creation-year', 'country', 0, (r) => `Former state, founded in ${year(r)}`, 'Founded'),
  simple('historical-states-fall-year', 'country', 0, (r) => `Former state that came to an end in ${year(r)}`, 'Ended'),
  simple('colonial-empires-creation-year', 'country', 0, (r) => `Colonial empire founded in ${year(r)}`, 'Founded'),
  simple('wars-start-year', 'event', 20, (r) => `War that began in ${year(r)}`, 'Began'),
  { id: 'battles-year', type: 'event', minSitelinks: 25, describe: (r) => `Battle fought in ${year(r)}${first(r.warLabel) ? `, part of the ${first(r.warLabel)}` : ''}`, facts: (r) => fact('Year', year(r), r) },
  simple('coups-year', 'event', 10, (r) => `Coup or coup attempt in ${year(r)}`, 'Year'),
  { id: 'massacres-year', type: 'event', minSitelinks: 10, describe: (r) => `Massacre in ${year(r)}${first(r.partOfLabel) ? `, during the ${first(r.partOfLabel)}` : ''}`, facts: (r) => fact('Year', year(r), r) },
  { id: 'revolutions-start-year', type: 'event', minSitelinks: 10, describe: (r) => `Revolution that began in ${year(r)}${inPlace(r.countryLabel)}`, facts: (r) => fact('Began', year(r), r) },
  simple('protests-riots-and-uprisings-year', 'event', 0, (r) => `Protest movement or uprising that began in ${year(r)}`, 'Began'),
  simple('disease-outbreaks-start-year', 'event', 10, (r) => `Disease outbreak that began in ${year(r)}`, 'Began'),
  simple('declarations-of-independence-year', 'event', 10, (r) => `Declaration of independence made in ${year(r)}`, 'Year'),
  { id: 'space-missions-launch-year', type: 'event', minSitelinks: 25, describe: (r) => `Space mission launched in ${year(r)}${first(r.operatorLabel) ? ` by ${first(r.operatorLabel)}` : ''}`, facts: (r) => fact('Launched', year(r), r) },
  famous('famous-statespeople-death-year', 'statesperson'),
  famous('famous-revolutionaries-death-year', 'revolutionary'),
  famous('famous-military-officers-death-year', 'military officer'),
  famous('famous-monarchs-death-year', 'monarch'),
  famous('famous-religious-leaders-death-year', 'religious leader'),
  famous('famous-philosophers-death-year', 'philosopher'),
  famous('famous-scientists-death-year', 'scientist'),
  famous('famous-inventors-death-year', 'inventor'),
  famous('famous-explorers-death-year', 'explorer'),
  famous('famous-writers-death-year', 'writer'),
  famous('famous-novelists-death-year', 'novelist'),
  famous('famous-actors-death-year', 'actor'),
  famous('famous-musicians-death-year', 'musician'),
  famous('famous-composers-death-year', 'composer'),
  famous('famous-painters-death-year', 'painter'),
  famous('famous-football-players-death-year', 'footballer'),
  famous('famous-basketball-players-death-year', 'basketball player'),
  famous('famous-boxers-death-year', 'boxer'),
  { id: 'nobel-laureates-award-year', type: 'person', minSitelinks: 0, describe: (r) => `Winner of the ${first(r.awardLabel) ?? 'Nobel Prize'} (${year(r)})`, facts: (r) => fact('Nobel Prize', `${first(r.awardLabel) ?? 'Nobel Prize'}, ${year(r)}`, r) },
  ...HEADS.map(([id, office]) => ruler(`${id}-taking-office`, office)),
  ...MONARCHIES.map((m) => ruler(`${m}-taking-office`, 'Monarch')),
  simple('brands-and-companies-founding-year', 'company', 0, (r) => `Company or brand founded in ${year(r)}`, 'Founded'),
  simple('airlines-founding-year', 'company', 10, (r) => `Airline founded in ${year(r)}`, 'Founded'),
  online('websites-launch-year', 20, 'Website'),
  online('social-networking-services-launch-year', 10, 'Social network'),
  online('online-communities-launch-year', 10, 'Online community'),
  online('mobile-apps-launch-year', 15, 'Mobile app'),
  simple('newspapers-launch-year', 'media', 0, (r) => `Newspaper first published in ${year(r)}`, 'First published'),
  simple('tv-channels-launch-year', 'media', 10, (r) => `Television channel launched in ${year(r)}`, 'Launched'),
  simple('football-clubs-founding-year', 'organization', 0, (r) => `Football club founded in ${year(r)}`, 'Founded'),
  simple('nba-franchises-founding-year', 'organization', 0, (r) => `NBA basketball team founded in ${year(r)}`, 'Founded'),
  simple('nfl-franchises-founding-year', 'organization', 0, (r) => `NFL American football team founded in ${year(r)}`, 'Founded'),
  simple('mlb-franchises-founding-year', 'organization', 0, (r) => `Major League Baseball team founded in ${year(r)}`, 'Founded'),
  simple('nhl-franchises-founding-year', 'organization', 0, (r) => `NHL ice hockey team founded in ${year(r)}`, 'Founded'),
  simple('f1-teams-founding-year', 'organization', 10, (r) => `Formula One team founded in ${year(r)}`, 'Founded'),
  { id: 'stadiums-opening-year', type: 'building', minSitelinks: 15, describe: (r) => `Stadium${inPlace(r.locationLabel)}, opened in ${year(r)}`, facts: (r) => fact('Opened', year(r), r) },
  { id: 'religious-buildings-construction-start-year', type: 'building', minSitelinks: 15, describe: (r) => `Religious building${inPlace(r.countryLabel)}; construction began in ${year(r)}`, facts: (r) => fact('Construction began', year(r), r) },
  { id: 'castles-and-palaces-construction-start-year', type: 'building', minSitelinks: 15, describe: (r) => `Castle or palace${inPlace(r.countryLabel)}; construction began in ${year(r)}`, facts: (r) => fact('Construction began', year(r), r) },
  { id: 'notable-buildings-and-structures-construction-start-year', type: 'building', minSitelinks: 15, describe: (r) => `Building or structure${inPlace(r.countryLabel)}; construction began in ${year(r)}`, facts: (r) => fact('Construction began', year(r), r) },
  { id: 'notable-buildings-and-structures-completion-year', type: 'building', minSitelinks: 15, describe: (r) => `Building or structure${inPlace(r.countryLabel)}, completed in ${year(r)}`, facts: (r) => fact('Completed', year(r), r) },
  { id: 'bridges-towers-and-skyscrapers-completion-year', type: 'building', minSitelinks: 15, describe: (r) => `Bridge, tower or skyscraper${inPlace(r.countryLabel)}, completed in ${year(r)}`, facts: (r) => fact('Completed', year(r), r) },
  { id: 'historic-landmarks-construction-start-year', type: 'building', minSitelinks: 15, describe: (r) => `Historic landmark${inPlace(r.countryLabel)}; construction began in ${year(r)}`, facts: (r) => fact('Construction began', year(r), r) },
  military('weapon-families-introduction-year', 'Weapon system'),
  military('weapon-models-introduction-year', 'Weapon system'),
  military('combat-vehicle-families-introduction-year', 'Military vehicle'),
  military('combat-vehicle-models-introduction-year', 'Military vehicle'),
  {
    id: 'aircraft-families-first-flight-year',
    type: 'term',
    minSitelinks: 25,
    keep: isModernModel,
    describe: (r) => {
      const maker = makerIn(r);
      return `Aircraft family${maker ? ` made by ${maker}` : ''}; first flight in ${year(r)}`;
    },
    facts: (r) => fact('First flight', year(r), r),
    aliases: designationAliases,
  },
  { id: 'museums-and-historic-sites-opening-year', type: 'building', minSitelinks: 15, describe: (r) => `Museum or historic site${inPlace(r.locationLabel)}, opened in ${year(r)}`, facts: (r) => fact('Opened', year(r), r) },
];
