/** Person-name helpers: the surname a news story falls back to after the full name. */
import { GIVEN_NAMES } from '../../../src/matcher/words';

/** Jurisdictions whose leaders' names are written family name first in English news. */
const FAMILY_NAME_FIRST = new Set(['china', 'taiwan', 'hong-kong', 'macau', 'north-korea', 'south-korea', 'cambodia']);

/**
 * The short form of a person's name ("Kerry", "Xi"), or undefined where there is no
 * safe one (single names, regnal numbers, patronymic "bin" names).
 */
export function surnameOf(fullName: string, jurisdiction = ''): string | undefined {
  const name = fullName.replace(/\([^)]*\)/g, '').replace(/,?\s+(Jr\.?|Sr\.?|II|III|IV)$/i, '').trim();
  if (/\b(bin|ibn|bint|binti|al|Al|Sheikh)\b/.test(name)) return undefined;
  const tokens = name.split(/\s+/).filter((t) => !/^[A-Z]\.$/.test(t));
  if (tokens.length < 2) return undefined;
  // A hyphenated given name ("Ban Ki-moon") marks Korean order even outside Korea's jurisdiction.
  // "Sean Chen": an English given name first means English order, wherever the person serves.
  const hasWesternGivenName = GIVEN_NAMES.has(tokens[0]!.toLowerCase());
  const familyFirst = !hasWesternGivenName && (FAMILY_NAME_FIRST.has(jurisdiction) || /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokens[tokens.length - 1]!));
  const candidate = familyFirst ? tokens[0]! : tokens[tokens.length - 1]!;
  if (candidate.length < 2 || /^[IVXL]+$/.test(candidate) || /\./.test(candidate)) return undefined;
  // A surname that is also a common given name ("Michael", "Charles") would name strangers.
  if (GIVEN_NAMES.has(candidate.toLowerCase())) return undefined;
  return candidate;
}
