/** Loading the compiled dataset the build writes next to the CLI. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompiledDataset } from '../shared/dataset';

/** A runtime failure that is not the caller's fault in syntax: exit code 1. */
export class CliFailure extends Error {
  override name = 'CliFailure';
}

/** Where the dataset is: --dataset, then BACKSTORY_DATASET, then dist/chrome/data next to dist/cli.mjs. */
export function datasetPath(explicit: string | undefined): string {
  if (explicit) return explicit;
  const fromEnv = process.env.BACKSTORY_DATASET;
  if (fromEnv) return fromEnv;
  return fileURLToPath(new URL('./chrome/data/dataset.json', import.meta.url));
}

/** Reads and sanity-checks dataset.json; a missing or malformed file is a CliFailure. */
export function loadDataset(path: string): CompiledDataset {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new CliFailure(`dataset not found at ${path}; run "npm run build" first (or pass --dataset PATH)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CliFailure(`dataset at ${path} is not valid JSON (${(error as Error).message})`);
  }
  const dataset = data as Partial<CompiledDataset>;
  if (dataset.version !== 1 || !Array.isArray(dataset.entities)) {
    throw new CliFailure(`dataset at ${path} is not a version 1 Backstory dataset`);
  }
  return dataset as CompiledDataset;
}
