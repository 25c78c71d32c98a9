/**
 * What every extension script is compiled for and with: the browser's engine, and the
 * constants the code reads at build time. build.mjs and the benchmark's own builds of
 * the background (tools/bench/sw-cold.mjs) both take them from here, so a constant
 * added to the code cannot be missing from one of them.
 */
export function scriptOptions({ target, testHooks, cardShards }) {
  return {
    target: target === 'chrome' ? 'chrome120' : 'firefox140',
    // __CARD_SHARDS__: the background finds a card's shard without reading another file first.
    define: { __TARGET__: JSON.stringify(target), __TEST_HOOKS__: JSON.stringify(testHooks), __CARD_SHARDS__: String(cardShards) },
  };
}
