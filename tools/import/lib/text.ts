/** Text helpers shared by the importers: slugs, name casing, dates and numbers. */

/** A stable slug for ids: ASCII, lower case, hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The key alias texts are compared by: the one fold (src/shared/fold.ts), as the matcher sees them. */
export { foldName as foldAlias } from '../../../src/shared/fold';

/** "XI Jinping" → "Xi Jinping": the Factbook writes surnames in capitals. */
export function fixFactbookCaps(text: string): string {
  // Word edges by letters, not \b: \b takes "Ó" for a non-letter, and "ÓDOR" became "ÓDor".
  return text.replace(/(?<!\p{L})(\p{Lu}[\p{Lu}'’-]+)(?!\p{L})/gu, (word) => {
    if (/^(II|III|IV|VI|VII|VIII|IX|XI|XII|XIV|XVI|UN|US|UK|EU)$/.test(word) && word !== 'XI') return word;
    return word
      .toLowerCase()
      .replace(/(^|[-'’\s])(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
  });
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** "14 March 2013" → "2013-03-14"; "March 2013" → "2013-03"; "2013" → "2013"; else undefined. */
export function parseEnglishDate(text: string): string | undefined {
  const m = /(?:(\d{1,2})\s+)?(?:([A-Za-z]+)\s+)?(\d{4})/.exec(text);
  if (!m) return undefined;
  const [, day, monthName, year] = m;
  // "21 Oct 2024": the Factbook abbreviates now and then.
  const month = monthName ? MONTHS.findIndex((m) => m === monthName.toLowerCase() || (monthName.length >= 3 && m.startsWith(monthName.toLowerCase()))) + 1 : 0;
  if (monthName && month === 0) return year;
  if (!month) return year;
  const mm = String(month).padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** The day before a full date (for ends inferred from a successor's start); partial dates pass through. */
export function dayBefore(date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/** 22315474 → "22.3 million"; 81234 → "81,234". */
export function humanNumber(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2).replace(/\.?0+$/, '')} billion`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1).replace(/\.0$/, '')} million`;
  return n.toLocaleString('en-US');
}

/** The year of a Factbook "(2025 est.)" note, if any. */
export function estimateYear(text: string): string | undefined {
  return /\((\d{4})(?: est\.)?\)/.exec(text)?.[1];
}

/** Trims text to at most `max` characters at a word boundary. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[,;:\s]+$/, '')}…`;
}

const MARKS: Record<string, string> = { acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030A', cedil: '\u0327' };
const NAMED: Record<string, string> = { szlig: 'ß', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ', amp: '&', apos: "'", quot: '"', nbsp: ' ', rsquo: '’', lsquo: '‘', ndash: '–', mdash: '—' };

/** Decodes the HTML entities left in Factbook text ("Rep&uacute;blica" → "República"). */
export function decodeEntities(text: string): string {
  return text
    .replace(/&([a-zA-Z])(acute|grave|circ|tilde|uml|ring|cedil);/g, (_m, letter: string, mark: string) => `${letter}${MARKS[mark]}`.normalize('NFC'))
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&([a-zA-Z]+);/g, (m, name: string) => NAMED[name] ?? m);
}

/** "São Paulo" → "Sao Paulo": the spelling many English-language outlets print; undefined if unchanged. */
export function asciiVariant(text: string): string | undefined {
  const folded = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ıİłŁøØđĐßæÆ’]/g, (c) => ({ ı: 'i', İ: 'I', ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', Æ: 'AE', '’': "'" })[c] ?? c);
  return folded !== text && /^[\x20-\x7E]+$/.test(folded) ? folded : undefined;
}
