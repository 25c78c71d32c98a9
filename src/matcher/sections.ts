/**
 * Named sections of the index file and the encodings built on them. Every one is
 * read in place with O(1) or O(log n) access and nothing decoded at load: a cold
 * service worker runs loops slowly, and reading more bytes costs less than
 * decoding fewer (see README.md, "The index file").
 * - packed: unsigned integers in the fewest whole bytes (width in the header);
 * - blocked: running totals (BlockedOffsets);
 * - lists: a list of unsigned integers per row, as varints (deltas when sorted);
 * - sparse: strings for a few rows only, found by binary search.
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

  /** Strings for some rows: `pairs` of [row, text], any order. */
  sparse(name: string, pairs: readonly (readonly [number, string])[]): void {
    const sorted = [...pairs].sort((x, y) => x[0] - y[0]);
    const text = new ByteWriter();
    const starts = new Int32Array(sorted.length + 1);
    sorted.forEach(([, value], k) => {
      text.bytes(encodeUtf8(value));
      starts[k + 1] = text.length;
    });
    this.packed(`${name}.at`, sorted.map(([row]) => row));
    this.bytes(`${name}.start`, starts);
    this.sections[name] = text.done();
  }
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
    return new SparseStrings(this.packed(`${name}.at`), this.int32(`${name}.start`), this.bytes(name));
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
    private readonly starts: Int32Array,
    private readonly text: Uint8Array,
  ) {}

  get size(): number {
    return this.rows.length;
  }

  /** The k-th stored row and its string, in row order. */
  entry(k: number): [number, string] {
    return [this.rows.at(k), decodeUtf8(this.text, this.starts[k]!, this.starts[k + 1]!)];
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
