/**
 * The files the extension ships, made from the compiled dataset: the full
 * dataset (read for cards, search and credits) and the matcher's index, prebuilt
 * (read in place at every background start).
 */
import { buildIndexFile, matcherInputFromDataset } from '../../src/matcher';
import type { CompiledDataset } from '../../src/shared/dataset';

/** File name (under `data/` in each build) → contents. */
export function shippedFiles(dataset: CompiledDataset): Record<string, string | Uint8Array> {
  return {
    'dataset.json': JSON.stringify(dataset),
    'matcher.bin': buildIndexFile(matcherInputFromDataset(dataset.entities)),
  };
}
