/**
 * Collects people from several sources (Peppercat/Wikidata officeholders, the UN
 * list, the US Congress and executive files) under their Wikidata QID, then writes
 * one entity each with a summary generated from their roles.
 */
import { horizon, roleSpan } from '../../src/shared/card';
import type { AliasObject, Entity, EntitySource, Fact, Role } from '../../src/shared/dataset';
import { articleSurnameOf, surnameOf } from './lib/names';
import { asciiVariant } from './lib/text';
import { latestDay } from '../../src/shared/time';

export interface Draft {
  id: string;
  name: string;
  jurisdiction: string;
  demonym?: string;
  aliases: AliasObject[];
  /** Set for a name that alone must not match (see markNameAmbiguous). */
  nameAmbiguous?: boolean;
  facts: Map<string, Fact>;
  roles: Map<string, Role>;
  sources: Map<string, EntitySource>;
  updated: string;
  link?: string;
}

const MONARCH = /\b(King|Queen|monarch|Monarch|Emir|emir|Sultan|Emperor|Prince|Gyalpo|Agong|Ngwenyama|Lord of Mann|Pope)\b/;
const INTERNATIONAL = /United Nations|Secretary[- ]General|High Commissioner|Director-General|NATO|World Health|World Trade|International Court|European Commission|European Council/;

/** What to call someone in the summary, from their defining role: not every officeholder is a politician. */
export function kindOfPerson(title: string): string {
  if (/Co-Prince/i.test(title)) return 'Politician';
  // The Pope is the Vatican's sovereign because he heads the Catholic Church, not the other way round.
  if (/\bPope\b/.test(title)) return 'Head of the Catholic Church';
  if (MONARCH.test(title)) return 'Monarch';
  if (/^(Governor|President|Chair)\b.*\b(Central Bank|National Bank|Reserve Bank|Bank of|Bundesbank|Monetary|Federal Reserve|European Central)\b/.test(title)) return 'Central banker';
  if (/Judge|Justice|Court/.test(title)) return 'Judge';
  // A country's envoy to the UN is its diplomat, not an official of the UN.
  if (/^(US )?Ambassador\b/.test(title)) return 'Diplomat';
  // Intelligence chiefs and the White House's staff are officials, not elected politicians.
  if (/^(Director of the (FBI|CIA)|US Director of National Intelligence|White House|US National Security Advisor)\b/.test(title)) return 'Official';
  if (INTERNATIONAL.test(title)) return 'International official';
  if (/Governor-General|Governor General/.test(title)) return 'Governor-general';
  return 'Politician';
}

/**
 * How much a role defines someone, for the summary's first words: a head of state or
 * government of their own country first, then international posts, ministers and
 * legislators; ceremonial posts (a realm's monarch far away, Andorra's co-prince,
 * a governor-general) last. Ties go to the most recent.
 */
export function roleWeight(role: Role): number {
  const t = role.title;
  if (/Co-Prince|Governor[- ]General|^Acting\b|^Interim\b/i.test(t)) return 1;
  if (INTERNATIONAL.test(t) && /^(Secretary|Director|President)/.test(t)) return 4;
  if (role.office || /^(President|Prime Minister|Premier|Chancellor|Federal Chancellor|Taoiseach|Monarch|King|Queen|Emir|Sultan|Emperor|Supreme Leader|Pope|General Secretary)\b/.test(t)) {
    return /^(Vice|Deputy)/.test(t) ? 2 : 5;
  }
  if (/^(Governor of|US Senator|Secretary of State|Attorney General of the United States|Chief Justice of the United States|Associate Justice of the US Supreme Court|Minister|Federal Minister|Chancellor of the Exchequer|Chair of the Federal Reserve|Speaker)/.test(t)) return 3;
  return 2;
}

/**
 * The role that says who someone is. A monarch of several realms is defined by the
 * realm that is theirs (`home`, the most populous of the countries they lead: the
 * United Kingdom for Charles III, France for Macron rather than Andorra).
 */
