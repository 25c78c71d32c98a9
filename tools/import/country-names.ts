/**
 * Names and aliases of Factbook entries. Display names follow news usage where the
 * Factbook's conventional short form does not ("Myanmar", not "Burma"); the
 * Factbook form stays as an alias. Aliases come from the Factbook and the
 * datasets/country-codes official and UNTERM names only (not mledoze: ODbL).
 */
import type { AliasObject } from '../../src/shared/dataset';
import { asciiVariant, decodeEntities, foldAlias } from './lib/text';

/** GEC code → display name, where the Factbook's short form is not what news says. */
export const DISPLAY_NAME: Record<string, string> = {
  cf: 'Republic of the Congo',
  cg: 'Democratic Republic of the Congo',
  dr: 'Dominican Republic',
  iv: "Côte d'Ivoire",
  bf: 'Bahamas',
  ga: 'Gambia',
  bm: 'Myanmar',
  sv: 'Svalbard',
  vt: 'Vatican City',
  fk: 'Falkland Islands',
  gz: 'Gaza Strip',
  vq: 'US Virgin Islands',
  um: 'United States Minor Outlying Islands',
  ee: 'European Union',
  xo: 'Indian Ocean',
  oo: 'Southern Ocean',
  xq: 'Arctic Ocean',
  zh: 'Atlantic Ocean',
  zn: 'Pacific Ocean',
};

/** Factbook entries Wikidata knows but datasets/country-codes does not map (no ISO code). */
export const EXTRA_QID: Record<string, string> = {
  ee: 'Q458',
  kv: 'Q1246',
  gz: 'Q39760',
  we: 'Q36678',
  xo: 'Q1239',
  oo: 'Q7354',
  xq: 'Q788',
  zh: 'Q97',
  zn: 'Q98',
};

/**
 * Names news writes that neither the Factbook nor the UN lists: "Britain" is how most
 * English-language news names the United Kingdom (the gap list of tools/eval-gaps.mjs found it
 * uncovered on 6 of 84 real pages). GEC code → aliases; "U.K." is matched as written.
 */
export const NEWS_ALIASES: Record<string, (string | AliasObject)[]> = {
  uk: ['Britain', 'Great Britain', { text: 'U.K.', case: 'exact' }],
  vt: ['Vatican'],
};

/** Names that are also common words or other places (the US state of Georgia): matched only in context. */
export const AMBIGUOUS_COUNTRY_NAMES = new Set(['georgia', 'jordan', 'chad', 'guinea', 'niger', 'dominica', 'jersey', 'man', 'wake island', 'christmas island']);

/** Texts never to use as aliases: too generic on a news page. */
const NEVER = new Set(['none', 'the', 'republic', 'kingdom', 'state', 'union', 'islands']);

function cleanName(raw: string): string[] {
  return decodeEntities(raw)
    .replace(/;?\s*note\b.*$/is, '')
    .replace(/\([^)]*\)/g, '')
    .split(/\s*(?:\/|;|\bor\b|, )\s*/)
    .map((part) => part.replace(/^the\s+/i, '').replace(/\s+/g, ' ').trim())
    // A name has a capital letter somewhere: the Factbook's remarks do not ("current country name disputed", Afghanistan's).
    .filter((part) => part.length > 1 && !NEVER.has(part.toLowerCase()) && !/^(former|abbreviation|none|and)\b/i.test(part) && !/[()]/.test(part) && /\p{Lu}/u.test(part));
}

function isLatin(text: string): boolean {
  return /^[\p{Script=Latin}\p{N}\s'’.,()-]+$/u.test(text);
}

export interface NameInputs {
  gec: string;
  countryName: Record<string, { text?: string } | string | undefined>;
  nationality?: { noun?: { text?: string }; adjective?: { text?: string } };
  codes?: Record<string, string>;
}

/** Aliases for one Factbook entry, without the display name; acronyms exact, demonyms flagged. */
/** Local or former names that are ordinary English words ("Island" is Iceland in Icelandic). */
const LOCAL_NAME_CLASHES = new Set(['island']);
const TWO_LETTER_OK = new Set(['US', 'U.S.', 'UK', 'U.K.', 'EU']);
/**
 * Abbreviations that are more often something else on a page ("PNG files", "RSA keys",
 * "CAR T-cell therapy", "SRV records"): they need the country's context.
 */
const ABBREVIATIONS_OF_OTHER_THINGS = new Set(['PNG', 'RSA', 'CAR', 'FSM', 'SRV', 'TCA']);

export function countryAliases(name: string, input: NameInputs): AliasObject[] {
  const seen = new Set([foldAlias(name)]);
  const out: AliasObject[] = [];
  const add = (text: string, flags: Omit<AliasObject, 'text'> = {}) => {
    const key = foldAlias(text);
    if (seen.has(key) || text.length < 2) return;
    seen.add(key);
    out.push({ text, ...flags });
  };
  const field = (key: string) => {
    const value = input.countryName[key];
    return typeof value === 'string' ? value : value?.text ?? '';
  };
  for (const key of ['conventional short form', 'conventional long form', 'local short form', 'local long form', 'former']) {
    for (const text of cleanName(field(key))) if (isLatin(text) && !LOCAL_NAME_CLASHES.has(text.toLowerCase())) add(text);
  }
  for (const text of cleanName(field('abbreviation'))) {
    // Two-letter abbreviations are words in capitals ("AS" is American Samoa's): only the famous two stay.
    if (text.replace(/\./g, '').length <= 2 && !TWO_LETTER_OK.has(text)) continue;
    add(text, /^[A-Z.]{2,6}$/.test(text) ? { case: 'exact', ...(ABBREVIATIONS_OF_OTHER_THINGS.has(text) ? { ambiguous: true } : {}) } : {});
  }
  for (const alias of NEWS_ALIASES[input.gec] ?? []) {
    const { text, ...flags } = typeof alias === 'string' ? { text: alias } : alias;
    add(text, flags);
  }
  const codes = input.codes ?? {};
  for (const key of ['official_name_en', 'UNTERM English Short', 'UNTERM English Formal', 'CLDR display name']) {
    for (const text of cleanName(codes[key] ?? '')) if (isLatin(text) && text !== text.toUpperCase()) add(text);
  }
  const nat = input.nationality;
  for (const raw of [nat?.adjective?.text ?? '', nat?.noun?.text ?? '']) {
    const plain = raw.replace(/\(singular and plural\)/g, '');
    // "American(s)": the Factbook's noun stands for both; news writes "Americans" as often.
    const forms = /\(s\)/.test(plain) ? [plain.replace(/\(s\)/g, ''), plain.replace(/\(s\)/g, 's')] : [plain];
    for (const form of forms) {
      for (const text of cleanName(form)) {
        // "Irishman", "Frenchwoman": a person, not the country; highlighting them helps no reader,
        // and "The Irishman" (the film) read as Ireland on a real Reuters page.
        const stem = text.replace(/(wo)?m[ae]n$/, '');
        if (stem !== text && out.some((alias) => alias.text === stem)) continue;
        if (isLatin(text) && /^\p{Lu}/u.test(text) && text.split(' ').length <= 3) add(text, { demonym: true });
      }
    }
  }
  for (const alias of [...out]) {
    const ascii = asciiVariant(alias.text);
    if (ascii) add(ascii, alias.demonym ? { demonym: true } : {});
  }
  const asciiName = asciiVariant(name);
  if (asciiName) add(asciiName);
  return out;
}
