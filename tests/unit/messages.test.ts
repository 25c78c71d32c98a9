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
    expect(isBackgroundRequest({ type: 'matchPage', blocks: ['x'], ui: true })).toBe(true);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: ['x'], ui: 'yes' })).toBe(false);
  });

  it('takes blocks named by their place in a kept look, only with the look named', () => {
    expect(isBackgroundRequest({ type: 'matchPage', blocks: [[0, 40], 'x', [52, 7]], look: 'k1' })).toBe(true);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: [[0, 40]] })).toBe(false);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: [[0, 40]], look: 3 })).toBe(false);
    for (const place of [[0], [0, 1, 2], [-1, 4], [0.5, 4], ['0', 4], [0, Infinity]]) {
      expect(isBackgroundRequest({ type: 'matchPage', blocks: [place], look: 'k1' })).toBe(false);
    }
  });

  it(`refuses more than ${MAX_MATCH_CHARS} characters`, () => {
    expect(isBackgroundRequest({ type: 'matchPage', blocks: [[0, MAX_MATCH_CHARS]], look: 'k1' })).toBe(true);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: [[0, MAX_MATCH_CHARS], 'b'], look: 'k1' })).toBe(false);
  });

  it(`refuses more than ${MAX_MATCH_CHARS} characters: no page can make the background match without end`, () => {
    const block = 'a'.repeat(100_000);
    const atCap = Array.from({ length: MAX_MATCH_CHARS / block.length }, () => block);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: atCap })).toBe(true);
    expect(isBackgroundRequest({ type: 'matchPage', blocks: [...atCap, 'b'] })).toBe(false);
  });
});

describe('isBackgroundRequest: look', () => {
  it('takes the body text, the host and an optional key', () => {
    expect(isBackgroundRequest({ type: 'look', text: 'x', host: 'a.test' })).toBe(true);
    expect(isBackgroundRequest({ type: 'look', text: 'x', host: 'a.test', key: 'k1' })).toBe(true);
    expect(isBackgroundRequest({ type: 'look', text: 'x', host: 'a.test', key: 1 })).toBe(false);
  });
});

describe('isBackgroundRequest: loadUi', () => {
  it('is a request the background answers (it injects the page UI into the sender frame)', () => {
    expect(isBackgroundRequest({ type: 'loadUi' })).toBe(true);
    expect(isBackgroundRequest({ type: 'loadUI' })).toBe(false);
  });
});
