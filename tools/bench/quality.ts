/** Quality: precision/recall over the written passages, and counts over real saved pages. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlToBlocks } from '../../src/cli/html';
import { createMatcher, matcherInputFromDataset } from '../../src/matcher';
import type { Entity } from '../../src/shared/dataset';
import { TEST_ENTITIES } from '../../tests/matcher-passages/entities';
import { PASSAGES } from '../../tests/matcher-passages/passages';
import { expectedMentions, scoreMentions } from '../../tests/matcher-passages/score';
import { compileDataset } from '../dataset/compile';
import { printTable } from './stats';

const CORPUS = '/work/shared/corpus/news-pages';
const TOP_STRINGS = 30;

/** Precision and recall of the matcher on the passages; prints misses and false positives. */
export function runPassages(): { precision: number; recall: number } {
  const matcher = createMatcher(matcherInputFromDataset(TEST_ENTITIES));
  let tp = 0;
  let found = 0;
  let expected = 0;
  for (const passage of PASSAGES) {
    const want = expectedMentions(passage);
    const got = matcher.find(passage.blocks, passage.options);
    const score = scoreMentions(got, want);
    tp += score.truePositives;
    found += got.length;
    expected += want.length;
    for (const m of score.falsePositives) console.log(`  false positive in "${passage.name}": ${m.text} → ${m.id}`);
    for (const m of score.missed) console.log(`  missed in "${passage.name}": ${m.text} → ${m.id}`);
  }
  const precision = found ? tp / found : 1;
  const recall = expected ? tp / expected : 1;
  console.log(`\nPassages: ${PASSAGES.length}, expected mentions ${expected}, found ${found}: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  return { precision, recall };
}

function realEntities(): Entity[] {
  try {
    return compileDataset('data').entities;
  } catch (error) {
    console.log(`  (data/ did not compile: ${(error as Error).message}; using data/entities/*.json unchecked)`);
    return JSON.parse(readFileSync('data/entities/demo.json', 'utf8')) as Entity[];
  }
}

/** Matches the real saved pages against the project's dataset; skipped when the corpus is absent. */
export async function runCorpus(): Promise<void> {
  const indexPath = join(CORPUS, 'index.json');
  if (!existsSync(indexPath)) {
    console.log(`\nCorpus: ${CORPUS} not found, skipped.`);
    return;
  }
  const pages = (JSON.parse(readFileSync(indexPath, 'utf8')) as { pages: { name: string; file: string }[] }).pages;
  const entities = realEntities();
  const matcher = createMatcher(matcherInputFromDataset(entities));
  const counts = new Map<string, number>();
  const rows: (string | number)[][] = [];
  for (const page of pages) {
    const path = join(CORPUS, page.file);
    if (!existsSync(path)) continue;
    const blocks = await htmlToBlocks(readFileSync(path, 'utf8'));
    const start = performance.now();
    const mentions = matcher.find(blocks);
    const ms = performance.now() - start;
    const words = blocks.reduce((n, b) => n + b.split(' ').length, 0);
    rows.push([page.name, blocks.length, words, mentions.length, new Set(mentions.map((m) => m.id)).size, ms.toFixed(2)]);
    for (const m of mentions) counts.set(`${m.text} → ${m.id}`, (counts.get(`${m.text} → ${m.id}`) ?? 0) + 1);
  }
  console.log(`\nCorpus: ${rows.length} pages against ${entities.length} real entities (every mention)`);
  printTable(['page', 'blocks', 'words', 'mentions', 'entities', 'match ms'], rows);
  console.log(`\nTop ${TOP_STRINGS} highlighted strings (check these for false positives):`);
  const top = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, TOP_STRINGS);
  printTable(['string → entity', 'count'], top.map(([text, n]) => [text, n]));
}
