/**
 * Golden answers everyone knows, read from the committed dataset through the card a
 * reader sees: leaders who changed, people with several roles, organisations'
 * members. And two whole-dataset rules: no card claims a role as current past its
 * data, and a country's card never names a leader whose own card disagrees.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCard, type CardModel } from '../../src/shared/card';
import type { CompiledDataset, Entity } from '../../src/shared/dataset';
import { roleStatusOn } from '../../src/shared/time';
import { buildLeaderIndex, leaderTimeline, type Leader } from '../../src/shared/time-lines';
import { compileDataset } from '../../tools/dataset/compile';

let compiled: CompiledDataset;
let byId: Map<string, Entity>;
let leaders: ReadonlyMap<string, Leader[]>;
beforeAll(() => {
  compiled = compileDataset('data');
  byId = new Map(compiled.entities.map((e) => [e.id, e]));
  leaders = buildLeaderIndex(compiled.entities);
}, 300_000);

const TODAY = '2026-12-02';
function cardOf(id: string, asOf: string | undefined): CardModel {
  return buildCard(byId.get(id)!, {
    asOf: asOf ?? TODAY,
    asOfOrigin: asOf ? 'article' : 'today',
    lookup: (other) => byId.get(other),
    sources: new Map(compiled.sources.map((s) => [s.id, s])),
    leaders,
  });
}
const HOG = (country: string, day: string) => cardOf(country, day).atTime ?? '';

describe('leaders who changed', () => {
  it.each([
    ['Canada 2025', 'Q16', '2025-03-01', 'Justin Trudeau', '2025-03-20', 'Mark Carney'],
    ['Germany 2025', 'Q183', '2025-05-01', 'Olaf Scholz', '2025-05-10', 'Friedrich Merz'],
    ['Syria December 2024', 'Q858', '2024-11-30', 'Bashar al-Assad', '2026-02-01', 'Ahmed al-Sharaa'],
    ['United Kingdom July 2024', 'Q145', '2024-07-01', 'Rishi Sunak', '2024-07-10', 'Keir Starmer'],
    ['New Zealand January 2023', 'Q664', '2023-01-10', 'Jacinda Ardern', '2023-07-18', 'Chris Hipkins'],
    ['Bangladesh August 2024', 'Q902', '2024-07-01', 'Sheikh Hasina', '2024-09-01', 'Muhammad Yunus'],
    // Handovers after the Factbook's last edit (January 2026), which its repeated final edition never showed.
    ['Bangladesh February 2026', 'Q902', '2026-02-01', 'Muhammad Yunus', '2026-03-01', 'Tarique Rahman'],
    ['Netherlands February 2026', 'Q29999', '2026-02-01', 'Dick Schoof', '2026-03-01', 'Rob Jetten'],
    ['Chile March 2026', 'Q298', '2026-03-01', 'Gabriel Boric', '2026-04-01', 'José Antonio Kast'],
    ['Iran March 2026', 'Q794', '2026-02-01', 'Ali Khamenei', '2026-04-01', 'Mojtaba Khamenei'],
    ['Hungary May 2026', 'Q28', '2026-05-01', 'Viktor Orbán', '2026-06-01', 'Péter Magyar'],
  ])('%s: the country card names the leader before and after', (_label, country, before, oldName, after, newName) => {
    expect(HOG(country, before)).toContain(oldName);
    expect(HOG(country, before)).not.toContain(newName);
    expect(HOG(country, after)).toContain(newName);
    expect(HOG(country, after)).not.toContain(oldName);
  });

  it('never shows a pre-2025 extract as today\'s truth', () => {
    expect(cardOf('Q3099714', undefined).atTime).toBe('Formerly Prime Minister of Canada (2015–2025)');
    expect(cardOf('Q61053', undefined).atTime).toMatch(/^Formerly Chancellor of Germany \(2021–2025\)/);
    expect(cardOf('Q44329', undefined).atTime).toBe('Formerly President of Syria (2000–2024)');
    expect(cardOf('Q52183', '2025-01-01').atTime).toMatch(/^Formerly Prime Minister of Bangladesh \(2009–2024\)/);
    expect(cardOf('Q16', undefined).atTime).toContain('Prime Minister of Canada: Mark Carney (since 2025), as of January 2026 data');
  });

  it('uses a source that knows between snapshots: New Zealand on 18 July 2023 is Hipkins\'s', () => {
    expect(HOG('Q664', '2023-07-18')).toBe('Monarch of New Zealand: Charles III (since 2022); Prime Minister of New Zealand: Chris Hipkins (2023)');
    expect(cardOf('Q3606816', '2023-07-18').atTime).toBe('Formerly Prime Minister of New Zealand (2017–2023)');
  });
});

describe('people with several roles', () => {
  it('describes each by their defining role', () => {
    // Macron has a written summary now (data/entities/leaders-2026.json): still the presidency first.
    expect(byId.get('Q3052772')!.summary).toMatch(/president of France/);
    expect(cardOf('Q3052772', '2024-01-01').atTime).toMatch(/^President of France \(since 2017\)/);
    // The two monarchs have hand-written summaries now (data/entities/sport-royals-events.json): still the throne first.
    expect(byId.get('Q43274')!.summary).toMatch(/^King of the United Kingdom/);
    expect(byId.get('Q9682')!.summary).toMatch(/^Queen of the United Kingdom/);
    expect(byId.get('Q127998')!.summary).not.toMatch(/Central banker|West Bank/);
    expect(byId.get('Q16196017')!.summary).toMatch(/^International official\. Director-General of the World Health Organization/);
    expect(cardOf('Q57792', undefined).atTime).toMatch(/^Secretary General of NATO \(since 2024\), as of January 2025 data/);
    expect(cardOf('Q57792', '2020-06-01').atTime).toBe('Prime Minister of the Netherlands (2010–2024)');
  });

  it('lists the defining role first among roles held together (Charles III)', () => {
    expect(cardOf('Q43274', '2024-01-01').atTime).toMatch(/^Monarch of the United Kingdom \(since 2022\); /);
  });

  it('knows past Senate terms: Kamala Harris on 19 November 2019', () => {
    expect(cardOf('Q10853588', '2019-11-19').atTime).toMatch(/^US Senator from California \(/);
    expect(cardOf('Q10853588', '2019-11-19').later).toBe('Vice President of the United States (2021–2025)');
  });

  it('claims no more than the sources hold: Sirimavo Bandaranaike\'s first two terms are in none of them', () => {
    const terms = byId.get('Q194291')!.roles!.filter((r) => /Prime Minister of Sri Lanka/.test(r.title));
    expect(terms.map((r) => `${r.start}..${r.end}`)).toEqual(['1994-11-14..2000-08-10']);
    expect(cardOf('Q194291', '1965-01-01').atTime).toBeUndefined();
  });
});

describe('organisations\' members', () => {
  const fact = (id: string, label: string) => byId.get(id)?.facts?.find((f) => f.label === label)?.value;
  it('lists the Security Council\'s permanent members and no stray count', () => {
    expect(fact('bs:org/unsc', 'Permanent members')).toBe('China, France, Russia, United Kingdom, United States');
    expect(fact('bs:org/unsc', 'Members')).toBeUndefined();
  });
  it('leaves the United Kingdom out of the ECB and gives UNICEF and the World Bank Group no member list', () => {
    expect(fact('bs:org/ecb', 'Members')).not.toMatch(/United Kingdom/);
    expect(fact('bs:org/unicef', 'Members')).toBeUndefined();
    expect(byId.get('bs:org/world-bank-group')?.summary ?? '').not.toMatch(/1 member/);
    expect(fact('bs:org/iaea', 'Members')).toBe('166 (Factbook appendix, January 2020)');
  });
  it('does not count the International Chamber of Commerce\'s members as the court\'s (the Factbook writes the court "ICCt")', () => {
    expect(fact('bs:org/icc', 'Members')).toMatch(/^125 states parties/);
    expect(byId.get('bs:org/icc')?.summary).not.toMatch(/\b4 members/);
  });
  it('calls a long tally of the Factbook\'s country entries what it is, never the body\'s membership', () => {
    expect(fact('bs:org/interpol', 'Members')).toMatch(/countries and territories list it in the Factbook$/);
    for (const entity of compiled.entities) expect(entity.summary, entity.id).not.toMatch(/with (3[1-9]|[4-9]\d|\d{3}) members as of/);
  });
});

describe('whole-dataset rules', () => {
  it('makes no "current" claim past its data: today every held role says what data it stands on', () => {
    const stale: string[] = [];
    for (const entity of compiled.entities) {
      for (const role of entity.roles ?? []) if (roleStatusOn(role, TODAY, entity.updated) === 'held') stale.push(`${entity.id} ${entity.name}: ${role.title}`);
    }
    expect(stale).toEqual([]);
  });

  it("never writes a person's role as lasting to the reader's day: 'became … in 2019', not 'has been … since 2019'", () => {
    // A summary is read long after it is written; its roles carry the dates their data stands on.
    const since = /\bhas been (\S+)[^.;:]*?\bsince (?:[A-Z][a-z]+ )?\d{4}/g;
    const notRole = /(ed|en|ing)$|^(in|on|at|out|under|held|run|led|unable|part|home|off|away|free|alive|missing|absent|there|here|silent|close|married|active|involved)$/i;
    const lasting: string[] = [];
    for (const entity of compiled.entities) {
      if (entity.type !== 'person') continue;
      for (const match of entity.summary.matchAll(since)) {
        if (!notRole.test(match[1]!) && !/ times|since .*since/.test(match[0])) lasting.push(`${entity.id}: ${match[0]}`);
      }
    }
    expect(lasting).toEqual([]);
  });

  it('never lets a country card name a leader whose own card says otherwise', () => {
    const contradictions: string[] = [];
    for (const day of ['2021-06-01', '2023-07-18', '2025-06-01', TODAY]) {
      for (const entity of compiled.entities) {
        if (entity.type !== 'country' && entity.type !== 'territory') continue;
        for (const line of leaderTimeline(entity, day, leaders)?.then ?? []) {
          const own = roleStatusOn(line.role, day, line.entity.updated);
          const person = byId.get(line.entity.id)!;
          if (!person.roles?.includes(line.role) || own !== line.status) contradictions.push(`${entity.name} ${day}: ${line.entity.name}`);
        }
      }
    }
    expect(contradictions).toEqual([]);
  });
});

describe('cities where GeoNames and the news disagree', () => {
  const aliasesOf = (id: string) => [byId.get(id)!.name, ...(byId.get(id)!.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.text))];
  it('places no Vietnamese city in a province of the wrong numbering (Hanoi is not in Quang Tri)', () => {
    for (const e of compiled.entities.filter((x) => x.type === 'city' && x.related?.includes('Q881'))) {
      expect(e.summary, e.id).not.toMatch(/Quang Tri|Lạng Sơn|Thừa Thiên Huế/);
    }
  });
  it.each([
    ['bs:city/kyiv', 'Kiev'],
    ['bs:city/mumbai', 'Bombay'],
    ['bs:city/hannover', 'Hanover'],
    ['bs:city/brugge', 'Bruges'],
    ['bs:city/ho-chi-minh-city', 'Saigon'],
  ])('%s answers to the English name the news writes, %s', (id, name) => {
    expect(aliasesOf(id)).toContain(name);
  });
  it('leaves "Hanover" to the German city: the Jamaican parish answers to "Hanover Parish"', () => {
    expect(aliasesOf('bs:region/jm-09')).not.toContain('Hanover');
    expect(aliasesOf('bs:region/jm-09')).toContain('Hanover Parish');
  });
  it.each(['bs:city/venice', 'bs:city/mainz', 'bs:city/timbuktu'])('%s, a town readers know by its bare name, needs no context', (id) => {
    const name = byId.get(id)!.name;
    const bare = (byId.get(id)!.aliases ?? []).find((a) => typeof a !== 'string' && a.text === name);
    expect(bare === undefined || (typeof bare !== 'string' && !bare.ambiguous)).toBe(true);
  });
});
