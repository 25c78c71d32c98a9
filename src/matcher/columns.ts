/**
 * Generic columns for the fields of matcher entities and aliases that the index
 * does not store in a form of its own: a field added to `MatcherEntity` or
 * `MatcherAlias` (types.ts) is written and read back with no change here. Each
 * field becomes one column, chosen by its values:
 * - `enum`: at most 255 distinct strings, numbers or booleans (an entity's type):
 *   one byte a row, the values in the header;
 * - `uint`: non-negative integers (a popularity count): the fewest bytes that hold them;
 * - `json`: anything else, as JSON text a row.
 * A row without the field reads back without it.
 */
import type { PackedUints } from './binary';
import type { SectionReader, SectionWriter, SparseStrings } from './sections';

export type ColumnMeta =
  | { field: string; kind: 'enum'; values: unknown[] }
  | { field: string; kind: 'uint' }
  | { field: string; kind: 'json' };

const MAX_ENUM_VALUES = 255;
const MAX_UINT = 0xfffffffe;

function isPrimitive(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}

/** Writes one column per field of `records` not in `skip`; returns what the reader needs. */
export function encodeColumns(records: readonly object[], skip: ReadonlySet<string>, prefix: string, out: SectionWriter): ColumnMeta[] {
  const fields: string[] = [];
  for (const record of records) for (const key of Object.keys(record)) if (!skip.has(key) && !fields.includes(key)) fields.push(key);
  return fields.map((field): ColumnMeta => {
    const values = records.map((r) => (r as Record<string, unknown>)[field]);
    const defined = values.filter((v) => v !== undefined);
    const distinct = [...new Set(defined)];
    const name = `${prefix}.${field}`;
    if (distinct.length <= MAX_ENUM_VALUES && distinct.every(isPrimitive)) {
      const codes = new Map(distinct.map((v, i) => [v, i + 1]));
      out.bytes(name, Uint8Array.from(values, (v) => (v === undefined ? 0 : codes.get(v)!)));
      return { field, kind: 'enum', values: distinct };
    }
    if (defined.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_UINT)) {
      out.packed(name, values.map((v) => (v === undefined ? 0 : (v as number) + 1)));
      return { field, kind: 'uint' };
    }
    out.sparse(name, values.flatMap((v, row) => (v === undefined ? [] : [[row, JSON.stringify(v)] as const])));
    return { field, kind: 'json' };
  });
}

interface Column {
  field: string;
  get(row: number): unknown;
}

function column(read: SectionReader, meta: ColumnMeta, name: string): Column {
  if (meta.kind === 'enum') {
    const codes = read.bytes(name);
    return { field: meta.field, get: (row) => (codes[row] ? meta.values[codes[row]! - 1] : undefined) };
  }
  if (meta.kind === 'uint') {
    const packed: PackedUints = read.packed(name);
    return { field: meta.field, get: (row) => (packed.at(row) ? packed.at(row) - 1 : undefined) };
  }
  const texts: SparseStrings = read.sparse(name);
  return {
    field: meta.field,
    get(row) {
      const text = texts.get(row);
      return text === undefined ? undefined : (JSON.parse(text) as unknown);
    },
  };
}

/** Reads the columns `encodeColumns` wrote. */
export class Columns {
  private readonly columns: Column[];

  constructor(read: SectionReader, metas: readonly ColumnMeta[], prefix: string) {
    this.columns = metas.map((meta) => column(read, meta, `${prefix}.${meta.field}`));
  }

  /** How to read one field of any row (undefined where the row has none, or for a field no column holds): found once, read often. */
  reader(field: string): (row: number) => unknown {
    const column = this.columns.find((c) => c.field === field);
    return column ? (row) => column.get(row) : () => undefined;
  }

  /** The fields of one row that it has. */
  row(row: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const c of this.columns) {
      const value = c.get(row);
      if (value !== undefined) out[c.field] = value;
    }
    return out;
  }
}
