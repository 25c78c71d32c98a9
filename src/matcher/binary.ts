/**
 * The container of the prebuilt index file, and the encodings its sections use.
 *
 * Layout: magic "BSMX", format version (u32), header length (u32), the header as
 * UTF-8 JSON `{ sections: { name: [offset, bytes] }, meta }`, then each section's
 * bytes at an offset that is a multiple of 8, so typed-array views need no copy.
 * Numbers are little-endian (every browser and Node platform we ship for).
 * Sections are plain bytes; how to read one is up to the index (see index-file.ts).
 */

const MAGIC = 0x584d5342; // "BSMX" read as a little-endian u32
const ALIGN = 8;

/** Grows a byte buffer; used to write varint streams and concatenated strings. */
export class ByteWriter {
  private buffer = new Uint8Array(1024);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.buffer.length) return;
    let size = this.buffer.length * 2;
    while (size < this.length + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(this.buffer.subarray(0, this.length));
    this.buffer = next;
  }

  /** Appends an unsigned integer as LEB128 (7 bits a byte, low bits first). */
  varint(value: number): void {
    if (!(value >= 0 && value <= 0xffffffff && Number.isInteger(value))) throw new Error(`varint out of range: ${value}`);
    this.room(5);
    let v = value;
    while (v >= 0x80) {
      this.buffer[this.length++] = (v & 0x7f) | 0x80;
      v = Math.floor(v / 128);
    }
    this.buffer[this.length++] = v;
  }

  bytes(data: Uint8Array): void {
    this.room(data.length);
    this.buffer.set(data, this.length);
    this.length += data.length;
  }

  done(): Uint8Array {
    return this.buffer.slice(0, this.length);
  }
}

/**
 * Running totals with O(1) access and nothing to decode at load: the total before
 * each block of 2^shift values (Int32), plus for each value the total since its
 * block began, in one or two bytes. `at(i)` is the sum of values 0 … i - 1, for i
 * from 0 to the count. All-zero totals store nothing.
 */
export class BlockedOffsets {
  constructor(
    private readonly shift: number,
    private readonly base: Int32Array,
    private readonly within: Uint8Array | Uint16Array,
  ) {}

  at(i: number): number {
    return this.shift < 0 ? 0 : this.base[i >>> this.shift]! + this.within[i]!;
  }
}

export interface BlockLayout {
  /** log2 of the block size; -1 when every total is 0. */
  shift: number;
  base: Int32Array;
  within: Uint8Array | Uint16Array;
}

function tryLayout(totals: Float64Array, shift: number, max: number): BlockLayout | undefined {
  const size = 1 << shift;
  const base = new Int32Array(Math.ceil(totals.length / size));
  const within = max === 0xff ? new Uint8Array(totals.length) : new Uint16Array(totals.length);
  for (let i = 0; i < totals.length; i++) {
    if (i % size === 0) base[i / size] = totals[i]!;
    const rest = totals[i]! - base[i >>> shift]!;
    if (rest > max) return undefined;
    within[i] = rest;
  }
  return { shift, base, within };
}

/** Lays out running totals of `values` for BlockedOffsets in the fewest bytes. */
export function blockOffsets(values: ArrayLike<number>): BlockLayout {
  const totals = new Float64Array(values.length + 1);
  for (let i = 0; i < values.length; i++) totals[i + 1] = totals[i]! + values[i]!;
  if (totals[values.length]! > 0x7fffffff) throw new Error('index file: offsets beyond 2^31');
  if (totals[values.length] === 0) return { shift: -1, base: new Int32Array(0), within: new Uint8Array(0) };
  let best: BlockLayout | undefined;
  let bestBytes = Infinity;
  for (const max of [0xff, 0xffff]) {
    for (let shift = 8; shift >= 0; shift--) {
      const layout = tryLayout(totals, shift, max);
      if (!layout) continue;
      const bytes = layout.base.byteLength + layout.within.byteLength;
      if (bytes < bestBytes) [best, bestBytes] = [layout, bytes];
      break; // smaller blocks of the same width only cost more
    }
  }
  return best!;
}

/** Bytes per value for unsigned integers up to `max` (1, 2, 3 or 4). */
function widthFor(max: number): number {
  return max < 0x100 ? 1 : max < 0x10000 ? 2 : max < 0x1000000 ? 3 : 4;
}

