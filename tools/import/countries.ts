/**
 * Countries and territories from the CIA World Factbook (final edition, January
 * 2026), keyed to Wikidata through datasets/country-codes (FIPS = GEC). Facts are
 * the Factbook's fields, shortened; the summary is generated from them by template.
 */
import type { Entity, Fact } from '../../src/shared/dataset';
import { AMBIGUOUS_COUNTRY_NAMES, DISPLAY_NAME, EXTRA_QID, countryAliases } from './country-names';
import { readSourceCsv, readSourceJson } from './lib/io';
import { clip, decodeEntities, estimateYear, humanNumber, fixFactbookCaps, foldAlias, parseEnglishDate, slugify } from './lib/text';

type Leaf = { text?: string } & Record<string, unknown>;
type FactbookEntry = Record<string, Record<string, Leaf | undefined> | string | undefined>;

export const FACTBOOK_DATE = '2026-01-22';
const FACTBOOK_AS_OF = '2026-01';

export interface CountryRef {
  id: string;
  gec: string;
  iso2?: string;
  name: string;
  type: Entity['type'];
}

export interface CountryImport {
  entities: Entity[];
  byGec: Map<string, CountryRef>;
  byIso2: Map<string, CountryRef>;
  /** Folded names and aliases → ref, for joining other sources by name. */
  byName: Map<string, CountryRef>;
}

function section(entry: FactbookEntry, name: string): Record<string, Leaf | undefined> {
  const value = entry[name];
  return typeof value === 'object' && value !== null ? value : {};
}

function text(leaf: unknown): string {
  if (typeof leaf === 'string') return decodeEntities(leaf);
  if (leaf && typeof leaf === 'object' && typeof (leaf as Leaf).text === 'string') return decodeEntities((leaf as Leaf).text!).trim();
  return '';
}

function sub(leaf: Leaf | undefined, key: string): string {
  return leaf ? text(leaf[key]) : '';
}

/** "President XI Jinping (since 14 March 2013); Vice President …" → "President Xi Jinping (since 2013-03-14)". */
export function parseOfficeholder(raw: string): string | undefined {
  const first = raw.split(/;|\n/)[0]?.replace(/\s*note\b.*$/i, '').trim();
  if (!first) return undefined;
  const since = /\(since ([^)]*)\)/.exec(first);
  // Drop every parenthetical ("(since …)", "(CNSP)") but keep the name that may follow one.
  const who = fixFactbookCaps(first.replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim());
  if (!who) return undefined;
  const date = since?.[1] ? parseEnglishDate(since[1]) : undefined;
  return date ? `${who} (since ${date})` : who;
}

function fact(label: string, value: string, asOf = FACTBOOK_AS_OF, max = 240): Fact | undefined {
  // Factbook notes are prose, not values: a value that is only a note is dropped, a trailing note cut.
  const clean = value.replace(/\s+/g, ' ').replace(/;?\s*\bnote\b\s*(\d\s*)?[-:].*$/i, '').trim();
  if (!clean || /^(none|NA)$/i.test(clean)) return undefined;
  return { label, value: clip(clean, max), asOf, source: 'cia-factbook' };
}

function estimated(label: string, value: string): Fact | undefined {
  return fact(label, value.replace(/\s*\(\d{4} est\.\)/, ''), estimateYear(value) ?? FACTBOOK_AS_OF);
}

function entityType(gec: string, codes: Record<string, string> | undefined, region: string): Entity['type'] {
  if (gec === 'ee') return 'organization';
  if (region === 'oceans') return 'place';
  if (gec === 'tw' || gec === 'kv' || codes?.is_independent === 'Yes') return 'country';
  return 'territory';
}

function factsOf(entry: FactbookEntry, capital: string): Fact[] {
  const gov = section(entry, 'Government');
  const people = section(entry, 'People and Society');
  const geo = section(entry, 'Geography');
  const economy = section(entry, 'Economy');
  const env = section(entry, 'Environment');
  // Heads of state and government are roles, dated week by week (reconcile-executives.ts), not a fact
  // frozen in January 2026: a card for 2021 must not name 2026's leader, nor contradict the leader's card.
  const area = geo.Area ? text(Object.entries(geo.Area).find(([k]) => k.trim() === 'total')?.[1]) : '';
  const languages = text(people.Languages?.Languages ?? people.Languages).split(/;\s*note/)[0] ?? '';
  const facts = [
    fact('Capital', capital),
    estimated('Population', sub(people.Population, 'total') || text(people.Population)),
    fact('Area', area),
    fact('Government type', text(gov['Government type'])),
    fact('Languages', languages.replace(/\s*\([^)]*\)/g, '')),
    estimated('GDP (official exchange rate)', text(economy['GDP (official exchange rate)'])),
    estimated('CO2 emissions', sub(env['Carbon dioxide emissions'], 'total emissions')),
    fact('Memberships', text(gov['International organization participation']), FACTBOOK_AS_OF, 2000),
  ];
  return facts.filter((f): f is Fact => f !== undefined);
}

