#!/usr/bin/env node
/**
 * Where the dataset has gaps on real news: runs the built CLI (`node dist/cli.mjs match
 * FILE --json`) over the English pages of ../shared/corpus/news-pages (read in place, never
 * copied), extracts the article text exactly as the CLI does (src/cli/html.ts, bundled with
 * esbuild into .cache/), and lists the capitalized name phrases no highlight covers, ranked
 * by the number of pages they appear on, then by how often.
 *
 *   node tools/eval-gaps.mjs [--cli PATH] [--min-pages N] [--top N] [--pages a.html,b.html]
 *                            [--text PAGE]
 *
 * A name phrase is a run of capitalized words, with "of", "the", "and", "for", "de", "al"
 * and the like allowed inside ("University of South Carolina", "Bong Joon Ho"), or an
 * acronym of 2+ capitals. A phrase whose only word starts a sentence is dropped (it is most
 * often an ordinary word); single common words (This, The, Monday, ...) are dropped too.
 * It is a heuristic to decide what to add, not a measure: the measure is eval-recall.mjs.
 * --text PAGE prints the extracted blocks of one page (for annotating real-pages.tsv).
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { nodeBundleOptions } from './node-bundle.mjs';

const run = promisify(execFile);
const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const cli = opt('--cli', 'dist/cli.mjs');
const minPages = Number(opt('--min-pages', '1'));
const top = Number(opt('--top', '150'));
const CORPUS = new URL('../../shared/corpus/news-pages/', import.meta.url);

const bundle = '.cache/eval-gaps-html.mjs';
await build(nodeBundleOptions('src/cli/html.ts', bundle));
const { htmlToBlocks } = await import(new URL(`../${bundle}`, import.meta.url).href);

async function textOf(file) {
  return (await htmlToBlocks(readFileSync(new URL(file, CORPUS), 'utf8'))).join('\n\n');
}

if (args.includes('--text')) {
  console.log(await textOf(opt('--text')));
  process.exit(0);
}

const index = JSON.parse(readFileSync(new URL('index.json', CORPUS), 'utf8'));
const only = args.includes('--pages') ? new Set(opt('--pages').split(',')) : undefined;
const pages = index.pages.filter((p) => p.language === 'en' && (!only || only.has(p.file)));

// Words that are capitalized for grammar or the calendar, not because they name something.
const STOP = new Set(
  `a an the this that these those there their they them then than he she his her hers him it its we our you your i me my
  mr mrs ms dr sir but and or if in on at of for to by as is was are be been with from into after before while when where why
  how what who which not no yes so also still just more most many some all any each every both other such only even now here
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september
  october november december today yesterday tomorrow read more share comment comments photo image video advertisement
  related story stories click subscribe sign getty images reuters ap afp follow us new one two three first last
  however meanwhile although though because since until during according said says one its it's let`.split(/\s+/),
);
const JOIN = new Set(['of', 'the', 'and', 'for', 'de', 'del', 'da', 'do', 'van', 'von', 'der', 'al', 'el', 'bin', 'la', 'le', 'du', 'y', '&']);

/** Capitalized name phrases of one text with their offsets. */
function phrases(text) {
  const out = [];
  const tokenRe = /[\p{L}\p{N}][\p{L}\p{N}'’.\-+]*|&/gu;
  const tokens = [...text.matchAll(tokenRe)].map((m) => ({ word: m[0].replace(/[.'’]+$/, (s) => (/^(?:[A-Z]\.)+$/.test(m[0]) ? s : '')), start: m.index }));
  const isCap = (w) => /^\p{Lu}/u.test(w) && !/^\p{Lu}$/u.test(w);
  let i = 0;
  while (i < tokens.length) {
    if (!isCap(tokens[i].word)) { i++; continue; }
    let j = i + 1;
    let end = i;
    while (j < tokens.length) {
      const gap = text.slice(tokens[j - 1].start + tokens[j - 1].word.length, tokens[j].start);
      if (!/^[ \u00a0]$/.test(gap) && !(gap === '-' )) break;
      if (isCap(tokens[j].word)) { end = j; j++; continue; }
      if (JOIN.has(tokens[j].word.toLowerCase()) && j + 1 < tokens.length && isCap(tokens[j + 1].word)) { j++; continue; }
      break;
    }
    // Trim leading stop words ("The", "But Senator ..."), keep the rest.
    let s = i;
    while (s <= end && STOP.has(tokens[s].word.toLowerCase())) s++;
    if (s <= end) {
      const start = tokens[s].start;
      const stop = tokens[end].start + tokens[end].word.length;
      const phrase = text.slice(start, stop);
      const before = text.slice(Math.max(0, start - 3), start);
      const sentenceStart = start === 0 || /(?:[.!?:"“]\s+|\n)$/.test(before) || /^\s*$/.test(text.slice(Math.max(0, start - 2), start)) && start < 2;
      const words = end - s + 1;
      const acronym = /^\p{Lu}{2,}$/u.test(phrase);
      if (!(words === 1 && sentenceStart && !acronym)) out.push({ phrase, start, end: stop });
    }
    i = end + 1;
  }
  return out;
}

const table = new Map(); // phrase -> { pages:Set, count }
let done = 0;
for (const page of pages) {
  let text;
  let mentions;
  try {
    text = await textOf(page.file);
    const { stdout } = await run(process.execPath, [cli, 'match', new URL(page.file, CORPUS).pathname, '--json'], { maxBuffer: 1 << 26 });
    mentions = JSON.parse(stdout);
  } catch (error) {
    console.error(`${page.file}: ${error.message.split('\n')[0]}`);
    continue;
  }
  done++;
  for (const p of phrases(text)) {
    // Covered when a highlight overlaps the phrase at all (a partial cover is the matcher's business).
    if (mentions.some((m) => m.start < p.end && m.end > p.start)) continue;
    const entry = table.get(p.phrase) ?? { pages: new Set(), count: 0 };
    entry.pages.add(page.file);
    entry.count++;
    table.set(p.phrase, entry);
  }
}

const rows = [...table]
  .filter(([, e]) => e.pages.size >= minPages)
  .sort((a, b) => b[1].pages.size - a[1].pages.size || b[1].count - a[1].count || a[0].localeCompare(b[0]))
  .slice(0, top);
console.log(`# ${done} English pages; uncovered capitalized phrases (pages, occurrences, phrase, first pages)`);
for (const [phrase, e] of rows) console.log(`${e.pages.size}\t${e.count}\t${phrase}\t${[...e.pages].slice(0, 3).join(',')}`);
