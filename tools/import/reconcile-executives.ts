/**
 * Heads of state and government from the Factbook's weekly history (public domain),
 * reconciled with the roles other sources gave the same people. The rule, pinned by
 * tests: inside its window (late 2020 to May 2026) the Factbook is the newer and more
 * authoritative source for who held a country's two seats and when that changed, so
 * it wins; before the window the older sources keep what only they know (a start in
 * 2015). Every disagreement beyond a few days is logged with both values, and a role
 * of someone the Factbook shows out of office is cut at the successor's start or left out.
 */
import type { Role } from '../../src/shared/dataset';
import { earliestDay, latestDay } from '../../src/shared/time';
import type { CountryImport, CountryRef } from './countries';
import { EXECUTIVES_DATE, fold, holdingsOf, type ExecutiveText, type Holding, type Office } from './factbook-executives';
import { readSourceJson } from './lib/io';
import { isFamilyNameFirst } from './lib/names';
import { dayBefore, slugify } from './lib/text';
import { roleTitle } from './officeholders';
import type { Draft, PeopleRegistry } from './people';

export const EXECUTIVES_SOURCE = 'cia-factbook-executives';
const EXECUTIVES_FILE = 'cia-world-factbook/factbook-executives-2020-2026.json';
/** Two sources a few days apart on a handover (sworn in, or took office) agree. */
const TOLERANCE_DAYS = 3;
/** Weekly snapshots: a successor who took office within a month of the last sighting of the holder ends that holder's term. */
const SNAPSHOT_LAG_DAYS = 31;
/** A start or end another source states within this of the Factbook's is the precise day (inauguration, not election). */
const PRECISE_WITHIN_DAYS = 90;
/** Holders first listed before this were in office when the weekly history begins. */
const WINDOW_OPENS = '2020-12-31';
/** The first snapshot that is not a stale page. */
const WINDOW_FIRST_DAY = '2020-11-24';

const FAMILIES: [RegExp, string][] = [
  [/\b(Vice|Deputy)\b/i, 'deputy'],
  [/Co-?prince/i, 'co-prince'],
  [/President of the (Government|Council of Ministers)|Prime Minister|Premier|Chancellor|Taoiseach|Chief Minister|Chairman of the (Council|Cabinet) of Ministers|Chairperson of the Council/i, 'prime minister'],
  [/\b(King|Queen|Monarch|monarch|Emir|Amir|Sultan|Emperor|Grand Duke|Prince|Pope|Druk Gyalpo|Ngwenyama|Yang di-Pertuan Agong|O le Ao o le Malo)\b/, 'monarch'],
  [/President|Chairman of the Presidency|Chairman of the Presidential|Chairman of the Sovereignty|Chairman of the State Administration/i, 'president'],
  [/Chief Executive|Chief Adviser|Supreme Leader|Captain Regent|Governor/i, 'other'],
];

/** Which kind of seat a title names ("Premier of the State Council" is a prime minister's). */
export function titleFamily(title: string): string | undefined {
  // Posts that borrow a head's word: the Chancellor of the Exchequer, a central bank's president, a senate's.
  if (/[Bb]ank|Reserve|Monetary|Exchequer|Pro Tempore|Speaker|Senate|House|Assembly|Parliament|Court|(?<!Prime )Minister (of|for) |Secretary|Treasury|Foreign|Finance|Defen[cs]e|Party/.test(title)) return undefined;
  // The word that comes first names the seat: "Sultan and Prime Minister" is a monarch.
  let best: { index: number; family: string } | undefined;
  for (const [pattern, family] of FAMILIES) {
    const index = title.search(pattern);
    if (index >= 0 && (!best || index < best.index)) best = { index, family };
  }
  return best?.family;
}

/** The role title for a Factbook holding: its own word, for its country ("Interim Prime Minister of Bangladesh"). */
export function holdingTitle(holding: Holding, country: CountryRef): string {
  const raw = holding.title.replace(/\b(Sr|Gen|Lt|Col|Dr)\.?\b/g, '').replace(/\s+/g, ' ').trim();
  const known = /^((?:Interim|Acting|Transitional|transitional|Caretaker) )?(Prime Minister|Premier|Chancellor|Taoiseach|President|King|Queen|Emir|Amir|Sultan|Emperor|Grand Duke|Prince|Pope|Co-prince|Chief Executive|Chief Minister|Chief Adviser|Supreme Leader|Governor)/i.exec(raw);
  const word = known ? `${known[1] ? `${known[1].charAt(0).toUpperCase()}${known[1].slice(1).toLowerCase()}` : ''}${known[2]!.replace(/^co-prince$/i, 'Co-Prince')}` : holding.office === 'head of state' ? 'Head of State' : 'Head of Government';
  return roleTitle(word, country.name);
}

