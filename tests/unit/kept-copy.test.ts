import { afterEach, describe, expect, it, vi } from 'vitest';
import { openKept, type CopyStore, type KeptCopy } from '../../src/background/kept-copy';

/** A store in memory, counting what it was asked. */
function memoryStore(initial?: KeptCopy, behaviour: { read?: 'fail' | 'hang'; write?: 'fail' } = {}) {
  const kept = new Map<string, KeptCopy>(initial ? [['data/matcher.bin', initial]] : []);
  const calls = { reads: 0, writes: 0 };
  const store: CopyStore = {
    read(name) {
      calls.reads++;
      if (behaviour.read === 'fail') return Promise.reject(new Error('broken store'));
      if (behaviour.read === 'hang') return new Promise(() => undefined);
      return Promise.resolve(kept.get(name));
    },
    write(name, copy) {
      calls.writes++;
      if (behaviour.write === 'fail') return Promise.reject(new Error('disk full'));
      kept.set(name, copy);
      return Promise.resolve();
    },
  };
  return { store, kept, calls };
}

const bytesOf = (...values: number[]) => new Uint8Array(values).buffer;
/** "Opens" an index: refuses bytes that do not start with the magic 7. */
const open = (bytes: ArrayBuffer) => {
  const view = new Uint8Array(bytes);
  if (view[0] !== 7) throw new Error('not an index');
  return Array.from(view);
};

afterEach(() => vi.useRealTimers());

describe('openKept', () => {
  it('opens a kept copy of the same revision without reading the package', async () => {
    const { store, calls } = memoryStore({ revision: 'r1', bytes: bytesOf(7, 1) });
    const readPackage = vi.fn(async () => bytesOf(7, 2));
    const result = await openKept('data/matcher.bin', { store, revision: 'r1' }, readPackage, open);
    expect(result).toEqual({ value: [7, 1], source: 'copy' });
    expect(readPackage).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(calls.writes).toBe(0);
  });

  it('reads the package when nothing is kept, then keeps a copy after answering', async () => {
    const { store, kept } = memoryStore();
    const result = await openKept('data/matcher.bin', { store, revision: 'r1' }, async () => bytesOf(7, 2), open);
    expect(result).toEqual({ value: [7, 2], source: 'package' });
    expect(kept.size).toBe(0); // not on the way to the answer
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(kept.get('data/matcher.bin')).toMatchObject({ revision: 'r1' });
    expect(Array.from(new Uint8Array(kept.get('data/matcher.bin')!.bytes))).toEqual([7, 2]);
  });

  it('never uses a copy of another revision, and replaces it', async () => {
    const { store, kept } = memoryStore({ revision: 'old', bytes: bytesOf(7, 1) });
    const result = await openKept('data/matcher.bin', { store, revision: 'new' }, async () => bytesOf(7, 2), open);
    expect(result.value).toEqual([7, 2]);
    expect(result.source).toBe('package');
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(kept.get('data/matcher.bin')?.revision).toBe('new');
  });

  it('falls back to the package when the copy is damaged, and repairs it', async () => {
    const { store, kept } = memoryStore({ revision: 'r1', bytes: bytesOf(0, 0, 0) });
    const result = await openKept('data/matcher.bin', { store, revision: 'r1' }, async () => bytesOf(7, 3), open);
    expect(result).toEqual({ value: [7, 3], source: 'package' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(Array.from(new Uint8Array(kept.get('data/matcher.bin')!.bytes))).toEqual([7, 3]);
  });

  it('treats a record without bytes as no copy', async () => {
    const { store } = memoryStore({ revision: 'r1', bytes: 'garbage' as unknown as ArrayBuffer });
    const result = await openKept('data/matcher.bin', { store, revision: 'r1' }, async () => bytesOf(7, 4), open);
    expect(result.source).toBe('package');
  });

  it('reads the package when the store fails, and a failed write loses nothing', async () => {
    const { store } = memoryStore(undefined, { read: 'fail', write: 'fail' });
    const result = await openKept('data/matcher.bin', { store, revision: 'r1' }, async () => bytesOf(7, 5), open);
    expect(result).toEqual({ value: [7, 5], source: 'package' });
    await new Promise((resolve) => setTimeout(resolve, 5)); // the rejected write must not surface
  });

  it('stops waiting for a store that does not answer', async () => {
    vi.useFakeTimers();
    const { store } = memoryStore(undefined, { read: 'hang' });
    const opened = openKept('data/matcher.bin', { store, revision: 'r1', patienceMs: 100 }, async () => bytesOf(7, 6), open);
    await vi.advanceTimersByTimeAsync(100);
    await expect(opened).resolves.toEqual({ value: [7, 6], source: 'package' });
  });

  it('passes on a package that cannot be read', async () => {
    const { store } = memoryStore();
    const failing = () => Promise.reject(new Error('data/matcher.bin: HTTP 404'));
    await expect(openKept('data/matcher.bin', { store, revision: 'r1' }, failing, open)).rejects.toThrow('HTTP 404');
  });
});
