/**
 * Article text as blocks, the way the content script sees it: one block per
 * paragraph-like element, `<br>` breaks a block, inline elements join. Standard
 * DOM APIs only, so the lead can swap in `src/content/scan.ts` once it lands.
 * TODO [2026-12-31]: replace with the shared scan from src/content/scan.ts.
 */

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'TR', 'TABLE',
  'BLOCKQUOTE', 'SECTION', 'ARTICLE', 'HEADER', 'FOOTER', 'FIGCAPTION', 'FIGURE', 'DT', 'DD',
  'DL', 'MAIN', 'ASIDE', 'NAV', 'ADDRESS', 'CAPTION', 'DETAILS', 'SUMMARY', 'HR', 'FORM',
  'FIELDSET', 'LEGEND', 'BODY',
]);

const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'INPUT', 'TEXTAREA', 'SELECT', 'CODE', 'PRE', 'SVG',
  'MATH', 'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'HEAD', 'TITLE', 'BUTTON', 'OPTION',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isSkipped(element: Element): boolean {
  if (SKIP_TAGS.has(element.tagName.toUpperCase())) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** Collects the text blocks under `root`, whitespace collapsed, empty blocks dropped. */
export function extractBlocks(root: Node): { blocks: string[] } {
  const blocks: string[] = [];
  let pieces: string[] = [];
  const flush = () => {
    const text = pieces.join('').replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    pieces = [];
  };
  // An explicit stack: some saved pages nest thousands of elements deep.
  const stack: { node: Node; isBlock: boolean; isExit: boolean }[] = [{ node: root, isBlock: true, isExit: false }];
  while (stack.length) {
    const { node, isBlock, isExit } = stack.pop()!;
    if (isExit) {
      if (isBlock) flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      pieces.push((node as Text).data);
      continue;
    }
    if (node !== root && node.nodeType !== ELEMENT_NODE) continue;
    const element = node as Element;
    if (element !== root && isSkipped(element)) continue;
    if (node !== root && element.tagName.toUpperCase() === 'BR') {
      flush();
      continue;
    }
    const block = node === root || BLOCK_TAGS.has(element.tagName.toUpperCase());
    if (block) flush();
    stack.push({ node, isBlock: block, isExit: true });
    for (let child = node.lastChild; child; child = child.previousSibling) {
      stack.push({ node: child, isBlock: false, isExit: false });
    }
  }
  flush();
  return { blocks };
}

/** Whether text looks like HTML: a tag, doctype or comment first, after whitespace. */
export function isHtml(text: string): boolean {
  return /^\s*</.test(text);
}

/** Plain text as blocks: paragraphs separated by blank lines, lines within joined. */
export function textToBlocks(text: string): string[] {
  return text
    .split(/\r?\n[ \t]*\r?\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0);
}