const day = (date: string) => earliestDay(date);
function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(day(a)) - Date.parse(day(b))) / 86_400_000;
}

/** The roles a seat's holdings imply: a successor's start ends a term; a gap or a late sighting leaves only a bound. */
export function holdingRoles(holdings: readonly Holding[], gaps: readonly { firstSeen: string }[]): Omit<Role, 'title' | 'of'>[] {
  return holdings.map((holding, i) => {
    const next = holdings[i + 1];
    const gapAfter = gaps.find((g) => g.firstSeen > holding.lastSeen && (!next || g.firstSeen < next.firstSeen));
    const base = { start: holding.start, ...(holding.startInferred ? { startInferred: true } : {}), office: holding.office, source: EXECUTIVES_SOURCE } as const;
    if (!next && !gapAfter) return { ...base, lastSeen: holding.lastSeen };
    // A vacancy (Syria after 8 December 2024) bounds the end at its first sighting; so does a successor whose own start is unknown.
    const nextStart = next && !gapAfter && !next.startInferred && next.start.length === 10 && next.start > holding.start ? next.start : undefined;
    const end = nextStart ? dayBefore(nextStart) : dayBefore(gapAfter?.firstSeen ?? next!.firstSeen);
    const inferred = !nextStart || gapAfter !== undefined || daysBetween(nextStart, holding.lastSeen) > SNAPSHOT_LAG_DAYS;
    const lastSeen = holding.lastSeen < end ? holding.lastSeen : end;
    return inferred ? { ...base, end, endInferred: true, lastSeen } : { ...base, end };
  });
}

/** A key no single word can be: the whole name folded, hyphens and runs of spaces as one space. */
const wholeNameKey = (name: string) => `=${fold(name).replace(/[\s-]+/g, ' ').trim()}`;

/** Wikidata ids of leaders Wikitrivia lists ("Friedrich Merz", Q566257), for holders no officeholder file knows. */
function wikitriviaLeaders(): Map<string, { qid: string; label: string }[]> {
  const data = readSourceJson<{ categories: Record<string, { item: string; itemLabel: string }[]> }>('wikitrivia-wikidata/wikitrivia-wikidata-rows.json');
  const index = new Map<string, { qid: string; label: string }[]>();
  for (const [category, rows] of Object.entries(data.categories)) {
    if (!/taking-office|statespeople/.test(category)) continue;
    for (const row of rows) {
      const qid = /Q\d+$/.exec(row.item)?.[0];
      if (!qid) continue;
      const add = (key: string) => index.set(key, [...(index.get(key) ?? []), { qid, label: row.itemLabel }]);
      const words = fold(row.itemLabel).split(/\s+/);
      const last = words[words.length - 1];
      if (last) add(last);
      // And by the whole name, hyphens read as spaces: the Factbook's "LEE Jae-myung" is Wikidata's "Lee Jae Myung".
      add(wholeNameKey(row.itemLabel));
      // A Korean name ends in its hyphenated given name ("Lee Jae-myung"): its family name comes first.
      if (words.length === 2 && /^\p{L}+-\p{L}+$/u.test(last!)) add(words[0]!);
    }
  }
  return index;
}

const PARTICLES = new Set(['of', 'the', 'al', 'el', 'bin', 'ibn', 'bint', 'da', 'de', 'del', 'dos', 'van', 'von', 'der', 'ben', 'abu', 'ould']);
const tokensOf = (name: string) =>
  fold(name).replace(/[^a-z'\s-]/g, ' ').split(/[\s-]+/).map((t) => t.replace(/'/g, '')).filter((t) => t.length > 1 && !PARTICLES.has(t));

/** A transliteration's consonants: Muhammad and Mohammed, Zayid and Zayed, al-Manfi and al-Menfi agree. */
function skeleton(token: string): string {
  return token.charAt(0) + token.slice(1).replace(/[aeiouyw]/g, '').replace(/(.)\1+/g, '$1');
}

