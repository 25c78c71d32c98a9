import { describe, expect, it } from 'vitest';
import { newsSpelling } from '../../tools/import/lib/romanized-names';
import { dropBareInitials } from '../../tools/import/name-variants';
import { japanesePrefecture, russianSubject } from '../../tools/import/regions';

describe('newsSpelling: GeoNames romanizations as English news writes them', () => {
  it('drops the marks and apostrophes of a romanized name', () => {
    expect(newsSpelling('Al Ḩasakah', 'SY')).toBe('Al Hasakah');
    expect(newsSpelling('Arkhangel’sk', 'RU')).toBe('Arkhangelsk');
    expect(newsSpelling('Reẖovot', 'IL')).toBe('Rehovot');
    expect(newsSpelling('Allahābād', 'IN')).toBe('Allahabad');
    expect(newsSpelling('Ta‘izz', 'YE')).toBe('Taizz');
    expect(newsSpelling('P’yŏngsŏng', 'KP')).toBe('Pyongsong');
    expect(newsSpelling('Nara-shi', 'JP')).toBe('Nara');
  });

  it('keeps a possessive outside Cyrillic, and drops the soft sign inside it', () => {
    expect(newsSpelling('Cox’s Bāzār', 'BD')).toBe("Cox's Bazar");
    expect(newsSpelling('Engel’s', 'RU')).toBe('Engels');
  });

  it("leaves a Latin-script country's own spelling, and an unchanged name, alone", () => {
    expect(newsSpelling('Braşov', 'RO')).toBeUndefined();
    expect(newsSpelling('Bogotá', 'CO')).toBeUndefined();
    expect(newsSpelling('Saint John’s', 'AG')).toBeUndefined();
    expect(newsSpelling('Karachi', 'PK')).toBeUndefined();
  });
});

describe('russianSubject: an oblast or krai named as English news names it', () => {
  it('adds the kind to a name CLDR gives as its city', () => {
    expect(russianSubject("Arkhangel'skaya oblast'", 'Arkhangelsk')).toBe('Arkhangelsk Oblast');
    expect(russianSubject('Khabarovskiy kray', 'Khabarovsk')).toBe('Khabarovsk Krai');
    expect(russianSubject("Moskovskaya oblast'", 'Moscow Province')).toBe('Moscow Oblast');
    expect(russianSubject("Yevreyskaya avtonomnaya oblast'", 'Jewish')).toBe('Jewish Autonomous Oblast');
  });

  it('keeps a name that already says its kind, and leaves republics alone', () => {
    expect(russianSubject("Stavropol'skiy kray", 'Stavropol Krai')).toBe('Stavropol Krai');
    expect(russianSubject('Tatarstan, Respublika', 'Tatarstan')).toBeUndefined();
    expect(russianSubject("Arkhangel'skaya oblast'", undefined)).toBeUndefined();
  });
});

describe('dropBareInitials: a person named as news names them', () => {
  const person = (name: string, aliases: string[] = []) => ({ id: 'x', type: 'person' as const, name, aliases: aliases.map((text) => ({ text })), summary: 's', sources: [], updated: '2026-12-04' });

  it('drops a bare middle initial from the name and keeps it, with its full stop, as an alias', () => {
    const [out] = dropBareInitials([person('Raila A Odinga', ['Raila Odinga', 'Odinga'])]);
    expect(out!.name).toBe('Raila Odinga');
    expect(out!.aliases).toEqual([{ text: 'Raila A. Odinga' }, { text: 'Odinga' }]);
  });

  it('leaves regnal numbers, initials with a full stop and other kinds alone', () => {
    expect(dropBareInitials([person('John V Palaiologos')])[0]!.name).toBe('John V Palaiologos');
    expect(dropBareInitials([person('Derek E. Brown')])[0]!.name).toBe('Derek E. Brown');
    expect(dropBareInitials([{ ...person('Route A Street'), type: 'place' as const }])[0]!.name).toBe('Route A Street');
  });
});

describe('japanesePrefecture: a prefecture named as English news names it', () => {
  it('adds "Prefecture", except for Tokyo and Hokkaido', () => {
    expect(japanesePrefecture('JP-29', 'Nara')).toBe('Nara Prefecture');
    expect(japanesePrefecture('JP-07', 'Fukushima Prefecture')).toBe('Fukushima Prefecture');
    expect(japanesePrefecture('JP-13', 'Tokyo')).toBeUndefined();
    expect(japanesePrefecture('JP-01', 'Hokkaido')).toBeUndefined();
  });
});
