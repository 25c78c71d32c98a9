/**
 * Collects people from several sources (Peppercat/Wikidata officeholders, the UN
 * list, the US Congress and executive files) under their Wikidata QID, then writes
 * one entity each with a summary generated from their roles.
 */
import type { AliasObject, Entity, EntitySource, Fact, Role } from '../../src/shared/dataset';
import { surnameOf } from './lib/names';
import { asciiVariant } from './lib/text';

interface Draft {
  id: string;
  name: string;
  jurisdiction: string;
  demonym?: string;
  aliases: AliasObject[];
  facts: Map<string, Fact>;
  roles: Map<string, Role>;
  sources: Map<string, EntitySource>;
  updated: string;
  link?: string;
}

const MONARCH = /\b(King|Queen|monarch|Monarch|Emir|emir|Sultan|Emperor|Prince|Gyalpo|Agong|Ngwenyama|Lord of Mann)\b/;

/** What to call someone in the summary, from their latest role: not every officeholder is a politician. */
function kindOfPerson(title: string): string {
  if (MONARCH.test(title)) return 'Monarch';
  if (/Bank|Reserve|Bundesbank|Monetary/.test(title)) return 'Central banker';
  if (/Judge|Justice|Court/.test(title)) return 'Judge';
  if (/United Nations|Secretary-General|High Commissioner|Director-General/.test(title)) return 'International official';
  if (/Governor-General|Governor General/.test(title)) return 'Governor-general';
  return 'Politician';
}

function years(role: Role): string {
  const start = role.start.slice(0, 4);
  if (!role.end) return `since ${start}`;
  const end = role.end.slice(0, 4);
  return start === end ? start : `${start}–${end}`;
}

/** How news names an officeholder by title: role-title pattern → the forms used before a surname. */
const TITLE_FORMS: [RegExp, string[]][] = [
  [/^President of /, ['President']],
  [/^Vice President of /, ['Vice President']],
  [/^Prime Minister of /, ['Prime Minister']],
  [/^(Federal )?Chancellor of /, ['Chancellor']],
  [/^Premier of /, ['Premier']],
  [/^US Senator/, ['Senator', 'Sen.']],
  [/^US Representative/, ['Rep.', 'Representative']],
  [/^Secretary of (State|Defen[cs]e|the Treasury) of the United States/, ['Secretary']],
  [/Foreign (Affairs|Minister)|External Affairs|^Secretary of State for Foreign/, ['Foreign Minister']],
  [/Minister (of|for) (the )?(Finance|Economy and Finance)/, ['Finance Minister']],
  [/Minister (of|for) (National )?Defen[cs]e/, ['Defence Minister', 'Defense Minister']],
  [/^Speaker of the House/, ['Speaker']],
];

/** "President Xi", "Sen. Cantwell": the titled short forms a person's roles justify. */
export function titledNames(roles: readonly Role[], surname: string): string[] {
  const out = new Set<string>();
  for (const role of roles) for (const [pattern, forms] of TITLE_FORMS) if (pattern.test(role.title)) for (const form of forms) out.add(`${form} ${surname}`);
  return [...out];
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
      const { end: _end, endInferred: _inferred, ...rest } = previous;
      out[index] = { ...rest, ...(role.end ? { end: role.end } : {}), ...(role.endInferred ? { endInferred: true } : {}) };
    } else out.push({ ...role });
  }
  return out;
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

  addRole(draft: Draft, role: Role): void {
    const key = `${role.title.toLowerCase()}|${role.start}`;
    const existing = draft.roles.get(key);
    // The same term from two sources: keep a stated end over an inferred or missing one.
    if (!existing || (existing.end === undefined && role.end !== undefined) || (existing.endInferred && role.end && !role.endInferred)) {
      draft.roles.set(key, role);
    }
  }

  addFact(draft: Draft, fact: Fact): void {
    if (!draft.facts.has(fact.label)) draft.facts.set(fact.label, fact);
  }

  addSource(draft: Draft, source: EntitySource): void {
    draft.sources.set(`${source.source}|${source.url ?? ''}`, source);
  }

  addAlias(draft: Draft, alias: AliasObject): void {
    if (alias.text !== draft.name && !draft.aliases.some((a) => a.text === alias.text)) draft.aliases.push(alias);
  }

  get size(): number {
    return this.drafts.size;
  }

  toEntities(): Entity[] {
    return [...this.drafts.values()].filter((d) => d.roles.size > 0).map((draft) => {
      const roles = joinConsecutive([...draft.roles.values()].sort((a, b) => a.start.localeCompare(b.start) || a.title.localeCompare(b.title)));
      const recent = [...roles].reverse().slice(0, 2);
      const kind = kindOfPerson(recent[0]!.title);
      const who = draft.demonym ? `${draft.demonym} ${kind.toLowerCase()}` : kind;
      const summary = `${who}. ${recent.map((r) => `${r.title} (${years(r)})`).join('; ')}.`;
      const surname = surnameOf(draft.name, draft.jurisdiction);
      const aliases = [...draft.aliases];
      const ascii = asciiVariant(draft.name);
      if (ascii && !aliases.some((a) => a.text === ascii)) aliases.push({ text: ascii });
      if (surname) {
        if (!aliases.some((a) => a.text === surname)) aliases.push({ text: surname, short: true });
        for (const text of titledNames(roles, surname)) if (!aliases.some((a) => a.text === text)) aliases.push({ text });
      }
      const related = [...new Set(roles.map((r) => r.of).filter((of): of is string => of !== undefined))].sort();
      return {
        id: draft.id,
        type: 'person',
        name: draft.name,
        ...(aliases.length > 0 ? { aliases } : {}),
        summary: summary.length > 400 ? `${summary.slice(0, 398)}…` : summary,
        ...(draft.facts.size > 0 ? { facts: [...draft.facts.values()] } : {}),
        roles,
        ...(related.length > 0 ? { related } : {}),
        ...(draft.link ? { link: draft.link } : {}),
        sources: [...draft.sources.values()],
        updated: draft.updated,
      } satisfies Entity;
    });
  }
}