/** Russian and Turkic transliterations write one sound as "zh" or "j": Zhaparov and Japarov, Zheenbekov and Jeenbekov. */
const zhAsJ = (token: string) => token.replace(/zh/g, 'j');

function close(a: string, b: string, loose = false): boolean {
  if (a === b) return true;
  if (a.includes('zh') !== b.includes('zh') && zhAsJ(a) === zhAsJ(b)) return true;
  if (skeleton(a).length >= 3 && skeleton(a) === skeleton(b)) return true;
  // Given names only: Mohammad, Mohammed (a surname one letter off is another person: Kielsen, Nielsen).
  if (loose && a.length >= 5 && b.length === a.length && [...a].filter((c, i) => c !== b[i]).length === 1) return true;
  // Doubled letters, an article, and a silent h after t (Haiti's Jouthe, Wikidata's Joute).
  const strip = (t: string) => t.replace(/(.)\1/g, '$1').replace(/^(al|el)/, '').replace(/th/g, 't');
  return a.length >= 2 && strip(a) === strip(b);
}

/** Whether a known person's name is the Factbook's holder: the surname, and a given name when both have one. */
export function nameMatches(holding: Pick<Holding, 'surname' | 'given'>, name: string): boolean {
  const tokens = tokensOf(name);
  const surname = holding.surname.flatMap((s) => tokensOf(s));
  if (surname.length === 0 || !surname.some((s) => tokens.some((t) => close(s, t)))) {
    // "Mohammad Shahabuddin CHUPPI" is "Mohammed Shahabuddin": two names in common, the surname left out.
    const all = [...surname, ...holding.given.flatMap((g) => tokensOf(g))];
    const shared = tokens.filter((t) => t.length >= 4 && all.some((a) => close(a, t, true)));
    // The known name's own last word must be among them: two title words in common are no match.
    return tokens.length >= 2 && shared.length >= 2 && shared.includes(tokens[tokens.length - 1]!);
  }
  const theirGiven = tokens.filter((t) => !surname.some((s) => close(s, t)));
  const fits = (g: string) => theirGiven.some((t) => close(g, t, true) || t.startsWith(g) || g.startsWith(t));
  // A hyphenated given name is one name: all of its parts must fit ("Abd-al-Fattah" is "Abdel
  // Fattah"), or the whole a whole word ("Chan-ocha" is "Chan-o-cha"). Korean "Jae-myung" is not
  // "Myung-bak", nor "Ju-ho" "Ju-yeol".
  const whole = (word: string) => fold(word).replace(/[^a-z]/g, '');
  const theirWhole = fold(name).split(/\s+/).map(whole).filter((t) => t.length > 1);
  const words = holding.given.flatMap((g) => g.split(/\s+/)).filter((word) => tokensOf(word).length > 0);
  const wordFits = (word: string) => tokensOf(word).every(fits) || theirWhole.some((t) => close(whole(word), t, true));
  // A given name written as syllables ("LEE Ju Ho", "KIM Jong Un") is one name too: every syllable
  // must fit ("Lee Ju-yeol" and "Kim Jong-il" are others); of longer words one will do ("Bola Ahmed").
  const isSyllables = words.every((word) => whole(word).length <= 4);
  return words.length === 0 || theirGiven.length === 0 || (isSyllables ? words.every(wordFits) : words.some(wordFits));
}

/** Whether a role of a known person covers some of a span of time, from `start` to `last` (an end a few days before `start` counts). */
export function overlapsSpan(role: Pick<Role, 'start' | 'end'>, start: string, last: string): boolean {
  if (earliestDay(role.start) > latestDay(last)) return false;
  return role.end === undefined || latestDay(role.end) >= earliestDay(start) || daysBetween(role.end, start) <= TOLERANCE_DAYS;
}

