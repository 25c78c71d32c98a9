/**
 * Scale: what a background start costs as the dataset grows. For the real dataset
 * and synthetic ones of 50,000 and 200,000 entities, writes the data files the
 * build would ship (into .cache/bench-scale/) and times cold starts, each in a
 * fresh Node process (cold.ts): opening the index, answering a first page, the
 * index's memory, and reading a first card. "lean" rows use generate.ts's
 * aliases-only input (two aliases an entity, no context words or related
 * entries); the others use synthetic-dataset.ts, shaped like the real data.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildIndexFile } from '../../src/matcher';
import { dataFiles, MATCHER_FILE } from '../../src/shared/data-files';
import type { CompiledDataset } from '../../src/shared/dataset';
import { compileDataset } from '../dataset/compile';
import { gzipData } from '../dataset/ship';
import { generateInput, generatePage, random } from './generate';
import { median, printTable } from './stats';
import { syntheticDataset, syntheticPage } from './synthetic-dataset';

const CACHE = '.cache/bench-scale';
const COLD_SCRIPT = '.cache/bench-cold.mjs';
const RUNS = 7;
const PAGE_WORDS = 2_000;
const CARDS = 7;

export interface ScaleCase {
  name: string;
  entities: number;
  dir: string;
  page: string;
  /** Ids to read cards of (none for an index-only case). */
  cardIds: string[];
  indexBytes: number;
}

function writeFiles(dir: string, files: Map<string, string | Uint8Array>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [name, contents] of files) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), contents);
  }
}

function datasetCase(name: string, dataset: CompiledDataset): ScaleCase {
  const dir = join(CACHE, name, 'data');
  const files = dataFiles(dataset, gzipData);
  writeFiles(dir, files);
  const page = join(CACHE, name, 'page.json');
  writeFileSync(page, JSON.stringify(syntheticPage(dataset, PAGE_WORDS, 17)));
  const next = random(5);
  const cardIds = Array.from({ length: CARDS }, () => dataset.entities[Math.floor(next() * dataset.entities.length)]!.id);
  return { name, entities: dataset.entities.length, dir, page, cardIds, indexBytes: (files.get(MATCHER_FILE) as Uint8Array).length };
}

function leanCase(entities: number): ScaleCase {
  const name = `lean-${entities / 1000}k`;
  const { input, samples } = generateInput(entities * 2);
  const dir = join(CACHE, name, 'data');
  const bytes = buildIndexFile(input);
  writeFiles(dir, new Map([[MATCHER_FILE, bytes]]));
  const page = join(CACHE, name, 'page.json');
  writeFileSync(page, JSON.stringify(generatePage(PAGE_WORDS, samples)));
  return { name, entities: input.entities.length, dir, page, cardIds: [], indexBytes: bytes.length };
}

/** Writes the data of every case (the real dataset, then synthetic ones). */
export function scaleCases(): ScaleCase[] {
  return [
    datasetCase('real', compileDataset('data')),
    datasetCase('synthetic-50k', syntheticDataset(50_000)),
    leanCase(50_000),
    datasetCase('synthetic-200k', syntheticDataset(200_000)),
    leanCase(200_000),
  ];
}

function cold(...args: string[]): Record<string, number> {
  const result = spawnSync(process.execPath, ['--expose-gc', COLD_SCRIPT, ...args], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`cold run failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as Record<string, number>;
}

/** Times cold starts of every case and prints the table. */
export function runScale(cases: readonly ScaleCase[]): void {
  const rows = cases.map((c) => {
    const answers = Array.from({ length: RUNS }, () => cold('answer', c.dir, c.page));
    const cards = c.cardIds.map((id) => cold('card', c.dir, id).cardMs!);
    const pick = (key: string) => median(answers.map((a) => a[key]!));
    const fastest = (key: string) => Math.min(...answers.map((a) => a[key]!));
    return [
      c.name,
      c.entities.toLocaleString('en'),
      (c.indexBytes / 1048576).toFixed(2),
      pick('openMs').toFixed(2),
      `${pick('answerMs').toFixed(1)} / ${fastest('answerMs').toFixed(1)}`,
      pick('memoryMb').toFixed(1),
      String(pick('mentions')),
      cards.length ? `${median(cards).toFixed(2)} / ${Math.min(...cards).toFixed(2)}` : '—',
    ];
  });
  console.log(`\nCold starts in Node (fresh process each; medians of ${RUNS}, and fastest; a ${PAGE_WORDS.toLocaleString('en')}-word page; cards: ${CARDS} random entities)`);
  console.log('open = read matcher.bin + open it; answer = open + first find + naming the entities found; memory = what the open index and its first answer keep');
  printTable(['data', 'entities', 'index MB', 'open ms', 'answer ms', 'memory MB', 'mentions', 'card ms'], rows);
}
