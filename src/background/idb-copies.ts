/**
 * Copies of packaged files in the extension's own IndexedDB (see kept-copy.ts for
 * why). The database belongs to the extension's origin: pages cannot reach it,
 * and removing the extension removes it. Each record also says when it was
 * written, so a test can tell a copy that was read from one written afresh.
 */
import type { CopyStore, KeptCopy } from './kept-copy';

export const COPIES_DATABASE = 'backstory-copies';
export const COPIES_STORE = 'files';

interface Record extends KeptCopy {
  writtenAt: number;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the database at `version` (the newest when undefined), creating the store if it is missing. */
async function openDatabase(factory: IDBFactory, onClose: () => void, version?: number): Promise<IDBDatabase> {
  const req = factory.open(COPIES_DATABASE, version);
  req.onupgradeneeded = () => {
    if (!req.result.objectStoreNames.contains(COPIES_STORE)) req.result.createObjectStore(COPIES_STORE);
  };
  const db = await request(req);
  // Another connection wanting a new version must not wait on this one.
  db.onversionchange = () => {
    db.close();
    onClose();
  };
  db.onclose = onClose;
  if (db.objectStoreNames.contains(COPIES_STORE)) return db;
  // A database someone created without the store (nothing of ours does): add it in a new version.
  const next = db.version + 1;
  db.close();
  return openDatabase(factory, onClose, next);
}

/** The store, or undefined where this context has no IndexedDB. */
export function indexedDbCopies(factory: IDBFactory | undefined = globalThis.indexedDB): CopyStore | undefined {
  if (!factory) return undefined;
  let database: Promise<IDBDatabase> | undefined;
  const forget = () => {
    database = undefined;
  };
  const db = () =>
    (database ??= openDatabase(factory, forget).catch((error: unknown) => {
      forget();
      throw error;
    }));
  return {
    async read(name) {
      const found = (await request((await db()).transaction(COPIES_STORE, 'readonly').objectStore(COPIES_STORE).get(name))) as Record | undefined;
      return found && typeof found.revision === 'string' ? { revision: found.revision, bytes: found.bytes } : undefined;
    },
    async write(name, copy) {
      const tx = (await db()).transaction(COPIES_STORE, 'readwrite', { durability: 'relaxed' });
      const record: Record = { revision: copy.revision, bytes: copy.bytes, writtenAt: Date.now() };
      tx.objectStore(COPIES_STORE).put(record, name);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write failed'));
      });
    },
  };
}
