/**
 * Synthetic articles for the page benchmark, built with DOM calls (never innerHTML):
 * paragraphs of ~60 words with a link every ~20 words, and, when names are given,
 * a dataset alias every ~40 words — the shape of a long news article.
 */
import { random } from './generate';

const WORDS_PER_PARAGRAPH = 60;
const WORDS_PER_LINK = 20;
const NAME_RATE = 1 / 40;

// Lower-case filler with no dataset alias in it: a page with nothing to do.
const FILLER = ('the of and to in a is that for on with as was by at from said it be his has an are which this have '
  + 'but were not they after its had their who been also will one more would two about first new than other over '
  + 'officials talks week year people country talks meeting policy said economy report news leaders agreement '
  + 'border support plans market vote morning evening river garden table window quiet number letter').split(' ');

/** Replaces the body of `doc` with an `<article>` of `wordCount` words. */
export function fillArticle(doc: Document, wordCount: number, names: readonly string[], seed: number): void {
  const next = random(seed);
  const article = doc.createElement('article');
  let paragraph = doc.createElement('p');
  let run: string[] = [];
  const flush = () => {
    if (run.length) paragraph.append(doc.createTextNode(run.join(' ') + ' '));
    run = [];
  };
  for (let i = 0; i < wordCount; i++) {
    const isName = names.length > 0 && next() < NAME_RATE;
    const word = isName ? names[Math.floor(next() * names.length)]! : FILLER[Math.floor(next() * FILLER.length)]!;
    if (i % WORDS_PER_LINK === WORDS_PER_LINK - 1) {
      flush();
      const link = doc.createElement('a');
      link.href = '#';
      link.textContent = word;
      paragraph.append(link, doc.createTextNode(' '));
    } else run.push(word);
    if (i % WORDS_PER_PARAGRAPH === WORDS_PER_PARAGRAPH - 1) {
      run.push('end.');
      flush();
      article.append(paragraph);
      paragraph = doc.createElement('p');
    }
  }
  flush();
  if (paragraph.hasChildNodes()) article.append(paragraph);
  doc.body.replaceChildren(article);
}
