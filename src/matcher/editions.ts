/**
 * "the Winter Olympics in Sochi", "the Paralympics in Paris", "the COP in Dubai": a recurring
 * event named with "in" and a place is the one edition the dataset relates to both, not the
 * series. "Winter" or "Summer" in the mention must be in the edition's name too ("the Winter
 * Olympics in Beijing" is not 2008's), and so must a year beside it ("in Beijing in 2008").
 * Where no edition or several fit, the series stays.
 * The edition's name must also look like one (below): a year or number and the series' word.
 */
import type { AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { gapIsSpace } from './name-context';
import { longestAt, narrow, ofType, type PairedCandidate } from './place-pairs';
import { foldText } from './tokens';

const PLACE_TYPES = new Set(['city', 'country', 'region', 'place', 'territory', 'building']);
const SEASONS = ['winter', 'summer'];

/**
 * Whether a name is an edition's of the series the mention names: it carries a year or a number
 * ("2014 Winter Olympics", "COP28"), a word starting with the mention's last word, and the
 * mention's season if it has one (the Holocaust's related uprisings are not its editions).
 */
function isEditionName(name: string, head: string, season: string | undefined): boolean {
  const words = name.split(/[^\p{L}\p{N}]+/u);
  return /\d/u.test(name) && words.some((w) => w.startsWith(head)) && (season === undefined || words.includes(season));
}

/** Whether token `left` is followed by "in" and one more token, spaces between ("Olympics in Sochi"). */
function isInAfter(page: PageContext, block: number, left: number): boolean {
  const tokens = page.blocks[block]!;
  return left + 2 < tokens.count && tokens.word(left + 1) === 'in' && gapIsSpace(page, block, left) && gapIsSpace(page, block, left + 1);
}

/** Narrows each series followed by "in <place>" to its one edition held there. Returns those it settled. */
export function ruleOnEditions<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  const series = judged.filter((j) => j.entities.length === 1 && ofType(index, j.entities[0]!, 'event'));
  if (series.length === 0) return settled;
  let byStart: Map<string, J> | undefined;
  for (const j of series) {
    const c = j.candidate;
    const tokens = page.blocks[c.block]!;
    if (!isInAfter(page, c.block, c.last)) continue;
    // The longest name starting at each token ("Rio de Janeiro", not "Rio").
    byStart ??= longestAt(judged, 'first');
    const place = byStart.get(`${c.block}:${c.last + 2}`);
    if (place === undefined) continue;
    const event = j.entities[0]!;
    const places = place.entities.filter((e) => PLACE_TYPES.has(index.entityType(e)));
    if (places.length === 0) continue;
    const words = tokens.words(c.first, c.last);
    const season = words.find((w) => SEASONS.includes(w));
    const head = words[words.length - 1]!;
    const ofEvent = new Set(Array.from(index.related(event)));
    const editions = new Set<number>();
    for (const p of places) {
      for (const e of Array.from(index.related(p))) {
        if (e === event || !ofEvent.has(e) || !ofType(index, e, 'event')) continue;
        if (!isEditionName(foldText(index.entity(e).name), head, season)) continue;
        editions.add(e);
      }
    }
    // A year beside the mention picks among several: "the 2008 Olympics in Beijing", "the Olympics in Beijing in 2008".
    const p = place.candidate;
    const isYear = (k: number) => k >= 0 && k < tokens.count && /^\d{4}$/u.test(tokens.word(k));
    const year =
      c.first > 0 && isYear(c.first - 1) && gapIsSpace(page, c.block, c.first - 1)
        ? tokens.word(c.first - 1)
        : isInAfter(page, c.block, p.last) && isYear(p.last + 2)
          ? tokens.word(p.last + 2)
          : undefined;
    const held = year === undefined ? [...editions] : [...editions].filter((e) => index.entity(e).name.includes(year));
    if (held.length !== 1) continue;
    narrow(j, held[0]!);
    settled.add(j);
  }
  return settled;
}
