import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/matcher/tokens';
import { htmlToBlocks } from '../../src/cli/html';
import { buildIndexFile, createMatcher, IndexFile, loadMatcher, matcherInputFromDataset, type Matcher, type MatcherInput } from '../../src/matcher';
import { aliasPaths, SHARED } from '../../src/matcher/alias-index';
import { readContainer } from '../../src/matcher/binary';
import { INDEX_VERSION } from '../../src/matcher/index-build';
import { contextWordsOf } from '../../src/matcher/context';
import type { Entity } from '../../src/shared/dataset';
import { compileDataset } from '../../tools/dataset/compile';
import { syntheticDataset, syntheticPage } from '../../tools/bench/synthetic-dataset';
import { referenceMatcher } from '../matcher-reference/map-trie';
import { TEST_ENTITIES } from '../matcher-passages/entities';
import { PASSAGES } from '../matcher-passages/passages';

const OPTIONS = [{}];
const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'news-pages');

/** The shipped path: the index written to bytes, then read back in place. */
function shipped(input: MatcherInput): Matcher {
  return loadMatcher(new IndexFile(buildIndexFile(input)));
}

/** Every mention both matchers find on every page with every option, and how many there were. */
function expectSameMentions(expected: Matcher, actual: Matcher, pages: readonly (readonly string[])[]): number {
  let count = 0;
  for (const blocks of pages) {
    for (const options of OPTIONS) {
      const want = expected.find(blocks, options);
      expect(actual.find(blocks, options)).toEqual(want);
      count += want.length;
    }
  }
  return count;
}

describe('the prebuilt index finds what the matcher built from input found', () => {
  it('on the written passages', () => {
    const input = matcherInputFromDataset(TEST_ENTITIES);
    const pages = PASSAGES.map((p) => p.blocks);
    expect(expectSameMentions(referenceMatcher(input), shipped(input), pages)).toBeGreaterThan(60);
  });

  it.each([1, 2, 3, 4])('on synthetic datasets and pages (seed %i)', (seed) => {
    const dataset = syntheticDataset(3000, seed);
    const input = matcherInputFromDataset(dataset.entities);
    const pages = [500, 2000, 5000].map((words, k) => syntheticPage(dataset, words, seed * 10 + k));
    expect(expectSameMentions(referenceMatcher(input), shipped(input), pages)).toBeGreaterThan(150);
  });

  it('with the reader’s own terms as a layer on top, including words the dataset also has', () => {
    const dataset = syntheticDataset(2000, 9);
    const input = matcherInputFromDataset(dataset.entities);
    // Own terms: a namesake of a dataset city, a surname shared with a person, a new term.
    const city = dataset.entities.find((e) => e.type === 'city')!;
    const person = dataset.entities.find((e) => e.type === 'person')!;
    const own: Entity[] = [
      { id: 'custom:1', type: 'city', name: city.name, summary: 'Mine.', sources: [], updated: '2026-01-01' },
      { id: 'custom:2', type: 'person', name: `Ana ${person.name.split(' ')[1]}`, aliases: [{ text: person.name.split(' ')[1]!, short: true }], summary: '', sources: [], updated: '2026-01-01' },
      { id: 'custom:3', type: 'term', name: 'quiet quitting', related: [city.id], summary: '', sources: [], updated: '2026-01-01' },
    ];
    const extra = matcherInputFromDataset(own);
    // The reader's words win (issue 12): the reference is one index with the dataset's aliases for those words left out.
    const ownWords = new Set(extra.aliases.map((a) => foldText(a.text)));
    const kept = input.aliases.filter((a) => !ownWords.has(foldText(a.text)));
    expect(kept.length).toBeLessThan(input.aliases.length);
    const merged = { entities: [...input.entities, ...extra.entities], aliases: [...kept, ...extra.aliases] };
    const layered = loadMatcher(new IndexFile(buildIndexFile(input)), extra);
    const pages = [1000, 4000].map((words, k) => syntheticPage(dataset, words, 70 + k));
    pages.push([`${city.name} and ${person.name} spoke. ${person.name.split(' ')[1]} left. Quiet quitting in ${city.name}.`]);
    expect(expectSameMentions(referenceMatcher(merged), layered, pages)).toBeGreaterThan(50);
    const ids = layered.find(pages[2]!).map((m) => m.id);
    expect(ids).toContain('custom:3');
    expect(ids).toContain('custom:1');
  });

  const pages: { file: string }[] = existsSync(join(CORPUS, 'index.json')) ? JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')).pages : [];
  it.runIf(pages.length > 0)('on the real news pages with the real dataset', async () => {
    const input = matcherInputFromDataset(compileDataset('data').entities);
    const blocks = await Promise.all(pages.map(({ file }) => htmlToBlocks(readFileSync(join(CORPUS, file), 'utf8'))));
    expect(expectSameMentions(referenceMatcher(input), shipped(input), blocks)).toBeGreaterThan(3000);
    // A guard against a hang, not a time limit: compiling 92,000 entries and matching 96 pages twice takes
    // about a minute on a quiet 2-core machine and 2.5 minutes under load (CI runs on whatever machine it gets).
  }, 600_000);
});

