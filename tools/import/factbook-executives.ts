/**
 * Reading the Factbook's weekly executive texts (factbook-executives-2020-2026.json,
 * US public domain) into holdings: who held a country's seat of head of state or of
 * government, from when (the "since" date in the text, checked), and up to which
 * snapshot the Factbook saw them. reconcile-executives.ts turns holdings into roles.
 */
import { foldName } from '../../src/shared/fold';
import { decodeEntities, fixFactbookCaps, parseEnglishDate } from './lib/text';

/**
 * The horizon of everything this source says: the last week any text changed. The weekly
 * history runs to 2026-05-17, but the CIA discontinued the Factbook in February 2026 and
 * its last edit is of 2026-01-22: the later snapshots repeat the final edition and confirm
 * nothing (Boric was still "President" there in May 2026, two months after Kast took office).
 */
export const EXECUTIVES_DATE = '2026-01-22';
/** The first snapshot is an old page (Obama for the Northern Marianas, Theresa May for the UK): texts seen only there are ignored. */
export const STALE_FIRST_SNAPSHOT = '2020-11-23';
/** A handover date may trail the first snapshot that shows the new holder by this much (a president-elect listed early). */
const EARLY_LISTING_DAYS = 120;

export type Office = 'head of state' | 'head of government';

export interface ExecutiveText {
  first_seen: string;
  last_seen: string;
  text: string;
}

/**
 * Texts the Factbook got wrong, found by our writers against other sources, with what is
 * known instead. Keyed by country code, seat and the text's first snapshot. `text` replaces
 * the text; `unread` makes it a gap (the seat shows no one then: better than a wrong name).
 */
type Erratum = { gec: string; office: Office; firstSeen: string; why: string } & ({ unread: true } | { text: string });

export const ERRATA: readonly Erratum[] = [
  {
    gec: 'kg',
    office: 'head of government',
    firstSeen: '2021-12-30',
    unread: true,
    why: 'Kyrgyzstan: "Prime Minister Sadyr JAPAROV" mixes up the president with Akylbek Japarov, chairman of the Cabinet of Ministers from October 2021',
  },
  {
    gec: 'kg',
    office: 'head of government',
    firstSeen: '2025-01-30',
    text: 'Chairman of the Cabinet of Ministers Adylbek KASYMALIYEV (since 18 December 2024)',
    why: 'Kyrgyzstan: Kasymaliev chairs the Cabinet of Ministers; the text titles him President (the office Sadyr Japarov holds) until the Factbook corrected it in January 2026',
  },
];

/** A seat's texts with the known errata applied (logged), in the order given. */
export function withErrata(where: string, office: Office, texts: readonly ExecutiveText[], log: string[]): (ExecutiveText & { unread?: true })[] {
  return texts.map((entry) => {
    const erratum = ERRATA.find((e) => e.gec === where && e.office === office && e.firstSeen === entry.first_seen);
    if (!erratum) return entry;
    log.push(`erratum ${where} ${office} ${entry.first_seen}..${entry.last_seen}: ${erratum.why}`);
    return 'unread' in erratum ? { ...entry, unread: true as const } : { ...entry, text: erratum.text };
  });
}

export interface Principal {
  /** The title before the name, as the Factbook writes it ("Interim Prime Minister"). */
  title: string;
  /** Display name, capitals fixed ("Justin Pierre James Trudeau"). */
  name: string;
  /** Folded surname tokens (the Factbook's capitals), for matching people. */
  surname: string[];
  /** Folded given-name tokens. */
  given: string[];
  since?: string;
}

export interface Holding extends Principal {
  office: Office;
  /** Validated start: the "since" date, or the first snapshot listing the holder when that date is missing or impossible. */
  start: string;
  startInferred?: boolean;
  firstSeen: string;
  lastSeen: string;
}

