/**
 * Articles that arrive in pieces (lazy paragraphs, "read more" expanders,
 * live blogs): watches the article roots and reports the elements added
 * there, once per burst, never our own highlights.
 */
import { HIGHLIGHT_TAG } from './page-names';
import { isInsideExcluded } from './scan';

// Content arrives in bursts (a framework renders a list node by node): one
// scan per burst, and late enough that the page has finished its own work.
export const SETTLE_DELAY_MS = 400;

export interface LateContentWatcher {
  /** Stops reporting while we change the DOM ourselves; `resume()` drops what we caused. */
  pause(): void;
  resume(): void;
  disconnect(): void;
}

function addedElements(records: MutationRecord[], roots: readonly Element[]): Element[] {
  const found = new Set<Element>();
  for (const record of records) {
    for (const node of Array.from(record.addedNodes)) {
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      if (!element?.isConnected || !roots.some((root) => root.contains(element))) continue;
      // Text that lands next to our highlights would be scanned twice: leave it.
      if (element.closest(HIGHLIGHT_TAG) || element.querySelector(HIGHLIGHT_TAG) || isInsideExcluded(element)) continue;
      found.add(element);
    }
  }
  // Keep only the outermost: scanning a parent covers its children.
  return [...found].filter((el) => ![...found].some((other) => other !== el && other.contains(el)));
}

/** Calls `onAdded` with the outermost elements added under `roots`, debounced. */
export function watchLateContent(roots: readonly Element[], onAdded: (elements: Element[]) => void): LateContentWatcher {
  let pending: MutationRecord[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const elements = addedElements(pending, roots);
    pending = [];
    if (elements.length > 0) onAdded(elements);
  };
  const observer = new MutationObserver((records) => {
    pending.push(...records);
    clearTimeout(timer);
    timer = setTimeout(flush, SETTLE_DELAY_MS);
  });
  const observe = () => roots.forEach((root) => observer.observe(root, { childList: true, subtree: true }));
  observe();
  return {
    pause() {
      pending.push(...observer.takeRecords());
      observer.disconnect();
    },
    resume() {
      observer.takeRecords();
      observe();
    },
    disconnect() {
      clearTimeout(timer);
      observer.disconnect();
      pending = [];
    },
  };
}
