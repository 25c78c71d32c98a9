// How every node-side bundle is made (the CLI in build.mjs, its unit test, the
// matcher benchmark): one definition, so the test runs what ships.

/** esbuild options for a node ESM bundle of `entry` at `outfile` (happy-dom stays a runtime dependency). */
export function nodeBundleOptions(entry, outfile, extra = {}) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['happy-dom'],
    logLevel: 'warning',
    ...extra,
  };
}
