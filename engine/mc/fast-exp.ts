/**
 * exp(x) by table and polynomial, for the Monte Carlo's per-year growth factors (about 1.5-2 ns
 * against 3.8 ns for Math.exp in V8 here; 45 million of them in the 1M-path benchmark).
 *
 * x = k / 64 + r with |r| <= 1/128: exp(x) = E[k] x (1 + r + r^2/2 + r^3/6 + r^4/24 + r^5/120),
 * where E[k] = Math.exp(k / 64). The truncation error is below r^6 / 720 < 3e-16 relative, so the
 * result agrees with Math.exp to a few units in the last place; exp(0) is exactly 1. Outside
 * [-16, 16] it falls back to Math.exp.
 */

const STEPS_PER_UNIT = 64;
const RANGE = 16;
const OFFSET = RANGE * STEPS_PER_UNIT;
const TABLE = new Float64Array(2 * OFFSET + 1);
for (let k = 0; k < TABLE.length; k++) TABLE[k] = Math.exp((k - OFFSET) / STEPS_PER_UNIT);

/** e^x, accurate to a few ulps. */
export function fastExp(x: number): number {
  if (!(x > -RANGE && x < RANGE)) return Math.exp(x);
  // Round x * 64 to the nearest integer k (shifted to be positive so that `| 0` rounds correctly).
  const k = (x * STEPS_PER_UNIT + (OFFSET + 0.5)) | 0;
  const r = x - (k - OFFSET) / STEPS_PER_UNIT;
  return TABLE[k] * (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24 + r * (1 / 120))))));
}
