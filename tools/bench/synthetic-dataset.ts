/**
 * A synthetic dataset shaped like the real one (per entity: kinds, aliases, facts,
 * roles, related entries, summary length and id forms measured on the 8,000-entity
 * dataset), at any size, from a seed: for the scale figures of `npm run
 * bench:matcher` and for tests that compare index layouts. Names are made of
 * syllables; given names, city names and some surnames repeat, as namesakes do.
 */
import type { CompiledDataset, Entity, SourceInfo } from '../../src/shared/dataset';
import { random } from './generate';

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'as', 'tu', 'ber', 'qui', 'no', 'sha', 'del', 'ro', 'zan', 'pe', 'ti', 'mon', 'gra', 'vel', 'su', 'dor', 'ash', 'ki', 'lem', 'or'];
const ACCENTED = ['é', 'ã', 'ö', 'ñ', 'ç'];
const ORG_WORDS = ['Council', 'Group', 'Bank', 'Agency', 'Party', 'Front', 'Institute', 'Authority'];
const TITLES = ['President', 'Prime Minister', 'Minister of Finance', 'Governor', 'Senator', 'Mayor'];
const SOURCES: SourceInfo[] = [
  { id: 'synthetic', name: 'Synthetic data', url: 'https://example.org/synthetic', licence: 'CC0 1.0' },
  { id: 'synthetic-facts', name: 'Synthetic facts', url: 'https://example.org/facts', licence: 'CC0 1.0' },
];

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);

/** Generates `count` entities: about 3% countries, 50% people, 25% cities, 12% organizations, 10% terms. */
export function syntheticDataset(count: number, seed = 42): CompiledDataset {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const word = (syllables: number) => {
    let out = '';
    for (let i = 0; i < syllables; i++) out += pick(SYLLABLES);
    return next() < 0.02 ? out.replace(/[aeo]/, pick(ACCENTED)) : out;
  };
  const givenNames = Array.from({ length: 400 }, () => capital(word(2)));
  const entities: Entity[] = [];
  const countries: Entity[] = [];
  const cities: string[] = [];
  const slugs = new Set<string>();
  const slugOf = (type: string, name: string) => {
    const slug = `bs:${type}/${name.toLowerCase().replace(/[^a-z]+/g, '-')}`;
    let unique = slug;
    for (let k = 2; slugs.has(unique); k++) unique = `${slug}-${k}`;
    slugs.add(unique);
    return unique;
  };
  const organizations: string[] = [];
  const people: string[] = [];
  const base = (e: number, type: Entity['type'], name: string): Entity => ({
    id: next() < 0.6 ? `Q${100 + e * 7}` : slugOf(type, name),
    type,
    name,
    summary: '',
    sources: [{ source: 'synthetic', url: `https://example.org/item/${e}` }],
    updated: '2026-01-01',
  });
  const fact = (label: string, value: string) => ({ label, value, asOf: '2025', source: 'synthetic-facts' });
  for (let e = 0; e < count; e++) {
    const roll = next();
    if (roll < 0.03 || countries.length === 0) {
      const name = capital(word(3));
      const entity = base(e, 'country', name);
      entity.aliases = [{ text: `${name}ese`, demonym: true }, { text: name.slice(0, 2).toUpperCase() + pick(['', 'R', 'S']), case: 'exact' }];
      const capitalCity = capital(word(3));
      entity.facts = [fact('Capital', capitalCity), fact('Population', String(Math.floor(next() * 1e8))), fact('Area', `${Math.floor(next() * 1e6)} sq km`), fact('Languages', `${capital(word(2))}, ${capital(word(2))}`)];
      const neighbours = countries.length ? `${pick(countries).name} and ${pick(countries).name}` : capital(word(3));
      entity.summary = `A country whose capital is ${capitalCity}, bordering ${neighbours}.`;
      countries.push(entity);
      entities.push(entity);
    } else if (roll < 0.53) {
      const family = next() < 0.1 ? capital(word(2)) : capital(word(3));
      const given = pick(givenNames);
      const country = pick(countries);
      const entity = base(e, 'person', `${given} ${family}`);
      const title = pick(TITLES);
      entity.aliases = [{ text: family, short: true }, ...(next() < 0.3 ? [{ text: `${title} ${family}`, ambiguous: true }] : [])];
      entity.roles = [{ title: `${title} of ${country.name}`, of: country.id, start: `${1990 + Math.floor(next() * 30)}-01-01`, source: 'synthetic' }];
      if (next() < 0.3 && organizations.length) entity.roles.push({ title: `Member of the ${pick(organizations)}`, start: '1985', end: '1990', source: 'synthetic' });
      entity.related = [country.id];
      entity.facts = [fact('Born', `19${40 + Math.floor(next() * 50)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`)];
      const party = organizations.length ? pick(organizations) : `${capital(word(2))} ${pick(ORG_WORDS)}`;
      entity.summary = `${country.name}ese politician, ${title.toLowerCase()} of ${country.name} and former member of the ${party}.`;
      people.push(entity.name);
      entities.push(entity);
    } else if (roll < 0.78) {
      // Namesakes: one city name in twenty is another city's.
      const name = cities.length > 10 && next() < 0.05 ? pick(cities) : capital(word(3));
      cities.push(name);
      const country = pick(countries);
      const entity = base(e, 'city', name);
      if (next() < 0.2) entity.aliases = [`${name} City`];
      entity.facts = [fact('Country', country.name), fact('Population', String(Math.floor(next() * 1e6)))];
      entity.related = [country.id];
      entity.summary = `A city in ${country.name}, on the ${capital(word(2))} river.`;
      entities.push(entity);
    } else if (roll < 0.9) {
      const words = [capital(word(2)), capital(word(3)), pick(ORG_WORDS)];
      const entity = base(e, next() < 0.5 ? 'organization' : 'company', words.join(' '));
      const acronym = words.map((w) => w[0]).join('').toUpperCase();
      entity.aliases = [next() < 0.2 ? `${acronym.split('').join('.')}.` : { text: `${acronym}${e % 97}`, case: 'exact' }];
      entity.facts = [fact('Founded', String(1900 + Math.floor(next() * 120))), fact('Headquarters', pick(cities.length ? cities : ['Nowhere']))];
      entity.summary = `An organization based in ${entity.facts[1]!.value}, founded by ${people.length ? pick(people) : capital(word(3))}.`;
      organizations.push(entity.name);
      entities.push(entity);
    } else {
      const name = `${word(2)} ${word(2)}`;
      const entity = base(e, 'term', next() < 0.3 ? `${name}s` : name);
      entity.aliases = [next() < 0.5 ? `${name}-${word(1)}` : `${name.split(' ')[0]} ${word(2)}`];
      entity.summary = `A term for the ${word(2)} of ${word(3)} in ${pick(countries).name} policy.`;
      entities.push(entity);
    }
  }
  return { version: 1, sources: SOURCES, entities };
}

