/**
 * Wraps mentions in `<bs-mark>` elements with mark.js, one call per block
 * context (a whole-page call rescans every node per range), and undoes it
 * exactly: every text node we split gets its original text back and every node
 * we created goes, so the page's own node references stay valid.
 */
import Mark from 'mark.js';
import type { EntityBrief, PageMention } from '../../shared/messages';
import { ENTITY_ATTR, HIGHLIGHT_CLASS, HIGHLIGHT_TAG, KIND_ATTR } from '../page-names';
import { MARK_EXCLUDE, type TextBlock } from '../scan';

// mark.js calls matches() once per selector for every text node of a context;
// one selector list makes that one call (15.7 ms → see docs/performance.md).
const MARK_EXCLUDE_LIST = [MARK_EXCLUDE.join(',')];

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

function nodesTouched(block: TextBlock, start: number, end: number): Text[] {
  const touched: Text[] = [];
  block.nodes.forEach((node, i) => {
    const from = block.nodeStarts[i]!;
    const to = from + node.data.length;
    if (from < end && to > start) touched.push(node);
  });
  return touched;
}

/** Wraps the given mentions; `blocks[m.block]` must be the scan the mentions came from. */
export function highlight(blocks: readonly TextBlock[], mentions: readonly PageMention[], entities: Record<string, EntityBrief>): Highlights {
  const records = new Map<Text, SplitRecord>();
  const byContext = new Map<Element, { start: number; length: number; id: string }[]>();
  for (const mention of mentions) {
    const block = blocks[mention.block];
    if (!block || mention.end <= mention.start || mention.end > block.text.length) continue;
    for (const node of nodesTouched(block, mention.start, mention.end)) {
      if (!records.has(node) && node.parentNode) {
        records.set(node, { node, data: node.data, parent: node.parentNode, next: node.nextSibling, created: [] });
      }
    }
    const ranges = byContext.get(block.context) ?? [];
    ranges.push({ start: block.contextOffset + mention.start, length: mention.end - mention.start, id: mention.id });
    byContext.set(block.context, ranges);
  }

  const elements: HTMLElement[] = [];
  for (const [context, ranges] of byContext) {
    new Mark(context as HTMLElement).markRanges(ranges, {
      element: HIGHLIGHT_TAG,
      className: HIGHLIGHT_CLASS,
      exclude: MARK_EXCLUDE_LIST,
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
