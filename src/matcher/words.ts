/**
 * Small word lists the matcher's rules rely on. Every entry is folded the way the
 * matcher folds page words (`foldText`: lower case, no diacritics), or it could
 * never match; tests/unit/matcher-words.test.ts checks that, that no list repeats
 * an entry, and the rule each list drives. They are about English news prose;
 * other languages simply never trigger them.
 */

/** The lists as written (a Set would hide a repeated entry); the matcher uses the Sets below. */
export const WORD_LISTS = {
  /** Common words that are also names: a capital at a sentence start proves nothing for these. */
  COMMON_WORDS: [
    'may', 'chase', 'bush', 'will', 'bill', 'mark', 'grant', 'rich', 'young', 'hope',
    'march', 'august', 'summit', 'gap', 'apple', 'shell', 'target', 'sun', 'mint',
    'post', 'guardian', 'independent', 'express', 'mirror', 'times', 'nice', 'reading', 'bath',
    'well', 'jordan', 'chad', 'georgia', 'washington', 'guinea',
    'rose', 'faith', 'joy', 'frank', 'sterling', 'cook', 'baker', 'smith', 'king', 'church',
    'brown', 'white', 'green', 'black', 'ford', 'banks', 'long', 'little', 'labour', 'labor', 'reform',
  ],
  /** Titles that, right before a surname, identify the person ("President Xi", "Mr Kerry"). */
  TITLES: [
    'president', 'premier', 'minister', 'secretary', 'senator', 'sen', 'governor', 'gov', 'mr',
    'mrs', 'ms', 'dr', 'chancellor', 'general', 'gen', 'king', 'queen', 'prince', 'princess',
    'ambassador', 'envoy', 'chairman', 'chairwoman', 'chair', 'leader', 'rep', 'representative',
    'speaker', 'mayor', 'judge', 'justice', 'pope', 'councillor', 'councilor', 'commissioner',
    'congressman', 'congresswoman', 'lawmaker', 'spokesman', 'spokeswoman', 'colonel', 'admiral',
  ],
  /** Titles of address that fit anyone: "Mr Kerry" needs no role, but the page must be about him (named or in context). */
  HONORIFICS: ['mr', 'mrs', 'ms', 'dr'],
  /** Month names: "May" after these words, or before a number, is a date. */
  MONTHS: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december',
  ],
  /** Short month names ("Jan. 6"), read with MONTHS when a month and a day make a calendar date. */
  MONTH_ABBREVIATIONS: ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  /** Weekdays: "Monday, January 6" is a calendar date. */
  WEEKDAYS: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'],
  /** Words that put a month name into a date ("in May", "since May", "early May"). */
  DATE_WORDS: [
    'in', 'since', 'by', 'until', 'till', 'early', 'late', 'mid', 'last', 'next', 'this', 'of',
    'from', 'through', 'during', 'before', 'after', 'on', 'to', 'between', 'and', 'or', 'each',
  ],
  /** Words too common to count as context for disambiguation. */
  STOPWORDS: [
    'the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from',
    'as', 'is', 'was', 'are', 'were', 'be', 'been', 'its', 'it', 'his', 'her', 'their', 'he',
    'she', 'they', 'this', 'that', 'which', 'who', 'has', 'have', 'had', 'since', 'until',
    'also', 'than', 'more', 'most', 'about', 'after', 'before', 'into', 'over', 'under', 'not',
    'but', 'est', 'de', 'la', 'le', 'del', 'der', 'die', 's', 'one', 'two', 'new', 'first',
    'later', 'other', 'there', 'these', 'those', 'some', 'many', 'all', 'any', 'per', 'cent',
    'percent', 'million', 'billion', 'year', 'years', 'people', 'us', 'same', 'what',
  ],
  /**
   * Given names that are also some officeholder's surname ("Prince Charles" is not
   * Dominica's Pierre Charles; "Michael" is not Alun Michael): never a short form on
   * their own, and a title before them ("King Charles", "Prince Philip") proves nothing.
   * Surnames that are mostly surnames (Harris, Martin, Morgan) are left out on purpose.
   */
  GIVEN_NAMES: [
    'james', 'john', 'charles', 'philip', 'phillip', 'george', 'michael', 'anthony', 'stephen', 'steven',
    'thomas', 'henry', 'david', 'daniel', 'paul', 'peter', 'mark', 'andrew', 'edward', 'richard', 'robert',
    'william', 'joseph', 'francis', 'arthur', 'albert', 'louis', 'sean', 'kenny', 'jason', 'joy', 'grace',
    'ann', 'anne', 'jean', 'christian', 'vincent', 'patrick', 'simon', 'samuel', 'isaac', 'abraham', 'moses',
    'oliver', 'frank', 'benjamin', 'mary', 'elizabeth', 'catherine', 'margaret', 'alexander', 'nicholas',
    'matthew', 'christopher', 'jonathan', 'timothy', 'kevin', 'brian', 'eric', 'grant', 'mohammed',
    'mohammad', 'muhammad', 'mohamed', 'ahmed', 'ahmad', 'ali', 'hassan', 'hussein', 'mustafa', 'mustapha',
    'habib', 'ibrahim', 'ismail', 'omar', 'abdullah', 'khalid', 'said', 'karim', 'jose', 'juan',
    'carlos', 'luis', 'pedro', 'manuel', 'antonio', 'francisco', 'pierre', 'michel', 'jacques', 'andre',
    'hans', 'victor', 'maria', 'emmanuel', 'felix', 'julius', 'marcus', 'rose', 'hope',
  ],
  /**
   * More given names, common in English-language news, that only one rule reads: a place
   * name right after one is a person's surname ("Sheriff Scott Israel", "Kevin Jordan"), and
   * one at a sentence start may still begin a name. Not in GIVEN_NAMES because many are
   * surnames too (Scott, Craig, Douglas), which that list's other rules must not touch.
   * Given names that are places themselves (Charlotte, Victoria, Georgia) are left out.
   */
  FORENAMES: [
    'scott', 'ryan', 'jeff', 'jeffrey', 'greg', 'gregory', 'gary', 'larry', 'jerry', 'dennis', 'doug',
    'douglas', 'keith', 'craig', 'todd', 'tim', 'tom', 'mike', 'joe', 'bob', 'jim', 'jimmy', 'steve',
    'chris', 'matt', 'nick', 'ben', 'sam', 'dan', 'dave', 'rob', 'ken', 'ron', 'ronald', 'donald',
    'raymond', 'walter', 'harold', 'roger', 'ralph', 'wayne', 'randy', 'carl', 'harry', 'adam', 'aaron',
    'justin', 'brandon', 'tyler', 'kyle', 'josh', 'joshua', 'nathan', 'jacob', 'ethan', 'liam', 'lucas',
    'jennifer', 'jessica', 'sarah', 'emily', 'lisa', 'karen', 'susan', 'laura', 'amy', 'rachel', 'rebecca',
    'nancy', 'linda', 'barbara', 'patricia', 'ashley', 'megan', 'lauren', 'hannah', 'olivia', 'emma',
    'sophie', 'chloe', 'kate', 'katie', 'helen', 'julie', 'julia', 'anna', 'diana', 'deborah', 'michelle',
    'stephanie', 'nicole', 'heather', 'melissa', 'amanda', 'angela', 'kimberly', 'donna', 'carol',
    'sandra', 'claire', 'fiona', 'niamh', 'ciaran', 'declan', 'ian', 'iain', 'neil', 'nigel', 'graham',
    'colin', 'derek', 'trevor', 'barry', 'gavin', 'wendy', 'sally', 'jane', 'lucy', 'alice', 'eleanor',
    'theo', 'jack', 'charlie', 'alfie', 'freddie', 'archie', 'leo', 'toby', 'rory', 'callum', 'jamie', 'jake',
    'luke', 'connor', 'owen', 'rhys', 'gareth', 'huw', 'dylan', 'ellie', 'amelia', 'isla', 'mia', 'zoe',
    'natalie', 'tracey', 'gillian', 'pauline', 'jackie', 'priti', 'rishi', 'kemi', 'sajid', 'nadhim', 'theresa',
    'andrea', 'esther', 'nadine', 'bernard', 'geoffrey', 'desmond', 'kieran', 'kirsty',
  ],
} as const;

