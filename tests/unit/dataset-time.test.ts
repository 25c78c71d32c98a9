import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/shared/dataset';
import { earlierRoles, isRoleHeldOn, laterRoles, officeholdersAt, rolesAt } from '../../src/shared/time';

const kerry: Entity = {
  id: 'Q22316',
  type: 'person',
  name: 'John Kerry',
  summary: 'x',
  sources: [{ source: 'wikidata' }],
  updated: '2026-01-01',
  roles: [
    { title: 'US Senator from Massachusetts', of: 'Q30', start: '1985-01-02', end: '2013-02-01', source: 'wikidata' },
    { title: 'US Secretary of State', of: 'Q30', start: '2013-02-01', end: '2017-01-20', source: 'wikidata' },
    { title: 'US Special Presidential Envoy for Climate', of: 'Q30', start: '2021-01-20', end: '2024-03-06', source: 'backstory' },
  ],
};
const biden: Entity = { ...kerry, id: 'Q6279', name: 'Joe Biden', roles: [{ title: 'President of the United States', of: 'Q30', start: '2021-01-20', end: '2025-01-20', source: 'x' }] };
const xi: Entity = { ...kerry, id: 'Q15031', name: 'Xi Jinping', roles: [{ title: 'President of China', of: 'Q148', start: '2013-03-14', source: 'x' }] };

describe('rolesAt', () => {
  it('finds the role held on an article date', () => {
    expect(rolesAt(kerry, '2023-11-30').map((r) => r.title)).toEqual(['US Special Presidential Envoy for Climate']);
  });
  it('counts the end day as held and the day after as not', () => {
    expect(rolesAt(kerry, '2024-03-06')).toHaveLength(1);
    expect(rolesAt(kerry, '2024-03-07')).toHaveLength(0);
  });
  it('treats a partial article date as its whole span', () => {
    expect(rolesAt(kerry, '2013').map((r) => r.title)).toEqual(['US Senator from Massachusetts', 'US Secretary of State']);
    expect(rolesAt(kerry, '2021-01').map((r) => r.title)).toEqual(['US Special Presidential Envoy for Climate']);
  });
  it('treats a partial start as possibly any day in it', () => {
    expect(isRoleHeldOn({ title: 't', start: '2020', source: 's' }, '2020-01-01')).toBe(true);
    expect(isRoleHeldOn({ title: 't', start: '2020-06', end: '2020-06', source: 's' }, '2020-07-01')).toBe(false);
  });
  it('keeps open-ended roles held', () => {
    expect(rolesAt(xi, '2026-01-01')).toHaveLength(1);
    expect(rolesAt(xi, '2013-03-13')).toHaveLength(0);
  });
});

describe('laterRoles and earlierRoles', () => {
  it('lists what came after an article date, earliest first', () => {
    expect(laterRoles(kerry, '2012-06-01').map((r) => r.title)).toEqual(['US Secretary of State', 'US Special Presidential Envoy for Climate']);
    expect(laterRoles(kerry, '2021-01-20')).toEqual([]);
  });
  it('lists what had ended before, most recent first', () => {
    expect(earlierRoles(kerry, '2022-01-01').map((r) => r.title)).toEqual(['US Secretary of State', 'US Senator from Massachusetts']);
  });
});

describe('officeholdersAt', () => {
  const index = new Map([kerry, biden, xi].map((e) => [e.id, e]));
  it('lists who held office for a country on a date', () => {
    expect(officeholdersAt('Q30', '2022-05-01', index).map((o) => o.entity.name)).toEqual(['Joe Biden', 'John Kerry']);
    expect(officeholdersAt('Q30', '2025-06-01', index)).toEqual([]);
    expect(officeholdersAt('Q148', '2020', [xi]).map((o) => o.role.title)).toEqual(['President of China']);
  });
});
