import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/shared/dataset';
import { dropMinorNamesakes, namesTakenFromTowns, withoutHonorific } from '../../tools/import/cities';
import { displayName, shortName } from '../../tools/import/companies';
import { joinTerms, termTitle } from '../../tools/import/congress';
import { parseOfficeholder } from '../../tools/import/countries';
import { parseCsv } from '../../tools/import/lib/csv';
import { serializeEntities } from '../../tools/import/lib/io';
import { articleSurnameOf, surnameOf } from '../../tools/import/lib/names';
import { asciiVariant, dayBefore, decodeEntities, fixFactbookCaps, parseEnglishDate } from '../../tools/import/lib/text';
import { isInterim, postTitle, roleTitle, newsNames } from '../../tools/import/officeholders';
import { countryAliases } from '../../tools/import/country-names';
import { parsePartyLine } from '../../tools/import/parties';
import { joinConsecutive } from '../../tools/import/people';
import { resolveCollisions } from '../../tools/import/resolve';
import { TermsFileError, parseTermsTsv } from '../../tools/import/terms';

const e = (id: string, type: Entity['type'], name: string, aliases: Entity['aliases'] = []): Entity => ({
  id, type, name, aliases, summary: 's', sources: [{ source: 'backstory' }], updated: '2026-01-01',
});

