/** Person-name helpers: the surname a news story falls back to after the full name. */
import { GIVEN_NAMES } from '../../../src/matcher/words';

/** Jurisdictions whose leaders' names are written family name first in English news. */
const FAMILY_NAME_FIRST = new Set(['china', 'taiwan', 'hong-kong', 'macau', 'north-korea', 'south-korea', 'cambodia']);

/** Whether a jurisdiction's names put the family name first, where a few family names are shared by millions (Lee, Kim, Wang). */
export const isFamilyNameFirst = (jurisdiction: string): boolean => FAMILY_NAME_FIRST.has(jurisdiction);
/**
 * Jurisdictions whose news calls a leader by the first word of the name: a given name, which
 * Thai, Lao and Malay custom puts first and uses alone ("Prayut Chan-o-cha" is "Mr. Prayut",
 * "Mahathir Mohamad" is "Dr. Mahathir"). The last word there is a relative's name or none.
 */
const SHORT_FORM_FIRST = new Set(['thailand', 'laos', 'malaysia']);
/** First words of Malay names too many people share to stand for one of them. */
const COMMON_FIRST_WORDS = new Set(['mohamad', 'mohammad', 'mohamed', 'muhammad', 'mohd', 'ahmad', 'abdul', 'nor', 'nur', 'siti', 'wan', 'tan']);
/** Jurisdictions where a name of three words is Chinese, family name first ("Lee Hsien Loong"), and a shorter one is in English order ("Lawrence Wong"). */
const CHINESE_WHEN_LONG = new Set(['singapore']);
/** Jurisdictions whose names have no family name for a story to fall back to ("Min Aung Hlaing"). */
const NO_SHORT_FORM = new Set(['myanmar']);

/** A last name joined to its Arabic article: "al-Bashir", "Al-Kadhimi", "el-Sisi". */
const ARTICLE_SURNAME = /\s((?:al|Al|el|El)-(\p{Lu}[\p{L}\p{M}'’]+))$/u;

/** The article form of a surname as the name writes it ("al-Bashir" for "Bashir"), if any. */
export function articleSurnameOf(fullName: string, surname: string): string | undefined {
  const match = new RegExp(`\\s((?:al|Al|el|El)-${surname})$`, 'u').exec(fullName.trim());
  return match?.[1];
}

/**
 * The short form of a person's name ("Kerry", "Xi"), or undefined where there is no
 * safe one (single names, regnal numbers, patronymic "bin" names).
 */
export function surnameOf(fullName: string, jurisdiction = ''): string | undefined {
  const name = fullName.replace(/\([^)]*\)/g, '').replace(/,?\s+(Jr\.?|Sr\.?|II|III|IV)$/i, '').trim();
  // "Omar al-Bashir", "Abdel Fattah el-Sisi": one article-joined family name at the end is
  // what the news shortens to ("Mr. Bashir", "Sisi"); a lineage of them ("Nawaf Al-Ahmad
  // Al-Jaber Al-Sabah") or a patronymic ("bin Salman") has no short form a story uses.
  const article = ARTICLE_SURNAME.exec(name);
  if (article && (name.match(/(?:^|\s)(?:al|el)-/giu) ?? []).length === 1 && !/\b(bin|ibn|bint|binti|Sheikh)\b/.test(name)) {
    // "El-Hassan" bare would be a given name: the article form stays the short form.
    return GIVEN_NAMES.has(article[2]!.toLowerCase()) ? article[1] : article[2];
  }
  if (/\b(bin|ibn|bint|binti|al|Al|Sheikh)\b/.test(name)) return undefined;
  // "Felipe VI of Spain", "Albert II, Prince of Monaco": a regnal style ends in a country, which is no surname.
  if (/\sof\s/.test(name) || NO_SHORT_FORM.has(jurisdiction)) return undefined;
  const tokens = name.split(/\s+/).filter((t) => !/^[A-Z]\.$/.test(t));
  if (tokens.length < 2) return undefined;
  // A hyphenated given name ("Ban Ki-moon") marks Korean order even outside Korea's jurisdiction.
  // "Sean Chen": an English given name first means English order, wherever the person serves.
  const hasWesternGivenName = GIVEN_NAMES.has(tokens[0]!.toLowerCase());
  const familyFirst = !hasWesternGivenName && (FAMILY_NAME_FIRST.has(jurisdiction) || SHORT_FORM_FIRST.has(jurisdiction) || (CHINESE_WHEN_LONG.has(jurisdiction) && tokens.length === 3) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[tokens.length - 1]!));
  const candidate = familyFirst ? tokens[0]! : tokens[tokens.length - 1]!;
  if (candidate.length < 2 || /^[IVXL]+$/.test(candidate) || /\./.test(candidate)) return undefined;
  // A surname that is also a common given name ("Michael", "Charles") would name strangers.
  if (GIVEN_NAMES.has(candidate.toLowerCase())) return undefined;
  // So would the first word of a Malay name that many share ("Mohamad Hasan", "Nor Shamsiah").
  if (SHORT_FORM_FIRST.has(jurisdiction) && COMMON_FIRST_WORDS.has(candidate.toLowerCase())) return undefined;
  return candidate;
}
