/**
 * Finds where the article's text lives, so navigation, rails, comments and
 * footers around it are never highlighted. A page that does not say it is an
 * article gets nothing, unless the reader turned Backstory on for the site.
 */
import { isInsideExcluded } from './scan';

/** schema.org types that mean "this page is one article" (NewsArticle, BlogPosting, ReportageNewsArticle…). */
const ARTICLE_TYPE = /(^|[/:])(\w*Article|BlogPosting|Report)$/;
/** A paragraph shorter than this is a caption, a byline or a link label, not body text. */
const MIN_PARAGRAPH_CHARS = 40;
/** A container with less paragraph text than this is not where an article lives. */
const MIN_DENSE_CHARS = 200;
/**
 * Pages that do not declare themselves articles (no JSON-LD, og:type or
 * <article>; DW and MSN among the corpus pages) are still read as one when they
 * hold long paragraphs: each paragraph of more than LONG_PARAGRAPH_CHARS adds the
 * square root of its excess, and a page scoring over PROSE_SCORE is an article.
 * The same measure reader modes use to offer themselves (Firefox's "probably
 * readerable"): a front page of teasers and link lists stays well under it.
 */
const LONG_PARAGRAPH_CHARS = 140;
const PROSE_SCORE = 20;

export interface RootOptions {
  /** The reader turned Backstory on for this site: run even when the page is not an article. */
  isSiteOn: boolean;
}

function typesOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(typesOf);
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const own = record['@type'];
  const types = typeof own === 'string' ? [own] : Array.isArray(own) ? own.filter((t): t is string => typeof t === 'string') : [];
  return [...types, ...typesOf(record['@graph'])];
}

function hasArticleJsonLd(doc: Document): boolean {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      if (typesOf(JSON.parse(script.textContent ?? '')).some((type) => ARTICLE_TYPE.test(type))) return true;
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return false;
}

/** Node.DOCUMENT_POSITION_FOLLOWING, spelled out: the CLI runs this without a global `Node`. */
const DOCUMENT_POSITION_FOLLOWING = 4;

/** Whether the page's body reads as running prose (see PROSE_SCORE). */
function isMostlyProse(doc: Document): boolean {
  let score = 0;
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const excess = (p.textContent?.trim().length ?? 0) - LONG_PARAGRAPH_CHARS;
    if (excess <= 0 || isInsideExcluded(p)) continue;
    score += Math.sqrt(excess);
    if (score > PROSE_SCORE) return true;
  }
  return false;
}

/**
 * Whether the page is an article: it says so (JSON-LD, Open Graph, or article
 * markup), or it declares no Open Graph type and its body is long prose. A page
 * whose publisher gives another type (og:type "website": a front page) is taken
 * at its word.
 */
export function isArticlePage(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  return (
    ogType === 'article' ||
    doc.querySelector('[itemprop="articleBody"], article') !== null ||
    hasArticleJsonLd(doc) ||
    (ogType === undefined && isMostlyProse(doc))
  );
}

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

function largest(elements: Element[]): Element | undefined {
  const usable = elements.filter((el) => !isInsideExcluded(el));
  return usable.length === 0 ? undefined : usable.reduce((best, el) => (textLength(el) > textLength(best) ? el : best));
}

/** Paragraph text per element: each paragraph of body length counts for its parent. */
function paragraphScores(doc: Document): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const p of Array.from(doc.querySelectorAll('p'))) {
    const length = p.textContent?.trim().length ?? 0;
    const parent = p.parentElement;
    if (length < MIN_PARAGRAPH_CHARS || !parent || isInsideExcluded(p)) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
  }
  return scores;
}

function densest(scores: ReadonlyMap<Element, number>): Element | undefined {
  let best: Element | undefined;
  let bestScore = MIN_DENSE_CHARS - 1;
  for (const [element, score] of scores) {
    if (score > bestScore) [best, bestScore] = [element, score];
  }
  return best;
}

/** The element whose own paragraphs hold the most text (what reader modes look for). */
export function densestBlock(doc: Document): Element | undefined {
  return densest(paragraphScores(doc));
}

function inDocumentOrder(elements: Element[]): Element[] {
  return elements.sort((a, b) => (a.compareDocumentPosition(b) & DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/**
 * The densest block and the other parts of the same body: elements of its tag and
 * class that hold body paragraphs of their own, in document order. Politico cuts a
 * story into several `div.story-text` between its ads; reading only the largest
 * missed the paragraphs that name the story's subject in full. A block without a
 * class has no signature to share, so it stands alone.
 */
function bodyParts(doc: Document): Element[] {
  const scores = paragraphScores(doc);
  const best = densest(scores);
  if (!best) return [];
  if (!best.className.trim()) return [best];
  const parts = [...scores.keys()].filter(
    (el) => el === best || (el.tagName === best.tagName && el.className === best.className && !el.contains(best) && !best.contains(el)),
  );
  return inDocumentOrder(parts.filter((el) => !parts.some((other) => other !== el && other.contains(el))));
}

/** The article's body: the element the page marks as its body or article, else the densest block and its other parts. */
function mainContent(doc: Document): Element[] {
  const marked = largest(Array.from(doc.querySelectorAll('[itemprop="articleBody"]'))) ?? largest(Array.from(doc.querySelectorAll('article')));
  return marked ? [marked] : bodyParts(doc);
}

/** The headline, when the page keeps it outside the article body (common with articleBody). */
function headlineOutside(doc: Document, roots: readonly Element[]): Element | undefined {
  const h1 = Array.from(doc.querySelectorAll('h1')).find((el) => !isInsideExcluded(el));
  if (!h1 || roots.some((root) => root.contains(h1) || h1.contains(root))) return undefined;
  return h1;
}

/** The article's text as one string, joined by the browser: what the quick look (`mayMatch`) reads. */
export function articleText(roots: readonly Element[]): string {
  return roots.map((root) => root.textContent ?? '').join('\n');
}

/**
 * The elements to scan, in document order: the article body plus its headline
 * when that sits outside it. Empty when Backstory should leave the page alone.
 */
export function findArticleRoots(doc: Document, { isSiteOn }: RootOptions): Element[] {
  const isArticle = isArticlePage(doc);
  if (!isArticle && !isSiteOn) return [];
  const body = mainContent(doc);
  const roots = body.length > 0 ? body : isSiteOn ? [doc.body] : [];
  if (roots.length === 0) return [];
  const headline = headlineOutside(doc, roots);
  return headline ? inDocumentOrder([headline, ...roots]) : roots;
}
