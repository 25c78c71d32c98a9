/**
 * Precision audit: every highlight the built matcher makes on the English pages of
 * ../shared/corpus/news-pages (read in place), one TSV row each, with a risk class and
 * the words around it, so a person can judge a stratified sample.
 *
 *   npx esbuild tools/audit-highlights.ts --bundle --platform=node --format=esm \
 *     --external:happy-dom --outfile=.cache/audit-highlights.mjs && node .cache/audit-highlights.mjs
 *
 * Writes .cache/audit/highlights.tsv (git-ignored). The extracted blocks of each page are
 * kept in .cache/audit/blocks/ (happy-dom is the slow part), keyed by the page's sha256.
 * Risk classes, most risky first: honorific (Mr/Mrs/Ms/Dr + one word), title (another title
 * + one word), surname (one word of a person), term (lower-case words), short (≤ 3 letters),
 * single (any other one-word name), multi (several words).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadDataset } from '../src/cli/dataset';
import { inputBlocks, matchBlocks } from '../src/cli/match';
import { foldText } from '../src/shared/fold';
import { HONORIFICS, TITLES } from '../src/matcher/words';

const ROOT = process.cwd();
const CORPUS = join(ROOT, '../shared/corpus/news-pages');
const OUT = join(ROOT, '.cache/audit');
const BLOCKS = join(OUT, 'blocks');
mkdirSync(BLOCKS, { recursive: true });

interface PageInfo {
  file: string;
  language: string;
  sha256: string;
}

const index = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')) as { pages: PageInfo[] };
const data = loadDataset(process.env.BACKSTORY_DATASET ?? join(ROOT, 'dist/chrome/data'));
const only = process.argv[2];
const rows: string[] = [['page', 'start', 'risk', 'text', 'id', 'name', 'type', 'fullNameOnPage', 'before', 'after'].join('\t')];
const clean = (s: string) => s.replace(/[\t\n\r]+/g, ' ');

for (const page of index.pages) {
  if (page.language !== 'en' || (only && !page.file.includes(only))) continue;
  const cached = join(BLOCKS, `${page.sha256}.json`);
  let blocks: string[];
  if (existsSync(cached)) blocks = JSON.parse(readFileSync(cached, 'utf8')) as string[];
  else {
    blocks = await inputBlocks(readFileSync(join(CORPUS, page.file), 'utf8'));
    writeFileSync(cached, JSON.stringify(blocks));
  }
  const text = blocks.join('\n\n');
  const folded = foldText(text);
  for (const m of matchBlocks(data, blocks)) {
    const words = m.text.split(/[\s\u00a0]+/);
    const before = text.slice(Math.max(0, m.start - 90), m.start);
    const previous = foldText(before.match(/(\p{L}+)\.?\s+$/u)?.[1] ?? '');
    const isLower = m.text === m.text.toLowerCase();
    const risk =
      words.length > 1 ? (isLower ? 'term' : 'multi')
      : HONORIFICS.has(previous) ? 'honorific'
      : TITLES.has(previous) ? 'title'
      : m.type === 'person' ? 'surname'
      : isLower ? 'term'
      : m.text.replace(/\W/g, '').length <= 3 ? 'short'
      : 'single';
    const fullNameOnPage = folded.includes(foldText(m.name)) ? 'yes' : 'no';
    rows.push([page.file, String(m.start), risk, clean(m.text), m.id, m.name, m.type, fullNameOnPage, clean(before), clean(text.slice(m.end, m.end + 90))].join('\t'));
  }
}
writeFileSync(join(OUT, only ? `highlights-${only}.tsv` : 'highlights.tsv'), `${rows.join('\n')}\n`);
console.log(`${rows.length - 1} highlights → ${join(OUT, only ? `highlights-${only}.tsv` : 'highlights.tsv')}`);
