#!/usr/bin/env node
/**
 * Recall and precision of the built matcher on text annotated by hand, measured
 * through the CLI exactly as a user would run it (`node dist/cli.mjs match FILE --json`).
 *
 *   node tools/eval-recall.mjs [--cli PATH] [--sets frequent,frequent2,passages,real] [--pages FILE.tsv] [--passages FILE.txt] [--verbose]
 *
 * Four sets, all written for Backstory (tools/eval/):
 * - frequent-entities.tsv: one sentence per frequent news entity. Recall = the share
 *   of sentences where the expected words are highlighted as the expected entity;
 *   a highlight of those words as another entity counts as a false highlight.
 * - frequent-entities-2.tsv (set `frequent2`): the same format and measure, a broader probe
 *   (958 people, organizations, places, events and terms English-language news named most
 *   in 2015–2026), kept apart so that `frequent` stays comparable across versions.
 * - passages.txt and passages-*.txt: short news-style passages where every name or term
 *   that deserves a card is marked `[text]` or `[text|expected]`. Recall = expected entities
 *   found per passage; every highlight not matching an annotation is a false highlight.
 *   Each passages-*.txt was written and annotated blind, before any data was added for it
 *   (`--passages passages-h1.txt` measures one file, `--passages a.txt,b.txt` several).
 * - real-pages.tsv and real-pages-*.tsv (one file per batch of pages, each annotated before
 *   any data was written for it; `--pages real-pages-3.tsv` measures one batch): real news
 *   pages of ../shared/corpus/news-pages (read in place, never
 *   copied), every name or term a reader needs a card for annotated by hand. Recall =
 *   annotated entities found per page; a highlight whose words are not annotated with its
 *   entity is a false highlight. Skipped when the corpus is absent.
 * An expected entity is an id or a name (folded), `;` between alternatives.
 * Each sentence or passage is matched on its own, so no context leaks between them.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { nodeBundleOptions } from './node-bundle.mjs';

const run = promisify(execFile);
const args = process.argv.slice(2);
const cli = args.includes('--cli') ? args[args.indexOf('--cli') + 1] : 'dist/cli.mjs';
const verbose = args.includes('--verbose');
// --sets frequent,passages,real: which sets to run (all by default).
const sets = new Set((args.includes('--sets') ? args[args.indexOf('--sets') + 1] : 'frequent,frequent2,passages,real').split(','));
const EVAL_DIR = new URL('./eval/', import.meta.url);
const PARALLEL = 2;

/**
 * The project's own folding (src/shared/fold.ts: diacritics, Støre = Store, soft hyphens,
 * runs of space), bundled in memory by esbuild as the CLI is, so an expected name compares
 * the way the dataset and the CLI compare names.
 */
async function projectFold() {
  const entry = new URL('../src/shared/fold.ts', import.meta.url).pathname;
  const { outputFiles } = await esbuild.build(nodeBundleOptions(entry, 'fold.mjs', { write: false, logLevel: 'error' }));
  const { foldName } = await import(`data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`);
  return foldName;
}
const fold = await projectFold();

/** Whether a CLI mention is the expected entity ("Q1439;Texas" matches by id or name). */
function isExpected(mention, expected) {
  return expected.split(';').some((e) => e.trim() === mention.id || fold(e) === fold(mention.name));
}

/** Parses `[text]` / `[text|expected]` annotations out of one passage. */
function parsePassage(raw) {
  const paragraphs = raw.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const annotations = [];
  let text = '';
  paragraphs.forEach((paragraph, i) => {
    if (i > 0) text += '\n\n';
    let last = 0;
    for (const m of paragraph.matchAll(/\[([^\]|]+)(?:\|([^\]]+))?\]/g)) {
      text += paragraph.slice(last, m.index);
      annotations.push({ start: text.length, end: text.length + m[1].length, text: m[1], expected: m[2] ?? m[1] });
      text += m[1];
      last = m.index + m[0].length;
    }
    text += paragraph.slice(last);
  });
  return { text, annotations };
}

async function matchText(dir, name, text) {
  const file = join(dir, `${name}.txt`);
  writeFileSync(file, text);
  const { stdout } = await run(process.execPath, [cli, 'match', file, '--json'], { maxBuffer: 1 << 24 });
  return JSON.parse(stdout);
}

