/** Parses HTML in node with happy-dom (no scripts, no network) and extracts its blocks. */
import { extractBlocks } from './extract';

/** The article blocks of an HTML document. */
export async function htmlToBlocks(html: string): Promise<string[]> {
  // Loaded on demand: plain-text input and `show` should not pay for a DOM.
  const { Window } = await import('happy-dom');
  const window = new Window();
  try {
    // Template content is inert: no <link rel=preload> fetch, no script, no image load.
    const template = window.document.createElement('template');
    template.innerHTML = html;
    return extractBlocks(template.content as unknown as Node).blocks;
  } finally {
    await window.happyDOM.close();
  }
}
