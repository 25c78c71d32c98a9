import { describe, expect, it } from 'vitest';
import {
  CUSTOM_ID_PREFIX,
  exportCustomTerms,
  importCustomTerms,
  MAX_CUSTOM_TERMS,
  parseCustomTerms,
  validateCustomTerm,
  type CustomTerm,
} from '../../src/shared/custom-terms';

const term = (name: string, extra: Partial<CustomTerm> = {}): CustomTerm => ({
  id: `${CUSTOM_ID_PREFIX}${name.toLowerCase()}`,
  name,
  kind: 'term',
  aliases: [],
  note: '',
  ...extra,
});

describe('validateCustomTerm', () => {
  it('accepts a minimal entry, trims it, defaults the kind and gives it an id', () => {
    const result = validateCustomTerm({ name: '  Loss and damage ', aliases: [' L&D ', 'L&D', 'Loss and damage', ''] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('Loss and damage');
    expect(result.value.kind).toBe('term');
    expect(result.value.aliases).toEqual(['L&D']);
    expect(result.value.id.startsWith(CUSTOM_ID_PREFIX)).toBe(true);
  });

  it.each([
    [{}, 'name'],
    [{ name: '   ' }, 'name'],
    [{ name: 'x'.repeat(101) }, 'name'],
    [{ name: 'A', kind: 'planet' }, 'kind'],
    [{ name: 'A', aliases: 'B' }, 'aliases'],
    [{ name: 'A', aliases: [1] }, 'aliases'],
    [{ name: 'A', note: 5 }, 'note'],
    [{ name: 'A', link: 'javascript:alert(1)' }, 'link'],
    [{ name: 'A', link: 'not a url' }, 'link'],
    [{ name: 'A', id: 'Q30' }, 'id'],
  ])('rejects %j, naming the %s field', (raw, fieldName) => {
    const result = validateCustomTerm(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(fieldName);
  });

  it('keeps an http(s) link', () => {
    const result = validateCustomTerm({ name: 'A', link: 'https://example.org/a' });
    expect(result.ok && result.value.link).toBe('https://example.org/a');
  });
});

describe('parseCustomTerms (stored list)', () => {
  it('drops bad entries and repeated ids instead of throwing', () => {
    const stored = [term('A'), { name: '' }, 'junk', term('A'), term('B')];
    expect(parseCustomTerms(stored).map((t) => t.name)).toEqual(['A', 'B']);
    expect(parseCustomTerms('not a list')).toEqual([]);
    expect(parseCustomTerms(undefined)).toEqual([]);
  });
});

describe('importCustomTerms', () => {
  const existing = [term('Alpha', { note: 'old' })];

  it('round-trips an export, replacing same-named terms and keeping their ids', () => {
    const file = exportCustomTerms([term('alpha', { id: `${CUSTOM_ID_PREFIX}other`, note: 'new' }), term('Beta')]);
    const result = importCustomTerms(file, existing);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((t) => [t.name, t.note])).toEqual([['alpha', 'new'], ['Beta', '']]);
    expect(result.value[0]!.id).toBe(existing[0]!.id);
  });

  it('accepts a bare list', () => {
    const result = importCustomTerms(JSON.stringify([{ name: 'Gamma', kind: 'person' }]), existing);
    expect(result.ok && result.value.length).toBe(2);
  });

  it.each([
    ['{not json', 'not valid JSON'],
    ['{"hello": 1}', 'not a Backstory'],
    ['{"format": "backstory-custom-terms", "terms": 3}', 'must be a list'],
    ['[{"name": "Ok"}, {"name": ""}]', 'Entry 2'],
    ['[{"name": "Dup"}, {"name": "dup"}]', 'appears twice'],
  ])('rejects %s with a clear error and changes nothing', (text, message) => {
    const before = JSON.stringify(existing);
    const result = importCustomTerms(text, existing);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain(message);
    expect(JSON.stringify(existing)).toBe(before);
  });

  it('refuses to grow past the limit', () => {
    const many = Array.from({ length: MAX_CUSTOM_TERMS }, (_, i) => ({ name: `T${i}` }));
    const result = importCustomTerms(JSON.stringify(many), existing);
    expect(result.ok).toBe(false);
  });
});
