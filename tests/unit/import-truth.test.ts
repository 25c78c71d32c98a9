/**
 * One test per class of bug issue 13 found, on small inputs written here: duplicate
 * rows, impossible dates, the Factbook's texts (typos, self-corrections, vacancies),
 * reconciling sources, descriptions from the defining role, organisation members.
 */
import { describe, expect, it } from 'vitest';
import type { Entity, Role } from '../../src/shared/dataset';
import { senateTermBefore } from '../../tools/import/congress';
import { holdingsOf, parsePrincipal, samePerson, type ExecutiveText, type Principal } from '../../tools/import/factbook-executives';
import { impossibleDates, worldPost } from '../../tools/import/officeholders';
import { appendixMemberCount, membersFact } from '../../tools/import/organizations';
import { partySummary } from '../../tools/import/parties';
import { PeopleRegistry, definingRole, kindOfPerson } from '../../tools/import/people';
import { holdingRoles, nameMatches, overlapsSpan, titleFamily } from '../../tools/import/reconcile-executives';
import { mergeEntity } from '../../tools/dataset/merge';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const text = (first_seen: string, last_seen: string, body: string): ExecutiveText => ({ first_seen, last_seen, text: body });
const principal = (raw: string) => parsePrincipal(raw) as Principal;

describe('duplicate source rows', () => {
  it('keeps the row that reaches furthest, not the first or the shortest (Rutte: four rows, one start)', () => {
    const people = new PeopleRegistry();
    const draft = people.person('Q57792', 'Mark Rutte', { updated: '2023-01-10' });
    for (const end of ['2012-11-05', undefined, '2017-10-26', '2022-01-10']) {
      people.addRole(draft, { title: 'Prime Minister of the Netherlands', start: '2010-10-14', ...(end ? { end } : { lastSeen: '2023-01-10' }), source: 'peppercat' });
    }
    const roles = people.roles(draft);
    expect(roles).toHaveLength(1);
    expect(roles[0]!.end).toBeUndefined();
    expect(roles[0]!.lastSeen).toBe('2023-01-10');
  });
});

describe('generated summaries', () => {
  it('give how far the source saw an open role, and a closed one as its years', () => {
    const people = new PeopleRegistry();
    const open = people.person('Q1', 'Ana Open', { demonym: 'Seychellois', updated: '2025-01-31' });
    people.addRole(open, { title: 'Minister of Foreign Affairs of the Seychelles', start: '2020-11-03', lastSeen: '2025-01-31', source: 'peppercat' });
    const closed = people.person('Q2', 'Ben Closed', { demonym: 'Cameroonian', updated: '2023-01-10' });
    people.addRole(closed, { title: 'Prime Minister of Cameroon', start: '2009-06-30', end: '2019-01-04', source: 'peppercat' });
    const summaries = new Map(people.toEntities().map((e) => [e.id, e.summary]));
    expect(summaries.get('Q1')).toContain('Minister of Foreign Affairs of the Seychelles (since 2020, as of January 2025)');
    expect(summaries.get('Q2')).toContain('Prime Minister of Cameroon (2009–2019)');
  });
});

