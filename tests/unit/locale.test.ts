// Every word a reader sees comes from _locales (issue 12): no key is missing for a
// word the code asks for, and no key sits unused in the file.
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import messages from '../../src/_locales/en/messages.json';
import { ENTITY_TYPES } from '../../src/shared/dataset';
import { ENTITY_KINDS } from '../../src/shared/settings';

const files = execSync("git ls-files 'src/*.ts' 'src/*.html' manifest.json", { encoding: 'utf8' }).trim().split('\n');
const source = files.map((file) => readFileSync(file, 'utf8')).join('\n');
const keys = Object.keys(messages);

/** Keys the code builds from a value (`type_${entity.type}`), with every value they can take. */
const DYNAMIC = [
  ...ENTITY_TYPES.map((type) => `type_${type}`),
  ...ENTITY_KINDS.map((kind) => `kind_${kind}`),
  ...ENTITY_KINDS.map((kind) => `kind_${kind}_description`),
  ...Array.from({ length: 12 }, (_, i) => `month_${i + 1}`),
];

describe('the locale file', () => {
  it('has a message for every key the code builds from a value', () => {
    expect(DYNAMIC.filter((key) => !keys.includes(key))).toEqual([]);
  });

  it('has no key nothing uses', () => {
    const used = (key: string) => DYNAMIC.includes(key) || source.includes(`__MSG_${key}__`) || new RegExp(`['"\`]${key}['"\`]`).test(source);
    expect(keys.filter((key) => !used(key))).toEqual([]);
  });

  it('has every key the code asks for by name', () => {
    const asked = [...source.matchAll(/\b(?:t|translate|getMessage)\(\s*'([A-Za-z][\w]*)'/g)].map((m) => m[1]!);
    const htmlAsked = [...source.matchAll(/data-i18n(?:-label|-placeholder|-title)?="([\w]+)"/g)].map((m) => m[1]!);
    expect(asked.length + htmlAsked.length).toBeGreaterThan(50);
    expect([...new Set([...asked, ...htmlAsked])].filter((key) => !keys.includes(key))).toEqual([]);
  });
});