// The Sets the rules read (each list's meaning is written above).
export const COMMON_WORDS: ReadonlySet<string> = new Set(WORD_LISTS.COMMON_WORDS);
export const TITLES: ReadonlySet<string> = new Set(WORD_LISTS.TITLES);
export const HONORIFICS: ReadonlySet<string> = new Set(WORD_LISTS.HONORIFICS);
export const MONTHS: ReadonlySet<string> = new Set(WORD_LISTS.MONTHS);
export const DATE_WORDS: ReadonlySet<string> = new Set(WORD_LISTS.DATE_WORDS);
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = new Set(WORD_LISTS.MONTH_ABBREVIATIONS);
export const WEEKDAYS: ReadonlySet<string> = new Set(WORD_LISTS.WEEKDAYS);
export const STOPWORDS: ReadonlySet<string> = new Set(WORD_LISTS.STOPWORDS);
export const GIVEN_NAMES: ReadonlySet<string> = new Set(WORD_LISTS.GIVEN_NAMES);
const FORENAMES: ReadonlySet<string> = new Set(WORD_LISTS.FORENAMES);
/** A given name of either list (see FORENAMES for the one rule that reads both). */
export const isForename = (word: string): boolean => GIVEN_NAMES.has(word) || FORENAMES.has(word);
