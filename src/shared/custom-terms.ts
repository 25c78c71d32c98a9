/**
 * The reader's own entries: stored in `storage.local` (they can outgrow
 * `storage.sync`'s 8 KB per item), merged into the background's matcher, and
 * imported or exported as JSON. Reading storage is lenient (a bad entry is
 * dropped); importing a file is strict (one bad entry rejects the whole file).
 */
import type { EntityKind } from './dataset';

export const CUSTOM_TERMS_KEY = 'customTerms';
export const CUSTOM_ID_PREFIX = 'custom:';
export const EXPORT_FORMAT = 'backstory-custom-terms';
export const MAX_CUSTOM_TERMS = 500;
const MAX_NAME_LENGTH = 100;
const MAX_ALIASES = 20;
const MAX_NOTE_LENGTH = 1000;
const KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'term'];

export interface CustomTerm {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  note: string;
  link?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A fresh id for a new term (not derived from the name, so renaming keeps it). */
export function newCustomId(): string {
  return `${CUSTOM_ID_PREFIX}${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Checks one entry; the error names the field so the reader can fix it. */
export function validateCustomTerm(raw: unknown): Result<CustomTerm> {
  if (!isRecord(raw)) return { ok: false, error: 'is not an object' };
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!name) return { ok: false, error: '"name" is missing or empty' };
  if (name.length > MAX_NAME_LENGTH) return { ok: false, error: `"name" is longer than ${MAX_NAME_LENGTH} characters` };
  const kind = raw.kind === undefined ? 'term' : raw.kind;
  if (!KINDS.includes(kind as EntityKind)) return { ok: false, error: `"kind" must be one of ${KINDS.join(', ')}` };
  const rawAliases = raw.aliases === undefined ? [] : raw.aliases;
  if (!Array.isArray(rawAliases) || !rawAliases.every((a) => typeof a === 'string')) {
    return { ok: false, error: '"aliases" must be a list of texts' };
  }
  const aliases = [...new Set(rawAliases.map((a: string) => a.trim()).filter((a) => a && a !== name))];
  if (aliases.length > MAX_ALIASES) return { ok: false, error: `"aliases" has more than ${MAX_ALIASES} entries` };
  if (aliases.some((a) => a.length > MAX_NAME_LENGTH)) return { ok: false, error: `an alias is longer than ${MAX_NAME_LENGTH} characters` };
  const note = raw.note === undefined ? '' : raw.note;
  if (typeof note !== 'string') return { ok: false, error: '"note" must be text' };
  if (note.length > MAX_NOTE_LENGTH) return { ok: false, error: `"note" is longer than ${MAX_NOTE_LENGTH} characters` };
  const term: CustomTerm = { id: '', name, kind: kind as EntityKind, aliases, note: note.trim() };
  if (raw.link !== undefined && raw.link !== '') {
    if (typeof raw.link !== 'string' || !isWebUrl(raw.link)) return { ok: false, error: '"link" must be an http or https address' };
    term.link = raw.link.trim();
  }
  const id = raw.id;
  if (id !== undefined && (typeof id !== 'string' || !id.startsWith(CUSTOM_ID_PREFIX) || id.length > 80)) {
    return { ok: false, error: `"id" must start with "${CUSTOM_ID_PREFIX}"` };
  }
  term.id = typeof id === 'string' ? id : newCustomId();
  return { ok: true, value: term };
}

function isWebUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Reads the stored list: entries that fail validation or repeat an id are dropped, never thrown. */
export function parseCustomTerms(raw: unknown): CustomTerm[] {
  if (!Array.isArray(raw)) return [];
  const terms: CustomTerm[] = [];
  const ids = new Set<string>();
  for (const entry of raw.slice(0, MAX_CUSTOM_TERMS)) {
    const result = validateCustomTerm(entry);
    if (!result.ok || ids.has(result.value.id)) continue;
    ids.add(result.value.id);
    terms.push(result.value);
  }
  return terms;
}

/** The export file: a tagged object, so an import can tell our files from any JSON. */
export function exportCustomTerms(terms: readonly CustomTerm[]): string {
  return `${JSON.stringify({ format: EXPORT_FORMAT, version: 1, terms }, null, 2)}\n`;
}

/**
 * Parses an import file strictly: the whole file or nothing. Accepts our export
 * format or a bare list of entries. Entries with the same name as an existing
 * term replace it; the rest are added.
 */
export function importCustomTerms(text: string, existing: readonly CustomTerm[]): Result<CustomTerm[]> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: 'The file is not valid JSON.' };
  }
  let entries: unknown;
  if (Array.isArray(data)) entries = data;
  else if (isRecord(data) && data.format === EXPORT_FORMAT) entries = data.terms;
  else return { ok: false, error: `The file is not a Backstory custom terms export (expected "format": "${EXPORT_FORMAT}" or a list).` };
  if (!Array.isArray(entries)) return { ok: false, error: '"terms" must be a list.' };
  const merged = [...existing];
  const seenNames = new Set<string>();
  for (const [index, entry] of entries.entries()) {
    const result = validateCustomTerm(entry);
    if (!result.ok) return { ok: false, error: `Entry ${index + 1}: ${result.error}.` };
    const key = result.value.name.toLowerCase();
    if (seenNames.has(key)) return { ok: false, error: `Entry ${index + 1}: "${result.value.name}" appears twice in the file.` };
    seenNames.add(key);
    const at = merged.findIndex((t) => t.name.toLowerCase() === key);
    if (at >= 0) merged[at] = { ...result.value, id: merged[at]!.id };
    else merged.push(result.value);
  }
  if (merged.length > MAX_CUSTOM_TERMS) return { ok: false, error: `Too many terms: at most ${MAX_CUSTOM_TERMS} are kept.` };
  return { ok: true, value: merged };
}