export function definingRole(roles: readonly Role[], population: (id: string) => number = () => 0): Role | undefined {
  const score = (r: Role) => roleWeight(r) * 1e12 + (roleWeight(r) === 5 && r.of ? population(r.of) : 0);
  return [...roles].sort((a, b) => score(b) - score(a) || (b.end ?? '9999').localeCompare(a.end ?? '9999') || b.start.localeCompare(a.start))[0];
}

const JOIN_GAP_MS = 7 * 86_400_000; // re-appointments and new congresses start within days of the last term's end

/** Back-to-back terms in the same post (a re-appointed minister, a re-elected leader) become one role. */
export function joinConsecutive(sorted: readonly Role[]): Role[] {
  const out: Role[] = [];
  for (const role of sorted) {
    const previous = [...out].reverse().find((r) => r.title === role.title && r.of === role.of);
    const gap = previous?.end ? Date.parse(role.start) - Date.parse(previous.end) : NaN;
    if (previous && previous.end && /^\d{4}-\d{2}-\d{2}$/.test(role.start) && gap >= -86_400_000 && gap <= JOIN_GAP_MS) {
      const index = out.indexOf(previous);
      const { end: _end, endInferred: _inferred, lastSeen: _seen, ...rest } = previous;
      out[index] = { ...rest, ...(role.end ? { end: role.end } : {}), ...(role.endInferred ? { endInferred: true } : {}), ...(role.lastSeen ? { lastSeen: role.lastSeen } : {}) };
    } else out.push({ ...role });
  }
  return out;
}

/** How far a role's knowledge reaches: its end, or for an open role its horizon (open with no horizon reaches furthest). */
function reach(role: Role): string {
  return role.end ? latestDay(role.end) : role.lastSeen ? latestDay(role.lastSeen) : '9999-12-31';
}

/**
 * A role's span for a summary, which has no date of its own: an open role says how far its
 * source saw it ("since 2021, as of January 2025"), so a summary read in 2026 does not state
 * an extract's present as the reader's.
 */
function summarySpan(role: Role): string {
  const span = roleSpan(role);
  return role.end === undefined && role.lastSeen ? `${span}, as of ${horizon(role.lastSeen)}` : span;
}

export class PeopleRegistry {
  private readonly drafts = new Map<string, Draft>();

  /** Registers a person (first name given wins) and returns the draft to add to. */
  person(id: string, name: string, options: { jurisdiction?: string; demonym?: string; link?: string; updated: string }): Draft {
    let draft = this.drafts.get(id);
    if (!draft) {
      draft = { id, name, jurisdiction: options.jurisdiction ?? '', aliases: [], facts: new Map(), roles: new Map(), sources: new Map(), updated: options.updated };
      this.drafts.set(id, draft);
    }
    if (!draft.demonym && options.demonym) draft.demonym = options.demonym;
    if (!draft.link && options.link) draft.link = options.link;
    if (options.updated > draft.updated) draft.updated = options.updated;
    return draft;
  }

  /**
   * Adds a role; the same post with the same start from another row is one term.
   * Of duplicate rows (Wikidata keeps one statement per cabinet: Rutte's four rows all
   * start 2010-10-14) the one that reaches furthest wins, a stated end over a bound.
   */
  addRole(draft: Draft, role: Role): void {
    const key = `${role.title.toLowerCase()}|${role.start}`;
    const existing = draft.roles.get(key);
    if (!existing || reach(role) > reach(existing) || (reach(role) === reach(existing) && existing.endInferred && !role.endInferred)) {
      draft.roles.set(key, role);
    }
  }

  /** Replaces `old` (a role of this draft) by `role`, or removes it when `role` is undefined. */
  replaceRole(draft: Draft, old: Role, role?: Role): void {
    for (const [key, value] of draft.roles) if (value === old) draft.roles.delete(key);
    if (role) draft.roles.set(`${role.title.toLowerCase()}|${role.start}`, role);
  }