/** How much of a name two spellings share: the first given name counts most ("Idriss Déby", not "Mahamat Déby Itno"). */
function nameScore(holding: Pick<Holding, 'surname' | 'given' | 'name'>, name: string): number {
  const tokens = tokensOf(name);
  const given = holding.given.flatMap((g) => tokensOf(g));
  const surname = holding.surname.flatMap((s) => tokensOf(s));
  let score = 0;
  for (const t of [...surname, ...given]) if (tokens.some((u) => close(t, u))) score += given.includes(t) ? 2 : 1;
  const first = tokensOf(holding.name)[0];
  if (first && tokens[0] && close(first, tokens[0])) score += 3;
  // Names the Factbook does not give count against ("Khalid bin Salman" is not King Salman).
  score -= tokens.filter((u) => ![...surname, ...given].some((t) => close(t, u))).length / 2;
  return score;
}

interface Context {
  countries: CountryImport;
  people: PeopleRegistry;
  log: string[];
  byCountry: Map<string, Set<Draft>>;
  trivia: Map<string, { qid: string; label: string }[]>;
  reconciled: Set<Role>;
}

function findPerson(ctx: Context, holding: Holding, country: CountryRef): Draft | undefined {
  const known = [...(ctx.byCountry.get(country.id) ?? [])].filter((d) => nameMatches(holding, d.name));
  if (known.length === 1) return known[0];
  if (known.length > 1) {
    // Several share the surname (Idriss and Mahamat Déby): the most name in common wins, a head post breaking ties.
    const scored = known.map((d) => ({ d, score: nameScore(holding, d.name) + (ctx.people.roles(d).some((r) => r.of === country.id && titleFamily(r.title) === titleFamily(holding.title)) ? 0.5 : 0) }));
    const best = Math.max(...scored.map((s) => s.score));
    const top = scored.filter((s) => s.score === best);
    if (top.length === 1) return top[0]!.d;
    ctx.log.push(`ambiguous ${country.name} ${holding.office} "${holding.name}": ${top.map((s) => `${s.d.id} ${s.d.name}`).join(', ')}; left unmatched`);
    return undefined;
  }
  // "Joseph R. Biden" is "Joe Biden": a surname alone will do for someone already holding a head post there
  // at the time, not for a relative who held it only later (Gurbanguly Berdimuhamedow's term is not his son Serdar's),
  // nor where names put the family name first, shared by millions ("LEE Jae-myung" is not the acting "Lee Ju Ho" before him).
  const bySurname = [...(ctx.byCountry.get(country.id) ?? [])].filter(
    (d) =>
      nameMatches({ surname: holding.surname, given: [] }, d.name) &&
      ctx.people.roles(d).some((r) => r.of === country.id && titleFamily(r.title) === titleFamily(holding.title) && overlapsSpan(r, holding.start, holding.lastSeen)),
  );
  if (bySurname.length === 1 && !isFamilyNameFirst(slugify(country.name))) return bySurname[0];
  // Someone known elsewhere by exactly this name (Charles III, for a realm no other file lists him in).
  const everywhere = ctx.people.all().filter((d) => fold(d.name) === fold(holding.name));
  if (everywhere.length === 1) return everywhere[0];
  // A Wikitrivia leader: the person already imported under that id, or a new one.
  const leader = (row: { qid: string; label: string }, jurisdiction?: string) =>
    ctx.people.get(row.qid) ?? ctx.people.person(row.qid, row.label, { ...(jurisdiction ? { jurisdiction } : {}), updated: EXECUTIVES_DATE });
  const spelled = ctx.trivia.get(wholeNameKey(holding.name)) ?? [];
  if (spelled.length === 1) return leader(spelled[0]!, slugify(country.name));
  const trivia = holding.surname.flatMap((s) => ctx.trivia.get(s.replace(/^(al|el)-/, '')) ?? ctx.trivia.get(s) ?? []).filter((t) => nameMatches(holding, t.label) && tokensOf(t.label).length <= holding.surname.length + holding.given.length);
  if (trivia.length === 1) return leader(trivia[0]!);
  if (country.type !== 'country') return undefined;
  // No Wikidata id in any file here: a Backstory id, merged by the lead when another source brings the QID.
  // (Its country says which word is the family name: "Lee Ju Ho" is Mr. Lee.)
  const draft = ctx.people.person(`bs:person/${slugify(holding.name)}`, holding.name, { jurisdiction: slugify(country.name), updated: EXECUTIVES_DATE });
  // A one-word name is a monarch's given name ("Grand Duke GUILLAUME"): alone it would light up every
  // Guillaume on a page, so it needs context (the country, the title) like any shared name.
  if (tokensOf(holding.name).length === 1) ctx.people.markNameAmbiguous(draft);
  return draft;
}

