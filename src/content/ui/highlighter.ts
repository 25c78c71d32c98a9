/**
 * Wraps mentions in `<bs-mark>` elements with mark.js and undoes it exactly:
 * every text node we split gets its original text back and every node we
 * created goes, so the page's own node references stay valid.
 *
 * mark.js is called once per slice, over the outermost of the smallest elements
 * holding each mention (usually the paragraphs or links they sit in), with
 * offsets counted in their joined text. It then walks a handful of text nodes
 * per mention, not every node of the block with an exclusion check on each (that
 * check, with the descendant selectors it needs, was most of the page's cost of
 * highlighting). The scan never lets a mention cross an excluded subtree, so
 * inside those elements there is nothing to exclude.
 */
import Mark from 'mark.js';
import type { EntityBrief, PageMention } from '../../shared/messages';
import { ENTITY_ATTR, HIGHLIGHT_CLASS, HIGHLIGHT_TAG, KIND_ATTR } from '../page-names';
import type { TextBlock } from '../scan';

// Mentions per slice: about 1–4 ms of mark.js work on the corpus's densest pages.
const SLICE_MENTIONS = 40;

/** Slices of mentions cut only between blocks: a text node belongs to one block, so slices never split the same node. */
export function slicesByBlock(mentions: readonly PageMention[]): PageMention[][] {
  const slices: PageMention[][] = [];
  let current: PageMention[] = [];
  for (const mention of mentions) {
    const last = current[current.length - 1];
    if (current.length >= SLICE_MENTIONS && last && last.block !== mention.block) {
      slices.push(current);
      current = [];
    }
    current.push(mention);
  }
  if (current.length > 0) slices.push(current);
  return slices;
}


interface SplitRecord {
  node: Text;
  data: string;
  parent: Node;
  next: Node | null;
  created: Node[];
}

export interface Highlights {
  /** The highlight elements in document order. */
  readonly elements: HTMLElement[];
  /** Removes every highlight and restores the page's DOM exactly. */
  remove(): void;
}

/** The nearest element that contains every one of `nodes`. */
function commonElement(nodes: readonly Text[]): Element | null {
  let element = nodes[0]?.parentElement ?? null;
  while (element && !nodes.every((node) => element!.contains(node))) element = element.parentElement;
  return element;
}

/** Parents whose text mark.js never counts, whatever its options. */
const MARKJS_SKIPS = new Set(['script', 'style', 'title', 'head', 'html']);

/**
 * Where each text node starts in the joined text of `contexts`, as mark.js reads a list of
 * contexts: each one's text after the one before, text under MARKJS_SKIPS not counted.
 */
function textOffsets(contexts: readonly Element[]): Map<Text, number> {
  const offsets = new Map<Text, number>();
  let total = 0;
  for (const context of contexts) {
    const walker = context.ownerDocument.createTreeWalker(context, 4 /* NodeFilter.SHOW_TEXT */);
    for (let current = walker.nextNode() as Text | null; current; current = walker.nextNode() as Text | null) {
      if (MARKJS_SKIPS.has(current.parentElement?.localName ?? '')) continue;
      offsets.set(current, total);
      total += current.data.length;
    }
  }
  return offsets;
}

function nodesTouched(block: TextBlock, start: number, end: number): Text[] {
  const touched: Text[] = [];
  block.nodes.forEach((node, i) => {
    const from = block.nodeStarts[i]!;
    const to = from + node.data.length;
    if (from < end && to > start) touched.push(node);
  });
  return touched;
}

/** Of `elements`, those inside no other, in document order. */
function outermost(elements: Iterable<Element>): Element[] {
  const sorted = [...elements].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  const kept: Element[] = [];
  // In document order an ancestor comes first, and nothing between it and its descendant is kept.
  for (const element of sorted) if (!kept[kept.length - 1]?.contains(element)) kept.push(element);
  return kept;
}

/** Wraps the given mentions; `blocks[m.block]` must be the scan the mentions came from. */
export function highlight(blocks: readonly TextBlock[], mentions: readonly PageMention[], entities: Record<string, EntityBrief>): Highlights {
  const records = new Map<Text, SplitRecord>();
  const planned: { context: Element; first: Text; offset: number; length: number; id: string }[] = [];
  for (const mention of mentions) {
    const block = blocks[mention.block];
    if (!block || mention.end <= mention.start || mention.end > block.text.length) continue;
    const touched = nodesTouched(block, mention.start, mention.end);
    const context = commonElement(touched);
    if (!context) continue;
    for (const node of touched) {
      if (!records.has(node) && node.parentNode) {
        records.set(node, { node, data: node.data, parent: node.parentNode, next: node.nextSibling, created: [] });
      }
    }
    const first = touched[0]!;
    planned.push({ context, first, offset: mention.start - block.nodeStarts[block.nodes.indexOf(first)]!, length: mention.end - mention.start, id: mention.id });
  }

  // One mark.js call for the whole slice, over the outermost of the mentions' contexts: mark.js
  // reads a context list's text as one string, each context's text after the one before. One
  // instance, one options object and one text map instead of one per mention: a quarter less
  // allocated in the page's heap on the 10,000-word bench article (docs/performance.md).
  const contexts = outermost(new Set(planned.map((p) => p.context)));
  const offsets = textOffsets(contexts);
  // Offsets are counted before any wrapping; wrapping never changes an element's text, so they hold.
  const ranges = planned.map(({ first, offset, length, id }) => ({ start: offsets.get(first)! + offset, length, id }));

  const elements: HTMLElement[] = [];
  if (ranges.length > 0) {
    new Mark(contexts as unknown as HTMLElement[]).markRanges(ranges, {
      element: HIGHLIGHT_TAG,
      className: HIGHLIGHT_CLASS,
      each: (element: Element, range: unknown) => {
        const { id } = range as { id: string };
        const el = element as HTMLElement;
        el.removeAttribute('data-markjs');
        el.setAttribute(ENTITY_ATTR, id);
        const brief = entities[id];
        if (brief) el.setAttribute(KIND_ATTR, brief.kind);
        elements.push(el);
      },
    } as Mark.MarkRangesOptions);
  }

  for (const record of records.values()) {
    for (let sibling = record.node.nextSibling; sibling && sibling !== record.next; sibling = sibling.nextSibling) {
      record.created.push(sibling);
    }
  }
  elements.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));

  return {
    elements,
    remove() {
      for (const record of records.values()) {
        for (const node of record.created) node.parentNode?.removeChild(node);
        record.node.data = record.data;
      }
      // Highlights the page moved elsewhere since: unwrap in place.
      for (const el of elements) {
        if (el.isConnected) el.replaceWith(...Array.from(el.childNodes));
      }
      records.clear();
      elements.length = 0;
    },
  };
}
