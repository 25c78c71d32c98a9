/**
 * The first look's text: what a page sends before anything else, so the background
 * can say whether anything on it could match. Read natively (`textContent` and
 * `Range.toString`), so it costs the page less than a walk of its text nodes. The
 * text of scripts, styles and templates in the body is left out, because a page's
 * inline code (a router, a JSON blob) names things its reader never sees and would
 * make every look say "yes".
 *
 * The look must never say "no" where the scan would find a name, and the scan reads
 * only text outside those elements: the text here is exactly the body's text nodes
 * outside them, in order (each range runs from the end of one left-out element to
 * the start of the next).
 */

const NOT_READ = 'script, style, noscript, template';
/** A page whose text is still growing is looked at again at most this often. */
export const RELOOK_MS = 2000;

/** The body's text without the text of its scripts, styles and templates. */
export function bodyText(body: HTMLElement): string {
  const skipped = body.querySelectorAll(NOT_READ);
  if (skipped.length === 0) return body.textContent ?? '';
  const range = body.ownerDocument.createRange();
  range.setStart(body, 0);
  const parts: string[] = [];
  let last: Element | undefined;
  for (const element of Array.from(skipped)) {
    if (last?.contains(element)) continue; // left out with its container
    range.setEndBefore(element);
    parts.push(range.toString());
    range.setStartAfter(element);
    last = element;
  }
  range.setEnd(body, body.childNodes.length);
  parts.push(range.toString());
  return parts.join('');
}

/**
 * After a "no", text the page adds later (a live blog, an article rendered after load)
 * is looked at in its turn: `onText` gets the text of the elements added, at most once
 * every RELOOK_MS. Returns the stop function.
 */
export function watchAddedText(body: HTMLElement, onText: (text: string) => void): () => void {
  let added: Node[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const text = added
      .filter((node) => node.isConnected && !(node.nodeType === 1 && (node as Element).matches(NOT_READ)))
      .map((node) => node.textContent ?? '')
      .join('\n');
    added = [];
    if (text.trim() !== '') onText(text);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) added.push(...Array.from(record.addedNodes));
    timer ??= setTimeout(flush, RELOOK_MS);
  });
  observer.observe(body, { childList: true, subtree: true });
  return () => {
    clearTimeout(timer);
    observer.disconnect();
    added = [];
  };
}