describe('impossible dates', () => {
  it('refuses an end before the start and a start or end after the file was made', () => {
    expect(impossibleDates('2010-05-01', '2009-01-01', '2023-01-10')).toMatch(/end 2009-01-01 before start/);
    expect(impossibleDates('2024-03-01', undefined, '2023-01-10')).toMatch(/after the file's date/);
    expect(impossibleDates('2020', '2020-06', '2023-01-10')).toBeUndefined();
  });
});

describe('reading the Factbook executive texts', () => {
  it('reads title, name, capitals and since date', () => {
    const p = principal('Prime Minister Justin Pierre James TRUDEAU (Liberal Party) (since 4 November 2015)');
    expect([p.title, p.name, p.surname, p.since]).toEqual(['Prime Minister', 'Justin Pierre James Trudeau', ['trudeau'], '2015-11-04']);
    expect(principal('President Bashar al-ASAD (since 17 July 2000); Vice President Najah al-ATTAR').name).toBe('Bashar al-Asad');
    expect(principal('King CHARLES III (since 8 September 2022); represented by Governor General Mary SIMON').name).toBe('Charles III');
    expect(parsePrincipal('vacant; former President Bashar al-ASAD was overthrown')).toBe('vacant');
    // A second office of the same person is title, not name.
    expect(principal('Prime Minister and Minister of Interior Ľudov&iacute;t &Oacute;DOR (since 15 May 2023); Deputy Prime Ministers Stefan HOLY')).toMatchObject({ name: 'Ľudovít Ódor', since: '2023-05-15' });
    expect(parsePrincipal('Prime Minister vacant (as of 17 August 2023); note - Krisjanis KARINS stepped down on 17 August 2023')).toBe('vacant');
  });

  it('keeps a surname particle in capitals and reads a name by the spelling news uses', () => {
    expect(principal('Prime Minister Bart DE WEVER (since 3 February 2025)')).toMatchObject({ name: 'Bart De Wever', surname: ['de', 'wever'], since: '2025-02-03' });
    expect(principal('King WACHIRALONGKON; also spelled Vajiralongkorn (since 1 December 2016)')).toMatchObject({ title: 'King', name: 'Vajiralongkorn', since: '2016-12-01' });
    expect(principal('Prime Minister SETTHA Thawisin, also spelled SRETTHA Thavisin (since 5 September 2023)')).toMatchObject({ name: 'Srettha Thavisin', surname: ['srettha'], given: ['thavisin'] });
    expect(principal('Prime Minister PHAETHONGTHAN Chinnawat; also spelled PAETONGTARN Shinawatra (since 18 August 2024)').name).toBe('Paetongtarn Shinawatra');
    // A partial other spelling is not the whole name: the Factbook's own stands.
    expect(principal('Prime Minister SONEXAY (also spelled SONXAI) Siphandon (since 30 December 2022)').name).toBe('Sonexay Siphandon');
  });

  it('drops a holder the Factbook listed by mistake and corrected (Finland, April 2023)', () => {
    const { holdings, log } = holdingsOf('fi', 'head of government', [
      text('2020-11-24', '2023-04-03', 'Prime Minister Sanna MARIN (since 10 December 2019)'),
      text('2023-04-06', '2023-04-20', 'Prime Minister Petteri ORPO (since 02 April 2023)'),
      text('2023-04-27', '2023-06-08', 'Prime Minister Sanna MARIN (since 10 December 2019)'),
      text('2023-06-24', '2026-05-17', 'Prime Minister Petteri ORPO (since 20 June 2023)'),
    ]);
    expect(holdings.map((h) => [h.name, h.start])).toEqual([['Sanna Marin', '2019-12-10'], ['Petteri Orpo', '2023-06-20']]);
    expect(log.join('\n')).toMatch(/self-correction fi head of government: Petteri Orpo/);
  });

  it('logs a since date before the predecessor took office as a typo (Romania, "since 2005")', () => {
    const { holdings, log } = holdingsOf('ro', 'head of government', [
      text('2025-05-15', '2025-06-26', 'Interim Prime Minister Catalin PREDOIU (since 6 May 2025)'),
      text('2025-07-03', '2026-05-17', 'Prime Minister Ilie BOLOJAN (since 23 June 2005)'),
    ]);
    expect(holdings[1]).toMatchObject({ name: 'Ilie Bolojan', start: '2025-07-03', startInferred: true });
    expect(log.join('\n')).toMatch(/typo ro head of government Ilie Bolojan: "since 2005-06-23"/);
  });

  it('keeps one holder through a vacancy that names them as acting (Rutte, 2021)', () => {
    const { holdings } = holdingsOf('nl', 'head of government', [
      text('2020-11-24', '2021-02-03', 'Prime Minister Mark RUTTE (since 14 October 2010)'),
      text('2021-02-15', '2022-05-19', 'Prime Minister (vacant); note - Prime Minister Mark RUTTE resigned on 15 January 2021 and is acting Prime Minister'),
      text('2022-05-26', '2024-06-27', 'Prime Minister Mark RUTTE (since 14 October 2010)'),
    ]);
    expect(holdings.map((h) => [h.name, h.lastSeen])).toEqual([['Mark Rutte', '2024-06-27']]);
  });

  it('tells one person in two spellings from two people with one surname', () => {
    expect(samePerson(principal('President Abdelfattah ELSISI (since 8 June 2014)'), principal('President Abdel Fattah EL-SISI (since 8 June 2014)'))).toBe(true);
    expect(samePerson(principal('Premier LI Keqiang (since 16 March 2013)'), principal('Premier LI Qiang (since 11 March 2023)'))).toBe(false);
    expect(samePerson(principal('Prime Minister HUN SEN (since 14 January 1985)'), principal('Prime Minister HUN MANET (since 22 August 2023)'))).toBe(false);
    // One's surname is the other's given name: Bhutan's two prime ministers, not one from 2018.
    expect(samePerson(principal('Prime Minister Lotay TSHERING (since 7 November 2018)'), principal('Prime Minister Tshering TOBGAY (since 28 January 2024)'))).toBe(false);
    const { holdings } = holdingsOf('bt', 'head of government', [
      text('2020-11-24', '2024-03-14', 'Prime Minister Lotay TSHERING (since 7 November 2018)'),
      text('2024-03-21', '2026-05-17', 'Prime Minister Tshering TOBGAY (since 28 January 2024)'),
    ]);
    expect(holdings.map((h) => [h.name, h.start])).toEqual([['Lotay Tshering', '2018-11-07'], ['Tshering Tobgay', '2024-01-28']]);
  });

  it('ends a term the day before the successor took office, and only as a bound across a vacancy', () => {
    const { holdings, gaps } = holdingsOf('bg', 'head of government', [
      text('2021-07-01', '2024-08-01', 'Prime Minister Sheikh HASINA Wazed (since 6 January 2009)'),
      text('2024-08-08', '2024-08-29', 'vacant; on 5 August 2024, Prime Minister Sheikh HASINA Wazed resigned'),
      text('2024-09-05', '2026-05-17', 'Interim Prime Minister Muhammad YUNUS (since 8 August 2024)'),
    ]);
    const [hasina, yunus] = holdingRoles(holdings, gaps);
    expect(hasina).toMatchObject({ start: '2009-01-06', end: '2024-08-07', endInferred: true, lastSeen: '2024-08-01' });
    // Seen to the last snapshot, but the Factbook's last edit (2026-01-22) is as far as it confirms anything.
    expect(yunus).toMatchObject({ start: '2024-08-08', lastSeen: '2026-01-22' });
    expect(yunus!.end).toBeUndefined();
    const uk = holdingsOf('uk', 'head of government', [
      text('2022-10-27', '2024-07-04', 'Prime Minister Rishi SUNAK (Conservative) (since 25 October 2022)'),
      text('2024-07-11', '2026-05-17', 'Prime Minister Keir STARMER (since 5 July 2024)'),
    ]);
    expect(holdingRoles(uk.holdings, uk.gaps)[0]).toEqual({ start: '2022-10-25', office: 'head of government', source: 'cia-factbook-executives', end: '2024-07-04' });
  });

  it('applies the known errata: a wrong name becomes a gap, a wrong title the right one', () => {
    const { holdings, gaps, log } = holdingsOf('kg', 'head of government', [
      text('2021-02-15', '2021-12-16', 'Prime Minister Ulukbek MARIPOV (since 3 February 2021)'),
      text('2021-12-30', '2022-04-07', 'Prime Minister Sadyr JAPAROV'),
      text('2022-08-11', '2025-01-23', 'President Sadyr JAPAROV (since 28 January 2021)'),
      text('2025-01-30', '2025-12-11', 'President Adylbek KASYMALIYEV (since 18 December 2024)'),
    ]);
    // Sadyr Japarov was never prime minister: the seat shows a gap there, not him.
    expect(holdings.map((h) => [h.title, h.name])).toEqual([
      ['Prime Minister', 'Ulukbek Maripov'],
      ['President', 'Sadyr Japarov'],
      ['Chairman of the Cabinet of Ministers', 'Adylbek Kasymaliyev'],
    ]);
    expect(gaps.map((g) => g.firstSeen)).toEqual(['2021-12-30']);
    expect(titleFamily(holdings[2]!.title)).toBe('prime minister');
    expect(log.filter((line) => line.startsWith('erratum kg'))).toHaveLength(2);
    // Another country's identical text is read as written.
    expect(holdingsOf('xx', 'head of government', [text('2021-12-30', '2022-04-07', 'Prime Minister Sadyr JAPAROV')]).holdings).toHaveLength(1);
  });
});

describe('reconciling sources', () => {
  it('matches a Factbook name to a known person, and never one surname to another person', () => {
    expect(nameMatches({ surname: ['biden'], given: [] }, 'Joe Biden')).toBe(true);
    expect(nameMatches(principal('Prime Minister Mark CARNEY (since 14 March 2025)'), 'Mark Carney')).toBe(true);
    expect(nameMatches({ surname: ['nielsen'], given: [] }, 'Kim Kielsen')).toBe(false);
    // A silent h after t: Haiti's Jouthe is Wikidata's Joute; Laos's Vorachit is Vorachith.
    expect(nameMatches(principal('Prime Minister Joseph JOUTHE (since 4 March 2020)'), 'Joseph Joute')).toBe(true);
    expect(nameMatches(principal('President BOUNNYANG Vorachit (since 20 April 2016)'), 'Bounnhang Vorachith')).toBe(true);
    expect(nameMatches(principal('Premier LI Qiang (since 11 March 2023)'), 'Li Keqiang')).toBe(false);
    expect(nameMatches(principal('President MUHAMMAD BIN ZAYID Al Nuhayyan (since 14 May 2022)'), 'Mohammed bin Zayed Al Nahyan')).toBe(true);
    // A hyphenated given name is one name: one syllable in common is another person (South Korea, 2025).
    expect(nameMatches(principal('President LEE Jae-myung (since 4 June 2025)'), 'Lee Myung-bak')).toBe(false);
    expect(nameMatches(principal('President LEE Jae-myung (since 4 June 2025)'), 'Lee Jae-myung')).toBe(true);
    expect(nameMatches(principal('Acting President LEE Ju-ho (since 2 May 2025)'), 'Lee Ju-yeol')).toBe(false);
    expect(nameMatches(principal('President MOON Jae-in (since 10 May 2017)'), 'Moon Jae In')).toBe(true);
    expect(nameMatches(principal('Prime Minister PRAYUT Chan-ocha (since 25 August 2014)'), 'Prayut Chan-o-cha')).toBe(true);
    expect(nameMatches(principal('Acting President LEE Ju Ho (since 2 May 2025)'), 'Lee Ju-yeol')).toBe(false);
    expect(nameMatches(principal('Supreme Leader KIM Jong Un (since 17 December 2011)'), 'Kim Jong-il')).toBe(false);
    expect(nameMatches(principal('President YOON Suk Yeol (since 10 May 2022)'), 'Yoon Suk-yeol')).toBe(true);
    expect(nameMatches(principal('President Bola Ahmed TINUBU (since 29 May 2023)'), 'Bola Tinubu')).toBe(true);
    expect(nameMatches(principal('Head of State Abd-al-Fattah al-BURHAN (since 11 November 2021)'), 'Abdel Fattah al-Burhan')).toBe(true);
    // "zh" and "j" are one sound in Kyrgyz and Kazakh names; the given name still tells the two Japarovs apart.
    expect(nameMatches(principal('President Sadyr JAPAROV (since 28 January 2021)'), 'Sadyr Zhaparov')).toBe(true);
    expect(nameMatches(principal('President Sadyr JAPAROV (since 28 January 2021)'), 'Akylbek Zhaparov')).toBe(false);
    expect(nameMatches(principal('Prime Minister Sooronbay JEENBEKOV (since 13 April 2016)'), 'Sooronbay Zheenbekov')).toBe(true);
  });

  it('gives a holder known by surname alone only to someone who held the seat then, not to a son who held it later', () => {
    // Gurbanguly's term, 2007 to 2022, against Serdar's presidency (from peppercat).
    expect(overlapsSpan({ start: '2022-03-19' }, '2007-02-14', '2022-03-17')).toBe(false);
    expect(overlapsSpan({ start: '2021-01-20', end: '2025-01-20' }, '2021-01-20', '2025-01-16')).toBe(true);
    expect(overlapsSpan({ start: '2015-01-01', end: '2022-03-16' }, '2022-03-19', '2026-05-17')).toBe(true); // a few days apart
    expect(overlapsSpan({ start: '2010-01-01', end: '2013-02-26' }, '2025-07-03', '2026-05-17')).toBe(false);
    // And in the imported data: the son's card does not start in his father's year, nor does another Choe head North Korea's government.
    const people = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'generated', 'people.json'), 'utf8')) as { id: string; roles?: Role[] }[];
    const roles = (id: string) => people.find((p) => p.id === id)?.roles ?? [];
    expect(roles('Q51874548').map((r) => r.start)).toEqual(['2022-03-19']);
    expect(roles('Q30436217').some((r) => /^Head of/.test(r.title))).toBe(false);
    // Where the family name comes first, a surname alone is no one: South Korea's acting president of May 2025
    // does not hold on into his successor's term, nor does Lee Myung-bak hold a presidency since 2025.
    expect(roles('bs:person/lee-ju-ho').find((r) => r.title === 'President of South Korea')?.end).toBeDefined();
    expect(roles('Q14342').map((r) => r.start)).toEqual(['2008-02-25']);
    // His successor's presidency is found by his whole name, hyphen or not ("LEE Jae-myung" is Wikidata's "Lee Jae Myung"),
    // and he is Mr. Lee, not Mr. Myung.
    const lee = people.find((p) => p.id === 'Q12612463') as { roles?: Role[]; aliases?: { text: string }[] } | undefined;
    expect(lee?.roles?.map((r) => `${r.title} ${r.start}`)).toEqual(['President of South Korea 2025-06-04']);
    expect(lee?.aliases?.map((a) => a.text)).toEqual(['Lee']);
  });

  it('keeps one term where two sources date the same office a little apart', () => {
    const entity = (roles: Role[]) => ({ id: 'x', type: 'person' as const, name: 'X', summary: '', sources: [{ source: 'test' }], updated: '2026-01-01', roles });
    const hand: Role = { title: 'President of Turkmenistan', start: '2006-12', end: '2022-03', source: 'backstory' };
    const factbook: Role = { title: 'President of Turkmenistan', of: 'Q874', start: '2007-02-14', end: '2022-03-18', source: 'cia-factbook-executives' };
    expect(mergeEntity(entity([hand]), entity([factbook])).roles).toEqual([hand]);
    // Two terms of one office years apart stay two.
    const later: Role = { title: 'President of Turkmenistan', of: 'Q874', start: '2030-01-01', source: 'cia-factbook-executives' };
    expect(mergeEntity(entity([hand]), entity([later])).roles).toEqual([hand, later]);
    // An open term the other source saw later is confirmed to that later day; the first's dates stand.
    const written: Role = { title: 'Prime Minister of Belgium', start: '2025-02', lastSeen: '2025', source: 'backstory' };
    const seen: Role = { title: 'Prime Minister of Belgium', of: 'Q31', start: '2025-02-03', lastSeen: '2026-01-22', source: 'cia-factbook-executives' };
    expect(mergeEntity(entity([written]), entity([seen])).roles).toEqual([{ ...written, lastSeen: '2026-01-22' }]);
    expect(mergeEntity(entity([{ ...written, lastSeen: '2026-03' }]), entity([seen])).roles).toEqual([{ ...written, lastSeen: '2026-03' }]);
  });

  it('knows which titles name a seat (a Chancellor of the Exchequer heads no government)', () => {
    expect(titleFamily('Chancellor of Germany')).toBe('prime minister');
    expect(titleFamily('Chancellor of the Exchequer of the United Kingdom')).toBeUndefined();
    expect(titleFamily('President of the Bundesbank of Germany')).toBeUndefined();
    expect(titleFamily('Sultan and Prime Minister')).toBe('monarch');
    expect(titleFamily('Prime Minister of Syria')).toBe('prime minister');
  });
});

