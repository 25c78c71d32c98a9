/**
 * Small word lists the matcher's rules rely on. All entries are folded (lower case,
 * no diacritics). They are about English news prose; other languages simply never
 * trigger them.
 */

/** Common words that are also names: a capital at a sentence start proves nothing for these. */
export const COMMON_WORDS = new Set([
  'may', 'chase', 'bush', 'turkey', 'will', 'bill', 'mark', 'grant', 'rich', 'young', 'hope',
  'march', 'august', 'summit', 'gap', 'apple', 'shell', 'amazon', 'target', 'sun', 'mint',
  'post', 'guardian', 'independent', 'express', 'mirror', 'times', 'nice', 'reading', 'bath',
  'well', 'jordan', 'chad', 'georgia', 'washington', 'guinea',
  'rose', 'faith', 'joy', 'frank', 'sterling', 'cook', 'baker', 'smith', 'king', 'church',
  'brown', 'white', 'green', 'black', 'ford', 'banks', 'long', 'little',
  // Party names that are everyday words: "Labour costs rose" opens a sentence about work.
  'labour', 'labor', 'reform',
]);

/** Titles that, right before a surname, identify the person ("President Xi", "Mr Kerry"). */
export const TITLES = new Set([
  'president', 'premier', 'minister', 'secretary', 'senator', 'sen', 'governor', 'gov', 'mr',
  'mrs', 'ms', 'dr', 'chancellor', 'general', 'gen', 'king', 'queen', 'prince', 'princess',
  'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'leader', 'rep', 'representative',
  'speaker', 'mayor', 'judge', 'justice', 'pope', 'councillor', 'councilor', 'commissioner',
  'congressman', 'congresswoman', 'lawmaker', 'spokesman', 'spokeswoman', 'colonel', 'admiral',
]);

/** Titles of address that fit anyone: "Mr Kerry" needs no role to match. */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr']);

/** Month names: "May" after these words, or before a number, is a date. */
export const MONTHS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december',
]);

/** Words that put a month name into a date ("in May", "since May", "early May"). */
export const DATE_WORDS = new Set([
  'in', 'since', 'by', 'until', 'till', 'early', 'late', 'mid', 'last', 'next', 'this', 'of',
  'from', 'through', 'during', 'before', 'after', 'on', 'to', 'between', 'and', 'or', 'each',
]);

/** Words too common to count as context for disambiguation. */
export const STOPWORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
  'as', 'is', 'was', 'are', 'were', 'be', 'been', 'its', 'it', 'his', 'her', 'their', 'he',
  'she', 'they', 'this', 'that', 'which', 'who', 'has', 'have', 'had', 'since', 'until',
  'also', 'than', 'more', 'most', 'about', 'after', 'before', 'into', 'over', 'under', 'not',
  'but', 'est', 'de', 'la', 'le', 'del', 'der', 'die', 's', 'de', 'one', 'two', 'new', 'first',
  'later', 'other', 'there', 'these', 'those', 'some', 'many', 'all', 'any', 'per', 'cent',
  'percent', 'million', 'billion', 'year', 'years', 'people', 'us', 'same', 'under', 'what',
]);

/**
 * Given names that are also some officeholder's surname ("Prince Charles" is not
 * Dominica's Pierre Charles; "Michael" is not Alun Michael): never a short form on
 * their own, and a title before them ("King Charles", "Prince Philip") proves nothing.
 * Surnames that are mostly surnames (Harris, Martin, Morgan) are left out on purpose.
 */
export const GIVEN_NAMES = new Set([
  'james', 'john', 'charles', 'philip', 'phillip', 'george', 'michael', 'anthony', 'stephen', 'steven',
  'thomas', 'henry', 'david', 'daniel', 'paul', 'peter', 'mark', 'andrew', 'edward', 'richard', 'robert',
  'william', 'joseph', 'francis', 'arthur', 'albert', 'louis', 'sean', 'kenny', 'jason', 'joy', 'grace',
  'ann', 'anne', 'jean', 'christian', 'vincent', 'patrick', 'simon', 'samuel', 'isaac', 'abraham', 'moses',
  'oliver', 'frank', 'benjamin', 'mary', 'elizabeth', 'catherine', 'margaret', 'alexander', 'nicholas',
  'matthew', 'christopher', 'jonathan', 'timothy', 'kevin', 'brian', 'eric', 'grant', 'mohammed',
  'mohammad', 'muhammad', 'mohamed', 'ahmed', 'ahmad', 'ali', 'hassan', 'hussein', 'mustafa', 'mustapha',
  'habib', 'ibrahim', 'ismail', 'omar', 'abdullah', 'khalid', 'said', 'karim', 'jose', 'josé', 'juan',
  'carlos', 'luis', 'pedro', 'manuel', 'antonio', 'francisco', 'pierre', 'michel', 'jacques', 'andré',
  'hans', 'victor', 'maria', 'emmanuel', 'felix', 'julius', 'marcus', 'rose', 'hope',
]);