function summaryOf(kind: string, entry: FactbookEntry, facts: Fact[]): string {
  const location = text(section(entry, 'Geography').Location).split(/[,;]/)[0]?.trim();
  const get = (label: string) => facts.find((f) => f.label === label);
  const parts = [`${kind}${location ? ` in ${location}` : ''}.`];
  const capital = get('Capital');
  if (capital) parts.push(`Capital: ${capital.value}.`);
  const population = get('Population');
  // "no permanent inhabitants" is a population too, but not a number to round (Wake Island).
  const people = Number(population?.value.replace(/,/g, ''));
  if (population && Number.isFinite(people)) parts.push(`Population ${humanNumber(people)} (${population.asOf} est.).`);
  const government = get('Government type');
  if (government) parts.push(`Government: ${government.value}.`);
  return clip(parts.join(' '), 400);
}

/** Reads the Factbook and the country-codes crosswalk into entities and lookup maps. */
export function importCountries(): CountryImport {
  const factbook = readSourceJson<Record<string, FactbookEntry>>('cia-world-factbook/factbook-2026-01.json');
  const codesByFips = new Map(readSourceCsv('datasets-country-codes/country-codes.csv').filter((r) => r.FIPS).map((r) => [r.FIPS!.toLowerCase(), r]));
  // The crosswalk still files Serbia under FIPS "RIKV" (Serbia with Kosovo); the Factbook's
  // code is "ri". Without it Serbia was a territory with no Wikidata id and no ISO code.
  const serbia = codesByFips.get('rikv');
  if (serbia && !codesByFips.has('ri')) codesByFips.set('ri', serbia);
  const result: CountryImport = { entities: [], byGec: new Map(), byIso2: new Map(), byName: new Map() };

  for (const gec of Object.keys(factbook).sort()) {
    if (gec === 'xx') continue; // "World": not a place a reader would look up, and its name is a common word.
    const entry = factbook[gec]!;
    const codes = codesByFips.get(gec);
    const gov = section(entry, 'Government');
    const countryName = (gov['Country name'] ?? gov['Union name'] ?? {}) as Record<string, Leaf | undefined>;
    const shortForm = sub(countryName, 'conventional short form');
    const name = DISPLAY_NAME[gec] ?? (shortForm && shortForm !== 'none' ? shortForm : sub(countryName, 'conventional long form'));
    const qid = EXTRA_QID[gec] ?? /Q\d+$/.exec(codes?.wikidata_id ?? '')?.[0];
    const type = entityType(gec, codes, String(entry.region ?? ''));
    const id = qid ?? `bs:${type}/${slugify(name)}`;
    const capital = sub(gov.Capital, 'name').replace(/;.*$/, '');
    const facts = factsOf(entry, capital);
    const aliases = countryAliases(name, {
      gec,
      countryName: countryName as NameInputs['countryName'],
      nationality: section(entry, 'People and Society').Nationality as NameInputs['nationality'],
      codes,
    });
    if (AMBIGUOUS_COUNTRY_NAMES.has(foldAlias(name))) aliases.unshift({ text: name, ambiguous: true });
    const kind = type === 'country' ? 'Country' : type === 'territory' ? 'Territory' : type === 'organization' ? 'Political and economic union' : 'Ocean';
    const entity: Entity = {
      id,
      type,
      name,
      ...(aliases.length > 0 ? { aliases } : {}),
      summary: summaryOf(kind, entry, facts),
      facts,
      link: `https://en.wikipedia.org/wiki/${encodeURIComponent(name.replace(/ /g, '_'))}`,
      sources: [{ source: 'cia-factbook', url: `https://www.cia.gov/the-world-factbook/countries/${slugify(name)}/` }],
      updated: FACTBOOK_DATE,
    };
    result.entities.push(entity);
    const ref: CountryRef = { id, gec, name, type, ...(codes?.['ISO3166-1-Alpha-2'] ? { iso2: codes['ISO3166-1-Alpha-2'] } : {}) };
    result.byGec.set(gec, ref);
    if (ref.iso2) result.byIso2.set(ref.iso2, ref);
    for (const text of [name, ...aliases.filter((a) => !a.demonym).map((a) => a.text)]) {
      if (!result.byName.has(foldAlias(text))) result.byName.set(foldAlias(text), ref);
    }
  }
  return result;
}

type NameInputs = Parameters<typeof countryAliases>[1];
