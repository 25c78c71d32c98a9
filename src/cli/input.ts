/** Reading the CLI's input: a file or stdin, refused when it is not UTF-8 text. */
import { readFileSync } from 'node:fs';
import { UsageError } from './args';

/** Reads a file (or stdin for "-") as UTF-8 text; binary or unreadable input is a UsageError. */
export function readTextInput(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path === '-' ? 0 : path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : (error as Error).message;
    throw new UsageError(`cannot read ${path === '-' ? 'stdin' : `"${path}"`}: ${reason}`);
  }
  if (bytes.includes(0)) throw new UsageError(`"${path}" looks like binary data (it contains NUL bytes); expected HTML or plain text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UsageError(`"${path}" is not valid UTF-8 text; expected HTML or plain text`);
  }
}
