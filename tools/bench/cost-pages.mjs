// Generated pages for the page-cost benchmark: plain HTML strings, seeded, so
// every run and every configuration loads byte-identical pages. Shaped like a
// long news article (a headline, a dateline, paragraphs of ~60 words, a link
// every ~20 words); the articles name known entities every ~40 words.

const FILLER = ('the of and to in a is that for on with as was by at from said it be his has an are which this have '
  + 'but were not they after its had their who been also will one more would two about first new than other over '
  + 'officials talks week year people country meeting policy economy report news leaders agreement border support '
  + 'plans market vote morning evening river garden table window quiet number letter').split(' ');

/** Names the dataset knows (people, places, organizations, terms): 48 distinct, each repeated through the text. */
export const NAMES = [
  'China', 'Taiwan', 'Xi Jinping', 'Beijing', 'Joe Biden', 'Antony Blinken', 'John Kerry', 'Wang Yi', 'Germany', 'Berlin',
  'France', 'Paris', 'Emmanuel Macron', 'Japan', 'Tokyo', 'India', 'New Delhi', 'Narendra Modi', 'Brazil', 'Canada',
  'Ottawa', 'Mexico', 'Australia', 'Italy', 'Rome', 'Spain', 'Madrid', 'Poland', 'Ukraine', 'Kyiv', 'Russia', 'Moscow',
  'Vladimir Putin', 'Turkey', 'Egypt', 'Cairo', 'Nigeria', 'Kenya', 'Nairobi', 'South Africa', 'Indonesia', 'Jakarta',
  'Vietnam', 'Hanoi', 'United Nations', 'Reuters', 'climate change', 'inflation',
];

const WORDS_PER_PARAGRAPH = 60;
const WORDS_PER_LINK = 20;
const WORDS_PER_NAME = 40;

/** mulberry32: a small seeded generator, the same numbers on every machine. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An article page of `words` words; with `names`, one name every ~40 words, cycling so each appears. */
export function articleHtml({ words, names = [], seed = 1, title = 'Ministers meet for a second day of talks' }) {
  const next = random(seed);
  const paragraphs = [];
  let paragraph = [];
  let nameIndex = 0;
  for (let i = 1; i <= words; i++) {
    let word;
    if (names.length > 0 && i % WORDS_PER_NAME === 0) word = names[nameIndex++ % names.length];
    else word = FILLER[Math.floor(next() * FILLER.length)];
    paragraph.push(i % WORDS_PER_LINK === 0 ? `<a href="#p${i}">${word}</a>` : word);
    if (i % WORDS_PER_PARAGRAPH === 0 || i === words) {
      paragraphs.push(`<p>${paragraph.join(' ')}.</p>`);
      paragraph = [];
    }
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:type" content="article">
<style>body{font:18px/1.6 Georgia,serif;max-width:42em;margin:2em auto;padding:0 1em}nav{font:14px sans-serif}</style>
</head><body>
<nav><a href="#">Home</a> · <a href="#">World</a> · <a href="#">Business</a></nav>
<article><h1>${title}</h1><p class="byline">By a staff writer · <time datetime="2023-07-19">19 July 2023</time></p>
${paragraphs.join('\n')}
</article>
<footer>© The Example Times</footer>
</body></html>`;
}

/** The benchmark's generated pages, by name. */
export function generatedPages() {
  return {
    'no-match-2k': articleHtml({ words: 2_000, seed: 2 }),
    'article-10k': articleHtml({ words: 10_000, names: NAMES, seed: 10 }),
    'article-50k': articleHtml({ words: 50_000, names: NAMES, seed: 50 }),
  };
}