describe('text helpers', () => {
  it('parses CSV with quotes, commas and newlines in fields', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi""\nthere"\n')).toEqual([{ a: 'x, y', b: 'say "hi"\nthere' }]);
  });
  it('reads Factbook dates at their precision', () => {
    expect(parseEnglishDate('14 March 2013')).toBe('2013-03-14');
    expect(parseEnglishDate('March 2013')).toBe('2013-03');
    expect(parseEnglishDate('2013')).toBe('2013');
    expect(dayBefore('2025-01-21')).toBe('2025-01-20');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
  it('fixes Factbook capitals without touching regnal numbers', () => {
    expect(fixFactbookCaps('President XI Jinping')).toBe('President Xi Jinping');
    expect(fixFactbookCaps('King CHARLES III')).toBe('King Charles III');
    // A capital with an accent starts the word: not "ÓDor", not "JerÍ".
    expect(fixFactbookCaps('Ľudovít ÓDOR')).toBe('Ľudovít Ódor');
    expect(fixFactbookCaps('José Enrique JERÍ ORÉ')).toBe('José Enrique Jerí Oré');
    expect(decodeEntities('Rep&uacute;blica de C&ocirc;te')).toBe('República de Côte');
    expect(asciiVariant('São Paulo')).toBe('Sao Paulo');
    expect(asciiVariant('Paris')).toBeUndefined();
  });
  it('reads the first officeholder with the start date', () => {
    expect(parseOfficeholder('President XI Jinping (since 14 March 2013); Vice President HAN Zheng (since 10 March 2023)')).toBe('President Xi Jinping (since 2013-03-14)');
    expect(parseOfficeholder('President of the Council (CNSP) Gen. Abdourahamane TIANI (since 28 July 2023)')).toBe('President of the Council Gen. Abdourahamane Tiani (since 2023-07-28)');
  });
});

describe('names and titles', () => {
  it('finds the surname news falls back to', () => {
    expect(surnameOf('John Kerry')).toBe('Kerry');
    expect(surnameOf('Xi Jinping', 'china')).toBe('Xi');
    expect(surnameOf('Ban Ki-moon')).toBe('Ban');
    expect(surnameOf('Charles III')).toBeUndefined();
    expect(surnameOf('Mohammed bin Salman')).toBeUndefined();
    expect(surnameOf('Omar al-Bashir')).toBe('Bashir');
    expect(surnameOf('Abdel Fattah el-Sisi')).toBe('Sisi');
    expect(surnameOf('Sabir Mohammed El-Hassan')).toBe('El-Hassan');
    expect(articleSurnameOf('Omar al-Bashir', 'Bashir')).toBe('al-Bashir');
    expect(articleSurnameOf('John Kerry', 'Kerry')).toBeUndefined();
    expect(surnameOf('Nawaf Al-Ahmad Al-Jaber Al-Sabah')).toBeUndefined();
    expect(surnameOf('Bandar bin Mohamed bin Saud al-Thani')).toBeUndefined();
    expect(surnameOf('Martin Luther King Jr.')).toBe('King');
    expect(surnameOf('Felipe VI of Spain')).toBeUndefined();
    expect(surnameOf('Albert II, Prince of Monaco')).toBeUndefined();
    expect(surnameOf('Willem-Alexander of the Netherlands')).toBeUndefined();
    // Singapore's family names and Thai, Lao and Malay given names come first, and news uses them alone.
    expect(surnameOf('Lee Hsien Loong', 'singapore')).toBe('Lee');
    expect(surnameOf('Lawrence Wong', 'singapore')).toBe('Wong');
    expect(surnameOf('Prayut Chan-o-cha', 'thailand')).toBe('Prayut');
    expect(surnameOf('Thaksin Shinawatra', 'thailand')).toBe('Thaksin');
    expect(surnameOf('Mahathir Mohamad', 'malaysia')).toBe('Mahathir');
    expect(surnameOf('Thongloun Sisoulith', 'laos')).toBe('Thongloun');
    expect(surnameOf('Min Aung Hlaing', 'myanmar')).toBeUndefined();
    expect(surnameOf('Mohamad Hasan', 'malaysia')).toBeUndefined();
    expect(surnameOf('Goh Chok Tong', 'singapore')).toBe('Goh');
    expect(surnameOf('Nguyen Phu Trong', 'vietnam')).toBe('Trong');
  });
  it('titles roles with the jurisdiction, with an article where English uses one', () => {
    expect(roleTitle('Prime Minister', 'United Kingdom')).toBe('Prime Minister of the United Kingdom');
    expect(roleTitle('President', 'China')).toBe('President of China');
    expect(roleTitle('President', 'Czechia')).toBe('President of Czechia');
    expect(roleTitle('monarch', 'Spain')).toBe('Monarch of Spain');
    expect(roleTitle('Minister of Foreign Affairs and Beninese Abroad', 'Benin')).toBe('Minister of Foreign Affairs and Beninese Abroad of Benin');
    expect(roleTitle('General Secretary of the Chinese Communist Party', 'China')).toBe('General Secretary of the Chinese Communist Party');
  });
  it('words US posts as the US does, and leaves out acting officials between confirmed ones', () => {
    expect(postTitle('united-states', 'Supreme Court Justice', 'United States')).toBe('Associate Justice of the US Supreme Court');
    expect(postTitle('united-states', 'Attorney General', 'United States')).toBe('Attorney General of the United States');
    expect(postTitle('united-kingdom', 'Attorney General', 'United Kingdom')).toBe('Attorney General of the United Kingdom');
    expect(isInterim('2017-01-20', '2017-01-23')).toBe(true); // an acting CIA director for three days
    expect(isInterim('2021-02-03', '2025-01-20')).toBe(false);
    expect(isInterim('2021-03-11', '')).toBe(false); // still in office
  });
  it('takes a nationality as an alias but not its "-man" noun ("The Irishman" is a film, not Ireland)', () => {
    const ireland = countryAliases('Ireland', { gec: 'ei', countryName: {}, nationality: { noun: { text: 'Irishman(men), Irishwoman(women), Irish (collective plural)' }, adjective: { text: 'Irish' } } });
    const texts = ireland.map((a) => a.text);
    expect(texts).toContain('Irish');
    expect(texts.some((t) => /m[ae]n$/.test(t))).toBe(false);
    const germany = countryAliases('Germany', { gec: 'gm', countryName: {}, nationality: { noun: { text: 'German(s)' }, adjective: { text: 'German' } } });
    expect(germany.map((a) => a.text)).toContain('German');
  });
  it('splits company and party names into their common forms', () => {
    expect(displayName('Coca-Cola Company (The)')).toBe('The Coca-Cola Company');
    expect(shortName('Microsoft Corporation')).toBe('Microsoft');
    expect(parsePartyLine('Chinese Communist Party or CCP')).toEqual({ name: 'Chinese Communist Party', aliases: ['CCP'] });
    expect(parsePartyLine('Liberal Democrats (Lib Dems)')).toEqual({ name: 'Liberal Democrats', aliases: ['Lib Dems'] });
  });
});

describe('joining terms', () => {
  it('joins back-to-back terms in the same post and keeps gaps apart', () => {
    const roles = joinConsecutive([
      { title: 'PM', of: 'Q1', start: '2003-03-14', end: '2007-08-29', source: 's' },
      { title: 'PM', of: 'Q1', start: '2007-08-29', end: '2011-07-06', source: 's' },
      { title: 'PM', of: 'Q1', start: '2015-01-01', source: 's' },
    ]);
    expect(roles.map((r) => [r.start, r.end])).toEqual([['2003-03-14', '2011-07-06'], ['2015-01-01', undefined]]);
  });
  it('joins congressional terms in one seat and leaves the current one open', () => {
    const roles = joinTerms(
      [
        { type: 'sen', start: '2001-01-03', end: '2007-01-03', state: 'WA' },
        { type: 'sen', start: '2007-01-04', end: '2031-01-03', state: 'WA' },
      ],
      '2026-06-15', 'c', 'Q30',
    );
    // A senator's seat is of their state (Washington, Q1223); open past the file's date, and known only up to it.
    expect(roles).toEqual([{ title: 'US Senator from Washington', of: 'Q1223', start: '2001-01-03', lastSeen: '2026-06-15', source: 'c' }]);
    expect(termTitle({ type: 'rep', start: '', end: '', state: 'NY', district: 14 })).toBe("US Representative for New York's 14th district");
  });
});

describe('cities sharing a name', () => {
  const row = (name: string, population: number, feature = 'PPL') => ({ name, population: String(population), feature_code: feature, geonameid: name + population });
  it('keeps the capital or a much larger namesake and leaves the rest out', () => {
    const kept = dropMinorNamesakes([row('London', 8_000_000, 'PPLC'), row('London', 400_000), row('Hyderabad', 3_600_000), row('Hyderabad', 1_400_000), row('Reading', 300_000), row('Reading', 60_000)]);
    expect(kept.map((r) => `${r.name} ${r.population}`)).toEqual(['London 8000000', 'Hyderabad 3600000', 'Hyderabad 1400000', 'Reading 300000']);
  });

  it('keeps a capital and a larger namesake both, for the page to decide', () => {
    const kept = dropMinorNamesakes([row('San Jose', 335_000, 'PPLC'), row('San Jose', 1_000_000), row('San Jose', 50_000)]);
    expect(kept.map((r) => `${r.name} ${r.population}`)).toEqual(['San Jose 335000', 'San Jose 1000000', 'San Jose 50000']);
  });

  it('leaves a town a name a hand entry shares on purpose, and no name anything else holds', () => {
    const border = { id: 'bs:place/ghazipur-border', type: 'place', name: 'Ghazipur border', aliases: [{ text: 'Ghazipur', ambiguous: true }], summary: '' } as Entity;
    const state = { id: 'Q1', type: 'region', name: 'Georgia', aliases: [{ text: 'Tbilisi', ambiguous: true }], summary: '' } as Entity;
    const taken = namesTakenFromTowns([border, state], new Set([border]));
    expect([...taken].sort()).toEqual(['georgia', 'ghazipur border', 'tbilisi']);
  });

  it('leaves towns the name of a hand entry that marks its own name ambiguous', () => {
    const cambridge = { id: 'bs:city/cambridge', type: 'city', name: 'Cambridge', aliases: [{ text: 'Cambridge', ambiguous: true }, 'Cambridge, England'], summary: '' } as Entity;
    const york = { id: 'bs:city/york', type: 'city', name: 'York', summary: '' } as Entity;
    expect([...namesTakenFromTowns([cambridge, york], new Set([cambridge, york]))].sort()).toEqual(['cambridge, england', 'york']);
  });

  it('reads a Mexican city without its legal honorific, so the border city takes the name news writes', () => {
    const rows = [
      { ...row('Heroica Matamoros', 449_815), country_iso2: 'MX' },
      { ...row('Matamoros', 52_233), country_iso2: 'MX' },
      { ...row('Heroica Street', 60_000), country_iso2: 'US' },
    ].map(withoutHonorific);
    expect(dropMinorNamesakes(rows).map((r) => `${r.name} ${r.population}`)).toEqual(['Matamoros 449815', 'Heroica Street 60000']);
  });
});

describe('resolveCollisions', () => {
  it('never touches hand entries, and makes generated rivals give way to them', () => {
    const hand = [e('Q61', 'city', 'Washington, D.C.', [{ text: 'Washington', ambiguous: true }]), e('Q30', 'country', 'United States', [{ text: 'US', case: 'exact' }])];
    const { entities, dropped } = resolveCollisions(hand, [
      e('bs:city/washington', 'city', 'Washington'),
      e('bs:org/us', 'organization', 'Union of Something', [{ text: 'US', case: 'exact' }]),
    ]);
    expect(entities.find((x) => x.id === 'bs:city/washington')!.aliases).toEqual([{ text: 'Washington', ambiguous: true }]);
    expect(entities.find((x) => x.id === 'bs:org/us')!.aliases).toBeUndefined();
    expect(dropped).toEqual([]);
  });
  it('treats a hand short form known on its own as the hand entry\'s name, and a plain short form as no claim', () => {
    const hand = [e('Q450675', 'person', 'Pope Francis', [{ text: 'Francis', short: true, unambiguous: true }, { text: 'Bergoglio', short: true }])];
    const { entities, dropped } = resolveCollisions(hand, [e('bs:person/francis', 'person', 'Francis'), e('bs:city/bergoglio', 'city', 'Bergoglio')]);
    expect(dropped.map((d) => d.id)).toEqual(['bs:person/francis']);
    expect(entities.map((x) => x.id)).toContain('bs:city/bergoglio');
  });
  it('lets a country keep its name and drops a city of the same name', () => {
    const { entities, dropped } = resolveCollisions([], [e('Q334', 'country', 'Singapore'), e('bs:city/singapore', 'city', 'Singapore')]);
    expect(entities.map((x) => x.id)).toEqual(['Q334']);
    expect(dropped[0]!.id).toBe('bs:city/singapore');
  });
  it('marks two people with the same name ambiguous', () => {
    const { entities } = resolveCollisions([], [e('Q1', 'person', 'John Smith'), e('Q2', 'person', 'John Smith')]);
    for (const x of entities) expect(x.aliases).toContainEqual({ text: 'John Smith', ambiguous: true });
  });
});

describe('deterministic output', () => {
  it('sorts entities by id whatever the input order', () => {
    const a = serializeEntities([e('Q2', 'term', 'b'), e('Q1', 'term', 'a')]);
    const b = serializeEntities([e('Q1', 'term', 'a'), e('Q2', 'term', 'b')]);
    expect(a).toBe(b);
    expect(a.indexOf('"Q1"')).toBeLessThan(a.indexOf('"Q2"'));
  });
});

describe('terms files', () => {
  it('reads a term with exact-case acronyms and ambiguous aliases', () => {
    const [term] = parseTermsTsv('# c\nnet zero\tnet-zero;NZ;zero?\tNet_zero\tA target.\n', 'x.tsv');
    expect(term).toMatchObject({ id: 'bs:term/net-zero', name: 'net zero', aliases: [{ text: 'net-zero' }, { text: 'NZ', case: 'exact' }, { text: 'zero', ambiguous: true }] });
  });
  it('names the file and line of a malformed row', () => {
    expect(() => parseTermsTsv('ok\t-\tX\tFine.\nbroken line\n', 'data/terms/x.tsv')).toThrow(TermsFileError);
    expect(() => parseTermsTsv('ok\t-\tX\tFine.\nbroken line\n', 'data/terms/x.tsv')).toThrow('data/terms/x.tsv:2');
  });
});

describe('newsNames', () => {
  it('adds the Wikipedia title and the name without a single middle initial', () => {
    expect(newsNames('John R. Bolton', 'John Bolton')).toEqual(['John Bolton']);
    expect(newsNames('Christopher A. Wray', 'Christopher A. Wray')).toEqual(['Christopher Wray']);
    expect(newsNames('Anthony Brown', 'Anthony Brown (Maryland politician)')).toEqual([]);
  });
  it('takes no title that is not a plain name', () => {
    expect(newsNames('Ann Taylor', 'Ann Taylor, Baroness Taylor of Bolton')).toEqual([]);
    expect(newsNames('Mohammed bin Salman Al Saud', 'Mohammed bin Salman')).toEqual([]);
  });
});
