/**
 * Political parties of the G20 countries, from each country's Factbook "Political
 * parties" field (2026): name, abbreviation, country. Summaries are generated.
 */
import type { AliasObject, Entity } from '../../src/shared/dataset';
import { FACTBOOK_DATE, type CountryImport } from './countries';
import { readSourceJson } from './lib/io';
import { slugify } from './lib/text';

const WORDS_IN_CAPITALS = new Set(['PROS', 'COPE', 'NOVO', 'REDE']);

const G20_GEC = ['ar', 'as', 'br', 'ca', 'ch', 'fr', 'gm', 'in', 'id', 'it', 'ja', 'mx', 'rs', 'sa', 'sf', 'ks', 'tu', 'uk', 'us'];
/** Parties written by hand in data/entities (their generated twin would be a duplicate). */
const HAND_PARTY_IDS: Record<string, string> = { 'chinese-communist-party': 'bs:org/chinese-communist-party' };
/** The Factbook's misspellings, corrected in the card's name (the id keeps the slug it was given). */
const MISSPELLINGS: Record<string, string> = { 'Telegana Rashtra Samithi': 'Telangana Rashtra Samithi' };
/** One-word party names that are English words: shown with their country, never matched bare. */
const GENERIC_NAMES = new Set(['act', 'good', 'horizons', 'league', 'renaissance', 'republicans', 'solidarity', 'ensemble']);

/** The Factbook spells every party the American way; British parties spell themselves "Labour". */
function localSpelling(text: string, gec: string): string {
  return gec === 'uk' ? text.replace(/\bLabor\b/g, 'Labour') : text;
}

/** "Chinese Communist Party or CCP" → { name, aliases }; notes and "formerly" clauses dropped. */
export function parsePartyLine(line: string): { name: string; aliases: string[] } | undefined {
  // The Factbook keeps some defunct parties with a note (Brazil's Democrats, "dissolved in February 2022").
  if (/note\b.*\b(dissolved|defunct|merged into)\b/i.test(line)) return undefined;
  const clean = line.replace(/\u00a0/g, ' ').replace(/;?\s*note\b.*$/i, '').replace(/\(formerly[^)]*\)/gi, '').trim();
  if (!clean || /^(none|other|independents?)\b/i.test(clean)) return undefined;
  const parens = [...clean.matchAll(/\(([^)]+)\)/g)].map((m) => m[1]!.trim()).filter((p) => !/Northern Ireland|Scotland|Wales/.test(p));
  const [first, ...rest] = clean.replace(/\([^)]*\)/g, '').split(/\s+or\s+/).map((s) => s.replace(/\s+/g, ' ').trim());
  if (!first) return undefined;
  return { name: first, aliases: [...rest, ...parens].filter((a) => a.length >= 2 && a !== first) };
}

/** What a reader needs first about a party: where it stands for election, and the initials the news uses. */
export function partySummary(country: string, abbreviation: string | undefined, region: string | undefined): string {
  const where = region ? `${region} (${country})` : country;
  return `Political party in ${where}${abbreviation ? `, known as ${abbreviation}` : ''}.`;
}

export function importParties(countries: CountryImport): Entity[] {
  const factbook = readSourceJson<Record<string, { Government?: { 'Political parties'?: { text?: string } } }>>('cia-world-factbook/factbook-2026-01.json');
  const entities: Entity[] = [];
  const used = new Set<string>();
  for (const gec of G20_GEC) {
    const country = countries.byGec.get(gec);
    const field = factbook[gec]?.Government?.['Political parties']?.text ?? '';
    if (!country) continue;
    for (const line of field.split('\n')) {
      const parsed = parsePartyLine(line);
      if (!parsed) continue;
      const party = {
        name: localSpelling(parsed.name, gec).replace(/^Labour \(Labour\) Party$/, 'Labour Party'),
        aliases: [...new Set(parsed.aliases.map((a) => localSpelling(a, gec)))],
      };
      const isGeneric = GENERIC_NAMES.has(party.name.toLowerCase());
      if (isGeneric) party.name = `${party.name} (${country.name})`;
      const slug = slugify(party.name);
      if (HAND_PARTY_IDS[slug]) continue;
      const id = `bs:party/${slug}-${gec}`;
      if (used.has(id)) continue;
      used.add(id);
      const aliases: AliasObject[] = [];
      // One-word names (Rodina, GOOD, Komeito) and generic ones are words first, parties second.
      if (!isGeneric && (!party.name.includes(' ') || /^(The )?(Greens?|Left|Democrats|Republicans|Labou?r|Conservatives)$/i.test(party.name))) aliases.push({ text: party.name, ambiguous: true });
      for (const text of party.aliases) {
        // "+EU" (Italy's More Europe) is "EU" once the page's words drop the sign: the European Union's.
        if (text === party.name || /^[+!]/u.test(text)) continue;
        const exact = /^[A-Z0-9+!()-]{2,}$/.test(text);
        // "PDT" is a time zone and "PPP" three parties before it is Korea's: short forms need context.
        // Party abbreviations that are words in capitals ("PROS AND CONS", "NOVO" in Novo Nordisk's ticker).
        const risky = exact ? text.length <= 3 || WORDS_IN_CAPITALS.has(text) : !text.includes(' ');
        aliases.push({ text, ...(exact ? { case: 'exact' as const } : {}), ...(risky ? { ambiguous: true } : {}) });
      }
      entities.push({
        id,
        type: 'party',
        name: MISSPELLINGS[party.name] ?? party.name,
        ...(aliases.length > 0 ? { aliases } : {}),
        summary: partySummary(country.name, party.aliases.find((a) => /^[A-Z0-9+!-]{2,}$/.test(a)), /\((Northern Ireland|Scotland|Wales)\)/.exec(line)?.[1]),
        related: [country.id],
        sources: [{ source: 'cia-factbook' }],
        updated: FACTBOOK_DATE,
      });
    }
  }
  return entities;
}
