import { describe, expect, it } from 'vitest';
import { matchableAliases, type Entity } from '../../src/shared/dataset';

const base: Entity = { id: 'Q1', type: 'person', name: 'John Smith', summary: 's', sources: [{ source: 'x' }], updated: '2026-01-01' };

describe('matchableAliases', () => {
  it('puts the name first with default flags', () => {
    expect(matchableAliases({ ...base, aliases: [{ text: 'Smith', short: true }] })).toEqual([{ text: 'John Smith' }, { text: 'Smith', short: true }]);
  });
  it('keeps aliases that differ only in case: the case is their rule', () => {
    const entity = { ...base, name: 'New York (state)', aliases: [{ text: 'New York State' }, { text: 'New York state' }, { text: 'New York  State' }] };
    expect(matchableAliases(entity)).toEqual([{ text: 'New York (state)' }, { text: 'New York State' }, { text: 'New York state' }]);
  });
  it('keeps the name written in other capitals as a text of its own, with the name\'s flags', () => {
    const entity = { ...base, type: 'term' as const, name: 'Boeing 737 MAX', aliases: [{ text: 'Boeing 737 MAX', ambiguous: true }, 'Boeing 737 Max'] };
    expect(matchableAliases(entity)).toEqual([{ text: 'Boeing 737 MAX', ambiguous: true }, { text: 'Boeing 737 Max', ambiguous: true }]);
  });
  it('lets an alias with the name text mark the name ambiguous, once', () => {
    expect(matchableAliases({ ...base, aliases: [{ text: 'john smith', ambiguous: true }] })).toEqual([{ text: 'John Smith', ambiguous: true }]);
  });
});