describe('descriptions from the defining role', () => {
  const role = (title: string, of: string, start: string, extra: Partial<Role> = {}): Role => ({ title, of, start, source: 's', ...extra });
  it('describes a head of state by their own country, not a ceremonial post elsewhere', () => {
    const macron = [role('French Co-Prince of Andorra', 'Q228', '2017-05-14'), role('President of France', 'Q142', '2017-05-14', { office: 'head of state' })];
    expect(definingRole(macron)!.title).toBe('President of France');
    const population: Record<string, number> = { Q145: 69_000_000, Q781: 100_000, Q16: 39_000_000 };
    const charles = [role('Monarch of Antigua and Barbuda', 'Q781', '2022-09-08'), role('Monarch of Canada', 'Q16', '2022-09-08'), role('Monarch of the United Kingdom', 'Q145', '2022-09-08')];
    expect(definingRole(charles, (id) => population[id] ?? 0)!.title).toBe('Monarch of the United Kingdom');
  });
  it('names international officials by their international role, and no one a central banker for "West Bank"', () => {
    expect(definingRole([role('Minister of Foreign Affairs of Ethiopia', 'Q115', '2012-11-29', { end: '2016-11-01' }), role('Director-General of the World Health Organization', 'bs:org/who', '2017-07-01')])!.title).toMatch(/World Health/);
    expect(kindOfPerson('Director-General of the World Health Organization')).toBe('International official');
    expect(kindOfPerson('President of West Bank')).toBe('Politician');
    expect(kindOfPerson('Pope of Vatican City')).toBe('Head of the Catholic Church');
    // Issue 10's US posts: a country's UN envoy is its diplomat; intelligence chiefs and White House staff are officials.
    expect(kindOfPerson('US Ambassador to the United Nations')).toBe('Diplomat');
    expect(kindOfPerson('Director of the FBI')).toBe('Official');
    expect(kindOfPerson('White House Press Secretary')).toBe('Official');
    expect(kindOfPerson('Associate Justice of the US Supreme Court')).toBe('Judge');
    expect(kindOfPerson('Attorney General of the United States')).toBe('Politician');
    expect(kindOfPerson('Governor of the Bank of England of the United Kingdom')).toBe('Central banker');
    expect(worldPost('Secretary General of NATO')).toBe('bs:org/nato');
  });
});

