/** Telling HTML from plain text, and cutting plain text into blocks (HTML goes through html.ts). */

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
