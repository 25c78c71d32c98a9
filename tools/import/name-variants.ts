/**
 * Spellings and short names the news uses for generated entries (people from the
 * officeholder sources, which spell them one way; companies and organizations by their
 * full legal names): added as aliases only, so the generated summary and roles stay
 * those sources'. Checked against English-language
 * news style guides' usage (AP, Reuters, BBC), where the variants differ.
 */
import type { AliasObject, Entity } from '../../src/shared/dataset';

const VARIANTS: Record<string, AliasObject[]> = {
  // Zelenskyy: the Ukrainian government's own spelling; "Zelensky" is AP's and most papers'.
  Q3874799: [{ text: 'Volodymyr Zelensky' }, { text: 'Zelensky', short: true, unambiguous: true }, { text: 'Zelenskyy', short: true, unambiguous: true }],
  Q58217: [{ text: 'Sergei Lavrov' }, { text: 'Lavrov', short: true, unambiguous: true }],
  Q56226: [{ text: 'Kim Jong Un' }, { text: 'Kim Jong-Un' }],
  Q37181: [{ text: 'Lula', short: true, unambiguous: true }, { text: 'Lula da Silva' }, { text: 'Luiz Inacio Lula da Silva' }],
  Q43274: [{ text: 'King Charles' }, { text: 'King Charles III' }],
  // Omar al-Bashir: The New York Times and AP write his middle name ("Omar Hassan al-Bashir").
  Q57265: [{ text: 'Omar Hassan al-Bashir' }, { text: 'Omar Hassan Ahmad al-Bashir' }],
  // Issue 10's broader probe: the spellings news uses, missed under the sources' own.
  Q55386653: [{ text: 'Mike Waltz' }],
  Q1951896: [{ text: 'Mohamed bin Zayed' }, { text: 'Mohammed bin Zayed' }, { text: 'MBZ', case: 'exact', short: true, unambiguous: true }],
  Q57464: [{ text: 'King Abdullah II' }],
  Q983324: [{ text: 'Ferdinand Marcos Jr.' }, { text: 'Ferdinand Marcos Jr' }],
  // Names the news writes that the sources' full names miss (found by data round d's helpers).
  'bs:company/micron-technology': [{ text: 'Micron' }],
  'bs:company/akamai-technologies': [{ text: 'Akamai' }],
  'bs:company/take-two-interactive': [{ text: 'Take-Two' }],
  'bs:company/live-nation-entertainment': [{ text: 'Live Nation' }],
  // "HP" is also horsepower ("300 HP"): it needs the page's context.
  'bs:company/hp': [{ text: 'HP', case: 'exact', ambiguous: true }],
  Q55637991: [{ text: 'RedNote' }],
  'bs:person/andrea-joy-campbell-ma': [{ text: 'Andrea Campbell' }],
  'bs:person/aaron-d-ford-nv': [{ text: 'Aaron Ford' }],
  'bs:org/ifrcs': [{ text: 'IFRC', case: 'exact' }],
  Q2494: [{ text: 'Pope Benedict XVI' }, { text: 'Pope Benedict' }],
  'bs:person/ahmad-al-shara': [{ text: 'Ahmed al-Sharaa' }, { text: 'Ahmad al-Sharaa' }, { text: 'Abu Mohammad al-Jolani' }],
};

/** The entities with the variants of their name added (each text once). */
export function addNameVariants(entities: readonly Entity[]): Entity[] {
  return entities.map((entity) => {
    const extra = VARIANTS[entity.id];
    if (!extra) return entity;
    const have = new Set([entity.name, ...(entity.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))].map((t) => t.toLowerCase()));
    const aliases = [...(entity.aliases ?? []), ...extra.filter((a) => !have.has(a.text.toLowerCase()))];
    return { ...entity, aliases };
  });
}