describe('organisation members', () => {
  it('shows no member list for one or two "members" and a dated floor when the fields undercount', () => {
    expect(membersFact(['Uganda'], undefined)).toBeUndefined();
    expect(membersFact(['Mali'], undefined)).toBeUndefined();
    expect(membersFact(Array.from({ length: 162 }, (_, i) => `C${i}`), 166)).toMatchObject({ value: '166 (Factbook appendix, January 2020)', asOf: '2020-01' });
    expect(membersFact(['A', 'B', 'C'], undefined)).toMatchObject({ value: '3: A, B, C', asOf: '2026-01' });
    expect(appendixMemberCount('26 October 1956 | to promote | members -(166) Afghanistan')).toBe(166);
  });
  it('says where a party stands and the initials news uses', () => {
    expect(partySummary('Germany', 'CDU', undefined)).toBe('Political party in Germany, known as CDU.');
    expect(partySummary('United Kingdom', 'DUP', 'Northern Ireland')).toBe('Political party in Northern Ireland (United Kingdom), known as DUP.');
  });
});

describe('past Senate terms from the class calendar', () => {
  it('dates a senator who became vice-president (Harris, class 3) and refuses where it cannot tell (Biden, 2009)', () => {
    expect(senateTermBefore('3', 'CA', '2021-01-20')).toMatchObject({ title: 'US Senator from California', start: '2017-01-03', startInferred: true, end: '2021-01-19', endInferred: true });
    expect(senateTermBefore('2', 'DE', '2009-01-20')).toBeUndefined();
    expect(senateTermBefore('3', 'OH', '2025-01-20')).toMatchObject({ start: '2023-01-03', end: '2025-01-19' });
  });
});