const TITLE_WORDS = new Set(
  ('president prime minister chancellor premier king queen emir amir sultan pope co-prince coprince interim acting transitional caretaker ' +
    'chief adviser advisor executive supreme leader chairman chairperson chair of the council ministers presidency state administration ' +
    'federal grand duke prince princess governor general governor-general head government taoiseach sovereign captains captain regent regents ' +
    'crown emperor president-elect presidential sovereignty royal highness his her majesty administrator commissioner high mayor french spanish ' +
    'overall taliban so-called lord and cabinet republic islamic de facto national unity military junta transition restoration committee salvation ' +
    'swiss confederation afghanistan ' +
    // A second office held by the same person ("Prime Minister and Minister of Interior Ľudovít ÓDOR").
    'interior finance defence defense foreign affairs justice economy')
    .split(' '),
);
const RANKS = /^(Sr\.?|Gen\.?|Lt\.?|Col\.?|Capt\.?|Brig\.?|Maj\.?|Dr\.?|Adm\.?|Archbishop|Cardinal|Dame|Sir|Ms\.?|Mr\.?|Mrs\.?|Ret\.?|Field|Marshal|Colonel|General|Lieutenant|Captain|Major|Prof\.?|Rev\.?|Bishop|Lt)$/;
const PARTICLE = /^(bin|ibn|bint|al|el|da|de|del|dos|das|do|van|von|der|i|y|ould|ben|abu|Al)$/;

