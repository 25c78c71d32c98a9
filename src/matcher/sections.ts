/**
 * Named sections of the index file and the encodings built on them. Every one is
 * read in place with O(1) or O(log n) access and nothing decoded at load: a cold
 * service worker runs loops slowly, and reading more bytes costs less than
 * decoding fewer (see README.md, "The index file").
 * - packed: unsigned integers in the fewest whole bytes (width in the header);
 * - blocked: running totals (BlockedOffsets);
 * - lists: a list of unsigned integers per row, as varints (deltas when sorted);
 * - sparse: strings for a few rows only, found by binary search (shared prefixes kept once).
 */
import { BlockedOffsets, blockOffsets, ByteWriter, PackedUints, packUints, type Container } from './binary';
import { decodeUtf8, encodeUtf8 } from './utf8';

/** Views of 2- and 4-byte numbers over section bytes (sections start 8-byte aligned). */
export const int32View = (bytes: Uint8Array) => new Int32Array(bytes.buffer, bytes.byteOffset, bytes.length >> 2);
const uint16View = (bytes: Uint8Array) => new Uint16Array(bytes.buffer, bytes.byteOffset, bytes.length >> 1);
const bytesOf = (view: ArrayBufferView) => new Uint8Array(view.buffer, view.byteOffset, view.byteLength);

/** Collects sections while the index is written. */
export class SectionWriter {
  readonly sections: Record<string, Uint8Array> = {};
  /** Byte widths of packed sections and block shifts of blocked ones. */
  readonly layout: Record<string, number> = {};

  bytes(name: string, data: ArrayBufferView): void {
    this.sections[name] = bytesOf(data);
  }

  packed(name: string, values: ArrayLike<number>): void {
    const { width, bytes } = packUints(values);
    this.sections[name] = bytes;
    this.layout[name] = width;
  }

  blocked(name: string, values: ArrayLike<number>): void {
    const { shift, base, within } = blockOffsets(values);
    this.bytes(`${name}.base`, base);
    this.bytes(`${name}.within`, within);
    this.layout[name] = shift;
    this.layout[`${name}.width`] = within.BYTES_PER_ELEMENT;
  }

  /** A list of unsigned integers per row; `sorted` lists are stored as differences. */
  lists(name: string, rows: readonly (readonly number[])[], sorted: boolean): void {
    const out = new ByteWriter();
    const lengths: number[] = [];
    for (const row of rows) {
      const before = out.length;
      let previous = 0;
      for (const v of row) {
        out.varint(sorted ? v - previous : v);
        previous = v;
      }
      lengths.push(out.length - before);
    }
    this.blocked(`${name}.start`, lengths);
    this.sections[name] = out.done();
  }

  /**
   * Strings for some rows: `pairs` of [row, text], any order. With `prefixes`, a leading part
   * up to a slash that several strings share ("bs:person/") is stored once in a table and
   * each string keeps a one-byte number for it: ids lose most of their bytes.
   */
  sparse(name: string, pairs: readonly (readonly [number, string])[], options: { prefixes?: boolean } = {}): void {
    const sorted = [...pairs].sort((x, y) => x[0] - y[0]);
    const table = options.prefixes ? prefixTable(sorted.map(([, value]) => value)) : [];
    const numbers = new Map(table.map((prefix, k) => [prefix, k + 1]));
    const prefixOf = sorted.map(([, value]) => numbers.get(PREFIX.exec(value)?.[0] ?? '') ?? 0);
    const text = new ByteWriter();
    const lengths = sorted.map(([, value], k) => {
      const before = text.length;
      text.bytes(encodeUtf8(prefixOf[k] ? value.slice(table[prefixOf[k]! - 1]!.length) : value));
      return text.length - before;
    });
    this.packed(`${name}.at`, sorted.map(([row]) => row));
    this.blocked(`${name}.start`, lengths);
    this.sections[name] = text.done();
    if (options.prefixes) {
      this.bytes(`${name}.prefixes`, encodeUtf8(table.join('\n')));
      this.packed(`${name}.prefix`, prefixOf);
    }
  }
}

/** A string's part up to its first slash: "bs:person/". */
const PREFIX = /^[^/\n]*\//;

/** The prefixes at least two strings share, most used first (at most 255: one byte each). */
function prefixTable(values: readonly string[]): string[] {
  const uses = new Map<string, number>();
  for (const value of values) {
    const prefix = PREFIX.exec(value)?.[0];
    if (prefix) uses.set(prefix, (uses.get(prefix) ?? 0) + 1);
  }
  return [...uses].filter(([, n]) => n > 1).sort((x, y) => y[1] - x[1]).slice(0, 255).map(([prefix]) => prefix);
}

/** Reads what a SectionWriter wrote. */
export class SectionReader {
  constructor(
    private readonly container: Container,
    private readonly layout: Readonly<Record<string, number>>,
  ) {}

  bytes(name: string): Uint8Array {
    return this.container.section(name);
  }

  int32(name: string): Int32Array {
    return int32View(this.container.section(name));
  }

  packed(name: string): PackedUints {
    return new PackedUints(this.container.section(name), this.layout[name]!);
  }

  blocked(name: string): BlockedOffsets {
    const within = this.bytes(`${name}.within`);
    return new BlockedOffsets(this.layout[name]!, this.int32(`${name}.base`), this.layout[`${name}.width`] === 2 ? uint16View(within) : within);
  }

  lists(name: string, sorted: boolean): VarintLists {
    return new VarintLists(this.blocked(`${name}.start`), this.bytes(name), sorted);
  }

  sparse(name: string): SparseStrings {
    const table = `${name}.prefix` in this.layout ? this.bytes(`${name}.prefixes`) : undefined;
    const prefixes = table && { table: decodeUtf8(table, 0, table.length).split('\n'), of: this.packed(`${name}.prefix`) };
    return new SparseStrings(this.packed(`${name}.at`), this.blocked(`${name}.start`), this.bytes(name), prefixes);
  }
}

/** Per-row lists of unsigned integers (see SectionWriter.lists). */
export class VarintLists {
  constructor(
    private readonly starts: BlockedOffsets,
    private readonly bytes: Uint8Array,
    private readonly sorted: boolean,
  ) {}

  row(row: number): number[] {
    const out: number[] = [];
    const end = this.starts.at(row + 1);
    let previous = 0;
    for (let p = this.starts.at(row); p < end; ) {
      let byte = this.bytes[p++]!;
      let value = byte & 0x7f;
      for (let shift = 7; byte & 0x80; shift += 7) {
        byte = this.bytes[p++]!;
        value += (byte & 0x7f) * 2 ** shift;
      }
      if (this.sorted) value += previous;
      out.push(value);
      previous = value;
    }
    return out;
  }
}

/** A sparse string table: `get(row)` is the row's string or undefined. */
export class SparseStrings {
  constructor(
    private readonly rows: PackedUints,
    private readonly starts: BlockedOffsets,
    private readonly text: Uint8Array,
    private readonly prefixes?: { table: readonly string[]; of: PackedUints },
  ) {}

  get size(): number {
    return this.rows.length;
  }

  /** The k-th stored row and its string, in row order. */
  entry(k: number): [number, string] {
    const text = decodeUtf8(this.text, this.starts.at(k), this.starts.at(k + 1));
    const prefix = this.prefixes?.of.at(k);
    return [this.rows.at(k), prefix ? this.prefixes!.table[prefix - 1]! + text : text];
  }

  get(row: number): string | undefined {
    let lo = 0;
    let hi = this.rows.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = this.rows.at(mid);
      if (at === row) return this.entry(mid)[1];
      if (at < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }
}