describe('the index file', () => {
  const dataset = syntheticDataset(1500, 5);
  const input = matcherInputFromDataset([...dataset.entities, ...TEST_ENTITIES]);
  const file = new IndexFile(buildIndexFile(input));

  it('has namesakes to settle, as the real dataset does', () => {
    expect(file.flags.filter((f) => f & SHARED).length).toBeGreaterThan(50);
  });

  it('gives back every alias text, entity id, name, type and context word', () => {
    // Aliases are numbered in trie order in the file: compare them as (entity, text) pairs.
    const stored = Array.from({ length: file.aliasCount }, (_, a) => `${file.entityId(file.entityOf(a))} ${file.aliasText(a)}`);
    const written = input.aliases.flatMap((alias) => (aliasPaths(alias, false) ? [`${alias.id} ${alias.text}`] : []));
    expect(stored.sort()).toEqual(written.sort());
    input.entities.forEach((entity, e) => {
      expect(file.entity(e)).toEqual({ id: entity.id, name: entity.name, type: entity.type });
      expect(file.contextWords(e)).toEqual(contextWordsOf(entity.context ?? []));
      expect(file.entityIndex(entity.id)).toBe(e);
    });
  });

  it('keeps ids\' shared prefixes once and gives every id back whole', () => {
    const ids = ['bs:person/ann-lee', 'bs:person/bo-li', 'bs:city/rome', 'bs:city/paris', 'custom:one/two', 'plain', 'Q5', 'bs:person/'];
    const entities: Entity[] = ids.map((id, i) => ({ id, type: 'person', name: `Name${i} Surname${i}`, summary: 'x', sources: [{ source: 'test' }], updated: '2026-01-01' }));
    const small = new IndexFile(buildIndexFile(matcherInputFromDataset(entities)));
    ids.forEach((id, e) => expect(small.entityId(e)).toBe(id));
    // Ids shaped like the dataset's ("bs:<type>/…"): the section holds far fewer bytes than their text.
    const many: Entity[] = Array.from({ length: 400 }, (_, i) => ({ ...entities[0]!, id: `bs:${['person', 'city', 'org'][i % 3]}/n${i}`, name: `Given${i} Family${i}` }));
    const textBytes = many.reduce((sum, { id }) => sum + Buffer.byteLength(id), 0);
    const stored = readContainer(buildIndexFile(matcherInputFromDataset(many)), INDEX_VERSION).section('entity.id').length;
    expect(stored).toBeLessThan(textBytes * 0.5);
  });

  it('carries a field it was never told about, whatever its values', () => {
    const extra = input.entities.map((e, i) => ({ ...e, popularity: i % 3 ? i * 1000 : undefined, tags: i % 5 ? undefined : ['x', i] }));
    const withFields = new IndexFile(buildIndexFile({ entities: extra, aliases: input.aliases }));
    extra.forEach((entity, e) => expect(withFields.entity(e)).toEqual(JSON.parse(JSON.stringify({ id: entity.id, name: entity.name, type: entity.type, popularity: entity.popularity, tags: entity.tags }))));
  });

  it('reads the same from a buffer that does not start on an 8-byte boundary', () => {
    const bytes = buildIndexFile(input);
    const shifted = new Uint8Array(bytes.length + 3).subarray(3);
    shifted.set(bytes);
    const matcher = loadMatcher(new IndexFile(shifted));
    const page = syntheticPage(dataset, 2000, 3);
    expect(matcher.find(page)).toEqual(createMatcher(input).find(page));
  });

  it('refuses a file of another kind or version, saying so', () => {
    const bytes = buildIndexFile(input);
    expect(() => new IndexFile(new Uint8Array(64))).toThrow(/not a Backstory matcher index/);
    const older = bytes.slice();
    new DataView(older.buffer).setUint32(4, 999, true);
    expect(() => new IndexFile(older)).toThrow(/version 999/);
  });

  it('names the entity behind each id the matcher returns', () => {
    const matcher = shipped(input);
    const found = matcher.find(syntheticPage(dataset, 3000, 11));
    expect(found.length).toBeGreaterThan(10);
    for (const { id } of found) expect(matcher.entity(id)).toMatchObject({ id, name: input.entities.find((e) => e.id === id)!.name });
    expect(matcher.entity('no-such-id')).toBeUndefined();
  });
});
