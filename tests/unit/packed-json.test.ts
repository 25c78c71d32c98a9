import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isGzip, readPackedJson } from '../../src/shared/packed-json';

const value = { version: 3, cards: { 'bs:person/x': { name: 'Zoë Ä “quoted”' } }, long: 'Taiwan '.repeat(5000) };
const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

describe('packed data files', () => {
  it('read a gzip-compressed file as the JSON it holds', async () => {
    const packed = gzipSync(JSON.stringify(value), { level: 9 });
    expect(isGzip(packed)).toBe(true);
    expect(packed.length).toBeLessThan(JSON.stringify(value).length / 10);
    expect(await readPackedJson(buffer(packed))).toEqual(value);
  });

  it('read a plain file (one a browser decoded on the way, say) just the same', async () => {
    const plain = new TextEncoder().encode(JSON.stringify(value));
    expect(isGzip(plain)).toBe(false);
    expect(await readPackedJson(buffer(plain))).toEqual(value);
  });

  it('fail on a damaged file rather than return half of it', async () => {
    const packed = gzipSync(JSON.stringify(value));
    await expect(readPackedJson(buffer(packed.subarray(0, packed.length >> 1)))).rejects.toThrow();
    expect(isGzip(new Uint8Array([0x1f]))).toBe(false);
  });
});
