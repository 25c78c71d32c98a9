// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockTexts, keepLookText } from '../../src/background/look-texts';
import { blocksFromPlaces, placeBlocks } from '../../src/shared/block-places';
import { bodyText } from '../../src/content/first-look';
import { scanBlocks } from '../../src/content/scan';

const PARAGRAPHS = [
  'Wang Yi met Antony Blinken in Beijing on Friday for talks on Taiwan.',
  'The two sides agreed to keep talking, officials said after the meeting.',
  'Short one.',
  'The two sides agreed to keep talking, officials said after the meeting.',
];

describe('placeBlocks and blocksFromPlaces', () => {
  it("names the blocks of a page by their place in its look's text, and reads them back unchanged", () => {
    document.body.innerHTML =
      '<header>Menu <script>var x = "Beijing";</script></header><article>' +
      PARAGRAPHS.map((p) => `<p>${p.replace('Antony Blinken', '<a href="#">Antony <b>Blinken</b></a>')}</p>`).join('') +
      '</article><style>p{}</style>';
    const look = bodyText(document.body);
    const blocks = scanBlocks(document.querySelector('article')!).map((b) => b.text);
    const placed = placeBlocks(blocks, look);
    // Long blocks go by place, the short one as text; the repeated paragraph finds its own (later) place.
    expect(placed.map((b) => typeof b)).toEqual(['object', 'object', 'string', 'object']);
    expect((placed[3] as [number, number])[0]).toBeGreaterThan((placed[1] as [number, number])[0]);
    expect(blocksFromPlaces(placed, look)).toEqual(blocks);
    expect(JSON.stringify(placed).length).toBeLessThan(JSON.stringify(blocks).length / 3);
  });

  it('sends as text a block the look does not hold (text added since)', () => {
    const look = PARAGRAPHS.slice(0, 2).join('\n');
    const added = 'A paragraph the page added after its first look, naming Taiwan.';
    const placed = placeBlocks([PARAGRAPHS[1]!, added, PARAGRAPHS[0]!], look);
    expect(placed[1]).toBe(added);
    expect(blocksFromPlaces(placed, look)).toEqual([PARAGRAPHS[1], added, PARAGRAPHS[0]]);
  });

  it('refuses a place outside the text', () => {
    expect(blocksFromPlaces([[5, 10]], 'only twelve.')).toBeUndefined();
    expect(blocksFromPlaces([[2, 10]], 'only twelve.')).toEqual(['ly twelve.']);
  });
});

describe('the kept looks (background)', () => {
  it('reads blocks back from a kept look, and says so when the look is not kept', () => {
    const text = PARAGRAPHS.join('\n');
    keepLookText('page-1', text);
    const placed = placeBlocks(PARAGRAPHS, text);
    expect(blockTexts(placed, 'page-1')).toEqual(PARAGRAPHS);
    expect(blockTexts(placed, 'another page')).toBeUndefined();
    expect(blockTexts(['plain text'], undefined)).toEqual(['plain text']);
    expect(blockTexts([[0, 4]], undefined)).toBeUndefined();
  });

  it('keeps the latest looks only: the oldest go first', () => {
    keepLookText('first', 'x'.repeat(100));
    for (let i = 0; i < 40; i++) keepLookText(`later-${i}`, `text ${i}`);
    expect(blockTexts([[0, 4]], 'first')).toBeUndefined();
    expect(blockTexts([[0, 4]], 'later-39')).toEqual(['text']);
    // A look over the characters' cap pushes the rest out, itself kept.
    keepLookText('huge', 'y'.repeat(4_000_000));
    expect(blockTexts([[0, 4]], 'later-39')).toBeUndefined();
    expect(blockTexts([[0, 4]], 'huge')).toEqual(['yyyy']);
  });
});
