/**
 * Terms written by Backstory editors, kept in data/terms/<topic>.tsv for easy review:
 * one term per line, four tab-separated columns
 *   name <TAB> aliases (";"-separated) <TAB> Wikipedia title <TAB> summary (1–3 sentences, our own words)
 * Lines starting with "#" are comments. All-capital aliases ("GHG") match case-exactly;
 * an alias ending in "?" is ambiguous (shared with other meanings).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AliasObject, Entity } from '../../src/shared/dataset';
import { slugify } from './lib/text';

export const TERMS_DATE = '2026-11-29';

export class TermsFileError extends Error {}

/** Parses one topic file; throws naming the file and line on a malformed row. */
export function parseTermsTsv(text: string, file: string): Entity[] {
  const entities: Entity[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (cells.length !== 4 || cells.some((c) => c.trim() === '')) {
      throw new TermsFileError(`${file}:${index + 1}: expected 4 tab-separated columns (name, aliases or "-", Wikipedia title, summary)`);
    }
    const [name, aliasCell, wiki, summary] = cells.map((c) => c.trim()) as [string, string, string, string];
    const aliases: AliasObject[] = aliasCell === '-' ? [] : aliasCell.split(';').map((raw) => {
      const text = raw.trim().replace(/\?$/, '');
      const flags: Omit<AliasObject, 'text'> = {};
      if (/^[A-Z0-9&-]{2,}$/.test(text)) flags.case = 'exact';
      if (raw.trim().endsWith('?')) flags.ambiguous = true;
      return { text, ...flags };
    });
    const nameAmbiguous = name.endsWith('?');
    const cleanName = name.replace(/\?$/, '');
    if (nameAmbiguous) aliases.unshift({ text: cleanName, ambiguous: true });
    entities.push({
      id: `bs:term/${slugify(cleanName)}`,
      type: 'term',
      name: cleanName,
      ...(aliases.length > 0 ? { aliases } : {}),
      summary,
      link: `https://en.wikipedia.org/wiki/${wiki.replace(/ /g, '_')}`,
      sources: [{ source: 'backstory' }, { source: 'wikipedia', url: `https://en.wikipedia.org/wiki/${wiki.replace(/ /g, '_')}` }],
      updated: TERMS_DATE,
    });
  });
  return entities;
}

export function importTerms(dataDir: string): Entity[] {
  const dir = join(dataDir, 'terms');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .flatMap((f) => parseTermsTsv(readFileSync(join(dir, f), 'utf8'), `data/terms/${f}`));
}
