/**
 * In-page harness of `npm run bench:pages` (bundled by tools/bench-pages.mjs and
 * evaluated in the page after load). It runs the real content-script steps on the
 * page's own DOM — article root, text walk, highlight, removal — and the real
 * matcher in between (the background's cost, timed here on the same engine).
 */
import { findArticleRoots } from '../../src/content/article-root';
import { highlight, slicesByBlock, type Highlights } from '../../src/content/ui/highlighter';
import { scanBlocks } from '../../src/content/scan';
import { IndexFile, loadMatcher, type Matcher } from '../../src/matcher';
import { SHORT } from '../../src/matcher/alias-index';
import { kindOf } from '../../src/shared/dataset';
import type { EntityBrief, PageMention } from '../../src/shared/messages';
import { fillArticle } from './page-synthetic';

/** Milliseconds per step of one run, and what the page held. */
export interface PageRun {
  rootMs: number;
  scanMs: number;
  matchMs: number;
  /** The same match again: the background's cost once its JIT has warmed up. */
  matchWarmMs: number;
  highlightMs: number;
  /** The longest single slice of highlighting (the page gets control back between slices). */
  highlightSliceMs: number;
  removeMs: number;
  blocks: number;
  chars: number;
  mentions: number;
  highlighted: number;
}

export interface PageHarness {
  /** Opens `data/matcher.bin` (given as base64), as the background does at start; returns the milliseconds (decode the base64 + open the index). */
  load(indexBase64: string): number;
  /** Replaces the body with a synthetic article (see page-synthetic.ts). */
  fill(words: number, withNames: boolean, seed: number): void;
  /** One activation on the current document, undone at the end. */
  run(): PageRun;
}

let matcher: Matcher | undefined;
let briefs: Record<string, EntityBrief> = {};
let aliasTexts: string[] = [];

/** The first mention of each entity, as the content script shows by default. */
function firstMentions(mentions: readonly PageMention[]): PageMention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.id) && seen.add(m.id) !== undefined);
}

const harness: PageHarness = {
  load(indexBase64) {
    const start = performance.now();
    const bytes = Uint8Array.from(atob(indexBase64), (c) => c.charCodeAt(0));
    const file = new IndexFile(bytes);
    matcher = loadMatcher(file);
    const openMs = performance.now() - start;
    briefs = {};
    aliasTexts = [];
    for (let a = 0; a < file.aliasCount; a++) if (!(file.flags[a]! & SHORT) && file.aliasText(a)) aliasTexts.push(file.aliasText(a));
    return openMs;
  },

  fill(words, withNames, seed) {
    fillArticle(document, words, withNames ? aliasTexts : [], seed);
  },

  run() {
    if (!matcher) throw new Error('load() the dataset first');
    const t0 = performance.now();
    // As a reader with default settings gets it: a page that is not an article gets nothing.
    const roots = findArticleRoots(document, { isSiteOn: false });
    const t1 = performance.now();
    const blocks = roots.flatMap((root) => scanBlocks(root));
    const t2 = performance.now();
    // The content script asks for every mention (for its counts) and shows the first of each.
    const mentions = blocks.length ? matcher.find(blocks.map((b) => b.text)) : [];
    const shown = firstMentions(mentions);
    // The background names each entity found in its answer (matching-store.ts).
    for (const { id } of shown) {
      const entity = briefs[id] ? undefined : matcher.entity(id);
      if (entity) briefs[id] = { name: entity.name, type: entity.type, kind: kindOf(entity.type) };
    }
    const t3 = performance.now();
    // Wrapped as the page session does it: a slice of mentions at a time (it yields between slices).
    const slices: Highlights[] = [];
    let sliceMaxMs = 0;
    for (const slice of slicesByBlock(shown)) {
      const s0 = performance.now();
      slices.push(highlight(blocks, slice, briefs));
      sliceMaxMs = Math.max(sliceMaxMs, performance.now() - s0);
    }
    const highlighted = slices.reduce((n, h) => n + h.elements.length, 0);
    const t4 = performance.now();
    slices.reverse().forEach((h) => h.remove());
    const t5 = performance.now();
    if (blocks.length) matcher.find(blocks.map((b) => b.text));
    const t6 = performance.now();
    return {
      rootMs: t1 - t0,
      scanMs: t2 - t1,
      matchMs: t3 - t2,
      matchWarmMs: t6 - t5,
      highlightMs: t4 - t3,
      highlightSliceMs: sliceMaxMs,
      removeMs: t5 - t4,
      blocks: blocks.length,
      chars: blocks.reduce((n, b) => n + b.text.length, 0),
      mentions: mentions.length,
      highlighted,
    };
  },
};

(window as unknown as { backstoryBench: PageHarness }).backstoryBench = harness;