const COMMON = ('the of and to in a is that for on with as was by at from said it be his has an are which this have '
  + 'but were not they after its had their who been also will one more would two about first new than other over '
  + 'government minister officials talks week year people country state meeting policy trade security may '
  + 'economy report news president leaders climate agreement border support plans market vote election').split(' ');

/**
 * A page of about `wordCount` words that names entities of `dataset` the ways news
 * does: full names, then surnames, titles before surnames, demonyms, acronyms,
 * terms in any case, and the context words (capitals, countries) that settle namesakes.
 */
export function syntheticPage(dataset: CompiledDataset, wordCount: number, seed = 7): string[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const cast = Array.from({ length: 60 }, () => pick(dataset.entities));
  const blocks: string[] = [];
  let words: string[] = [];
  for (let i = 0; i < wordCount; i++) {
    const roll = next();
    const e = pick(cast);
    const alias = e.aliases?.length ? pick(e.aliases) : e.name;
    const aliasText = typeof alias === 'string' ? alias : alias.text;
    if (roll < 0.015) words.push(e.name);
    else if (roll < 0.025) words.push(aliasText);
    else if (roll < 0.03) words.push(`${pick(['President', 'Mr', 'Senator', 'Judge'])} ${e.name.split(' ').pop()}`);
    else if (roll < 0.04) words.push(e.facts?.length ? pick(e.facts).value : 'report');
    else if (roll < 0.045) words.push(e.name.toLowerCase());
    else words.push(pick(COMMON));
    if (next() < 0.06) words[words.length - 1] += next() < 0.5 ? ',' : '.';
    if (words.length >= 60) {
      blocks.push(capital(words.join(' ')) + '.');
      words = [];
    }
  }
  if (words.length) blocks.push(words.join(' ') + '.');
  return blocks;
}
