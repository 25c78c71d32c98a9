import { describe, expect, it } from 'vitest';
import { applyPatch, patchOf } from '../../src/matcher/text-patch';
import { buildIndexFile, IndexFile, type MatcherInput } from '../../src/matcher';

describe('an alias text as a patch of its path', () => {
  const cases: [string, string][] = [
    ['syrian civil war', 'Syrian civil war'],
    ['gpts', 'GPTs'],
    ['mcadams', 'McAdams'],
    ['akturkoglu', 'Aktürkoğlu'],
    ['odegaard', 'Ødegaard'],
    ['trent alexander-arnold', 'Trent Alexander-Arnold'],
    ['scorpion unit', 'SCORPION unit'],
    ['la paz 1', 'La Paz 1'],
  ];

  it('rebuilds each text exactly, in fewer bytes than the text', () => {
    for (const [path, text] of cases) {
      const patch = patchOf(path, text);
      expect(patch, text).toBeDefined();
      expect(applyPatch(path, patch!)).toBe(text);
      expect(new TextEncoder().encode(patch!).length).toBeLessThan(new TextEncoder().encode(text).length);
    }
  });

  it('gives no patch where the text cannot be rebuilt or would not be shorter', () => {
    expect(patchOf('ibra', 'Ibrā’')).toBeUndefined(); // not the path's length
    expect(patchOf('same', 'same')).toBeUndefined(); // nothing to change
    expect(patchOf('ab', 'ΑΒ')).toBeUndefined(); // every letter replaced: no saving
    expect(patchOf(`${'a'.repeat(60)}b`, `${'a'.repeat(60)}B`)).toBeUndefined(); // an edit too far on
    expect(patchOf('xx', 'x\u{1F600}'.slice(0, 2))).toBeUndefined(); // half a surrogate pair
  });

  it('is what the index file stores and reads back', () => {
    const texts = cases.map(([, text]) => text);
    const input: MatcherInput = {
      entities: texts.map((text, i) => ({ id: `bs:term/t${i}`, type: 'term', name: text })),
      aliases: texts.map((text, i) => ({ id: `bs:term/t${i}`, text, case: 'exact' })),
    };
    const file = new IndexFile(buildIndexFile(input));
    const read = Array.from({ length: file.aliasCount }, (_, a) => file.aliasText(a)).sort();
    expect(read).toEqual([...texts].sort());
  });
});
