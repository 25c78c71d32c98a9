/**
 * International organizations from the Factbook's Appendix B (2020 capture: names,
 * abbreviations, founding dates, aims; US public domain, quoted in short) with
 * current membership counted from each country's 2026 "International organization
 * participation" field, which is fresher than the appendix's member lists.
 */
import type { AliasObject, Entity, Fact } from '../../src/shared/dataset';
import type { CountryImport } from './countries';
import { FACTBOOK_DATE } from './countries';
import { readSourceCsv } from './lib/io';
import { clip, slugify } from './lib/text';

/** Abbreviations kept as exact-case aliases even though short; the rest of 2-letter ones are ambiguous. */
const SAFE_SHORT = new Set(['UN', 'EU', 'G7', 'G8']);
/** Appendix rows covered by another entry (the EU has its own Factbook entry). */
const SKIP = new Set(['EU']);
/** Names too generic to highlight alone. */
/** What happened after the appendix's January 2020 capture, where it changes what the entry means (found by the audit). */
const SINCE_2020: Record<string, string> = {
  NAFTA: 'Replaced on 1 July 2020 by the United States-Mexico-Canada Agreement (USMCA).',
  UNAMID: 'Its mandate ended on 31 December 2020.',
};
/**
 * The appendix writes the International Criminal Court "ICCt" to tell it from the
 * International Chamber of Commerce; the news writes "ICC" and means the court.
 */
const ABBREVIATION_FIXES: Record<string, string> = { ICCt: 'ICC', ICC: '' };
const AMBIGUOUS_NAMES = new Set(['commonwealth', 'entente', 'colombo plan', 'paris club', 'australia group']);

export function orgId(abbreviation: string, name: string): string {
  return `bs:org/${slugify(abbreviation || name)}`;
}

/** Membership tokens of one country: "UN Security Council (permanent)" → "UN Security Council". */
export function membershipTokens(field: string): { org: string; qualifier?: string }[] {
  return field
    .split(/,\s*/)
    .map((part) => {
      const m = /^(.*?)\s*(?:\(([^)]*)\))?$/.exec(part.trim());
      return m?.[1] ? { org: m[1], ...(m[2] ? { qualifier: m[2] } : {}) } : undefined;
    })
    .filter((t): t is { org: string; qualifier?: string } => t !== undefined);
}

function membersByOrg(countries: CountryImport): Map<string, string[]> {
  const members = new Map<string, string[]>();
  for (const entity of countries.entities) {
    const field = entity.facts?.find((f) => f.label === 'Memberships')?.value ?? '';
    for (const { org, qualifier } of membershipTokens(field.replace(/…$/, ''))) {
      if (qualifier && /observer|partner|associate|dialogue|nonsignatory|candidate|suspended/i.test(qualifier)) continue;
      members.set(org, [...(members.get(org) ?? []), entity.name]);
    }
  }
  return members;
}

/** The founding date of an appendix entry ("18 February 1974"), when its first part is one. */
function foundedOf(details: string): string | undefined {
  const first = details.split(' | ')[0] ?? '';
  return /\d{4}/.test(first) ? first.replace(/; effective - /, ', in force ') : undefined;
}

/**
 * A summary generated from fields only: the appendix's own sentences (aims,
 * descriptions) are prose, and Backstory never copies prose.
 */
function describe(kind: string, founded: string | undefined, memberCount: number): string {
  const year = founded?.match(/\d{4}/)?.[0];
  const parts = [year ? `${kind} founded in ${year}` : kind];
  if (memberCount > 0) parts.push(`with ${memberCount} member ${memberCount === 1 ? 'country' : 'countries and territories'} as of 2026`);
  return `${parts.join(', ')}.`;
}

export function importOrganizations(countries: CountryImport): Entity[] {
  const members = membersByOrg(countries);
  const entities: Entity[] = [];
  const used = new Set<string>();
  for (const row of readSourceCsv('cia-world-factbook/appendix-b-international-organizations-2020.csv')) {
    const name = row.name!.trim();
    const abbreviation = ABBREVIATION_FIXES[(row.abbreviation ?? '').trim()] ?? (row.abbreviation ?? '').trim();
    if (SKIP.has(abbreviation) || !row.details) continue;
    const isGroupTerm = /^\p{Ll}/u.test(name);
    const founded = foundedOf(row.details);
    // Undated one-word groupings ("North", "South") are loose terms, not organizations:
    // as highlights they would fire on every compass point.
    if (!founded && !/\s/.test(name)) continue;
    const id = isGroupTerm ? `bs:term/${slugify(name)}` : orgId(abbreviation, name);
    if (used.has(id)) continue;
    used.add(id);
    const aliases: AliasObject[] = [];
    if (AMBIGUOUS_NAMES.has(name.toLowerCase())) aliases.push({ text: name, ambiguous: true });
    if (abbreviation.length >= 2 && abbreviation !== name) {
      const exact = /^[A-Z0-9&.-]+$/.test(abbreviation);
      const risky = abbreviation.replace(/[^A-Za-z0-9]/g, '').length <= 2 && !SAFE_SHORT.has(abbreviation);
      aliases.push({ text: abbreviation, ...(exact ? { case: 'exact' as const } : {}), ...(risky ? { ambiguous: true } : {}) });
    }
    const memberList = members.get(abbreviation) ?? members.get(name) ?? [];
    const facts: Fact[] = [];
    if (memberList.length > 0) {
      const value = memberList.length <= 30 ? `${memberList.length}: ${memberList.join(', ')}` : `${memberList.length} countries and territories`;
      facts.push({ label: 'Members', value, asOf: '2026-01', source: 'cia-factbook' });
    }
    const later = SINCE_2020[abbreviation] ? ` ${SINCE_2020[abbreviation]}` : '';
    if (founded) facts.unshift({ label: 'Founded', value: founded, asOf: '2020-01', source: 'cia-factbook' });
    const kind = isGroupTerm ? 'A grouping of countries named in the CIA World Factbook' : 'International organization';
    const summary = clip(`${describe(kind, founded, memberList.length)}${later}`, 400);
    entities.push({
      id,
      type: isGroupTerm ? 'term' : 'organization',
      name: isGroupTerm ? name : name,
      ...(aliases.length > 0 ? { aliases } : {}),
      summary,
      ...(facts.length > 0 ? { facts } : {}),
      sources: [{ source: 'cia-factbook', url: 'https://www.cia.gov/the-world-factbook/references/international-organizations-and-groups/' }],
      updated: FACTBOOK_DATE,
    });
  }
  return entities;
}
