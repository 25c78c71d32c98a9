/** Files packaged with the extension, read once per background lifetime. */
import browser from 'webextension-polyfill';
import { readPackedJson } from '../shared/packed-json';
import { openKept, type CopyOptions } from './kept-copy';

/** `load`'s result, kept while the background lives; a failed load is tried again next time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

/** One packaged file, read by `read` (our own file: not a network request). */
function readPackaged<T>(path: string, read: (response: Response) => Promise<T>): Promise<T> {
  return fetch(browser.runtime.getURL(path)).then((response) => {
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return read(response);
  });
}

/** A packaged JSON file, plain or gzip-compressed (packed-json.ts), parsed by `parse`. */
export function packagedFile<T>(path: string, parse: (json: unknown) => T): () => Promise<T> {
  return once(() => readPackaged(path, (response) => response.arrayBuffer().then(readPackedJson).then(parse)));
}

/** A packaged binary file, made into `T` by `open` (which may keep views into the bytes). */
export function packagedBytes<T>(path: string, open: (bytes: ArrayBuffer) => T): () => Promise<T> {
  return once(() => readPackaged(path, (response) => response.arrayBuffer().then(open)));
}

/**
 * A packaged binary file read from a kept copy when there is one of its revision
 * (kept-copy.ts); each open leaves a `performance` measure named after the path,
 * whose detail says where the bytes came from.
 */
export function packagedBytesKept<T>(path: string, open: (bytes: ArrayBuffer) => T, copies: CopyOptions): () => Promise<T> {
  return once(() => {
    const start = performance.now();
    const readPackage = () => readPackaged(path, (response) => response.arrayBuffer());
    return openKept(path, copies, readPackage, open).then(({ value, source }) => {
      performance.measure(`backstory:${path}`, { start, detail: source });
      return value;
    });
  });
}
