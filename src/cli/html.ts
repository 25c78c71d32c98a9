/** Parses HTML in node with happy-dom (no scripts, no network) and extracts its blocks. */
import { scanBlocks } from '../content/scan';

/** The article blocks of an HTML document. */
export async function htmlToBlocks(html: string): Promise<string[]> {
  // Loaded on demand: plain-text input and `show` should not pay for a DOM.
  const { Window } = await import('happy-dom');
  const window = new Window();
  try {
    // Template content is inert: no <link rel=preload> fetch, no script, no image load.
    const template = window.document.createElement('template');
    template.innerHTML = html;
    // The content script's own scanner: the CLI sees the blocks a reader's page would.
    const root = window.document.createElement('div');
    root.append(template.content);
    return scanBlocks(root as unknown as Element).map((block) => block.text);
  } finally {
    await window.happyDOM.close();
  }
}
