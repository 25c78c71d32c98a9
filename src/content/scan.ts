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

/**
 * The same rule as a mark.js `exclude` list. mark.js checks only a text node's
 * parent, so each root is listed with its descendants (`S *`); offsets we compute
 * and offsets mark.js computes then agree node for node.
 */
export const MARK_EXCLUDE: string[] = EXCLUDED_ROOTS.flatMap((s) => [s, `${s} *`]);
const EXCLUDED_SELECTOR = EXCLUDED_ROOTS.join(',');

const SKIP_TAGS = new Set(
  EXCLUDED_ROOTS.filter((s) => /^[a-z]+$/.test(s)).map((s) => s.toUpperCase()),
);
const EXCLUDED_BY_ATTRIBUTE = EXCLUDED_ROOTS.filter((s) => !/^[a-z]+$/.test(s)).join(',');

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR',
  'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
  'IMG', 'PICTURE', 'LEGEND', 'LABEL',
]);

export interface TextBlock {
  /** Nearest block element: the context mark.js wraps this block's mentions in. */
  context: Element;
  text: string;
  /** Offset of this block's first character in the context's text as mark.js sees it. */
  contextOffset: number;
  /** The text nodes of this block, with each one's offset into `text`. */
  nodes: Text[];
  nodeStarts: number[];
}

/** Whether an element starts a subtree Backstory must leave alone. */
export function isExcludedRoot(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  return element.attributes.length > 0 && element.matches(EXCLUDED_BY_ATTRIBUTE);
}

/** Whether an element lies inside (or is) a subtree Backstory must leave alone. */
export function isInsideExcluded(element: Element): boolean {
  return element.closest(EXCLUDED_SELECTOR) !== null;
}

/** Cuts the text under `root` into blocks. */
export function scanBlocks(root: Element): TextBlock[] {
  const blocks: TextBlock[] = [];
  if (isInsideExcluded(root)) return blocks;
  const contextStarts = new Map<Element, number>([[root, 0]]);
  let offset = 0;
  let current: TextBlock | undefined;

  const close = () => {
    current = undefined;
  };

  const walk = (parent: Node, context: Element) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const node = child as Text;
        const data = node.data;
        if (data.length > 0) {
          if (!current) {
            current = { context, text: '', contextOffset: offset - contextStarts.get(context)!, nodes: [], nodeStarts: [] };
            blocks.push(current);
          }
          current.nodes.push(node);
          current.nodeStarts.push(current.text.length);
          current.text += data;
          offset += data.length;
        }
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (isExcludedRoot(element)) {
          // Its text is excluded from mark.js offsets too; a match never spans it.
          close();
          continue;
        }
        const tag = element.tagName.toUpperCase();
        if (tag === 'BR') {
          close();
        } else if (BLOCK_TAGS.has(tag)) {
          close();
          contextStarts.set(element, offset);
          walk(element, element);
          close();
        } else {
          walk(element, context);
        }
      }
    }
  };
  walk(root, root);
  return blocks.filter((block) => /[\p{L}\p{N}]/u.test(block.text));
}