/** Unsigned integers in the fewest whole bytes that hold the largest (little-endian). */
export function packUints(values: ArrayLike<number>): { width: number; bytes: Uint8Array } {
  let max = 0;
  for (let i = 0; i < values.length; i++) max = Math.max(max, values[i]!);
  const width = widthFor(max);
  const bytes = new Uint8Array(values.length * width);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    for (let b = 0; b < width; b++) bytes[i * width + b] = (v >>> (8 * b)) & 0xff;
  }
  return { width, bytes };
}

/** Random access to what `packUints` wrote. */
export class PackedUints {
  readonly length: number;
  private readonly u16: Uint16Array | null;
  private readonly u32: Uint32Array | null;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly width: number,
  ) {
    this.length = bytes.length / width;
    this.u16 = width === 2 ? new Uint16Array(bytes.buffer, bytes.byteOffset, this.length) : null;
    this.u32 = width === 4 ? new Uint32Array(bytes.buffer, bytes.byteOffset, this.length) : null;
  }

  at(i: number): number {
    switch (this.width) {
      case 1:
        return this.bytes[i]!;
      case 2:
        return this.u16![i]!;
      case 3:
        return this.bytes[3 * i]! | (this.bytes[3 * i + 1]! << 8) | (this.bytes[3 * i + 2]! << 16);
      default:
        return this.u32![i]!;
    }
  }
}

/** Values 0–3, four to a byte, low bits first. */
export function packTwoBits(values: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(Math.ceil(values.length / 4));
  for (let i = 0; i < values.length; i++) out[i >> 2]! |= values[i]! << ((i & 3) * 2);
  return out;
}

/** The i-th value `packTwoBits` wrote. */
export function twoBitsAt(bytes: Uint8Array, i: number): number {
  return (bytes[i >> 2]! >> ((i & 3) * 2)) & 3;
}

/** Writes sections and a JSON header into one file. */
export function writeContainer(version: number, meta: unknown, sections: Record<string, Uint8Array>): Uint8Array {
  const names = Object.keys(sections);
  const offsets: Record<string, [number, number]> = {};
  // The header holds the offsets, which depend on the header's length: lay out
  // again until the data starts where the header written last says it does.
  let start = 0;
  let headerBytes = new Uint8Array(0);
  for (let next = align(12); next !== start; ) {
    start = next;
    let at = start;
    for (const name of names) {
      offsets[name] = [at, sections[name]!.length];
      at = align(at + sections[name]!.length);
    }
    headerBytes = new TextEncoder().encode(JSON.stringify({ sections: offsets, meta }));
    next = Math.max(start, align(12 + headerBytes.length));
  }
  const [lastAt, lastLength] = names.length ? offsets[names[names.length - 1]!]! : [start, 0];
  const out = new Uint8Array(align(lastAt + lastLength));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, version, true);
  view.setUint32(8, headerBytes.length, true);
  out.set(headerBytes, 12);
  for (const name of names) out.set(sections[name]!, offsets[name]![0]);
  return out;
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}

export interface Container {
  meta: unknown;
  /** The bytes of a section (a view into the file, not a copy). */
  section(name: string): Uint8Array;
}

/** Opens a file `writeContainer` wrote; throws on another format or version. */
export function readContainer(file: ArrayBuffer | Uint8Array, version: number): Container {
  let bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  // Views of 4-byte numbers need an aligned start (a Node Buffer may sit anywhere in its pool).
  if (bytes.byteOffset % ALIGN !== 0) bytes = bytes.slice();
  if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error('index file: big-endian platforms are not supported');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || view.getUint32(0, true) !== MAGIC) throw new Error('index file: not a Backstory matcher index');
  const found = view.getUint32(4, true);
  if (found !== version) throw new Error(`index file: format version ${found}, expected ${version} (rebuild the extension)`);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + view.getUint32(8, true)))) as {
    sections: Record<string, [number, number]>;
    meta: unknown;
  };
  return {
    meta: header.meta,
    section(name) {
      const entry = header.sections[name];
      if (!entry) throw new Error(`index file: no section "${name}"`);
      return bytes.subarray(entry[0], entry[0] + entry[1]);
    },
  };
}