async function inParallel(items, work) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

async function frequentEntities(dir, file = 'frequent-entities.tsv') {
  const rows = readFileSync(new URL(file, EVAL_DIR), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [expected, words, sentence] = line.split('\t');
      if (!sentence || !sentence.includes(words)) throw new Error(`${file}: bad line "${line}"`);
      return { expected, words, sentence };
    });
  const outcomes = await inParallel(rows, async (row, i) => {
    const mentions = await matchText(dir, `f${file.length}-${i}`, row.sentence);
    const start = row.sentence.indexOf(row.words);
    const end = start + row.words.length;
    const onSpan = mentions.filter((m) => m.start < end && m.end > start);
    const hit = onSpan.some((m) => isExpected(m, row.expected));
    const wrong = onSpan.filter((m) => !isExpected(m, row.expected));
    return { row, hit, wrong, onSpan };
  });
  return outcomes;
}

async function passages(dir, file) {
  const raw = readFileSync(new URL(file, EVAL_DIR), 'utf8');
  const pieces = raw.split(/^=== (.*)$/m);
  const list = [];
  for (let i = 1; i < pieces.length; i += 2) list.push({ name: pieces[i].trim(), ...parsePassage(pieces[i + 1]) });
  return inParallel(list, async (passage, i) => {
    const mentions = await matchText(dir, `p${file.length}-${i}`, passage.text);
    // A highlight is right when an annotation of the same words names its entity.
    const byText = new Map();
    for (const a of passage.annotations) byText.set(a.text, [...(byText.get(a.text) ?? []), a.expected]);
    const right = [];
    const wrong = [];
    // A capitalized highlight away from every annotation is right when the passage marks its
    // entity elsewhere: "Trump" after a marked "Donald Trump" (one marked mention is enough).
    // Lower-case words never borrow a mark ("apple growers" beside a marked Apple).
    const marked = passage.annotations.map((a) => a.expected);
    for (const m of mentions) {
      const overlapping = passage.annotations.filter((a) => m.start < a.end && m.end > a.start);
      const elsewhere = /^\p{Lu}/u.test(m.text) ? marked : [];
      const candidates = overlapping.length > 0 ? overlapping.map((a) => a.expected) : [...(byText.get(m.text) ?? []), ...elsewhere];
      (candidates.some((e) => isExpected(m, e)) ? right : wrong).push(m);
    }
    const expected = [...new Set(passage.annotations.map((a) => a.expected))];
    const found = expected.filter((e) => right.some((m) => isExpected(m, e)));
    const missed = expected.filter((e) => !found.includes(e));
    return { name: passage.name, expected, found, missed, right, wrong };
  });
}

const CORPUS = new URL('../../shared/corpus/news-pages/', import.meta.url);

async function realPages() {
  const byPage = new Map();
  const only = args.includes('--pages') ? args[args.indexOf('--pages') + 1] : undefined;
  const files = readdirSync(EVAL_DIR).filter((f) => /^real-pages(-[\w-]+)?\.tsv$/.test(f) && (!only || f === only)).sort();
  if (only && files.length === 0) throw new Error(`--pages ${only}: no such file in tools/eval/`);
  for (const file of files) {
    for (const line of readFileSync(new URL(file, EVAL_DIR), 'utf8').split('\n')) {
      if (!line.trim() || line.startsWith('#')) continue;
      const [page, words, expected] = line.split('\t');
      if (!expected) throw new Error(`${file}: bad line "${line}"`);
      byPage.set(page, [...(byPage.get(page) ?? []), { words, expected: expected.replace(/^\?/, ''), isNeeded: !expected.startsWith('?') }]);
    }
  }
  if (!existsSync(CORPUS)) return undefined;
  return inParallel([...byPage], async ([page, annotations]) => {
    const { stdout } = await run(process.execPath, [cli, 'match', new URL(page, CORPUS).pathname, '--json'], { maxBuffer: 1 << 26 });
    const mentions = JSON.parse(stdout);
    const right = [];
    const wrong = [];
    for (const m of mentions) (annotations.some((a) => a.words === m.text.replace(/\s+/g, ' ') && isExpected(m, a.expected)) ? right : wrong).push(m);
    const needed = [...new Set(annotations.filter((a) => a.isNeeded).map((a) => a.expected))];
    const missed = needed.filter((e) => !right.some((m) => isExpected(m, e)));
    return { page, needed, missed, right, wrong };
  });
}

