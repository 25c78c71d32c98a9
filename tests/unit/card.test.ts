import { describe, expect, it } from 'vitest';
import { buildCard, cardText } from '../../src/shared/card';
import type { Entity, SourceInfo } from '../../src/shared/dataset';

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

  it('says "formerly" between roles', () => {
    expect(card('2019-05-05').atTime).toBe('Formerly US Secretary of State (2013–2017)');
  });

  it('renders the full visible text', () => {
    const text = cardText(card('2023-07-19'));
    expect(text).toContain('At the time of this article: US Special Presidential Envoy for Climate (2021–2024)');
    expect(text).toContain('Sources: Wikidata');
  });
});
