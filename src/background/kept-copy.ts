/**
 * A packaged file opened from a copy the background keeps, when it has one of
 * the same revision, and from the package otherwise.
 *
 * Why: Chromium's service worker reads a packaged file (a `fetch` of its own
 * `chrome-extension://` URL) at about 18 ms per MB, while the same bytes come back
 * from the extension's IndexedDB about three times faster (docs/performance.md).
 * The matcher's index is read whole at every worker start, so that read sets how
 * long the first page waits. The copy is written after the first read from the
 * package, never on the way to an answer.
 *
 * The copy is only ever a faster road to the packaged bytes: a copy of another
 * revision, one that does not open, a store that fails or does not answer in
 * time all fall back to the package, and a failed write loses nothing.
 */

/** What the store keeps under a file's name. */
export interface KeptCopy {
  revision: string;
  bytes: ArrayBuffer;
}

/** Where copies are kept (src/background/idb-copies.ts in Chromium). */
export interface CopyStore {
  read(name: string): Promise<KeptCopy | undefined>;
  write(name: string, copy: KeptCopy): Promise<void>;
}

export interface CopyOptions {
  store: CopyStore;
  /** The packaged file's revision (a hash of its bytes, written into the code by the build). */
  revision: string;
  /** How long to wait for the store before reading the package instead. */
  patienceMs?: number;
}

/** Where the last open took its bytes from (a diagnostic the cold-start benchmark reads). */
export type CopySource = 'copy' | 'package';

const PATIENCE_MS = 2000;

function withinPatience<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      () => {
        clearTimeout(timer);
        resolve(undefined);
      },
    );
  });
}

/**
 * Opens `name` with `open`: from the kept copy when its revision is the package's
 * and it opens, else from `readPackage()`, keeping a copy of what it read for the
 * next start. `open` may keep views into the bytes.
 */
export async function openKept<T>(
  name: string,
  options: CopyOptions,
  readPackage: () => Promise<ArrayBuffer>,
  open: (bytes: ArrayBuffer) => T,
): Promise<{ value: T; source: CopySource }> {
  const { store, revision } = options;
  const copy = await withinPatience(store.read(name), options.patienceMs ?? PATIENCE_MS);
  if (copy && copy.revision === revision && copy.bytes instanceof ArrayBuffer) {
    try {
      return { value: open(copy.bytes), source: 'copy' };
    } catch {
      // A damaged copy: the package has the bytes, and the write below replaces it.
    }
  }
  const bytes = await readPackage();
  const value = open(bytes);
  // After the caller's answer has gone: storing clones the bytes on this thread.
  setTimeout(() => void store.write(name, { revision, bytes }).catch(() => undefined), 0);
  return { value, source: 'package' };
}
