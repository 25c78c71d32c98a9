/** Speed and memory: index build, matching throughput, and a bare DOM text walk for scale. */
import { buildIndexFile, IndexFile, loadMatcher, type Matcher } from '../../src/matcher';
import { generateInput, generatePage } from './generate';
import { collect, median, printTable, timeMedian } from './stats';

const BUILD_RUNS = 7;
// Many runs and a few warm-ups: on a shared 2-core machine a median of 9 swings with
// whatever else is running, and the first pages would otherwise time the JIT.
const MATCH_RUNS = 21;
const WARMUPS = 3;
const PAGE_WORDS = [2_000, 10_000, 50_000];

export interface SpeedFigures {
  aliases: number;
  buildMs: number;
  heapMb: number;
  pages: { words: number; chars: number; matchMs: number; walkMs: number; cloneMs: number; mbPerS: number }[];
}

function measureBuild(aliasCount: number): { buildMs: number; heapMb: number; matcher: Matcher; samples: string[] } {
  const { input, samples } = generateInput(aliasCount);
  // At build time now: the extension ships the file and the background only opens it.
  const buildMs = timeMedian(BUILD_RUNS, () => buildIndexFile(input));
  const bytes = buildIndexFile(input);
  // Every index opened here stays alive, so each delta is one open index's memory
  // (its file's bytes are an ArrayBuffer, outside the JS heap proper).
  const held: Matcher[] = [];
  const sizes: number[] = [];
  const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  for (let i = 0; i < 3; i++) {
    collect();
    const before = used();
    held.push(loadMatcher(new IndexFile(bytes.slice())));
    collect();
    sizes.push((used() - before) / 1048576);
  }
  return { buildMs, heapMb: median(sizes), matcher: held[0]!, samples };
}

async function domWalkMs(blocks: readonly string[]): Promise<number> {
  const { Window } = await import('happy-dom');
  const window = new Window();
  const document = window.document;
  for (const block of blocks) {
    const p = document.createElement('p');
    // Inline elements, as on real pages: every 20th word in a link.
    const words = block.split(' ');
    for (let i = 0; i < words.length; i += 20) {
      p.appendChild(document.createTextNode(words.slice(i, i + 19).join(' ') + ' '));
      const a = document.createElement('a');
      a.textContent = words[i + 19] ?? '';
      p.appendChild(a);
    }
    document.body.appendChild(p);
  }
  const ms = timeMedian(MATCH_RUNS, () => {
    const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
    let chars = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) chars += (node as unknown as Text).data.length;
    if (chars < 0) throw new Error('unreachable');
  });
  await window.happyDOM.close();
  return ms;
}

/** Runs the speed section and prints its tables. */
export async function runSpeed(aliasCount: number): Promise<SpeedFigures> {
  const { buildMs, heapMb, matcher, samples } = measureBuild(aliasCount);
  console.log(`\nIndex build at ${aliasCount.toLocaleString('en')} aliases (median of ${BUILD_RUNS}; done by the build, not the background): ${buildMs.toFixed(1)} ms; memory of the opened index ${heapMb.toFixed(1)} MB`);
  const pages: SpeedFigures['pages'] = [];
  for (const words of PAGE_WORDS) {
    const blocks = generatePage(words, samples);
    const chars = blocks.reduce((n, b) => n + b.length + 1, 0);
    const matchMs = timeMedian(MATCH_RUNS, () => matcher.find(blocks), WARMUPS);
    const cloneMs = timeMedian(MATCH_RUNS, () => structuredClone(blocks));
    const walkMs = await domWalkMs(blocks);
    pages.push({ words, chars, matchMs, walkMs, cloneMs, mbPerS: chars / 1e6 / (matchMs / 1000) });
  }
  console.log(`\nMatching (median of ${MATCH_RUNS}; MB = 10^6 characters; walk = happy-dom TreeWalker over the same text; clone = structuredClone of the blocks, the cost of one message)`);
  printTable(
    ['words', 'chars', 'match ms', 'MB/s', 'ns/word', 'walk ms', 'match/walk', 'clone ms'],
    pages.map((p) => [p.words, p.chars, p.matchMs.toFixed(2), p.mbPerS.toFixed(1), ((p.matchMs * 1e6) / p.words).toFixed(0), p.walkMs.toFixed(2), (p.matchMs / p.walkMs).toFixed(2), p.cloneMs.toFixed(2)]),
  );
  return { aliases: aliasCount, buildMs, heapMb, pages };
}

/** The recommendation line: where matching should run, from the figures. */
export function recommend(figures: SpeedFigures, pageBudgetMs: number): string {
  const mid = figures.pages[1]!;
  const inBackground = mid.cloneMs * 2 + mid.matchMs;
  return `Recommendation: match in the background (one index, content scripts send block texts): a ${mid.words.toLocaleString('en')}-word page costs ~${inBackground.toFixed(1)} ms there `
    + `(match + two message copies), while an index in every tab would cost its ${figures.heapMb.toFixed(1)} MB per tab and its matching on the page's own thread (budget ${pageBudgetMs} ms for a page with nothing to do).`;
}
