/**
 * The files the extension ships, made from the compiled dataset: the full
 * dataset (read for cards, search and credits) and the matcher's packed input
 * (read at every background start to build the index).
 */
import { matcherInputFromDataset, packMatcherInput } from '../../src/matcher';
import type { CompiledDataset } from '../../src/shared/dataset';

/** File name (under `data/` in each build) → contents. */
export function shippedFiles(dataset: CompiledDataset): Record<string, string> {
  return {
    'dataset.json': JSON.stringify(dataset),
    'matcher.json': JSON.stringify(packMatcherInput(matcherInputFromDataset(dataset.entities))),
  };
}