function describe(role: Role): string {
  return `${role.start}..${role.end ?? (role.lastSeen ? `open, seen ${role.lastSeen}` : 'open')}${role.endInferred ? ' (end a bound)' : ''} [${role.source}]`;
}

/** Merges a holding's role into the person's matching roles of that seat; the Factbook wins inside its window. */
function mergeIntoPerson(ctx: Context, draft: Draft, country: CountryRef, holding: Holding, implied: Omit<Role, 'title' | 'of'>): void {
  const family = titleFamily(holding.title) ?? (holding.office === 'head of state' ? 'president' : 'prime minister');
  const overlaps = (r: Role) => r.of === country.id && overlapsSpan(r, implied.start, implied.end ?? implied.lastSeen ?? EXECUTIVES_DATE);
  const candidates = ctx.people.roles(draft).filter((r) => overlaps(r) && titleFamily(r.title) === family);
  // The same person's other seat (a president who heads both) is already this role.
  if (candidates.some((r) => ctx.reconciled.has(r) && r.office !== holding.office)) return;
  // A term already reconciled in this seat stays as it is: this holding is a later one (Kurti, acting from 2025).
  const mine = candidates.filter((r) => !ctx.reconciled.has(r));
  const previous = mine.sort((a, b) => a.start.localeCompare(b.start))[0];
  let start = implied.start;
  if (previous && previous.start !== implied.start) {
    // An incumbent when the weekly history opens began before it: the older source knows when (the Factbook
    // gives Elizabeth II "since 1952" for the Bahamas). A day stated within a few weeks of the Factbook's is the
    // precise one (Wikidata has Raisi's inauguration, the Factbook his election).
    if (holding.firstSeen <= WINDOW_OPENS || holding.since === undefined || daysBetween(previous.start, implied.start) <= PRECISE_WITHIN_DAYS) start = previous.start;
    else ctx.log.push(`conflict ${draft.id} ${draft.name}, ${previous.title}: start ${previous.start} [${previous.source}] vs ${implied.start} [${EXECUTIVES_SOURCE}]; the Factbook's wins`);
  }
  const role: Role = { title: previous?.title ?? holdingTitle(holding, country), of: country.id, ...implied, start };
  if (start !== implied.start) delete role.startInferred;
  const last = mine[mine.length - 1];
  if (last && last.end && !last.endInferred && role.end && daysBetween(last.end, role.end) <= PRECISE_WITHIN_DAYS) {
    role.end = last.end; // a stated handover day a day or two off: keep the precise one
    delete role.endInferred;
    delete role.lastSeen;
  } else if (last && (last.end ?? 'open') !== (role.end ?? 'open') && !(last.end === undefined && role.end === undefined)) {
    ctx.log.push(`conflict ${draft.id} ${draft.name}, ${role.title}: end ${describe(last)} vs ${describe(role)}; the Factbook's wins`);
  }
  if (start !== implied.start) role.source = previous!.source;
  ctx.people.person(draft.id, draft.name, { updated: EXECUTIVES_DATE });
  for (const old of mine) ctx.people.replaceRole(draft, old);
  ctx.people.replaceRole(draft, role, role);
  ctx.people.addSource(draft, { source: EXECUTIVES_SOURCE });
  ctx.reconciled.add(role);
  ctx.byCountry.get(country.id)?.add(draft);
}

