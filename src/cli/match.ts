/** `match`: mentions in a page, with offsets into the blocks joined by a blank line. */
import type { ShippedData } from './dataset';
import { isHtml, textToBlocks } from './extract';
import { htmlToBlocks } from './html';

/** What `match --json` prints for each mention. */
export interface MentionOutput {
  text: string;
  /** UTF-16 offset into the extracted blocks joined with BLOCK_SEPARATOR. */
  start: number;
  end: number;
  id: string;
  name: string;
  type: string;
}

/** Blocks are joined with a blank line, so offsets point into one plain text. */
export const BLOCK_SEPARATOR = '\n\n';

/** Extracts the blocks of an input (HTML or plain text). */
export async function inputBlocks(text: string): Promise<string[]> {
  const body = text.replace(/^\uFEFF/, '');
  return isHtml(body) ? htmlToBlocks(body) : textToBlocks(body);
}

/** Every mention (not only the first per entity: the CLI is for checking the matcher), on a page of `asOf` when given. */
export function matchBlocks(data: ShippedData, blocks: readonly string[], asOf?: string): MentionOutput[] {
  const matcher = data.matcherFor(asOf);
  const blockStart: number[] = [];
  let offset = 0;
  for (const block of blocks) {
    blockStart.push(offset);
    offset += block.length + BLOCK_SEPARATOR.length;
  }
  return matcher.find(blocks).map((m) => {
    const entity = matcher.entity(m.id)!;
    const start = blockStart[m.block]! + m.start;
    return { text: m.text, start, end: start + (m.end - m.start), id: m.id, name: entity.name, type: entity.type };
  });
}

/** A readable table of mentions. */
export function mentionTable(mentions: readonly MentionOutput[]): string {
  if (mentions.length === 0) return 'No mentions found.';
  const rows = mentions.map((m) => [String(m.start), String(m.end), m.id, m.type, m.text, m.name]);
  const header = ['start', 'end', 'id', 'type', 'text', 'entity'];
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line), `${mentions.length} mention(s)`].join('\n');
}
