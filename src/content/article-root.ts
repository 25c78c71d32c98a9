/** Finds the element that holds the article's main text. */

const CANDIDATES = ['[itemprop="articleBody"]', 'article', '[role="main"]', 'main'];

function textLength(element: Element): number {
  return element.textContent?.length ?? 0;
}

/** The article's container: the largest marked-up article, else main, else the body. */
export function findArticleRoot(doc: Document): Element | null {
  for (const selector of CANDIDATES) {
    const found = Array.from(doc.querySelectorAll(selector));
    if (found.length === 0) continue;
    return found.reduce((best, el) => (textLength(el) > textLength(best) ? el : best));
  }
  return doc.body;
}
