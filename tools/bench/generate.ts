/** A synthetic dataset and synthetic pages of a given size, from a seeded generator. */
import type { MatcherInput } from '../../src/matcher/types';

/** Mulberry32: small, fast and deterministic, so runs compare. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'as', 'tu', 'ber', 'qui', 'no', 'sha', 'del', 'ro', 'zan', 'pe', 'ti', 'mon', 'gra', 'vel', 'su', 'dor'];
const COMMON = ('the of and to in a is that for on with as was by at from said it be his has an are which this have '
  + 'but were not they after its had their who been also will one more would two about first new than other over '
  + 'government minister officials talks week year people country state talks meeting policy trade security said '
  + 'economy report news president leaders climate agreement border support plans market vote election').split(' ');

function word(next: () => number, syllables: number): string {
  let out = '';
  for (let i = 0; i < syllables; i++) out += SYLLABLES[Math.floor(next() * SYLLABLES.length)]!;
  return out;
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** About `aliasCount` aliases: people (full name + surname), places, organizations with acronyms, terms. */
export function generateInput(aliasCount: number): { input: MatcherInput; samples: string[] } {
  const next = random(42);
  const input: MatcherInput = { entities: [], aliases: [] };
  const samples: string[] = [];
  for (let e = 0; input.aliases.length < aliasCount; e++) {
    const id = `Q${1000 + e}`;
    const kind = e % 4;
    const add = (text: string, extra: Partial<MatcherInput['aliases'][number]> = {}) => {
      input.aliases.push({ text, id, case: 'auto', ...extra });
      if (samples.length < 5000 && next() < 0.2) samples.push(text);
    };
    if (kind === 0) {
      const first = capital(word(next, 2));
      const last = capital(word(next, 3));
      input.entities.push({ id, name: `${first} ${last}`, type: 'person' });
      add(`${first} ${last}`);
      add(last, { short: true });
    } else if (kind === 1) {
      const name = capital(word(next, 3));
      input.entities.push({ id, name, type: 'city' });
      add(name);
      add(`${name}ese`, { demonym: true });
    } else if (kind === 2) {
      const words = [capital(word(next, 2)), capital(word(next, 3)), 'Council'];
      input.entities.push({ id, name: words.join(' '), type: 'organization' });
      add(words.join(' '));
      add(words.map((w) => w[0]).join('').toUpperCase() + String(e % 97), { case: 'exact' });
    } else {
      const term = `${word(next, 2)} ${word(next, 2)}`;
      input.entities.push({ id, name: term, type: 'term' });
      add(term);
      add(`${term}s`);
    }
  }
  return { input, samples };
}

/** A page of `wordCount` words in paragraphs of about 60, with an alias every ~40 words. */
export function generatePage(wordCount: number, samples: readonly string[], seed = 7): string[] {
  const next = random(seed);
  const blocks: string[] = [];
  let words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const roll = next();
    if (roll < 0.025 && samples.length) words.push(samples[Math.floor(next() * samples.length)]!);
    else words.push(COMMON[Math.floor(next() * COMMON.length)]!);
    if (next() < 0.06) words[words.length - 1] += next() < 0.5 ? ',' : '.';
    if (words.length >= 60) {
      blocks.push(capital(words.join(' ')) + '.');
      words = [];
    }
  }
  if (words.length) blocks.push(words.join(' ') + '.');
  return blocks;
}
