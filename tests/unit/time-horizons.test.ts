/**
 * A fact is true for a span and the card says which: past a source's horizon a role
 * is the last known state ("as of May 2026 data"), between a last sighting and an
 * inferred end it is unknown, and a US state's card names its governor and senators.
 */
import { describe, expect, it } from 'vitest';
import { buildCard, cardText, roleSpan } from '../../src/shared/card';
import type { Entity, Role, SourceInfo } from '../../src/shared/dataset';
import { isRoleHeldOn, roleStatusOn } from '../../src/shared/time';
import { buildLeaderIndex } from '../../src/shared/time-lines';

const sources = new Map<string, SourceInfo>();
const person = (id: string, name: string, roles: Role[]): Entity => ({ id, type: 'person', name, summary: 'x', roles, sources: [{ source: 's' }], updated: '2026-05-17' });
const card = (entity: Entity, asOf: string, others: Entity[] = [], origin: 'article' | 'today' = 'article') =>
  buildCard(entity, { asOf, asOfOrigin: origin, lookup: () => undefined, sources, leaders: buildLeaderIndex([entity, ...others]) });

const carney = person('Q1', 'Mark Carney', [{ title: 'Prime Minister of Canada', of: 'Q16', start: '2025-03-14', lastSeen: '2026-05-17', office: 'head of government', source: 's' }]);
const ardern = person('Q2', 'Jacinda Ardern', [{ title: 'Prime Minister of New Zealand', of: 'Q664', start: '2017-10-26', end: '2023-11-26', endInferred: true, lastSeen: '2023-01-10', source: 's' }]);
const hipkins = person('Q3', 'Chris Hipkins', [{ title: 'Prime Minister of New Zealand', of: 'Q664', start: '2023-01-25', end: '2023-11-26', source: 's' }]);

describe('horizons', () => {
  it('reads an open role past its horizon as the last known state, never as held today', () => {
    const role = carney.roles![0]!;
    expect(roleStatusOn(role, '2026-01-01')).toBe('held');
    expect(roleStatusOn(role, '2026-12-02')).toBe('last-known');
    expect(card(carney, '2026-12-02', [], 'today').atTime).toBe('Prime Minister of Canada (since 2025), as of May 2026 data');
    expect(card(carney, '2025-06-01').atTime).toBe('Prime Minister of Canada (since 2025)');
  });

  it('says it does not know between a last sighting and an inferred end', () => {
    const role = ardern.roles![0]!;
    expect(roleStatusOn(role, '2022-12-01')).toBe('held');
    expect(roleStatusOn(role, '2023-07-18')).toBe('unknown');
    expect(isRoleHeldOn(role, '2023-07-18')).toBe(false);
    expect(card(ardern, '2023-07-18').atTime).toBe('Prime Minister of New Zealand (2017–2023): last confirmed January 2023, not known on this date');
    expect(roleStatusOn(role, '2024-01-01')).toBe('ended');
  });

  it('shows an end only as a bound unless the source saw the role that year', () => {
    expect(roleSpan({ title: 't', start: '2021-01-26', end: '2025-01-20', endInferred: true, lastSeen: '2023-01-10', source: 's' })).toBe('2021–by 2025');
    expect(roleSpan({ title: 't', start: '2017-10-26', end: '2023-01-24', endInferred: true, lastSeen: '2023-01-19', source: 's' })).toBe('2017–2023');
    expect(roleSpan({ title: 't', start: '2026-01-21', startInferred: true, lastSeen: '2026-05-17', source: 's' })).toBe('in office by January 2026');
  });

  it('gives a date fact as a date, without an "as of" that repeats it', () => {
    const born = { ...carney, facts: [{ label: 'Born', value: '1965-03-16', asOf: '1965-03-16', source: 's' }] };
    const text = cardText(card(born, '2025-06-01'));
    expect(text).toContain('Born: 16 March 1965 (s)');
    expect(text).not.toMatch(/as of 1965/);
  });

  it('lets a country card name the holder on a handover day once, and the successor after', () => {
    const nz: Entity = { id: 'Q664', type: 'country', name: 'New Zealand', summary: 'x', sources: [{ source: 's' }], updated: '2026-05-17' };
    const before = person('Q4', 'A', [{ title: 'Prime Minister of New Zealand', of: 'Q664', start: '2017-10-26', end: '2023-01-25', office: 'head of government', source: 's' }]);
    const after = person('Q5', 'B', [{ title: 'Prime Minister of New Zealand', of: 'Q664', start: '2023-01-25', office: 'head of government', source: 's' }]);
    expect(card(nz, '2023-01-25', [before, after]).atTime).toBe('Prime Minister of New Zealand: B (since 2023)');
    expect(card(nz, '2022-06-01', [before, after]).later).toBe('Prime Minister of New Zealand: B (since 2023)');
    expect(card(nz, '2023-07-18', [ardern, hipkins]).atTime).toMatch(/^Prime Minister of New Zealand: Jacinda Ardern .*not known on this date; Prime Minister of New Zealand: Chris Hipkins \(2023\)$/);
  });
});

describe('a US state card', () => {
  // A fixture state: the real state entities come from the breadth work, with ids from lib/us-states.ts.
  const texas: Entity = { id: 'Q1439', type: 'place', name: 'Texas', summary: 'US state.', sources: [{ source: 's' }], updated: '2026-07-01' };
  const abbott = person('Q6', 'Greg Abbott', [{ title: 'Governor of Texas', of: 'Q1439', start: '2015-01-20', lastSeen: '2026-07-01', source: 'openstates' }]);
  const perry = person('Q7', 'Rick Perry', [{ title: 'Governor of Texas', of: 'Q1439', start: '2000-12-21', end: '2015-01-20', source: 'openstates' }]);
  const cornyn = person('Q8', 'John Cornyn', [{ title: 'US Senator from Texas', of: 'Q1439', start: '2002-12-02', lastSeen: '2026-06-15', source: 'c' }]);
  const cruz = person('Q9', 'Ted Cruz', [{ title: 'US Senator from Texas', of: 'Q1439', start: '2013-01-03', lastSeen: '2026-06-15', source: 'c' }]);
  const hutchison = person('Q10', 'Kay Bailey Hutchison', [{ title: 'US Senator from Texas', of: 'Q1439', start: '1993-06-14', end: '2013-01-03', source: 'c' }]);
  const all = [abbott, perry, cornyn, cruz, hutchison];

  it('names the governor and both senators on the article date', () => {
    expect(card(texas, '2019-11-19', all).atTime).toBe('Governor of Texas: Greg Abbott (since 2015); US Senator from Texas: John Cornyn (since 2002); US Senator from Texas: Ted Cruz (since 2013)');
    expect(card(texas, '2010-05-01', all).atTime).toBe('Governor of Texas: Rick Perry (2000–2015); US Senator from Texas: Kay Bailey Hutchison (1993–2013); US Senator from Texas: John Cornyn (since 2002)');
  });

  it('marks today\'s officeholders as the last known state', () => {
    expect(card(texas, '2026-12-02', all, 'today').atTime).toContain('Governor of Texas: Greg Abbott (since 2015), as of July 2026 data');
  });
});
