import { describe, expect, it } from 'vitest';
import { joinSubdivisionNames, nameLikeness } from '../../tools/import/lib/subdivision-names';

/**
 * ISO renumbered Iran's provinces (IR-30 was Razavi Khorasan, is Alborz; IR-10 was Khuzestan,
 * is Isfahan) while CLDR still names the old codes. A join by code gave Alborz's code and
 * aliases to a card about Razavi Khorasan.
 */
const iso = [
  { code: 'IR-00', name: 'Markazī' },
  { code: 'IR-06', name: 'Khūzestān' },
  { code: 'IR-09', name: 'Khorāsān-e Raẕavī' },
  { code: 'IR-10', name: 'Eşfahān' },
  { code: 'IR-12', name: 'Kordestān' },
  { code: 'IR-16', name: 'Īlām' },
  { code: 'IR-22', name: 'Hormozgān' },
  { code: 'IR-27', name: 'Golestān' },
  { code: 'IR-29', name: 'Khorāsān-e Jonūbī' },
  { code: 'IR-30', name: 'Alborz' },
  { code: 'DE-BY', name: 'Bayern' },
  { code: 'DE-NI', name: 'Niedersachsen' },
];
const cldr = {
  ir00: 'Markazī', ir04: 'Isfahan', ir06: 'Bushehr', ir09: 'Khorāsān-e Raẕavī', ir10: 'Khuzestan', ir12: 'Semnan', ir16: 'Kurdistan',
  ir22: 'Markazi', ir23: 'Hormozgan', ir27: 'Golestan', ir29: 'South Khorasan', ir30: 'Razavi Khorasan', ir31: 'North Khorasan', ir32: 'Alborz',
  deby: 'Bavaria', deni: 'Lower Saxony',
};

describe('joining CLDR names to ISO 3166-2 codes', () => {
  const doubtful = new Map<string, string[]>();
  const names = joinSubdivisionNames(iso, cldr, doubtful);

  it('does not put a province name on a code another numbering gave it', () => {
    expect(names.get('IR-30')).toBe('Alborz');
    expect(names.get('IR-10')).toBe('Isfahan');
    expect(names.get('IR-12')).toBe('Kurdistan');
    expect(names.get('IR-06')).toBe('Khuzestan');
    expect(names.get('IR-16')).not.toBe('Kurdistan');
    expect([...names.values()].filter((n) => n === 'Razavi Khorasan')).toHaveLength(1);
    expect(names.get('IR-09')).toBe('Razavi Khorasan');
    expect(doubtful.has('IR')).toBe(true);
  });

  it('gives one province one name: Markazi is not also Hormozgan', () => {
    expect(names.get('IR-22')).toBe('Hormozgan');
    expect(names.get('IR-00') ?? 'Markazī').toMatch(/^Markaz/);
  });

  it('drops a doubtful name rather than guess ("South Khorasan" shares only a word with its ISO name)', () => {
    expect(names.get('IR-29')).toBeUndefined();
    expect(names.get('IR-27')).toBe('Golestan');
  });

  it('keeps English exonyms where the numbering agrees', () => {
    expect(names.get('DE-BY')).toBe('Bavaria');
    expect(names.get('DE-NI')).toBe('Lower Saxony');
    expect(doubtful.has('DE')).toBe(false);
  });

  it('tells spellings of one name from different names', () => {
    expect(nameLikeness('Eşfahān', 'Isfahan')).toBe(2);
    expect(nameLikeness('Chahār Maḩāl va Bakhtīārī', 'Chaharmahal and Bakhtiari')).toBe(2);
    expect(nameLikeness('Razavi Khorasan', 'Alborz')).toBe(0);
    expect(nameLikeness('Kerman', 'Kermanshah')).toBeLessThan(2);
    expect(nameLikeness('Amman', 'Ma‘ān')).toBeLessThan(2);
  });
});
