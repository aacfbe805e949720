/** Splitting work (blocks of paths, rows of samples) into contiguous units for workers. */

/**
 * [offset, count] pairs splitting `total` into at most `parts` contiguous, nearly equal, non-empty parts.
 * @example splitCount(10, 3) // => [[0, 4], [4, 3], [7, 3]]
 */
export function splitCount(total: number, parts: number): [number, number][] {
  const k = Math.max(1, Math.min(parts, total));
  const out: [number, number][] = [];
  let offset = 0;
  for (let i = 0; i < k; i++) {
    const count = Math.floor(total / k) + (i < total % k ? 1 : 0);
    out.push([offset, count]);
    offset += count;
  }
  return out;
}
