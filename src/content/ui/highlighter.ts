/**
 * Wraps mentions in `<bs-mark>` elements with mark.js and undoes it exactly:
 * every text node we split gets its original text back and every node we
 * created goes, so the page's own node references stay valid.
 *
 * mark.js is called once per slice, with the text nodes the mentions touch as its
 * contexts and offsets counted in their joined text: it reads and splits those
 * nodes and no others (not every node of the block with an exclusion check on
 * each, which was most of the page's cost of highlighting). The scan never lets a
 * mention cross an excluded subtree, and a mention's nodes are consecutive in its
 * block, so a mention spanning two nodes is two consecutive contexts.
 */
import Mark from 'mark.js/src/lib/mark.js';
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
  /** Where the node's text starts in the joined text of the slice's touched nodes (mark.js's offsets). */
  start: number;
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
  // The text nodes the mentions touch, in document order (mentions come in it), each once,
  // with where each starts in their joined text: mark.js reads a list of contexts as one string.
  const records = new Map<Text, SplitRecord>();
  let joined = 0;
  const ranges: { start: number; length: number; id: string }[] = [];
  for (const mention of mentions) {
    const block = blocks[mention.block];
    if (!block || mention.end <= mention.start || mention.end > block.text.length) continue;
    const touched = nodesTouched(block, mention.start, mention.end);
    const first = touched[0];
    if (!first || touched.some((node) => !node.parentNode)) continue;
    for (const node of touched) {
      if (records.has(node)) continue;
      records.set(node, { node, start: joined, data: node.data, parent: node.parentNode!, next: node.nextSibling, created: [] });
      joined += node.data.length;
    }
    const within = mention.start - block.nodeStarts[block.nodes.indexOf(first)]!;
    ranges.push({ start: records.get(first)!.start + within, length: mention.end - mention.start, id: mention.id });
  }

  // One mark.js call for the whole slice, whose contexts are those text nodes themselves:
  // mark.js then reads and iterates only them, not every node of the paragraphs around
  // them (less work, and less allocated in the page's heap: docs/performance.md, run 16).
  // Offsets are counted before any wrapping; mark.js keeps its own count as it splits.
  const elements: HTMLElement[] = [];
  if (ranges.length > 0) {
    new Mark([...records.keys()] as unknown as HTMLElement[]).markRanges(ranges, {
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
