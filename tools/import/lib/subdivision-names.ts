/**
 * Joins English subdivision names (CLDR) to ISO 3166-2 codes (npm `iso-3166`) without
 * trusting the code alone. The two sources do not always number a country the same way:
 * ISO renumbered Iran's provinces (old IR-30 Razavi Khorasan is now IR-09, IR-30 is Alborz)
 * and replaced Morocco's 16 regions with 12, while CLDR still names the old codes. A join by
 * code there puts one province's name on another's code, capital and aliases: a wrong fact.
 *
 * So a CLDR name is used for a code only when it resembles ISO's own name for that code, or
 * when the two sources plainly agree on a different code and nothing says otherwise.
 * Where a code's CLDR name looks like another code's ISO name (or the reverse), the code is
 * doubtful, and where a country has two or more doubtful codes its whole numbering is: then
 * every code of it takes a CLDR name only through ISO's name (one CLDR name resembling it,
 * and resembling no other ISO name of the country), else ISO's name alone.
 * Exonyms that resemble nothing else (CLDR "Bavaria" for ISO "Bayern") are kept: no other
 * code claims them.
 */
import { foldName } from '../../../src/shared/fold';

export interface IsoSubdivision {
  code: string;
  name: string;
}

/** Words that tell nothing about which region is meant. */
const GENERIC = new Set(
  ('province provincia region state oblast krai district governorate prefecture department county republic respublika ' +
    'autonomous the of and va wa e al el ad an ar as ash at az de la le du des da do di del y et')
    .split(' '),
);

function tokens(name: string): string[] {
  return foldName(name)
    .replace(/[ʻʼ’'`‘¹²³]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t && !GENERIC.has(t));
}

/** Consonants only, doubled letters once: "Kordestān" and "Kurdistan" both give "krdstn". */
const skeleton = (token: string): string => token.replace(/[aeiouy]/g, '').replace(/(.)\1+/g, '$1');

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * How alike two names of a region are: 2 the same name in another spelling ("Eşfahān",
 * "Isfahan"; "Khorāsān-e Raẕavī", "Razavi Khorasan"), 1 a shared distinctive word or stem
 * ("South Khorasan", "Khorāsān-e Jonūbī"; "Amur", "Amurskaya oblast'"; "Aichi", "Aiti"),
 * 0 nothing alike.
 */
export function nameLikeness(a: string, b: string): 0 | 1 | 2 {
  const ta = tokens(a);
  const tb = tokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const ja = ta.join('');
  const jb = tb.join('');
  const sorted = (t: string[]) => [...t].sort().join(' ');
  if (ja === jb || (skeleton(ja).length >= 3 && skeleton(ja) === skeleton(jb)) || sorted(ta) === sorted(tb)) return 2;
  if (Math.max(ja.length, jb.length) >= 6 && editDistance(ja, jb) <= Math.max(ja.length, jb.length) * 0.2) return 2;
  if (Math.max(ja.length, jb.length) >= 4 && editDistance(ja, jb) <= Math.max(ja.length, jb.length) * 0.4) return 1;
  for (const x of ta) {
    for (const y of tb) {
      if (x === y && x.length >= 3) return 1;
      if (x.length >= 4 && y.length >= 4 && skeleton(x) === skeleton(y)) return 1;
      let prefix = 0;
      while (prefix < x.length && x[prefix] === y[prefix]) prefix++;
      if (prefix >= 4 && prefix >= Math.min(x.length, y.length) * 0.7) return 1;
    }
  }
  return 0;
}

const cldrKey = (code: string): string => code.toLowerCase().replace('-', '');

/**
 * The English name to use for each ISO code (absent: use ISO's name). `cldr` is keyed as
 * CLDR keys subdivisions ("ir30"); `subdivisions` is every ISO subdivision, all levels.
 * `doubtful` receives the countries whose numbering the two sources disagree on.
 */
export function joinSubdivisionNames(
  subdivisions: readonly IsoSubdivision[],
  cldr: Readonly<Record<string, string>>,
  doubtful?: Map<string, string[]>,
): Map<string, string> {
  const byCountry = new Map<string, IsoSubdivision[]>();
  for (const sub of subdivisions) {
    const country = sub.code.slice(0, 2);
    if (!byCountry.has(country)) byCountry.set(country, []);
    byCountry.get(country)!.push(sub);
  }
  const cldrByCountry = new Map<string, [string, string][]>();
  for (const [key, name] of Object.entries(cldr)) {
    const country = key.slice(0, 2).toUpperCase();
    if (!cldrByCountry.has(country)) cldrByCountry.set(country, []);
    cldrByCountry.get(country)!.push([key, name]);
  }

  const out = new Map<string, string>();
  for (const [country, subs] of byCountry) {
    const names = cldrByCountry.get(country) ?? [];
    // A code is doubtful when its CLDR name and its ISO name differ and either one belongs, by name, to another code.
    const doubtfulCodes = subs.filter((sub) => {
      const own = cldr[cldrKey(sub.code)];
      if (own === undefined || nameLikeness(own, sub.name) > 0) return false;
      return (
        names.some(([key, name]) => key !== cldrKey(sub.code) && nameLikeness(name, sub.name) === 2) ||
        subs.some((other) => other.code !== sub.code && nameLikeness(own, other.name) === 2)
      );
    });
    if (doubtfulCodes.length > 0) doubtful?.set(country, doubtfulCodes.map((s) => s.code));
    const renumbered = doubtfulCodes.length >= 2;
    const doubtfulSet = new Set(doubtfulCodes.map((s) => s.code));

    for (const sub of subs) {
      const own = cldr[cldrKey(sub.code)];
      if (!renumbered && !doubtfulSet.has(sub.code)) {
        if (own !== undefined) out.set(sub.code, own);
        continue;
      }
      // Through ISO's name: the one CLDR name most like it, that is most like no other ISO name of the country.
      let best = 0;
      let picks: [string, string][] = [];
      for (const candidate of names) {
        const likeness = nameLikeness(candidate[1], sub.name);
        if (likeness > best) [best, picks] = [likeness, [candidate]];
        else if (likeness === best && likeness > 0) picks.push(candidate);
      }
      // Beside an English name, a CLDR name that is ISO's own spelled alike adds nothing ("Khorāsān-e Raẕavī" beside "Razavi Khorasan").
      if (picks.length > 1) picks = picks.filter(([, name]) => foldName(name) !== foldName(sub.name));
      if (picks.length !== 1) continue;
      const [key, pick] = picks[0]!;
      // Another code's name only in another spelling, not for a shared word ("Sudur Pashchimanchal" is not "Sudūrpashchim").
      if (key !== cldrKey(sub.code) && best < 2) continue;
      const rivals = subs.filter((other) => other.code !== sub.code && nameLikeness(pick, other.name) >= best);
      if (rivals.length === 0) out.set(sub.code, pick);
    }
  }
  return out;
}