  roles(draft: Draft): Role[] {
    return [...draft.roles.values()];
  }

  get(id: string): Draft | undefined {
    return this.drafts.get(id);
  }

  all(): Draft[] {
    return [...this.drafts.values()];
  }

  addFact(draft: Draft, fact: Fact): void {
    if (!draft.facts.has(fact.label)) draft.facts.set(fact.label, fact);
  }

  addSource(draft: Draft, source: EntitySource): void {
    draft.sources.set(`${source.source}|${source.url ?? ''}`, source);
  }

  /** The name alone needs context to match (a one-word name that is also a common given name). */
  markNameAmbiguous(draft: Draft): void {
    draft.nameAmbiguous = true;
  }

  addAlias(draft: Draft, alias: AliasObject): void {
    if (alias.text !== draft.name && !draft.aliases.some((a) => a.text === alias.text)) draft.aliases.push(alias);
  }

  get size(): number {
    return this.drafts.size;
  }

  /**
   * One entity per person with roles. The summary starts from the defining role
   * (`definingRole`), and the demonym is that role's country's: Macron is French,
   * not Andorran, and a UN official is not described by an old national post.
   */
  toEntities(context: { demonym?: (countryId: string) => string | undefined; population?: (countryId: string) => number } = {}): Entity[] {
    return [...this.drafts.values()].filter((d) => d.roles.size > 0).map((draft) => {
      const roles = joinConsecutive([...draft.roles.values()].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title)));
      const defining = definingRole(roles, context.population)!;
      const others = [...roles].reverse().filter((r) => r !== defining && r.title !== defining.title);
      const second = others.find((r) => roleWeight(r) >= 3) ?? others[0];
      const kind = kindOfPerson(defining.title);
      const demonym = kind === 'International official' ? undefined : (defining.of && context.demonym?.(defining.of)) || draft.demonym;
      const who = demonym ? `${demonym} ${kind.toLowerCase()}` : kind;
      const summary = `${who}. ${[defining, ...(second ? [second] : [])].map((r) => `${r.title} (${summarySpan(r)})`).join('; ')}.`;
      const surname = surnameOf(draft.name, draft.jurisdiction);
      const aliases = [...(draft.nameAmbiguous ? [{ text: draft.name, ambiguous: true }] : []), ...draft.aliases];
      const ascii = asciiVariant(draft.name);
      if (ascii && !aliases.some((a) => a.text === ascii)) aliases.push({ text: ascii });
      if (surname) {
        // "President Xi", "Sen. Cantwell": the matcher's title rule reads a title before the surname (issue 12: not an alias too).
        if (!aliases.some((a) => a.text === surname)) aliases.push({ text: surname, short: true });
        // "al-Bashir" is written as often as "Bashir".
        const article = articleSurnameOf(draft.name, surname);
        if (article && !aliases.some((a) => a.text === article)) aliases.push({ text: article, short: true });
      }
      const related = [...new Set(roles.map((r) => r.of).filter((of): of is string => of !== undefined))].sort();
      return {
        id: draft.id,
        type: 'person',
        name: draft.name,
        ...(aliases.length > 0 ? { aliases } : {}),
        summary: summary.length > 400 ? `${summary.slice(0, 398)}…` : summary,
        ...(draft.facts.size > 0 ? { facts: [...draft.facts.values()] } : {}),
        // The defining role first: the card lists it first among roles held together (the UK before Tuvalu).
        roles: [defining, ...roles.filter((r) => r !== defining)],
        ...(related.length > 0 ? { related } : {}),
        ...(draft.link ? { link: draft.link } : {}),
        sources: [...draft.sources.values()],
        updated: draft.updated,
      } satisfies Entity;
    });
  }
}
