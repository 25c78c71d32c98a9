/**
 * Wraps mentions in `<bs-mark>` elements with mark.js and undoes it exactly:
 * every text node we split gets its original text back and every node we
 * created goes, so the page's own node references stay valid.
 *
 * mark.js is called once per block, with the block's text nodes the mentions
 * touch, and its text map is made from those nodes directly (`TextNodesMark`):
 * mark.js then splits and wraps them and reads no other node. Left to itself it
 * would walk every context with a NodeIterator and a selector filter per node,
 * compare every context with every other (quadratic in contexts), and rebuild
 * its joined text once per range wrapped (quadratic in the slice's text): on a
 * 10,000-word article that was most of what wrapping cost the page, and most of
 * what it allocated (docs/performance.md, stop 53). The scan never lets a
 * mention cross an excluded subtree, and a mention's nodes are consecutive in
 * its block, so a mention spanning two nodes is two consecutive contexts.
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

/** mark.js's text map (its `getTextNodes` result): the joined text and where each node sits in it. */
interface TextMap {
  value: string;
  nodes: { start: number; end: number; node: Text }[];
}

/**
 * mark.js over text nodes given in document order, each with where it starts in their
 * joined text. `getTextNodes` is the protected step every mark.js call starts from; this
 * one builds the map from those nodes, so no NodeIterator, exclusion filter or context
 * comparison runs.
 */
class TextNodesMark extends Mark {
  constructor(private readonly starts: ReadonlyMap<Text, number>) {
    super([...starts.keys()] as unknown as HTMLElement[]);
  }

  getTextNodes(callback: (map: TextMap) => void): void {
    const nodes: TextMap['nodes'] = [];
    let value = '';
    for (const [node, start] of this.starts) {
      nodes.push({ start, end: start + node.data.length, node });
      value += node.data;
    }
    callback({ value, nodes });
  }
}

/** Wraps the given mentions; `blocks[m.block]` must be the scan the mentions came from. */
export function highlight(blocks: readonly TextBlock[], mentions: readonly PageMention[], entities: Record<string, EntityBrief>): Highlights {
  const records = new Map<Text, SplitRecord>();
  const elements: HTMLElement[] = [];
  const options: Mark.MarkRangesOptions = {
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
  };
  // One block's touched text nodes in document order, each once, with where each starts in
  // their joined text (mark.js's offsets), and the block's ranges in those offsets.
  let starts = new Map<Text, number>();
  let ranges: { start: number; length: number; id: string }[] = [];
  let joined = 0;
  let currentBlock = -1;
  const wrap = () => {
    // Offsets are counted before any wrapping; mark.js keeps its own count as it splits.
    if (ranges.length > 0) new TextNodesMark(starts).markRanges(ranges, options);
    starts = new Map();
    ranges = [];
    joined = 0;
  };
  // Grouped by block, in order: a block's nodes must be split by one mark.js call.
  const ordered = [...mentions].sort((a, b) => a.block - b.block || a.start - b.start);
  for (const mention of ordered) {
    const block = blocks[mention.block];
    if (!block || mention.end <= mention.start || mention.end > block.text.length) continue;
    const touched = nodesTouched(block, mention.start, mention.end);
    const first = touched[0];
    if (!first || touched.some((node) => !node.parentNode)) continue;
    if (mention.block !== currentBlock) {
      wrap();
      currentBlock = mention.block;
    }
    for (const node of touched) {
      if (starts.has(node)) continue; // a node belongs to one block, so it is new to the records too
      starts.set(node, joined);
      joined += node.data.length;
      records.set(node, { node, data: node.data, parent: node.parentNode!, next: node.nextSibling, created: [] });
    }
    const within = mention.start - block.nodeStarts[block.nodes.indexOf(first)]!;
    ranges.push({ start: starts.get(first)! + within, length: mention.end - mention.start, id: mention.id });
  }
  wrap();

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
