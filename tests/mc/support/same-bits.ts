/**
 * Bit-for-bit comparison of typed arrays for tests. A deep `toEqual` walks a histogram of tens of
 * thousands of counts element by element and took seconds; this compares the bytes at once and, when
 * they differ, names the first index that does: `expect(firstDifference(a, b)).toBe(-1)`.
 */
export type NumberArray = Float64Array | Float32Array | Uint32Array | Int32Array | Uint8Array;

/** The first index where `a` and `b` differ in bits (or where the shorter one ends), or -1 when identical. */
export function firstDifference(a: NumberArray, b: NumberArray): number {
  const x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  if (a.length === b.length && Buffer.compare(x, y) === 0) return -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (!Object.is(a[i], b[i])) return i;
  return Math.min(a.length, b.length);
}
