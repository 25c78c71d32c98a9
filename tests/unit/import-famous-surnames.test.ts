import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/shared/dataset';
import { markFamousSurnames } from '../../tools/import/famous-surnames';

const person = (id: string, name: string, popularity?: number): Entity => ({
  id, type: 'person', name, aliases: [{ text: name.split(' ').at(-1)!, short: true }], summary: 's', sources: [{ source: 'x' }], updated: '2026-12-02', ...(popularity ? { popularity } : {}),
});
const shortOf = (e: Entity) => e.aliases?.find((a) => typeof a !== 'string' && a.short);

describe('surnames news writes alone', () => {
  it('lets a listed surname stand alone for a person far better known than its other holders', () => {
    const [donald, melania] = markFamousSurnames([person('Q22686', 'Donald Trump', 328), person('bs:person/melania-trump', 'Melania Trump')], []);
    expect(shortOf(donald!)).toEqual({ text: 'Trump', short: true, unambiguous: true });
    expect(shortOf(melania!)).toEqual({ text: 'Trump', short: true });
  });
  it('keeps a surname short when two holders are both well known, or it is not one news writes alone', () => {
    const [bush] = markFamousSurnames([person('Q207', 'George W. Bush', 279), person('Q23505', 'George H. W. Bush', 194)], []);
    expect(shortOf(bush!)).toEqual({ text: 'Bush', short: true });
    const [cameron] = markFamousSurnames([person('Q192', 'David Cameron', 153)], []);
    expect(shortOf(cameron!)).toEqual({ text: 'Cameron', short: true });
  });
});

describe('surnames whose holder is chosen by hand', () => {
  it('lets the listed holder stand alone even without sitelinks, and never a namesake', () => {
    const [nicolas, ricardo] = markFamousSurnames([person('Q58132', 'Nicolás Maduro'), person('Q441393', 'Ricardo Maduro')], []);
    expect(shortOf(nicolas!)).toEqual({ text: 'Maduro', short: true, unambiguous: true });
    expect(shortOf(ricardo!)).toEqual({ text: 'Maduro', short: true });
    const [starmer] = markFamousSurnames([person('Q6383803', 'Keir Starmer', 123)], []);
    expect(shortOf(starmer!)).toEqual({ text: 'Starmer', short: true, unambiguous: true });
  });
});
