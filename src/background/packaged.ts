/** Files packaged with the extension, read once per background lifetime. */
import browser from 'webextension-polyfill';

/**
 * A loader for one packaged file (our own file: not a network request). The
 * result is kept while the background lives; a failed read is retried next time.
 */
function packaged<T>(path: string, read: (response: Response) => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= fetch(browser.runtime.getURL(path))
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return read(response);
      })
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}

/** A packaged JSON file, parsed by `parse`. */
export function packagedFile<T>(path: string, parse: (json: unknown) => T): () => Promise<T> {
  return packaged(path, (response) => (response.json() as Promise<unknown>).then(parse));
}

/** A packaged binary file, made into `T` by `open` (which may keep views into the bytes). */
export function packagedBytes<T>(path: string, open: (bytes: ArrayBuffer) => T): () => Promise<T> {
  return packaged(path, (response) => response.arrayBuffer().then(open));
}