/** A name folded for comparing across sources (the one fold: Støre is Store), with one apostrophe. */
export function fold(text: string): string {
  return foldName(text).replace(/[’`]/g, "'");
}

function isCaps(word: string): boolean {
  // "al-ASAD", "el-SISI": an Arabic article in lower case before a surname in capitals.
  const letters = word.replace(/^(al|el|ad|as|ash|at|az|an|ar|bin|ibn|ben|de|da|di|du|la|le|d)[-'’]/, '').replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** The first person named in a Factbook executive text, or 'vacant', or undefined when no name can be read. */
export function parsePrincipal(raw: string): Principal | 'vacant' | undefined {
  // "Notification Statement: the United States recognizes … as the Interim President of VenezuelaPresident Nicolas MADURO":
  // a US policy note glued before the text, not the officeholder.
  const text = decodeEntities(raw).replace(/\u00a0/g, ' ').replace(/^Notification Statement:.*?(?=(President|Prime Minister) \p{Lu})/u, '').replace(/\s+/g, ' ').trim();
  // "vacant", "President (vacant)", "Prime Minister vacant (as of 17 August 2023)" (Latvia: once read as a person named Vacant).
  if (/^([\w-]+ ){0,3}\(?vacant\)?\b|^[\w ]{0,30}\(vacant\)/i.test(text)) return 'vacant';
  const first = text.split(/;|\bnote\b|,? represented by|, ruler of| and (?=Co-?prince|Spanish|Episcopal)/i)[0]!.trim();
  const sinceRaw = /\(since ([^)]*?\d{4})/.exec(first)?.[1];
  const words = first.replace(/\([^)]*\)?/g, ' ').replace(/[,]/g, ' ').split(/\s+/).filter(Boolean);
  let capsAt = words.findIndex((w) => isCaps(w) && !ROMAN.test(w) && !/^(SAC|CEO|CNSP|HRH|GNU|PLC|SPA)$/.test(w) && !TITLE_WORDS.has(fold(w)));
  let start: number;
  if (capsAt < 0) {
    // "Ahmad al-Shara'": no capitals at all; take the words after the title.
    start = words.findIndex((w) => !TITLE_WORDS.has(fold(w)) && !RANKS.test(w));
    if (start < 0 || words.length - start > 4) return undefined;
    capsAt = words.length - 1;
  } else {
    start = capsAt;
    // A particle in capitals belongs to the surname ("Bart DE WEVER", once read as a man named Wever).
    const nameLike = (w: string) => (/^\p{Lu}/u.test(w) && !TITLE_WORDS.has(fold(w)) && !RANKS.test(w)) || PARTICLE.test(w) || (isCaps(w) && PARTICLE.test(w.toLowerCase()));
    while (start > 0 && nameLike(words[start - 1]!) && !(PARTICLE.test(words[start - 1]!) && (start < 2 || TITLE_WORDS.has(fold(words[start - 2]!))))) start--;
  }
  let end = capsAt + 1;
  // The rest of the name: more capitals, particles, "Suk-yeol", "al-Ahmad", regnal numbers.
  const tail = (w: string) => isCaps(w) || PARTICLE.test(w) || /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || /^(al|el|ad|as|bin|ibn|bint)-\p{Lu}/u.test(w);
  while (end < words.length && end - start < 6 && tail(words[end]!) && !/^(and|since)$/i.test(words[end]!)) end++;
  const nameWords = words.slice(start, end).filter((w) => !RANKS.test(w));
  if (nameWords.length === 0) return undefined;
  const title = words.slice(0, start).filter((w) => !RANKS.test(w)).join(' ').replace(/^(and|the)\s+/i, '');
  const since = sinceRaw ? parseEnglishDate(sinceRaw) : undefined;
  const read = { title, ...nameParts(nameWords), ...(since ? { since } : {}) };
  return spelledAsNewsDoes(read, text) ?? read;
}

/** A name's display form and its folded surname and given names, from its words as the Factbook writes them (surnames in capitals). */
function nameParts(nameWords: readonly string[]): Pick<Principal, 'name' | 'surname' | 'given'> {
  const surname = nameWords.filter((w) => isCaps(w) && !ROMAN.test(w)).map(fold);
  const given = nameWords.filter((w) => (!isCaps(w) || ROMAN.test(w)) && !PARTICLE.test(w)).map(fold);
  return { name: fixFactbookCaps(nameWords.join(' ')).replace(/\s+/g, ' '), surname: surname.length > 0 ? surname : given.slice(-1), given };
}

/**
 * "King WACHIRALONGKON; also spelled Vajiralongkorn", "Prime Minister SETTHA Thawisin, also spelled
 * SRETTHA Thavisin": the second spelling is the one English news writes and other sources list,
 * so the holder is read by it (under the first, Thailand's king and two prime ministers were each a
 * second person). Only a whole name: Laos's "SONEXAY (also spelled SONXAI) Siphandon" keeps its own.
 */
function spelledAsNewsDoes(read: Principal, text: string): Principal | undefined {
  const alt = /also spelled ([^,;()]+?)\s*(?=[,;)]|\(since|$)/u.exec(text)?.[1]?.trim();
  if (!alt) return undefined;
  const words = alt.split(' ').filter(Boolean);
  const readWords = read.name.split(' ').filter((w) => !ROMAN.test(w));
  if (words.length !== readWords.length || !words.every((w) => /^\p{Lu}/u.test(w))) return undefined;
  // After a semicolon ("…; also spelled Vajiralongkorn (since 1 December 2016)") the date follows the other spelling.
  const sinceRaw = read.since ? undefined : /also spelled [^()]*\(since ([^)]*?\d{4})/.exec(text)?.[1];
  const since = sinceRaw ? parseEnglishDate(sinceRaw) : undefined;
  return { ...read, ...nameParts(words), ...(since ? { since } : {}) };
}

/** Regnal numbers: part of a name ("Charles III", "Tupou VI"), never a surname. */
const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/;

/** A name token's letters, without an Arabic article ("al-Nuhayyan" and "Nuhayyan" agree). */
const letters = (token: string) => token.replace(/^(al|el|ad|as|an|ar|at|az)[-'’]/, '').replace(/[^a-z]/g, '');

/** A transliteration's consonants: Aleksandr and Alyaksandr, Lukashenko and Lukashenka agree. */
function skeleton(token: string): string {
  return token.charAt(0) + token.slice(1).replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
}

function alike(a: string, b: string): boolean {
  return nearlyEqual(a, b) || (skeleton(a).length >= 3 && skeleton(a) === skeleton(b)) || (a.length >= 3 && b.startsWith(a)) || (b.length >= 3 && a.startsWith(b));
}

function nearlyEqual(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || a.length < 5) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}

/** Whether two texts name one person ("Elsisi" and "El-Sisi", "Gomou" and "Goumou" are one). */
export function samePerson(a: Principal, b: Principal): boolean {
  const raw = (t: string) => t.replace(/[^a-z]/g, '');
  const tokens = (p: Principal) => [...p.surname, ...p.given].flatMap((t) => [letters(t), raw(t)]).filter(Boolean);
  const givenA = a.given.map(letters).filter(Boolean);
  const givenB = b.given.map(letters).filter(Boolean);
  // One surname, two given names that appear nowhere in the other name: Li Keqiang and Li Qiang are two premiers.
  const clash = (x: string[], y: Principal) => !x.some((g) => tokens(y).some((t) => alike(g, t)));
  if (givenA.length > 0 && givenB.length > 0 && givenA.join('') !== givenB.join('') && clash(givenA, b) && clash(givenB, a)) return false;
  const surnameA = a.surname.map(letters).join('');
  const surnameB = b.surname.map(letters).join('');
  if (surnameA && (surnameA === surnameB || a.surname.map(raw).join('') === b.surname.map(raw).join(''))) return true;
  // One's surname is the other's given name, and not the other way round: two people sharing a
  // word (Bhutan's Lotay TSHERING and Tshering TOBGAY). A name written in the other order crosses both ways.
  // Only for plain two-word names: longer ones repeat a family's words (Kuwait's al-Sabahs).
  const isTwoWords = (p: Principal) => p.surname.length === 1 && p.given.length === 1 && p.surname[0] !== p.given[0];
  const crosses = (x: Principal, y: Principal) => letters(x.surname[0]!) === letters(y.given[0]!);
  if (isTwoWords(a) && isTwoWords(b) && crosses(a, b) !== crosses(b, a)) return false;
  // Names all in capitals (HUN SEN, HUN MANET) are whole names: one shared word is a family, not a person.
  if (givenA.length === 0 && givenB.length === 0 && a.surname.length > 1 && b.surname.length > 1) return nearlyEqual(surnameA, surnameB);
  const oneWay = (x: Principal, y: Principal) =>
    x.surname.flatMap((s) => [letters(s), raw(s)]).some((s) => s.length >= 3 && tokens(y).some((t) => nearlyEqual(s, t) || (skeleton(s).length >= 3 && skeleton(s) === skeleton(t))));
  return oneWay(a, b) || oneWay(b, a);
}

function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface Gap {
  firstSeen: string;
  lastSeen: string;
  vacant: boolean;
}

export interface HoldingsResult {
  holdings: Holding[];
  /** Where a text named nobody (vacant) or nobody readable: the known span has a gap. */
  gaps: Gap[];
  log: string[];
}

type Raw = { principal: Principal; firstSeen: string; lastSeen: string; since?: string; text?: string };

/**
 * One seat's texts, in time order, as holdings.
 * 1. Consecutive texts naming one person are one holding (over unreadable texts too).
 * 2. A text whose "since" predates the holder before it overrules that holder: the
 *    Factbook corrected itself (Finland's Orpo listed for two weeks in April 2023,
 *    then Marin "since 2019" again), so the holder in between is dropped and logged.
 * 3. A "since" after the text appeared (beyond a president-elect's lead) or long
 *    before the predecessor was last seen is a typo (Romania's Bolojan "since 2005"):
 *    logged, and the start becomes the month (or year) the holder first appeared.
 */
export function holdingsOf(where: string, office: Office, texts: readonly ExecutiveText[]): HoldingsResult {
  const result: HoldingsResult = { holdings: [], gaps: [], log: [] };
  const sorted = withErrata(where, office, texts, result.log)
    .filter((t) => t.last_seen !== STALE_FIRST_SNAPSHOT)
    .map((t) => (t.last_seen > EXECUTIVES_DATE ? { ...t, last_seen: EXECUTIVES_DATE } : t))
    .sort((a, b) => a.first_seen.localeCompare(b.first_seen));
  const raws: Raw[] = [];
  for (const entry of sorted) {
    const principal = entry.unread ? undefined : parsePrincipal(entry.text);
    // A vice-president listed alone (Gambia, 2024) is the Factbook losing the head, not a new one.
    const unread = principal === undefined || (principal !== 'vacant' && /^(Vice|Deputy|First Deputy)\b/i.test(principal.title));
    if (unread || principal === 'vacant') {
      // An erratum's gap is logged by withErrata, with its reason.
      if (unread && !entry.unread) result.log.push(`unread ${where} ${office} ${entry.first_seen}..${entry.last_seen}: "${decodeEntities(entry.text).slice(0, 70)}"`);
      result.gaps.push({ firstSeen: entry.first_seen, lastSeen: entry.last_seen, vacant: !unread });
      if (!unread) raws.push({ principal: { title: 'vacant', name: '', surname: [], given: [] }, firstSeen: entry.first_seen, lastSeen: entry.last_seen, text: fold(decodeEntities(entry.text)) });
      continue;
    }
    // A president-elect's "since" is the election: the term begins with the next text's date.
    let since = /-elect\b/i.test(principal.title) ? undefined : principal.since;
    if (since && earliestDayOf(since) > addDays(entry.first_seen, EARLY_LISTING_DAYS)) {
      result.log.push(`typo ${where} ${office} ${principal.name}: "since ${since}" is after the text first appeared (${entry.first_seen}); start taken from the first snapshot listing them`);
      since = undefined;
    }
    // "Prime Minister (vacant); note - … RUTTE resigned … and is acting Prime Minister": the same holder carries on.
    let vacancies = 0;
    while (raws[raws.length - 1 - vacancies]?.text && principal.surname.some((s) => raws[raws.length - 1 - vacancies]!.text!.includes(s))) vacancies++;
    const beforeVacancy = raws[raws.length - 1 - vacancies];
    if (vacancies > 0 && beforeVacancy && samePerson(beforeVacancy.principal, principal)) {
      raws.splice(raws.length - vacancies, vacancies);
      result.gaps.splice(result.gaps.length - vacancies, vacancies);
    }
    const previous = raws[raws.length - 1];
    // One "since" date, two spellings (Libya's Dbeibeh and Dubaybah): one person.
    const sharesGiven = previous !== undefined && principal.given.some((g) => previous.principal.given.includes(g));
    const sameStart = since !== undefined && since.length === 10 && since === previous?.since && sharesGiven;
    if (previous && previous.principal.title !== 'vacant' && (samePerson(previous.principal, principal) || sameStart)) {
      previous.lastSeen = entry.last_seen;
      // The latest spelling is shown; every spelling is matched ("Tinbu" then "Tinubu", "Haytham" then "Haitham").
      previous.principal = {
        ...principal,
        // The title the holder took office under ("Prime Minister", not the later "Caretaker Prime Minister").
        title: previous.principal.title && !/-elect\b/i.test(previous.principal.title) ? previous.principal.title : principal.title,
        surname: [...new Set([...principal.surname, ...previous.principal.surname])],
        given: [...new Set([...principal.given, ...previous.principal.given])],
      };
      if (since && (!previous.since || since < previous.since)) previous.since = since;
      continue;
    }
    raws.push({ principal, firstSeen: entry.first_seen, lastSeen: entry.last_seen, ...(since ? { since } : {}) });
  }
  // 2. Self-corrections: a later text's "since" predates the holder listed before it.
  for (let i = 1; i < raws.length; i++) {
    const current = raws[i]!;
    const previous = raws[i - 1]!;
    const before = raws[i - 2];
    const previousStart = previous.since ?? previous.firstSeen;
    if (previous.principal.title === 'vacant' || !current.since || latestDayOf(current.since) >= earliestDayOf(previousStart)) continue;
    // Only A, B, A again is a correction; a "since" that predates a different predecessor is a typo, handled below.
    if (!before || before.principal.title === 'vacant' || !samePerson(before.principal, current.principal)) continue;
    result.log.push(`self-correction ${where} ${office}: ${previous.principal.name} (listed ${previous.firstSeen}..${previous.lastSeen}) dropped; the next text has ${current.principal.name} "since ${current.since}"`);
    before.lastSeen = current.lastSeen;
    raws.splice(i - 1, 2);
    i = Math.max(0, i - 2);
  }
  // A text with a name and no title (France's "Sébastien LECORNU (since …)") fills the seat its neighbours name.
  const titled = raws.filter((r) => r.principal.title && r.principal.title !== 'vacant');
  for (const raw of raws) {
    if (!raw.principal.title) raw.principal.title = [...titled].sort((a, b) => Math.abs(Date.parse(a.firstSeen) - Date.parse(raw.firstSeen)) - Math.abs(Date.parse(b.firstSeen) - Date.parse(raw.firstSeen)))[0]?.principal.title ?? '';
  }
  for (const raw of raws) {
    if (raw.principal.title === 'vacant') continue;
    const previous = result.holdings[result.holdings.length - 1];
    let since = raw.since;
    // A successor listed late is the Factbook's lag (India's Murmu "since 25 July 2022" appeared in December); one who
    // took office before the predecessor did is a typo (Romania's Bolojan "since 23 June 2005" for 2025).
    if (since && previous && latestDayOf(since) < earliestDayOf(previous.start)) {
      result.log.push(`typo ${where} ${office} ${raw.principal.name}: "since ${since}" is before the predecessor ${previous.name} took office (${previous.start}); start taken from the first snapshot listing them`);
      since = undefined;
    }
    const { since: _ignored, ...principal } = raw.principal;
    // No usable date: the holder is known from the first text that lists them, and may have begun earlier.
    result.holdings.push({ ...principal, ...(since ? { since } : { startInferred: true }), office, start: since ?? raw.firstSeen, firstSeen: raw.firstSeen, lastSeen: raw.lastSeen });
  }
  return result;
}

function earliestDayOf(date: string): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

function latestDayOf(date: string): string {
  const [y, m, d] = date.split('-');
  return d ? date : m ? `${y}-${m}-31` : `${y}-12-31`;
}
