// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { highlight, slicesByBlock } from '../../src/content/ui/highlighter';
import { scanBlocks } from '../../src/content/scan';
import type { PageMention } from '../../src/shared/messages';

describe('slicesByBlock', () => {
  it('cuts long runs of mentions only between blocks', () => {
    const mentions: PageMention[] = [];
    for (let block = 0; block < 30; block++) {
      for (let i = 0; i < 3; i++) mentions.push({ block, start: i * 10, end: i * 10 + 5, id: `Q${block}-${i}` });
    }
    const slices = slicesByBlock(mentions);
    expect(slices.length).toBeGreaterThan(1);
    expect(slices.flat()).toEqual(mentions);
    for (let i = 1; i < slices.length; i++) {
      expect(slices[i]![0]!.block).not.toBe(slices[i - 1]!.at(-1)!.block);
    }
  });

  it('restores the page exactly when slices are removed in reverse', () => {
    document.body.innerHTML = `<article>${Array.from({ length: 60 }, (_, i) => `<p>Taiwan and China, paragraph ${i}, <b>Beijing</b>.</p>`).join('')}</article>`;
    const root = document.querySelector('article')!;
    const before = root.innerHTML;
    const blocks = scanBlocks(root);
    const mentions: PageMention[] = blocks.flatMap((b, block) => [
      { block, start: 0, end: 6, id: 'Q865' },
      { block, start: 11, end: 16, id: 'Q148' },
      { block, start: b.text.indexOf('Beijing'), end: b.text.indexOf('Beijing') + 7, id: 'Q956' },
    ]);
    const brief = { name: 'x', type: 'country' as const, kind: 'place' as const };
    const parts = slicesByBlock(mentions).map((slice) => highlight(blocks, slice, { Q865: brief, Q148: brief, Q956: brief }));
    expect(root.querySelectorAll('[data-bs-entity]').length).toBe(180);
    parts.reverse().forEach((part) => part.remove());
    expect(root.innerHTML).toBe(before);
  });
});
