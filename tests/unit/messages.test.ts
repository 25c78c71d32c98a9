import { describe, expect, it } from 'vitest';
import { isBackgroundRequest, MAX_MATCH_CHARS } from '../../src/shared/messages';

describe('isBackgroundRequest: matchPage', () => {
  it('takes blocks and the entities the page already named', () => {
    expect(isBackgroundRequest({ type: 'matchPage', blocks: ['John Kerry spoke.'], known: ['Q22316'] })).toBe(true);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: ['x'] })).toBe(true);
  });

  it('refuses malformed requests', () => {
    expect(isBackgroundRequest({ type: 'matchPage', blocks: [1] })).toBe(false);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: ['x'], known: 'Q1' })).toBe(false);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: ['x'], known: [2] })).toBe(false);
  });

  it(`refuses more than ${MAX_MATCH_CHARS} characters: no page can make the background match without end`, () => {
    const block = 'a'.repeat(100_000);
    const atCap = Array.from({ length: MAX_MATCH_CHARS / block.length }, () => block);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: atCap })).toBe(true);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: [...atCap, 'b'] })).toBe(false);
  });
});

describe('isBackgroundRequest: loadUi', () => {
  it('is a request the background answers (it injects the page UI into the sender frame)', () => {
    expect(isBackgroundRequest({ type: 'loadUi' })).toBe(true);
    expect(isBackgroundRequest({ type: 'loadUI' })).toBe(false);
  });
});