function pct(n, d) {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}

const dir = mkdtempSync(join(tmpdir(), 'backstory-eval-'));
try {
  for (const [set, file, label] of [
    ['frequent', 'frequent-entities.tsv', 'frequent entities'],
    ['frequent2', 'frequent-entities-2.tsv', 'frequent entities 2'],
  ]) {
    if (!sets.has(set)) continue;
    const freq = await frequentEntities(dir, file);
    const hits = freq.filter((o) => o.hit).length;
    const freqWrong = freq.flatMap((o) => o.wrong);
    const freqHighlights = freq.reduce((n, o) => n + o.onSpan.length, 0);
    console.log(`${label}: recall ${hits}/${freq.length} = ${pct(hits, freq.length)}; wrong entity on the expected words ${freqWrong.length} of ${freqHighlights} highlights`);
    for (const o of freq.filter((o) => !o.hit)) {
      const got = o.onSpan.map((m) => `${m.text} → ${m.name} (${m.id})`).join(', ') || 'nothing';
      console.log(`  miss: ${o.row.words} [${o.row.expected}] got ${got}`);
    }
    for (const o of freq.filter((o) => o.hit && o.wrong.length > 0)) {
      console.log(`  also wrong: ${o.row.words} got ${o.wrong.map((m) => `${m.text} → ${m.name} (${m.id})`).join(', ')}`);
    }
  }
  if (sets.has('passages')) {
    // passages.txt, and passages-*.txt: each set written blind (before any data was added
    // for it), so its first figure is the matcher's recall on text it had never seen.
    const only = args.includes('--passages') ? args[args.indexOf('--passages') + 1]?.split(',') : undefined;
    const files = readdirSync(EVAL_DIR).filter((f) => /^passages(-[\w-]+)?\.txt$/.test(f) && (!only || only.includes(f))).sort();
    if (only && files.length === 0) throw new Error(`--passages ${only}: no such file in tools/eval/`);
    for (const file of files) {
      const pass = await passages(dir, file);
      const expected = pass.reduce((n, p) => n + p.expected.length, 0);
      const found = pass.reduce((n, p) => n + p.found.length, 0);
      const right = pass.reduce((n, p) => n + p.right.length, 0);
      const wrong = pass.reduce((n, p) => n + p.wrong.length, 0);
      const label = file === 'passages.txt' ? 'passages' : file.replace(/\.txt$/, '');
      console.log(`${label} (${pass.length}): recall ${found}/${expected} = ${pct(found, expected)}; precision ${right}/${right + wrong} = ${pct(right, right + wrong)} (${wrong} false highlights)`);
      for (const p of pass) {
        if (p.missed.length > 0) console.log(`  ${p.name}: missed ${p.missed.join(', ')}`);
        for (const m of p.wrong) console.log(`  ${p.name}: false highlight "${m.text}" → ${m.name} (${m.id})`);
        if (verbose) for (const m of p.right) console.log(`  ${p.name}: ok "${m.text}" → ${m.name}`);
      }
    }
  }
  const real = sets.has('real') ? await realPages() : undefined;
  if (sets.has('real') && !real) console.log('real pages: skipped (../shared/corpus/news-pages is absent)');
  else if (real) {
    const needed = real.reduce((n, p) => n + p.needed.length, 0);
    const missed = real.reduce((n, p) => n + p.missed.length, 0);
    const right = real.reduce((n, p) => n + p.right.length, 0);
    const wrong = real.reduce((n, p) => n + p.wrong.length, 0);
    console.log(`real pages (${real.length}): recall ${needed - missed}/${needed} = ${pct(needed - missed, needed)}; precision ${right}/${right + wrong} = ${pct(right, right + wrong)} (${wrong} false highlights)`);
    for (const p of real) {
      if (p.missed.length > 0) console.log(`  ${p.page}: missed ${p.missed.join(', ')}`);
      for (const m of p.wrong) console.log(`  ${p.page}: false highlight "${m.text}" → ${m.name} (${m.id})`);
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
