/**
 * 38,041 popular English Wikipedia titles (npm `compromise-wikipedia`, MIT), used at
 * import time only as a selection list: a region or place whose name is an article
 * many readers open is one the news needs. Titles are lower case.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { unpack } from 'efrt';

let cached: Set<string> | undefined;

/** The titles, lower case ("texas", "gaza strip", "new york city"). */
export function popularTitles(): ReadonlySet<string> {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  // The package exports only its plugin; the list sits beside it in src/.
  const file = join(dirname(require.resolve('compromise-wikipedia')), '..', 'src', '_model.js');
  // The model is an ES module exporting one packed string: read it as text, not as code.
  const packed = /`([\s\S]*)`/.exec(readFileSync(file, 'utf8'))?.[1];
  if (!packed) throw new Error(`${file}: packed title list not found`);
  cached = new Set(Object.keys(unpack(packed)));
  return cached;
}

/** Whether any of the texts is a popular Wikipedia title (case-insensitive). */
export function isPopularTitle(...texts: string[]): boolean {
  const titles = popularTitles();
  return texts.some((t) => titles.has(t.toLowerCase()));
}
