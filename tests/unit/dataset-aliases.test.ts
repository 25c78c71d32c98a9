import { describe, expect, it } from 'vitest';
import { matchableAliases, type Entity } from '../../src/shared/dataset';

const base: Entity = { id: 'Q1', type: 'person', name: 'John Smith', summary: 's', sources: [{ source: 'x' }], updated: '2026-01-01' };

describe('matchableAliases', () => {
  it('puts the name first with default flags', () => {
    expect(matchableAliases({ ...base, aliases: [{ text: 'Smith', short: true }] })).toEqual([{ text: 'John Smith' }, { text: 'Smith', short: true }]);
  });
  it('lets an alias with the name text mark the name ambiguous, once', () => {
    expect(matchableAliases({ ...base, aliases: [{ text: 'john smith', ambiguous: true }] })).toEqual([{ text: 'John Smith', ambiguous: true }]);
  });
});
