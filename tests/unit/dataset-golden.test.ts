/**
 * Golden checks on the committed dataset: well-known people with dated roles, a few
 * places and terms, and the size and coverage targets. These read data/ only, so
 * they run without the raw sources.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { COMMON_WORDS } from '../../src/matcher/words';
import { aliasObject, type CompiledDataset, type Entity } from '../../src/shared/dataset';
import { officeholdersAt, rolesAt } from '../../src/shared/time';
import { compileDataset, datasetStats } from '../../tools/dataset/compile';

let compiled: CompiledDataset;
let byId: Map<string, Entity>;
beforeAll(() => {
  compiled = compileDataset('data');
  byId = new Map(compiled.entities.map((e) => [e.id, e]));
}, 300_000);

type Golden = [id: string, name: string, title: string, start: string, end: string | null, inferred?: true];
const ROLES: Golden[] = [
  ['Q22316', 'John Kerry', 'US Special Presidential Envoy for Climate', '2021-01-20', '2024-03-06'],
  ['Q22316', 'John Kerry', 'US Secretary of State', '2013-02-01', '2017-01-20'],
  ['Q7821917', 'Antony Blinken', 'Secretary of State', '2021-01-26', '2025-01-20', true],
  ['Q15031', 'Xi Jinping', 'President of China', '2013-03-14', null],
  ['Q15031', 'Xi Jinping', 'Politburo Standing Committee', '2007-10-22', null],
  ['Q6279', 'Joe Biden', 'President of the United States', '2021-01-20', '2025-01-20'],
  ['Q76', 'Barack Obama', 'President of the United States', '2009-01-20', '2017-01-20'],
  ['Q22686', 'Donald Trump', 'President of the United States', '2017-01-20', '2021-01-20'],
  ['Q22686', 'Donald Trump', 'President of the United States', '2025-01-20', null],
  ['Q207', 'George W. Bush', 'President of the United States', '2001-01-20', '2009-01-20'],
  ['Q1058', 'Narendra Modi', 'Prime Minister of India', '2014-05-26', null],
  ['Q61053', 'Olaf Scholz', 'Chancellor of Germany', '2021-12-08', '2025-05-05'],
  ['Q566257', 'Friedrich Merz', 'Chancellor of Germany', '2025-05-06', null],
  ['Q567', 'Angela Merkel', 'Chancellor of Germany', '2005-11-22', '2021-12-08'],
  ['Q18111', 'Li Keqiang', 'Premier of the State Council of China', '2013-03-15', '2023-03-10'],
  ['Q4414390', 'Li Qiang', 'Premier of the State Council of China', '2023-03-11', null],
  ['Q4414390', 'Li Qiang', 'Politburo Standing Committee', '2022-10-23', null],
  ['Q311440', 'António Guterres', 'Secretary-General of the United Nations', '2017-01-01', null],
  ['Q1254', 'Kofi Annan', 'Secretary-General of the United Nations', '1997-01-01', '2006-12-31'],
  ['Q1253', 'Ban Ki-moon', 'Secretary-General of the United Nations', '2007-01-01', '2017-01-01'],
  ['Q10853588', 'Kamala Harris', 'Vice President of the United States', '2021-01-20', '2025-01-20'],
  ['Q24313', 'Mike Pence', 'Vice President of the United States', '2017-01-20', '2021-01-20'],
  ['Q28935729', 'JD Vance', 'Vice President of the United States', '2025-01-20', null],
  ['Q3052772', 'Emmanuel Macron', 'President of France', '2017-05-14', null],
  ['Q7747', 'Vladimir Putin', 'President of Russia', '2000-05-07', '2008-05-07'],
  ['Q7747', 'Vladimir Putin', 'President of Russia', '2012-05-07', null],
  ['Q23530', 'Dmitry Medvedev', 'President of Russia', '2008-05-07', '2012-05-07'],
  ['Q37181', 'Luiz Inácio Lula da Silva', 'President of Brazil', '2023-01-01', null],
  ['Q10304982', 'Jair Bolsonaro', 'President of Brazil', '2019-01-01', '2023-01-01'],
  ['Q39259', 'Recep Tayyip Erdoğan', 'President of Turkey', '2014-08-28', null],
  ['Q20055561', 'Rishi Sunak', 'Prime Minister of the United Kingdom', '2022-10-25', '2024-07-04'],
  ['Q6383803', 'Keir Starmer', 'Prime Minister of the United Kingdom', '2024-07-05', null],
  ['Q180589', 'Boris Johnson', 'Prime Minister of the United Kingdom', '2019-07-24', '2022-09-06'],
  ['Q272201', 'Liz Truss', 'Prime Minister of the United Kingdom', '2022-09-06', '2022-10-25'],
  ['Q355522', 'Mitch McConnell', 'US Senator from Kentucky', '1985-01-03', null],
  ['Q380900', 'Chuck Schumer', 'US Senator from New York', '1999-01-06', null],
  ['Q359442', 'Bernie Sanders', 'US Senator from Vermont', '2007-01-04', null],
  ['Q19880665', 'Mike Johnson', 'Speaker of the House', '2023-10-25', null],
  ['Q6182718', 'Jerome Powell', 'Chair of the Federal Reserve', '2018-02-05', null],
  ['Q294460', 'Mario Draghi', 'Prime Minister of Italy', '2021-02-13', '2022-10-22'],
  ['Q451791', 'Giorgia Meloni', 'Prime Minister of Italy', '2022-10-22', null],
  ['Q58217', 'Sergey Lavrov', 'Minister of Foreign Affairs of Russia', '2004-03-09', null],
  ['Q6294', 'Hillary Clinton', 'Secretary of State of the United States', '2009-01-21', '2013-02-01'],
  ['Q3874799', 'Volodymyr Zelenskyy', 'President of Ukraine', '2019-05-20', null],
  ['Q43723', 'Benjamin Netanyahu', 'Prime Minister of Israel', '2022-12-29', null],
  ['Q15029', 'Hu Jintao', 'President of China', '2003-03-15', '2013-03-14'],
  ['Q701801', 'Wang Yi', 'Minister of Foreign Affairs of China', '2013-03-16', '2022-12-30'],
  ['Q7216297', 'Qin Gang', 'Minister of Foreign Affairs of China', '2022-12-30', '2023-07-24', true],
  ['Q127295', 'Zhao Leji', 'Politburo Standing Committee', '2017-10-25', null],
  ['Q3099714', 'Justin Trudeau', 'Prime Minister of Canada', '2015-11-04', '2025-03-13'],
  // The rest of the US cabinet, the Supreme Court and the White House (issue 10: unknown before).
  ['Q7173106', 'Pete Buttigieg', 'Secretary of Transportation of the United States', '2021-02-03', '2025-01-27', true],
  ['Q11153', 'John Roberts', 'Chief Justice of the United States', '2005-09-29', null],
  ['Q11156', 'Antonin Scalia', 'Associate Justice of the US Supreme Court', '1986-09-26', '2016-02-13'],
  ['Q11668', 'Nikki Haley', 'US Ambassador to the United Nations', '2017-01-27', '2018-12-31'],
  // Speakers who have left the House (issue 10: no card for McCarthy, Ryan or Boehner).
  ['Q766866', 'Kevin McCarthy', 'Speaker of the House', '2023-01-07', '2023-10-24', true],
  ['Q203966', 'Paul Ryan', 'Speaker of the House', '2015-10-29', '2019-01-03'],
  ['Q11702', 'John Boehner', 'Speaker of the House', '2011-01-03', '2015-10-29'],
];

describe('golden roles', () => {
  it.each(ROLES)('%s %s: %s from %s', (id, name, title, start, end, inferred) => {
    const entity = byId.get(id);
    expect(entity?.name).toBe(name);
    const role = entity?.roles?.find((r) => r.title.includes(title) && r.start === start);
    expect(role, `${name} should hold "${title}" from ${start}`).toBeDefined();
    expect(role!.end ?? null).toBe(end);
    expect(role!.endInferred === true).toBe(inferred === true);
  });
});

describe('golden time questions', () => {
  it('answers "at the time of this article" for Kerry in 2023 and what came after', () => {
    expect(rolesAt(byId.get('Q22316')!, '2023-11-30').map((r) => r.title)).toEqual(['US Special Presidential Envoy for Climate']);
  });
  it('finds the US secretary of state on given dates through the country id', () => {
    const secretaryOn = (date: string) => officeholdersAt('Q30', date, byId).filter((o) => /^(US )?Secretary of State/.test(o.role.title)).map((o) => o.entity.name);
    expect(secretaryOn('2015-06-01')).toEqual(['John Kerry']);
    expect(secretaryOn('2023-06-01')).toEqual(['Antony Blinken']);
    expect(secretaryOn('2025-06-01')).toEqual(['Marco Rubio']);
  });
  it('lists all seven members of the 20th Politburo Standing Committee in 2024', () => {
    const members = officeholdersAt('bs:org/politburo-standing-committee', '2024-01-01', byId).map((o) => o.entity.name).sort();
    expect(members).toEqual(['Cai Qi', 'Ding Xuexiang', 'Li Qiang', 'Li Xi', 'Wang Huning', 'Xi Jinping', 'Zhao Leji']);
  });
});

describe('golden places, organizations and terms', () => {
  const fact = (id: string, label: string) => byId.get(id)?.facts?.find((f) => f.label === label)?.value;
  it('has Factbook facts for countries, and no frozen head-of-state fact beside the dated leader roles', () => {
    expect(fact('Q148', 'Capital')).toBe('Beijing');
    for (const id of ['Q183', 'Q30', 'Q145']) {
      expect(fact(id, 'Head of state'), id).toBeUndefined();
      expect(fact(id, 'Head of government'), id).toBeUndefined();
      expect(fact(id, 'Head of state and government'), id).toBeUndefined();
    }
    expect(fact('Q148', 'CO2 emissions')).toMatch(/billion (metric )?tonnes/);
  });
  it('has every sovereign state of Europe as a country with its Wikidata id, and their capitals tied to them', () => {
    // Serbia was once a territory: the code crosswalk files it under a retired FIPS code.
    for (const [id, name] of [['Q403', 'Serbia'], ['Q236', 'Montenegro'], ['Q221', 'North Macedonia'], ['Q1246', 'Kosovo'], ['Q225', 'Bosnia and Herzegovina']] as const) {
      expect(byId.get(id)?.type, name).toBe('country');
    }
    expect(byId.get('bs:city/belgrade')?.related).toContain('Q403');
    expect(byId.get('bs:city/belgrade')?.summary).toMatch(/^Capital of Serbia\./);
  });
  it('keeps a city the news reports on when a person shares a word of its name, not a town named like a common given name', () => {
    // Tyre Nichols once cost Tyre (Lebanon) its entry; Nigel (South Africa) would shadow every Nigel.
    const cities = new Set(compiled.entities.filter((e) => e.type === 'city').map((e) => e.name));
    for (const name of ['Tyre', 'Regina', 'Jena', 'Montgomery']) expect(cities.has(name), name).toBe(true);
    for (const name of ['Nigel', 'Brandon', 'Logan']) expect(cities.has(name), name).toBe(false);
  });
  it("names each of Iran's provinces by its own ISO code, not the old numbering another source keeps", () => {
    const iran = (code: string) => byId.get(`bs:region/${code}`);
    expect(iran('ir-30')?.name).toBe('Alborz');
    expect(iran('ir-09')?.name).toBe('Razavi Khorasan');
    expect(iran('ir-03')?.name).toBe('East Azerbaijan');
    expect(iran('ir-03')?.facts?.find((f) => f.label === 'Capital')?.value).toBe('Tabriz');
    // No province carries another's name as an alias.
    const names = new Map(compiled.entities.filter((e) => e.id.startsWith('bs:region/ir-')).map((e) => [e.name.toLowerCase(), e.id]));
    for (const [name, id] of names) {
      for (const alias of byId.get(id)!.aliases ?? []) expect(names.get(aliasObject(alias).text.toLowerCase()) ?? id, `${id} "${name}"`).toBe(id);
    }
  });

  it('has no entity named after a placeholder a source writes where no one holds a post', () => {
    // The Factbook's "Prime Minister vacant (as of …)" for Latvia was once read as a person named "vacant".
    expect(compiled.entities.filter((e) => /^(vacant|unknown|none|n\/a|tbd|acting)$/i.test(e.name)).map((e) => e.id)).toEqual([]);
    expect(compiled.entities.filter((e) => e.type === 'person' && (e.aliases ?? []).some((a) => /^(President|Prime Minister|Sen\.|Senator|Foreign Minister) /.test(typeof a === 'string' ? a : a.text))).map((e) => e.id)).toEqual([]);
  });

  it('says nothing of a website before the web: an earlier "launch" is the body behind it, and Wikipedia editions are not news', () => {
    const online = compiled.entities.filter((e) => /^(Website|Mobile app|Online community|Social network) launched in (\d+)/.test(e.summary));
    expect(online.length).toBeGreaterThan(100);
    expect(online.filter((e) => Number(/launched in (\d+)/.exec(e.summary)![1]) < 1990).map((e) => e.name)).toEqual([]);
    expect(online.filter((e) => /Wikipedia$/.test(e.name)).map((e) => e.name)).toEqual([]);
  });

  it('keeps hand-written text for merged entries', () => {
    expect(byId.get('Q148')!.summary).not.toMatch(/^Country in/);
    expect(byId.get('Q30')!.facts?.some((f) => f.label === 'Population')).toBe(true);
  });
  it('has the organizations and terms the news needs', () => {
    for (const id of ['bs:org/nato', 'bs:org/un', 'bs:org/federal-reserve', 'bs:org/ecb', 'bs:media/ap', 'bs:media/xinhua', 'bs:term/filibuster', 'bs:term/inflation', 'bs:term/tariff', 'bs:company/apple', 'bs:company/tsmc']) {
      expect(byId.has(id), id).toBe(true);
    }
  });
  it('knows officeholders by the names news writes, not only by their Wikidata labels', () => {
    const has = (id: string, text: string) => byId.get(id)?.aliases?.some((a) => aliasObject(a).text === text);
    expect(has('Q311269', 'John Bolton')).toBe(true); // label "John R. Bolton"
    expect(has('Q30148517', 'Christopher Wray')).toBe(true); // label and Wikipedia title "Christopher A. Wray"
  });
  it('knows former members of Congress the news still names, by their last seat', () => {
    const seat = (name: string) => compiled.entities.find((e) => e.type === 'person' && e.name === name)?.facts?.find((f) => f.label === 'Last seat in Congress')?.value;
    expect(seat('Liz Cheney')).toBe("US Representative for Wyoming (at large)");
    expect(seat('John McCain')).toBe('US Senator from Arizona');
    expect(seat('Mitt Romney')).toBe('US Senator from Utah');
  });
  it('keeps what the import knows of a record a written card replaces by its own id', () => {
    // Hand entries written over imported `bs:` ids: the import's facts merge into them.
    const fact = (id: string, label: string) => byId.get(id)?.facts?.find((f) => f.label === label)?.value;
    expect(byId.get('bs:region/in-ka')!.summary).not.toMatch(/^First-level region/);
    expect(fact('bs:region/in-ka', 'Capital')).toBe('Bengaluru');
    expect(fact('bs:region/in-ka', 'ISO 3166-2 code')).toBe('IN-KA');
    expect(fact('bs:region/my-13', 'Capital')).toBe('Kuching');
  });
  it('marks common-word and shared names ambiguous', () => {
    const isAmbiguous = (id: string, text: string) => byId.get(id)?.aliases?.some((a) => aliasObject(a).text === text && aliasObject(a).ambiguous === true);
    expect(isAmbiguous('Q61', 'Washington')).toBe(true);
    expect(isAmbiguous('bs:city/nice', 'Nice')).toBe(true);
    expect(isAmbiguous('bs:city/reading', 'Reading')).toBe(true);
    // Issue 10: "Apple" mid-sentence is the company; at a sentence start ("Apple growers…")
    // the weak-capital rule sends it through context, since "apple" is a common word.
    expect(isAmbiguous('bs:company/apple', 'Apple')).toBe(false);
    expect(COMMON_WORDS.has('apple')).toBe(true);
    expect(isAmbiguous('Q230', 'Georgia')).toBe(true);
  });
});

describe('quiet aliases', () => {
  it('never gives a person a bare surname unless it is short', () => {
    for (const entity of compiled.entities) {
      if (entity.type !== 'person') continue;
      for (const alias of entity.aliases ?? []) {
        const object = aliasObject(alias);
        if (!object.short) expect(object.text.includes(' ') || object.ambiguous === true, `${entity.id} alias "${object.text}"`).toBe(true);
      }
    }
  });
});

describe('coverage and size targets', () => {
  it('meets the entity, type and size targets', () => {
    const stats = datasetStats(compiled);
    // Issue 10: at least 25,000 entities, chosen by how often the news needs them.
    expect(stats.entities).toBeGreaterThanOrEqual(25_000);
    expect(stats.byType.region ?? 0).toBeGreaterThanOrEqual(50);
    expect((stats.byType.country ?? 0) + (stats.byType.territory ?? 0) + (stats.byType.place ?? 0)).toBeGreaterThanOrEqual(255);
    expect(stats.byType.city ?? 0).toBeGreaterThanOrEqual(2000);
    expect(stats.byType.term ?? 0).toBeGreaterThanOrEqual(300);
    expect(stats.matchableTexts).toBeGreaterThanOrEqual(20_000);
    // The compiled JSON is the build's and the CLI's input, never shipped whole (the extension
    // ships card shards and the prebuilt index: a 7.1 MB zip at 39,000 entities). The bound
    // keeps the build's parse in check as the dataset grows: 12.2 MB at 28,700 entities,
    // 17.1 MB at 39,000, 22.1 MB at 48,600, 26.3 MB at 57,000 (raised from 26 MB then: the
    // build still parses it in well under a second), 32.6 MB at 69,000 (raised from 32 MB to
    // 40: the whole build, parse included, takes 11 s), 40.8 MB at 84,600 (raised to 48: this
    // file is the build's input only; what ships is held by tools/dataset/ship.ts's budget),
    // 48.3 MB at 98,000 (raised to 56: the build, parse included, still takes 16 s).
    expect(stats.bytes).toBeLessThanOrEqual(56 * 1024 * 1024);
  });
  it('gives every role a start date and every entity a source', () => {
    for (const entity of compiled.entities) {
      expect(entity.sources.length, entity.id).toBeGreaterThan(0);
      for (const role of entity.roles ?? []) expect(role.start, `${entity.id} ${role.title}`).toMatch(/^\d{4}/);
    }
  });
});
