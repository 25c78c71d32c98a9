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
  // Names the news writes for entries the sources name otherwise (found by data round e's helpers).
  Q8687: [{ text: 'Athletic Bilbao' }],
  Q36450: [{ text: 'Catherine the Great' }],
  Q7207: [{ text: 'Elizabeth I' }, { text: 'Queen Elizabeth I' }],
  Q16957: [{ text: 'East Germany' }],
  'bs:city/juarez': [{ text: 'Ciudad Juárez' }],
  Q1425063: [{ text: 'Hyatt' }],
  Q38370: [{ text: 'Henry VIII' }, { text: 'King Henry VIII' }],
  Q127318: [{ text: 'George III' }, { text: 'King George III' }],
  Q41178: [{ text: 'Haile Selassie' }],
  Q146906: [{ text: 'King Hussein' }],
  Q116947: [{ text: 'Facebook Messenger' }],
  Q744800: [{ text: 'Fuji TV' }],
  'bs:city/frankfurt-am-main': [{ text: 'Frankfurt' }],
  'bs:city/goteborg': [{ text: 'Gothenburg' }],
  'bs:city/gent': [{ text: 'Ghent' }],
  'bs:region/cn-nm': [{ text: 'Inner Mongolia' }],
  Q161086: [{ text: 'JetBlue' }],
  'bs:city/las-palmas-de-gran-canaria': [{ text: 'Las Palmas' }],
  'bs:region/iq-kr': [{ text: 'Kurdistan Region' }, { text: 'Iraqi Kurdistan' }],
  'bs:party/league-italy-it': [{ text: 'Lega Nord' }, { text: 'Northern League' }],
  'bs:party/national-rally-fr': [{ text: 'Front National' }],
  Q185729: [{ text: 'war on terror' }],
  Q367825: [{ text: 'King Salman' }, { text: 'Salman bin Abdulaziz' }],
  'bs:city/quebec': [{ text: 'Quebec City' }],
  'bs:city/sevilla': [{ text: 'Seville' }],
  // Unaccented, "Reunion" is an English word: the island needs the page's context.
  'bs:region/fr-974': [{ text: 'Réunion', ambiguous: true }],
  'bs:city/palma': [{ text: 'Palma de Mallorca' }],
  'bs:region/fr-nor': [{ text: 'Normandy' }],
  'bs:region/es-nc': [{ text: 'Navarre' }],
  Q152864: [{ text: 'Asus' }],
  'bs:person/ahmad-al-shara': [{ text: 'Ahmed al-Sharaa' }, { text: 'Ahmad al-Sharaa' }, { text: 'Abu Mohammad al-Jolani' }],
};

/** The entities with the variants of their name added (each text once). */
export function addNameVariants(entities: readonly Entity[]): Entity[] {
  return entities.map((entity) => {
    const extra = VARIANTS[entity.id];
    if (!extra) return entity;
    // Compared as written: "Asus" is a variant of "ASUS", which matches only in capitals.
    const have = new Set([entity.name, ...(entity.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))]);
    const aliases = [...(entity.aliases ?? []), ...extra.filter((a) => !have.has(a.text))];
    return { ...entity, aliases };
  });
}

/** "Raila A Odinga", "Derek E Brown": a middle initial some sources write bare, without its full stop. */
const BARE_INITIAL = /^(\p{Lu}[\p{L}'’-]+) ([A-HJ-UWYZ]) (\p{Lu}[\p{L}'’ -]+)$/u;

/**
 * A person named with a bare middle initial is shown as news names them ("Raila Odinga"),
 * keeping the initial, with its full stop, as an alias ("Raila A. Odinga"). I, V and X are
 * left alone: in "John V Palaiologos" they are regnal numbers.
 */
export function dropBareInitials(entities: readonly Entity[]): Entity[] {
  return entities.map((entity) => {
    const m = entity.type === 'person' ? BARE_INITIAL.exec(entity.name) : null;
    if (!m) return entity;
    const name = `${m[1]} ${m[3]}`;
    const initialled = `${m[1]} ${m[2]}. ${m[3]}`;
    const rest = (entity.aliases ?? []).filter((a) => (typeof a === 'string' ? a : a.text) !== name);
    return { ...entity, name, aliases: [{ text: initialled }, ...rest] };
  });
}