/** Someone else's role in a seat the Factbook shows held by another: cut at the successor's start, or left out. */
function sweepOthers(ctx: Context, country: CountryRef, holdings: readonly Holding[], implied: readonly Omit<Role, 'title' | 'of'>[], families: Set<string>, texts: string): void {
  if (holdings.length === 0) return;
  const covers = (i: number, date: string) => earliestDay(holdings[i]!.start) <= date && latestDay(implied[i]!.end ?? EXECUTIVES_DATE) >= date;
  for (const draft of ctx.byCountry.get(country.id) ?? []) {
    for (const role of ctx.people.roles(draft)) {
      if (role.of !== country.id || ctx.reconciled.has(role) || !families.has(titleFamily(role.title) ?? '')) continue;
      // Only what the weekly history saw: roles over before it opened keep their own sources' dates.
      if (role.end && latestDay(role.end) < WINDOW_FIRST_DAY) continue;
      // Named in the seat's texts (Andorra's second co-prince, a "represented by"): not contradicted.
      if (holdings.some((h) => nameMatches(h, draft.name)) || tokensOf(draft.name).some((t) => t.length > 3 && texts.includes(t))) continue;
      const from = earliestDay(role.start) > WINDOW_FIRST_DAY ? earliestDay(role.start) : WINDOW_FIRST_DAY;
      // Only a holder of the same kind of seat contradicts (South Korea's prime minister is not its president).
      const family = titleFamily(role.title);
      const sameSeat = (h: Holding) => (titleFamily(h.title) ?? family) === family;
      const index = holdings.findIndex((h, i) => sameSeat(h) && covers(i, from));
      const holder = holdings[index];
      const successor = holdings.find((h) => sameSeat(h) && earliestDay(h.start) > earliestDay(role.start));
      if (role.end && !role.endInferred && successor && daysBetween(role.end, successor.start) <= PRECISE_WITHIN_DAYS) continue;
      if (holder && earliestDay(holder.start) <= earliestDay(role.start) && daysBetween(holder.start, role.start) > TOLERANCE_DAYS) {
        ctx.log.push(`conflict ${draft.id} ${draft.name}, ${role.title} ${describe(role)}: the Factbook shows ${holder.name} in that seat since ${holder.start}; role left out`);
        ctx.people.replaceRole(draft, role);
      } else if (successor) {
        const end = dayBefore(successor.start.length === 10 ? successor.start : successor.firstSeen);
        if (earliestDay(end) < earliestDay(role.start) || (role.end && latestDay(role.end) <= latestDay(end))) continue;
        ctx.log.push(`conflict ${draft.id} ${draft.name}, ${role.title} ${describe(role)}: the Factbook shows ${successor.name} in that seat from ${successor.start}; ended by ${end}`);
        const lastSeen = role.lastSeen && role.lastSeen < end ? role.lastSeen : undefined;
        ctx.people.replaceRole(draft, role, { ...role, end, endInferred: true, ...(lastSeen ? { lastSeen } : { lastSeen: role.start.length === 10 ? role.start : earliestDay(role.start) }) });
      }
    }
  }
}

/** Adds and reconciles every country's heads of state and government from the Factbook's weekly history. */
export function importExecutives(countries: CountryImport, people: PeopleRegistry, log: string[]): void {
  const data = readSourceJson<{ countries: Record<string, Record<string, ExecutiveText[]>> }>(EXECUTIVES_FILE);
  const byCountry = new Map<string, Set<Draft>>();
  for (const draft of people.all()) for (const role of people.roles(draft)) if (role.of) byCountry.set(role.of, (byCountry.get(role.of) ?? new Set()).add(draft));
  const ctx: Context = { countries, people, log, byCountry, trivia: wikitriviaLeaders(), reconciled: new Set() };
  for (const gec of Object.keys(data.countries).sort()) {
    const country = countries.byGec.get(gec);
    if (!country || country.type === 'place') continue;
    for (const [field, office] of [['chief of state', 'head of state'], ['head of government', 'head of government']] as [string, Office][]) {
      // A territory's chief of state is its sovereign's (the British monarch for Anguilla): not a post of the territory.
      if (office === 'head of state' && country.type !== 'country') continue;
      const { holdings, gaps, log: readLog } = holdingsOf(gec, office, data.countries[gec]![field] ?? []);
      log.push(...readLog.map((line) => `${EXECUTIVES_FILE}: ${line}`));
      const implied = holdingRoles(holdings, gaps);
      holdings.forEach((holding, i) => {
        const draft = findPerson(ctx, holding, country);
        if (!draft) {
          log.push(`unmatched ${country.name} ${office} "${holding.name}" ${holding.start}: no known person; the seat shows no one then`);
          return;
        }
        if (!byCountry.has(country.id)) byCountry.set(country.id, new Set());
        byCountry.get(country.id)!.add(draft);
        mergeIntoPerson(ctx, draft, country, holding, implied[i]!);
      });
      const texts = (data.countries[gec]![field] ?? []).map((t) => fold(t.text)).join(' ');
      sweepOthers(ctx, country, holdings, implied, new Set(holdings.map((h) => titleFamily(h.title) ?? (office === 'head of state' ? 'president' : 'prime minister'))), texts);
    }
  }
}
