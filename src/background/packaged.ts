/** Files packaged with the extension, read once per background lifetime. */
import browser from 'webextension-polyfill';

/**
 * A loader for one packaged file (our own file: not a network request). The
 * result is kept while the background lives; a failed read is retried next time.
 */
export function packagedFile<T>(path: string, parse: (json: unknown) => T): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= fetch(browser.runtime.getURL(path))
      .then((response) => response.json() as Promise<unknown>)
      .then(parse)
      .catch((error: unknown) => {
        loading = undefined;
        throw error;
      });
    return loading;
  };
}
