/**
 * The card shards and the search names ship gzip-compressed (a quarter of their
 * size: what keeps the extension's data inside its budget as the dataset grows).
 * Readers tell a packed file by its first two bytes, so a file some browser has
 * already decoded on the way, or one written plain, reads just the same.
 */

/** Whether `bytes` start as a gzip stream does (RFC 1952: 0x1f 0x8b). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** A data file's JSON, decompressing it first when it is packed (`DecompressionStream`: browsers and Node 18+). */
export async function readPackedJson(bytes: ArrayBuffer): Promise<unknown> {
  if (!isGzip(new Uint8Array(bytes))) return JSON.parse(new TextDecoder().decode(bytes));
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return JSON.parse(await new Response(stream).text());
}
