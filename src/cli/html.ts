/** Parses HTML in node with happy-dom (no scripts, no network) and extracts the article's blocks. */
import { articleText, findArticleRoots } from '../content/article-root';
import { scanBlocks } from '../content/scan';

/**
 * The article blocks of an HTML document, found exactly as the content script
 * finds them. A page that is not an article is read whole, as when a reader
 * turns Backstory on for its site: the CLI is asked about this file on purpose.
 */
export async function htmlToBlocks(html: string): Promise<string[]> {
  return (await htmlToArticle(html)).blocks;
}

/** The article's blocks, and its text as the content script first sends it for a quick look (`mayMatch`). */
export async function htmlToArticle(html: string): Promise<{ blocks: string[]; text: string }> {
  // Loaded on demand: plain-text input and `show` should not pay for a DOM.
  const { Window } = await import('happy-dom');
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true } },
  });
  try {
    // A document made by createHTMLDocument has no browsing context: nothing it holds loads.
    const doc = window.document.implementation.createHTMLDocument();
    // happy-dom preloads <link rel=preload> even here (and throws on a bad href); links hold no article text.
    // <style> holds no article text (the content script skips it too), and one inside an inline SVG
    // left happy-dom's parser inside the SVG, so the rest of the page read as nothing (cnet, The Atlantic).
    const markup = html
      .replace(/<link\b[^>]*>/gi, '')
      .replace(/<style\b[^>]*>[\s\S]*?<\/style>/gi, '')
      .replace(/^[\s\S]*?<html[^>]*>/i, '')
      .replace(/<\/html>[\s\S]*$/i, '');
    doc.documentElement.innerHTML = markup;
    const roots = findArticleRoots(doc as unknown as Document, { isSiteOn: true });
    return {
      blocks: roots.flatMap((root) => scanBlocks(root).map((block) => block.text)),
      text: articleText(roots),
    };
  } finally {
    await window.happyDOM.close();
  }
}
