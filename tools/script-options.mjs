import { createHash } from 'node:crypto';
/**
 * What every extension script is compiled for and with: the browser's engine, and the
 * constants the code reads at build time. build.mjs and the benchmark's own builds of
 * the background (tools/bench/sw-cold.mjs) both take them from here, so a constant
 * added to the code cannot be missing from one of them.
 */
export function scriptOptions({ target, testHooks, cardShards, indexRevision }) {
  if (typeof indexRevision !== 'string') throw new Error('scriptOptions: the index file\'s revision is needed (indexRevisionOf)');
  return {
    target: target === 'chrome' ? 'chrome120' : 'firefox140',
    // __CARD_SHARDS__: the background finds a card's shard without reading another file first.
    // __INDEX_REVISION__: which kept copy of the matcher's index is this build's (src/background/kept-copy.ts).
    define: {
      __TARGET__: JSON.stringify(target),
      __TEST_HOOKS__: JSON.stringify(testHooks),
      __CARD_SHARDS__: String(cardShards),
      __INDEX_REVISION__: JSON.stringify(indexRevision),
    },
  };
}

/** A short hash of the index file's bytes (`scriptOptions`' indexRevision): a new index, even under the same version, is a new revision. */
export function indexRevisionOf(bytes) {
  if (!bytes) throw new Error('scriptOptions: the index file\'s bytes are needed for its revision');
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}