describe('a hand card over a Wikidata item (same QID)', () => {
  const generated = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'data', 'generated', 'wikidata.json'), 'utf8')) as Entity[];
  const byId = new Map(generated.map((e) => [e.id, e]));

  it('does not take the item\'s own one-word name from it, nor keep the item out of the import', () => {
    // Spotify, ESPN and HBO have hand cards with their QIDs: the card's name is the item's,
    // not another entity's, so the item needs no context for it.
    for (const id of ['Q689141', 'Q217776', 'Q23633', 'Q48938223']) {
      const item = byId.get(id);
      expect(item, id).toBeDefined();
      expect(item!.aliases ?? [], id).not.toContainEqual(expect.objectContaining({ text: item!.name, ambiguous: true }));
    }
    // An event or former state written by hand is merged with its item, not dropped as a namesake.
    expect(byId.get('Q15180')?.name).toBe('Soviet Union');
    expect(byId.get('Q82664')?.name).toBe('Iran–Iraq War');
  });

  it('adds no bare year the card already states under another label', () => {
    const base = { type: 'country' as const, sources: [{ source: 'backstory' }], updated: '2026-12-06' };
    const card: Entity = { ...base, id: 'Q15180', name: 'Soviet Union', summary: 'x', facts: [{ label: 'Existed', value: '1922–1991', source: 'backstory', asOf: '1991' }] };
    const item: Entity = {
      ...base, id: 'Q15180', name: 'Soviet Union', summary: 'y',
      facts: [{ label: 'Founded', value: '1922', source: 'wikitrivia', asOf: '1991' }, { label: 'Ended', value: '1991', source: 'wikitrivia', asOf: '1991' }, { label: 'Members', value: '15', source: 'wikitrivia', asOf: '1991' }],
    };
    expect(mergeEntity(card, item).facts?.map((f) => f.label)).toEqual(['Existed', 'Members']);
  });

  it('keeps the other record\'s name needing context when that record says it does', () => {
    const base = { type: 'region' as const, sources: [{ source: 'backstory' }], updated: '2026-12-06', summary: 'x' };
    const card: Entity = { ...base, id: 'bs:region/ir-12', name: 'Kurdistan Province', aliases: ['Kurdistan province'] };
    const iso: Entity = { ...base, id: 'bs:region/ir-12', name: 'Kurdistan', aliases: [{ text: 'Kurdistan', ambiguous: true }, 'Kordestān'] };
    expect(mergeEntity(card, iso).aliases).toEqual(['Kurdistan province', { text: 'Kurdistan', ambiguous: true }, 'Kordestān']);
  });
});
