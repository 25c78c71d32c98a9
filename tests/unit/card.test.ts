import { describe, expect, it } from 'vitest';
import { buildCard, cardText } from '../../src/shared/card';
import type { Entity, SourceInfo } from '../../src/shared/dataset';
import { buildLeaderIndex } from '../../src/shared/time-lines';

const kerry: Entity = {
  id: 'Q22316',
  type: 'person',
  name: 'John Kerry',
  summary: 'American diplomat.',
  roles: [
    { title: 'US Secretary of State', of: 'Q30', start: '2013-02-01', end: '2017-01-20', source: 'wikidata' },
    { title: 'US Special Presidential Envoy for Climate', of: 'Q30', start: '2021-01-20', end: '2024-03-06', source: 'backstory' },
  ],
  sources: [{ source: 'wikidata' }],
  updated: '2026-11-29',
};
const sources = new Map<string, SourceInfo>([['wikidata', { id: 'wikidata', name: 'Wikidata', url: 'https://www.wikidata.org/', licence: 'CC0' }]]);
const card = (asOf: string) => buildCard(kerry, { asOf, asOfOrigin: 'article', lookup: () => undefined, sources });

describe('buildCard', () => {
  it('gives the role held on the article date', () => {
    expect(card('2023-07-19').atTime).toBe('US Special Presidential Envoy for Climate (2021–2024)');
    expect(card('2015-06-01').atTime).toBe('US Secretary of State (2013–2017)');
  });

  it('says what came later', () => {
    expect(card('2015-06-01').later).toBe('US Special Presidential Envoy for Climate (2021–2024)');
    expect(card('2023-07-19').later).toMatch(/left US Special Presidential Envoy for Climate in 2024/);
  });

  it('names a source once when the entity was merged from several of its rows', () => {
    const merged: Entity = {
      ...kerry,
      sources: [
        { source: 'wikidata', url: 'https://www.wikidata.org/wiki/Q22316' },
        { source: 'backstory' },
        { source: 'wikidata', url: 'https://www.wikidata.org/wiki/Q1' },
      ],
    };
    const both = new Map(sources).set('backstory', { id: 'backstory', name: 'Backstory editors', url: '', licence: 'CC BY 4.0' });
    const model = buildCard(merged, { asOf: '2023-07-19', lookup: () => undefined, sources: both });
    expect(model.sources).toEqual([{ name: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q22316' }, { name: 'Backstory editors' }]);
    expect(cardText(model).split('\n')).toContain('Sources: Wikidata; Backstory editors');
  });

  it('says "formerly" between roles', () => {
    expect(card('2019-05-05').atTime).toBe('Formerly US Secretary of State (2013–2017)');
  });

  it('renders the full visible text', () => {
    const text = cardText(card('2023-07-19'));
    expect(text).toContain('At the time of this article (19 July 2023): US Special Presidential Envoy for Climate (2021–2024)');
    expect(text).toContain('Sources: Wikidata');
  });
});

describe('time-aware lines', () => {
  const china: Entity = { id: 'Q148', type: 'country', name: 'China', summary: 'Country.', sources: [{ source: 'wikidata' }], updated: '2026-11-29' };
  const hu: Entity = {
    id: 'Q16964', type: 'person', name: 'Hu Jintao', summary: 'Former leader.', sources: [{ source: 'wikidata' }], updated: '2026-11-29',
    roles: [{ title: 'President of China', of: 'Q148', start: '2003-03-15', end: '2013-03-14', source: 'wikidata' }],
  };
  const xi: Entity = {
    id: 'Q15031', type: 'person', name: 'Xi Jinping', summary: 'Leader.', sources: [{ source: 'wikidata' }], updated: '2026-11-29',
    roles: [
      { title: 'Vice President of China', of: 'Q148', start: '2008-03-15', end: '2013-03-14', source: 'wikidata' },
      { title: 'President of China', of: 'Q148', start: '2013-03-14', source: 'wikidata' },
    ],
  };
  const leaders = buildLeaderIndex([china, hu, xi]);
  const countryCard = (asOf: string) => buildCard(china, { asOf, asOfOrigin: 'article', lookup: () => undefined, sources, leaders });

  it('names a country\'s leaders on the article date, and who came after', () => {
    expect(countryCard('2010-05-01').atTime).toBe('President of China: Hu Jintao (2003–2013)');
    expect(countryCard('2010-05-01').later).toBe('President of China: Xi Jinping (since 2013)');
    expect(countryCard('2020-05-01').atTime).toBe('President of China: Xi Jinping (since 2013)');
  });

  it('never lists a vice-president as a leader', () => {
    expect(countryCard('2010-05-01').atTime).not.toMatch(/Vice/);
  });

  it('shows an inferred end only as a bound', () => {
    const blinken: Entity = {
      ...kerry,
      roles: [{ title: 'US Secretary of State', start: '2021-01-26', end: '2025-01-20', endInferred: true, source: 'wikidata' }],
    };
    const model = buildCard(blinken, { asOf: '2023-07-19', lookup: () => undefined, sources });
    expect(model.atTime).toBe('US Secretary of State (2021–by 2025)');
    expect(model.later).toBe('left US Secretary of State by 2025');
  });
});

describe('dated facts', () => {
  it('shows a year before the common era as its own date, with only its source', () => {
    const alexander: Entity = {
      id: 'Q8409', type: 'person', name: 'Alexander the Great', summary: 'Monarch (died 322 BC).', updated: '2026-11-29',
      facts: [{ label: 'Died', value: '322 BC', asOf: '2026', source: 'wikidata' }], sources: [{ source: 'wikidata' }],
    };
    const fact = buildCard(alexander, { asOf: '2026-12-02', lookup: () => undefined, sources }).facts[0]!;
    expect(fact.note).toBe('Wikidata');
    expect(cardText(buildCard(alexander, { asOf: '2026-12-02', lookup: () => undefined, sources }))).toContain('Died: 322 BC (Wikidata)');
  });
});
