/**
 * Walks an article's DOM once and cuts its text into blocks: runs of text nodes
 * not separated by a block element or <br>. Inline markup is joined, so
 * `<a>Antony <b>Blinken</b></a>` is one text; paragraphs never run together.
 * Uses standard DOM only, so the CLI runs the very same code under happy-dom.
 */

import { OPT_OUT_ATTR_SELECTOR, POPOVER_ATTR } from './page-names';
import type { TextBlock } from './text-block';

export { isIntact, type TextBlock } from './text-block';

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

// Where a block can end: everything the walk closes a block at.
const SPLITTERS = [EXCLUDED_SELECTOR, ...BLOCK_TAGS, 'br'].join(',');

/**
 * A block that is one element's whole text, read natively (`textContent`). Its text
 * nodes are found only when asked for, which is when a mention in it is wrapped: an
 * article's other paragraphs never have their nodes touched from script, so the page's
 * heap gets no wrapper object for them. Found later, the nodes are the element's text
 * nodes at that time; `isIntact` says whether they still spell `text`.
 */
class ElementBlock implements TextBlock {
  private found: { nodes: Text[]; nodeStarts: number[] } | undefined;

  constructor(
    readonly text: string,
    private readonly element: Element,
  ) {}

  get nodes(): Text[] {
    return this.find().nodes;
  }

  get nodeStarts(): number[] {
    return this.find().nodeStarts;
  }

  private find(): { nodes: Text[]; nodeStarts: number[] } {
    if (this.found) return this.found;
    const nodes: Text[] = [];
    const nodeStarts: number[] = [];
    let length = 0;
    const walker = this.element.ownerDocument.createTreeWalker(this.element, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
      const size = node.data.length;
      if (size === 0) continue;
      nodeStarts.push(length);
      nodes.push(node);
      length += size;
    }
    return (this.found = { nodes, nodeStarts });
  }
}

/**
 * A table of more rows than this, with no prose inside, is reference data (a directory of
 * MPs and their email addresses, a league table, results by constituency): its names are
 * left plain. Readers who annotated such a table on a saved page marked none of its 360
 * rows. A table laid out around an article holds paragraphs or headings: it is read.
 */
export const DATA_TABLE_ROWS = 12;
const PROSE_INSIDE = 'p, h1, h2, h3, h4, blockquote, ul, ol, article, table table';

/** Whether a table is reference data rather than layout (see DATA_TABLE_ROWS). */
function isDataTable(table: Element): boolean {
  return table.querySelectorAll('tr').length > DATA_TABLE_ROWS && table.querySelector(PROSE_INSIDE) === null;
}

/** The data tables under `root` (see DATA_TABLE_ROWS): one query, and a row count per table. */
export function dataTablesIn(root: Element): Element[] {
  return Array.from(root.querySelectorAll('table')).filter(isDataTable);
}

/** Whether an element lies inside (or is) a subtree Backstory must leave alone. */
export function isInsideExcluded(element: Element): boolean {
  return element.closest(EXCLUDED_SELECTOR) !== null;
}

/** Whether an element lies inside (or is) a data table (see DATA_TABLE_ROWS). */
export function isInsideDataTable(element: Element): boolean {
  const table = element.closest('table');
  return table !== null && isDataTable(table);
}

/** A block holds text worth matching: at least one letter or digit. */
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Cuts the text under `root` into blocks. This runs on every article page, cold
 * (interpreted): per node it does the least it can. Elements excluded by an
 * attribute are found once by the browser (one selector query for the subtree),
 * not asked of each element; no object is made until a block closes, and names
 * are compared as the DOM gives them.
 *
 * Most of an article is paragraphs holding nothing a block could end at (no block
 * element, <br> or excluded subtree inside): the browser finds those that hold one
 * (one selector query), and every other block element is read whole, natively, as
 * one `ElementBlock`, without visiting its nodes. The blocks are the same either way.
 */
export function scanBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  if (isInsideExcluded(root) || isInsideDataTable(root)) return blocks;
  // Elements with something inside that ends a block: they are walked; the rest are read whole.
  const splitters = root.querySelectorAll(SPLITTERS);
  if (splitters.length === 0) {
    const whole = root.textContent ?? '';
    if (HAS_WORD.test(whole)) blocks.push(new ElementBlock(whole, root));
    return blocks;
  }
  const excluded = new Set<Element>(root.querySelectorAll(EXCLUDED_BY_ATTRIBUTE));
  for (const table of dataTablesIn(root)) excluded.add(table);
  const holdsSplitter = new Set<Element>();
  for (const splitter of Array.from(splitters)) {
    for (let up = splitter.parentElement; up !== null && up !== root && !holdsSplitter.has(up); up = up.parentElement) {
      holdsSplitter.add(up);
    }
  }
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
          if (holdsSplitter.has(child as Element)) {
            walk(child);
            close();
          } else {
            const whole = (child as Element).textContent ?? '';
            if (HAS_WORD.test(whole)) blocks.push(new ElementBlock(whole, child as Element));
          }
        } else walk(child);
      }
    }
  };
  walk(root);
  close();
  return blocks;
}
