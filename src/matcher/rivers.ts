/**
 * "Troops crossed the Dnipro", "barges on the Mississippi": a city's or a state's name after
 * "the" is the river the dataset knows by that name and "river" ("Dnipro River", "River
 * Thames"). A city is not written with "the" (a city whose name has it, The Hague, is
 * matched with it); a country may be ("the Congo", "the Gambia"), so countries keep their
 * senses. The word after the name must be one a river takes ("the Dnipro near Kherson", "the
 * Mississippi's banks", a full stop): "the Dnipro offensive" and "the Ohio primary" are not
 * rivers. A state's name before "and" is a list of states ("the Ohio and Texas delegations").
 */
import { onlyNamed, type AliasIndex } from './alias-index';
import type { PageContext } from './context';
import { gapIsSpace, isLowerThe } from './name-context';
import { narrow, type PairedCandidate } from './place-pairs';
import { isCapitalizedAt, isHyphenJoined } from './tokens';

/** Words after a river's name, for a city's name ("the Dnipro near Kherson"). */
const AFTER_RIVER = new Set([
  'in', 'into', 'near', 'at', 'from', 'to', 'toward', 'towards', 'on', 'by', 'between', 'for', 'with', 'after', 'before', 'under',
  'over', 'through', 'across', 'along', 'upstream', 'downstream', 'which', 'where', 'river', 'delta', 'basin', 'estuary', 'valley',
  'banks', 'bank', 'burst', 'flooded', 'flows', 'flowed', 'rose', 'froze', 'and', 'or', 'is', 'was', 'has', 'had',
]);

/** Of those, the words a state's name may be followed by in other senses ("the Ohio and Texas delegations", "the Texas was"). */
const AFTER_STATE = new Set(['and', 'or', 'is', 'was', 'has', 'had', 'in', 'to', 'for', 'with', 'on', 'at', 'from', 'by']);

/** Narrows to the river each city or state named after a lower-case "the". Returns those it settled. */
export function ruleOnRivers<J extends PairedCandidate>(index: AliasIndex, page: PageContext, judged: readonly J[]): Set<J> {
  const settled = new Set<J>();
  for (const j of judged) {
    const c = j.candidate;
    if (c.first === 0 || !j.entities.some((e) => index.entityType(e) === 'city' || index.entityType(e) === 'region')) continue;
    const tokens = page.blocks[c.block]!;
    const the = c.first - 1;
    if (!isLowerThe(page, c.block, the)) continue;
    const next = c.last + 1;
    if (next < tokens.count && gapIsSpace(page, c.block, c.last)) {
      const word = tokens.word(next);
      if (isCapitalizedAt(tokens, next) || !AFTER_RIVER.has(word)) continue;
      if (AFTER_STATE.has(word) && !j.entities.some((e) => index.entityType(e) === 'city')) continue;
    } else if (isHyphenJoined(tokens, c.last)) continue;
    const words = tokens.words(c.first, c.last);
    const river = onlyNamed(index, [...words, 'river'], 'place') ?? onlyNamed(index, ['river', ...words], 'place');
    if (river === undefined) continue;
    narrow(j, river);
    settled.add(j);
  }
  return settled;
}
