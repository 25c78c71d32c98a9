/**
 * A surname alone names its person only after the full name appears on the page ("short").
 * A few people are so much better known than anyone else of their name that news writes the
 * surname alone from the headline on ("Putin warns…", "Trump supporters"), often without the
 * full name anywhere: their surname may stand alone (`unambiguous`). Taken only when the
 * person is known to many Wikipedias (sitelinks) and far better known than every other person
 * of that surname in the dataset, and the surname is one news is known to write alone for
 * them: the dataset cannot rank people it has no sitelinks for (Hillary Clinton, Raúl
 * Castro, Daniil Medvedev), so the list below is read and chosen by hand.
 */
import { aliasObject, type AliasObject, type Entity } from '../../src/shared/dataset';
import { GIVEN_NAMES } from '../../src/matcher/words';
import { foldAlias } from './lib/text';

/** Wikipedia editions a person needs for their surname to stand alone. */
export const FAMOUS_SITELINKS = 150;
/** How many times better known than the next person of the surname they must be. */
export const FAMOUS_MARGIN = 2.5;

/** Surnames the news of 2015–2026 writes alone for one person (folded). */
export const NEWS_SURNAMES: ReadonlySet<string> = new Set([
  'trump', 'obama', 'biden', 'putin', 'netanyahu', 'macron', 'merkel', 'modi', 'zelensky', 'bolsonaro', 'berlusconi',
  'sarkozy', 'hollande', 'chirac', 'annan',
]);

/**
 * Surnames news writes alone whose holder the sitelink data cannot rank, each with the holder
 * chosen by hand (listed here, a surname needs no place in NEWS_SURNAMES): leaders of the
 * 2020s whose entries carry no sitelink count or fewer than FAMOUS_SITELINKS (Starmer 123,
 * Meloni 122), and those whose namesakes in the dataset are unranked too (Nicolás and
 * Ricardo Maduro, Bashar and Hafez al-Assad, Mitch and Jack McConnell). Each is who the
 * surname alone means in the news of 2015–2026; surnames shared by several people in that
 * news (Johnson, Harris, Albanese, Kennedy, Khan; Schumer, Amy's as much as Chuck's; Vance,
 * the Manhattan prosecutor's until 2021) are left out.
 */
export const NEWS_SURNAME_HOLDERS: ReadonlyMap<string, string> = new Map([
  ['starmer', 'Q6383803'], ['sunak', 'Q20055561'], ['scholz', 'Q61053'], ['meloni', 'Q451791'], ['milei', 'Q52395487'],
  ['maduro', 'Q58132'], ['lukashenko', 'Q2866'], ['erdogan', 'Q39259'], ['khamenei', 'Q57336'], ['orban', 'Q57641'],
  ['zelenskyy', 'Q3874799'], ['trudeau', 'Q3099714'], ['sheinbaum', 'Q5771800'], ['assad', 'Q44329'], ['kishida', 'Q359480'],
  ['ishiba', 'Q1335527'], ['guterres', 'Q311440'], ['stoltenberg', 'Q57665'], ['rutte', 'Q57792'], ['lavrov', 'Q58217'],
  ['ramaphosa', 'Q1148669'], ['ruto', 'Q195725'], ['sisi', 'Q307871'], ['macri', 'Q561837'], ['tusk', 'Q946'],
  ['ardern', 'Q3606816'], ['luxon', 'Q74370310'], ['truss', 'Q272201'], ['desantis', 'bs:person/ron-desantis-fl'],
  ['newsom', 'bs:person/gavin-newsom-ca'], ['mcconnell', 'Q355522'], ['rubio', 'Q324546'], ['hegseth', 'Q7172014'],
]);

export function markFamousSurnames(entities: Entity[], hand: readonly Entity[]): Entity[] {
  const holders = new Map<string, Map<string, number>>();
  const hold = (key: string, e: Entity) => {
    const byId = holders.get(key) ?? new Map<string, number>();
    byId.set(e.id, Math.max(byId.get(e.id) ?? 0, e.popularity ?? 0));
    holders.set(key, byId);
  };
  for (const e of [...entities, ...hand]) {
    if (e.type !== 'person') continue;
    hold(foldAlias(e.name.split(' ').at(-1) ?? ''), e);
    for (const object of (e.aliases ?? []).map(aliasObject)) if (object.short) hold(foldAlias(object.text), e);
  }
  const isFamous = (e: Entity, short: AliasObject): boolean => {
    const key = foldAlias(short.text);
    if (short.ambiguous || GIVEN_NAMES.has(key)) return false;
    const holder = NEWS_SURNAME_HOLDERS.get(key);
    if (holder !== undefined) return holder === e.id;
    if (!NEWS_SURNAMES.has(key)) return false;
    const ranked = [...(holders.get(key) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]);
    const [top, next] = ranked;
    return top?.[0] === e.id && top[1] >= FAMOUS_SITELINKS && (next?.[1] ?? 0) * FAMOUS_MARGIN <= top[1];
  };
  return entities.map((e) => {
    if (e.type !== 'person' || !e.aliases?.some((a) => aliasObject(a).short)) return e;
    const aliases = e.aliases.map((a) => {
      const object = aliasObject(a);
      return object.short && isFamous(e, object) ? { ...object, unambiguous: true } : a;
    });
    return { ...e, aliases };
  });
}
