/** Parses HTML in node with happy-dom (no scripts, no network) and extracts its blocks. */
import { extractBlocks } from './extract';

/** The article blocks of an HTML document. */
export async function htmlToBlocks(html: string): Promise<string[]> {
  // Loaded on demand: plain-text input and `show` should not pay for a DOM.
  const { Window } = await import('happy-dom');
  const window = new Window();
  try {
    const parser = new window.DOMParser();
    const document = parser.parseFromString(html, 'text/html');
    const body = document.body ?? document.documentElement;
    return extractBlocks(body as unknown as Element).blocks;
  } finally {
    await window.happyDOM.close();
  }
}
