/**
 * News-relevant Wikidata items from the saved wikitrivia query results (CC0): former
 * states, wars, battles, revolutions and uprisings, statespeople and other famous
 * people, Nobel laureates, heads of government, monarchs, companies, websites,
 * newspapers, sports clubs, landmarks and space missions. Keyed by QID, with the
 * item's sitelink count as `popularity`. Summaries are generated from the fields
 * (category, year, country, nationality); Wikidata's descriptions are not copied.
 * Trivia categories (albums, films, cereals, board games) are left out on purpose.
 */
import type { AliasObject, Entity, EntityType } from '../../src/shared/dataset';
import { readSourceJson } from './lib/io';
import { asciiVariant, foldAlias } from './lib/text';
import { isInWordNet } from './lib/wordnet';
import { CATEGORIES, yearText, type Category, type Row } from './wikitrivia-categories';

export { yearText };

interface Draft {
  qid: string;
  name: string;
  type: EntityType;
  popularity: number;
  parts: { category: Category; row: Row }[];
}

const UPDATED = '2026-12-02';
/** Wikipedia editions above which a one-word name is known by itself (Reddit, Netflix). */
const POPULAR = 60;
/**
 * Well-known one-word brands that are just as often a surname or another place in news
 * prose ("Kate Forbes", "the Emirates"); found by reading the firm one-word names left.
 */
const SHARED_BRAND_NAMES = new Set(['forbes', 'bentley', 'mclaren', 'emirates', 'mitsubishi']);


/** The first value of a "A||B" label list that reads as an adjective ("American", "Soviet"). */
function nationality(label: string | undefined): string | undefined {
  const values = (label ?? '').split('||').map((v) => v.trim());
  return values.find((v) => /^[A-Z][a-z]+(?:an|ish|ese|ch|i|ic)$/.test(v));
}

function summaryOf(draft: Draft): string {
  const person = draft.type === 'person';
  if (!person) return `${draft.parts[0]!.category.describe(draft.parts[0]!.row)}.`;
  // People: what they are known for across categories, then when they died if known.
  const roles = [...new Set(draft.parts.map((p) => p.category.describe(p.row)))];
  const death = draft.parts.find((p) => p.category.deathYear)?.row.year;
  // Before 1800 Wikidata's "nationality" is a state of the time (Skanderbeg "Venetian", Joseph II "Roman"): none then.
  const isEarly = death !== undefined && (death.startsWith('-') || Number(death) < 1800);
  const adjective = isEarly ? undefined : nationality(draft.parts.find((p) => p.row.nationalityLabel)?.row.nationalityLabel);
  const head = roles[0]!;
  const first = adjective && /^[a-z]/.test(head) ? `${adjective} ${head}` : head.charAt(0).toUpperCase() + head.slice(1);
  const rest = roles.slice(1, 3);
  return `${first}${rest.length > 0 ? `; ${rest.join('; ')}` : ''}${death ? ` (died ${yearText(death)})` : ''}.`;
}

/** Labels Wikidata leaves as the QID, or too short to match safely. */
function isUsableName(name: string, qid: string): boolean {
  return name !== qid && !/^Q\d+$/.test(name) && name.replace(/[^\p{L}\p{N}]/gu, '').length >= 3;
}

/**
 * Reads the categories into one entity per QID. `owners` maps folded names of places
 * already in the dataset to the ids holding them: a former state or landmark that shares
 * one ("Milan", the duchy) is left out rather than shadowing the city. A name held only by
 * the item itself (a hand card written over it, same QID) is not taken from it.
 */
export function importWikitrivia(owners: ReadonlyMap<string, ReadonlySet<string>>, personWords: ReadonlySet<string> = new Set()): Entity[] {
  const file = readSourceJson<{ categories: Record<string, Row[]> }>('wikitrivia-wikidata/wikitrivia-wikidata-rows.json');
  const drafts = new Map<string, Draft>();
  for (const category of CATEGORIES) {
    for (const row of file.categories[category.id] ?? []) {
      const qid = /Q\d+$/.exec(row.item)?.[0];
      const name = row.itemLabel?.trim();
      const popularity = Number(row.sitelinks);
      if (!qid || !name || !isUsableName(name, qid) || popularity < category.minSitelinks || (category.keep && !category.keep(row))) continue;
      const draft = drafts.get(qid);
      if (draft) {
        draft.parts.push({ category, row });
        draft.popularity = Math.max(draft.popularity, popularity);
        // A place category never turns a person into a place.
        if (category.type === 'person') draft.type = 'person';
      } else drafts.set(qid, { qid, name, type: category.type, popularity, parts: [{ category, row }] });
    }
  }
  const entities: Entity[] = [];
  for (const draft of drafts.values()) {
    const taken = { has: (folded: string) => [...(owners.get(folded) ?? [])].some((id) => id !== draft.qid) };
    const isPlace = draft.type === 'building' || draft.type === 'country' || draft.type === 'event';
    if (isPlace && taken.has(foldAlias(draft.name))) continue;
    const aliases: AliasObject[] = [];
    // A one-word name that is also an ordinary word ("Signal", "Arsenal") needs context, and so
    // does a person known by one name ("Victoria", the queen, is also a city and a given name).
    // So does a little-known one-word brand that is also a given name ("Claude", the app; Georges Claude).
    const isOneWord = !draft.name.includes(' ');
    // One word that means something else in WordNet ("Mars" the planet, "Macedonia" the region),
    // that is someone's name, or that few Wikipedias know, needs context.
    const isRisky =
      isInWordNet(draft.name) || draft.type === 'person' || taken.has(foldAlias(draft.name)) || personWords.has(foldAlias(draft.name)) ||
      draft.popularity < POPULAR || SHARED_BRAND_NAMES.has(foldAlias(draft.name));
    if (isOneWord && isRisky) aliases.push({ text: draft.name, ambiguous: true });
    // "Martin Luther King Jr." is "Martin Luther King" in most prose.
    const suffixless = draft.type === 'person' ? /^(.+ .+?),? (?:Jr\.|Sr\.)$/.exec(draft.name)?.[1] : undefined;
    if (suffixless && !taken.has(foldAlias(suffixless))) aliases.push({ text: suffixless });
    const ascii = asciiVariant(draft.name);
    if (ascii && !taken.has(foldAlias(ascii))) aliases.push(aliases[0]?.ambiguous ? { text: ascii, ambiguous: true } : { text: ascii });
    for (const part of draft.parts) for (const alias of part.category.aliases?.(draft.name) ?? []) if (!aliases.some((a) => a.text === alias)) aliases.push({ text: alias });
    entities.push({
      id: draft.qid,
      type: draft.type,
      name: draft.name,
      ...(aliases.length > 0 ? { aliases } : {}),
      summary: summaryOf(draft),
      facts: draft.parts.flatMap((p) => p.category.facts?.(p.row) ?? []).filter((f, i, all) => all.findIndex((g) => g.label === f.label) === i),
      sources: [{ source: 'wikitrivia', url: `https://www.wikidata.org/wiki/${draft.qid}` }],
      updated: UPDATED,
      popularity: draft.popularity,
    });
  }
  return entities;
}
