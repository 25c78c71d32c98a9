import type { BuildOptions } from 'esbuild';

/** esbuild options for a node ESM bundle of `entry` at `outfile` (happy-dom stays a runtime dependency). */
export function nodeBundleOptions(entry: string, outfile: string, extra?: BuildOptions): BuildOptions;
