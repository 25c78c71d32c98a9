/**
 * International organizations from the Factbook's Appendix B (2020 capture: names,
 * abbreviations, founding dates, aims; US public domain, quoted in short) with
 * current membership counted from each country's 2026 "International organization
 * participation" field, which is fresher than the appendix's member lists.
 */
import type { AliasObject, Entity, Fact } from '../../src/shared/dataset';
import type { CountryImport } from './countries';
import { FACTBOOK_DATE } from './countries';
import { readSourceCsv, readSourceJson } from './lib/io';
import { clip, decodeEntities, slugify } from './lib/text';

/** Abbreviations kept as exact-case aliases even though short; the rest of 2-letter ones are ambiguous. */
const SAFE_SHORT = new Set(['UN', 'EU', 'G7', 'G8']);
/**
 * Abbreviations the news mostly uses for something else, or that are words in capitals:
 * highlighted only in their organization's context (precision audit: "California ISO" is
 * the grid operator, France's regulator is the AMF, "LAS VEGAS" in a dateline, Saudi
 * Arabia's PIF, Florida State's FSU, "CAN" in a headline).
 */
const OTHER_MEANINGS = new Set([
  'AMF', 'ISO', 'LAS', 'PIF', 'CAN', 'CIS', 'EMU', 'ECO', 'SPF', 'IDA', 'IDB', 'NEA', 'PCA', 'SPC', 'CCC', 'ARF', 'EAS',
  'AMU', 'CEI', 'CSN', 'FLS', 'IHO', 'IPU', 'NIB', 'PFP', 'UNU', 'WCL', 'NAM', 'ADB', 'BIS', 'IFC', 'EAC', 'SCO', 'EIB',
]);
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

/**
 * The Factbook still lists the United Kingdom in the EU's institutions (it left on 31 January 2020):
 * a country's own participation field can lag, so known departures are taken out, with the date.
 */
const DEPARTED: Record<string, string[]> = { 'United Kingdom': ['EU', 'ECB', 'EIB', 'EMU'] };
/** One organization, two spellings in the participation fields. */
const SAME_ORG: Record<string, string[]> = { UNSC: ['UN Security Council'] };

interface Membership {
  members: Map<string, string[]>;
  permanent: Map<string, string[]>;
}

function membersByOrg(countries: CountryImport): Membership {
  const factbook = readSourceJson<Record<string, { Government?: Record<string, { text?: string } | undefined> }>>('cia-world-factbook/factbook-2026-01.json');
  const result: Membership = { members: new Map(), permanent: new Map() };
  for (const [gec, ref] of countries.byGec) {
    // The raw field, not the card's clipped fact: a list cut at 2,000 characters loses its last organizations.
    const field = decodeEntities(factbook[gec]?.Government?.['International organization participation']?.text ?? '');
    for (const token of membershipTokens(field)) {
      // The countries' fields spell the two ICCs as the appendix does: read them under the same names.
      const org = ABBREVIATION_FIXES[token.org] ?? token.org;
      const qualifier = token.qualifier;
      if (!org) continue;
      if (qualifier && /observer|partner|associate|dialogue|nonsignatory|candidate|suspended|NGOs|national committees/i.test(qualifier)) continue;
      if (DEPARTED[ref.name]?.includes(org)) continue;
      result.members.set(org, [...(result.members.get(org) ?? []), ref.name]);
      if (qualifier === 'permanent') result.permanent.set(org, [...(result.permanent.get(org) ?? []), ref.name]);
    }
  }
  return result;
}

/** The member count the appendix gives ("members - (166)"), as of its January 2020 capture. */
export function appendixMemberCount(details: string): number | undefined {
  const m = /members\s*-\s*\((\d+)\)/.exec(details);
  return m ? Number(m[1]) : undefined;
}

/**
 * The members fact an organization can honestly show. Counted from the countries' 2026 fields when
 * that count is credible; a count below the appendix's (IAEA: 162 against 166 in 2020, and truly
 * more) means the fields are incomplete, so the appendix's count is shown with its date; one or two
 * "members" of a body that has none (UNICEF, the World Bank Group as a whole) are no fact at all.
 */
