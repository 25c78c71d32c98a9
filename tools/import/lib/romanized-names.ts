/**
 * GeoNames writes cities of countries with a non-Latin script in the BGN/PCGN romanization:
 * "Al Ḩasakah", "Arkhangel’sk", "Reẖovot", "Allahābād". English-language news writes the
 * same names without the marks and without the apostrophes that stand for a soft sign, an
 * ayin or a hamza: "Al Hasakah", "Arkhangelsk", "Rehovot", "Allahabad". A card should say what
 * the reader has just read, and a page that writes "Arkhangelsk" should find the city.
 */

/** Countries whose GeoNames names are romanized from another script (ISO 3166-1 alpha-2). */
const ROMANIZED = new Set([
  // Arabic, Persian, Urdu and Pashto script
  'AE', 'AF', 'BH', 'DZ', 'EG', 'EH', 'IQ', 'IR', 'JO', 'KW', 'LB', 'LY', 'MA', 'MR', 'OM', 'PK', 'PS', 'QA', 'SA', 'SD', 'SO', 'SY', 'TN', 'YE',
  // Indic scripts, Hebrew, Ge'ez, Korean, Japanese, Mongolian
  'BD', 'BT', 'IN', 'LK', 'NP', 'IL', 'ER', 'ET', 'JP', 'KP', 'KR', 'MN',
  // Cyrillic
  'BY', 'KG', 'KZ', 'RU', 'TJ', 'UA',
]);
/** Cyrillic romanizations use ’ for the soft sign only, never for a possessive. */
const CYRILLIC = new Set(['BY', 'KG', 'KZ', 'RU', 'TJ', 'UA']);
const APOSTROPHE = '[’‘ʼʻ`]';
const APOSTROPHES = new RegExp(APOSTROPHE, 'gu');
const POSSESSIVE = new RegExp(`${APOSTROPHE}s(?=\\s|$)`, 'gu');

/**
 * The spelling English news uses for a GeoNames city name, or undefined when it is the same.
 * Only names of ROMANIZED countries change; a Latin-script country's own accents (Bogotá,
 * Braşov, Akşehir) are its real spelling and stay. A possessive keeps its apostrophe
 * ("Cox’s Bāzār" → "Cox's Bazar").
 */
export function newsSpelling(name: string, iso2: string): string | undefined {
  if (!ROMANIZED.has(iso2)) return undefined;
  let text = name.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
  if (!CYRILLIC.has(iso2)) text = text.replace(POSSESSIVE, "'s");
  text = text.replace(APOSTROPHES, '').replace(/\s{2,}/g, ' ').trim();
  // Japan's "-shi" is "city": news writes "Nara", not "Nara-shi".
  if (iso2 === 'JP') text = text.replace(/-shi$/u, '');
  return text !== name && text.length > 0 ? text : undefined;
}
