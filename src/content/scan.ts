/**
 * Walks an article's DOM once and cuts its text into blocks: runs of text nodes
 * not separated by a block element or <br>. Inline markup is joined, so
 * `<a>Antony <b>Blinken</b></a>` is one text; paragraphs never run together.
 * Uses standard DOM only, so the CLI runs the very same code under happy-dom.
 */

import { OPT_OUT_ATTR_SELECTOR, POPOVER_ATTR } from './page-names';

/**
 * Subtrees Backstory never reads or touches: form fields, editors, code, media,
 * its own UI, the site's opt-out, and the furniture around an article
 * (navigation, rails, comments, ads, footers), even when it sits inside one.
 */
export const EXCLUDED_ROOTS = [
  'script', 'style', 'noscript', 'template', 'title', 'head',
  'textarea', 'input', 'select', 'option', 'button',
  'code', 'pre', 'kbd', 'samp', 'var',
  'svg', 'math', 'iframe', 'canvas', 'video', 'audio', 'object', 'embed',
  '[contenteditable]', '[role="textbox"]', OPT_OUT_ATTR_SELECTOR, `[${POPOVER_ATTR}]`,
  'nav', 'aside', 'footer', '[role="navigation"]', '[role="complementary"]', '[role="contentinfo"]',
  '#comments', '.comments', '[itemprop="comment"]', '.ad', '.advert', '.advertisement', '[data-ad-slot]',
] as const;

const EXCLUDED_SELECTOR = EXCLUDED_ROOTS.join(',');

// Element names compared by localName (lower case for HTML): no string is made per element.
const SKIP_TAGS = new Set<string>(EXCLUDED_ROOTS.filter((s) => /^[a-z]+$/.test(s)));
const EXCLUDED_BY_ATTRIBUTE = EXCLUDED_ROOTS.filter((s) => !/^[a-z]+$/.test(s)).join(',');

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'li', 'main', 'menu', 'nav', 'ol', 'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'img', 'picture', 'legend', 'label',
]);

export interface TextBlock {
  text: string;
  /** The text nodes of this block, with each one's offset into `text`. */
  nodes: Text[];
  nodeStarts: number[];
}

/** Whether an element lies inside (or is) a subtree Backstory must leave alone. */
export function isInsideExcluded(element: Element): boolean {
  return element.closest(EXCLUDED_SELECTOR) !== null;
}

/** A block holds text worth matching: at least one letter or digit. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Cuts the text under `root` into blocks. This runs on every article page, cold
 * (interpreted): per node it does the least it can. Elements excluded by an
 * attribute are found once by the browser (one selector query for the subtree),
 * not asked of each element; no object is made until a block closes, and names
 * are compared as the DOM gives them.
 */
export function scanBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  if (isInsideExcluded(root)) return blocks;
  const excluded = new Set<Element>(root.querySelectorAll(EXCLUDED_BY_ATTRIBUTE));
  let text = '';
  let nodes: Text[] = [];
  let nodeStarts: number[] = [];

  const close = () => {
    if (nodes.length === 0) return;
    if (HAS_WORD.test(text)) blocks.push({ text, nodes, nodeStarts });
    text = '';
    nodes = [];
    nodeStarts = [];
  };

  const walk = (parent: Node): void => {
    for (let child = parent.firstChild; child !== null; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) {
        const data = (child as Text).data;
        if (data.length > 0) {
          nodeStarts.push(text.length);
          nodes.push(child as Text);
          text += data;
        }
      } else if (type === 1) {
        const name = (child as Element).localName;
        // A match never spans an excluded subtree or a <br>: the block ends there.
        if (SKIP_TAGS.has(name) || name === 'br' || (excluded.size > 0 && excluded.has(child as Element))) close();
        else if (BLOCK_TAGS.has(name)) {
          close();
          walk(child);
          close();
        } else walk(child);
      }
    }
  };
  walk(root);
  close();
  return blocks;
}