export function membersFact(list: readonly string[], appendixCount: number | undefined): Fact | undefined {
  if (list.length < 3) return undefined;
  if (appendixCount !== undefined && list.length < appendixCount) {
    return { label: 'Members', value: `${appendixCount} (Factbook appendix, January 2020)`, asOf: '2020-01', source: 'cia-factbook' };
  }
  // A long list is a count of the Factbook's entries that name the body, territories and
  // lapsed entries included (Interpol: 201 where it has 196 members): said as what it is.
  const value = list.length <= 30 ? `${list.length}: ${list.join(', ')}` : `${list.length} countries and territories list it in the Factbook`;
  return { label: 'Members', value, asOf: '2026-01', source: 'cia-factbook' };
}

/** The founding date of an appendix entry ("18 February 1974"), when its first part is one. */
function foundedOf(details: string): string | undefined {
  const first = details.split(' | ')[0] ?? '';
  // A defunct body's entry is a note ("established on 25 January 1949 and abolished 1 January 1991"): its dates only.
  const established = /established (?:on )?((?:\d{1,2} )?(?:[A-Z][a-z]+ )?\d{4})/.exec(first)?.[1];
  if (/^note\b/.test(first)) return established;
  return /\d{4}/.test(first) ? first.replace(/; effective - /, ', in force ') : undefined;
}

/** The year a defunct body ended, when the appendix says so. */
export function abolishedYear(details: string): string | undefined {
  return /\b(?:abolished|dissolved|disbanded|ceased to exist)(?: on| in)? (?:\d{1,2} )?(?:[A-Z][a-z]+ )?(\d{4})/.exec(details.split(' | ')[0] ?? '')?.[1];
}

/**
 * A summary generated from fields only: the appendix's own sentences (aims,
 * descriptions) are prose, and Backstory never copies prose.
 */
function describe(kind: string, founded: string | undefined, memberCount: number, asOf: string): string {
  const year = founded?.match(/\d{4}/)?.[0];
  const parts = [year ? `${kind} founded in ${year}` : kind];
  // Only a short list the Factbook spells out is a member count worth a summary; a long one is a
  // tally of its country entries (its own fact says so), not the body's membership.
  if (memberCount > 0 && memberCount <= 30) parts.push(`with ${memberCount} members as of ${asOf}`);
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
      const risky = (abbreviation.replace(/[^A-Za-z0-9]/g, '').length <= 2 && !SAFE_SHORT.has(abbreviation)) || OTHER_MEANINGS.has(abbreviation);
      aliases.push({ text: abbreviation, ...(exact ? { case: 'exact' as const } : {}), ...(risky ? { ambiguous: true } : {}) });
    }
    const spellings = [abbreviation, name, ...(SAME_ORG[abbreviation] ?? [])].filter(Boolean);
    const memberList = [...new Set(spellings.flatMap((key) => members.members.get(key) ?? []))].sort();
    const permanent = [...new Set(spellings.flatMap((key) => members.permanent.get(key) ?? []))].sort();
    const facts: Fact[] = [];
    // The Security Council's elected seats change every January: only its permanent members are a lasting fact.
    const membersLine = permanent.length > 0 ? { label: 'Permanent members', value: permanent.join(', '), asOf: '2026-01', source: 'cia-factbook' } : membersFact(memberList, appendixMemberCount(row.details));
    if (membersLine) facts.push(membersLine);
    const memberCount = membersLine?.label === 'Members' ? Number(/\d+/.exec(membersLine.value)?.[0] ?? 0) : 0;
    const countAsOf = membersLine?.asOf === '2020-01' ? '2020' : '2026';
    const abolished = abolishedYear(row.details);
    const later = SINCE_2020[abbreviation] ? ` ${SINCE_2020[abbreviation]}` : abolished ? ` Abolished in ${abolished}.` : '';
    if (founded) facts.unshift({ label: 'Founded', value: founded, asOf: '2020-01', source: 'cia-factbook' });
    const kind = isGroupTerm ? 'A grouping of countries named in the CIA World Factbook' : 'International organization';
    const summary = clip(`${describe(kind, founded, memberCount, countAsOf)}${later}`, 400);
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
