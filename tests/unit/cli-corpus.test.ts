import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToArticle, htmlToBlocks } from '../../src/cli/html';
import { createMatcher, matcherInputFromDataset } from '../../src/matcher';
import { compileDataset } from '../../tools/dataset/compile';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'news-pages');
const pages: { file: string }[] = existsSync(join(CORPUS, 'index.json'))
  ? JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')).pages
  : [];

// The real pages live beside the project only on development and CI machines; elsewhere this is skipped (and says so).
describe.skipIf(pages.length === 0)('CLI text extraction on the real news corpus', () => {
  it('reads every page without throwing and finds article text on almost all', async () => {
    const withoutText: string[] = [];
    for (const { file } of pages) {
      const blocks = await htmlToBlocks(readFileSync(join(CORPUS, file), 'utf8'));
      if (blocks.join(' ').length <= 500) withoutText.push(file);
    }
    // A few saved pages hold only a teaser or a video player: at most 1 in 10 may come out empty.
    expect(withoutText.length, `no article text on ${withoutText.join(', ')}`).toBeLessThanOrEqual(pages.length / 10);
  }, 600_000);

  it('never skips the scan of a page whose blocks hold a mention: the quick look on the joined text says yes wherever find does', async () => {
    const matcher = createMatcher(matcherInputFromDataset(compileDataset('data').entities));
    const missed: string[] = [];
    let skipped = 0;
    for (const { file } of pages) {
      const { blocks, text } = await htmlToArticle(readFileSync(join(CORPUS, file), 'utf8'));
      const mayFind = matcher.mayFind(text);
      if (!mayFind) skipped++;
      if (!mayFind && matcher.find(blocks).length > 0) missed.push(file);
    }
    expect(missed).toEqual([]);
    // Real articles nearly all name something: the quick look is for pages that name nothing.
    expect(skipped).toBeLessThan(pages.length / 10);
  }, 300_000);
});
