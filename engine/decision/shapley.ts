/**
 * Exact Shapley values of k players from a value function on coalitions (bit masks), 2^k evaluations:
 *
 *   phi_i = sum over S not containing i of |S|! (k - |S| - 1)! / k! x (v(S + i) - v(S))
 *
 * The values sum to v(all) - v(none) (efficiency) and a player who changes nothing gets 0 (dummy).
 * k is small (lever groups): 2^10 = 1,024 evaluations at most in practice.
 */

/** Shapley values for players 0..k-1; `value(mask)` gets each coalition once. */
export function shapleyValues(k: number, value: (mask: number) => number): number[] {
  if (k > 20) throw new Error('too many players for exact Shapley values');
  const n = 1 << k;
  const v = new Float64Array(n);
  for (let mask = 0; mask < n; mask++) v[mask] = value(mask);
  const fact = [1];
  for (let i = 1; i <= k; i++) fact.push(fact[i - 1] * i);
  const weight = Array.from({ length: k }, (_, s) => (fact[s] * fact[k - s - 1]) / fact[k]);
  const phi = new Array<number>(k).fill(0);
  for (let mask = 0; mask < n; mask++) {
    const size = popcount(mask);
    for (let i = 0; i < k; i++) {
      if (mask & (1 << i)) continue;
      phi[i] += weight[size] * (v[mask | (1 << i)] - v[mask]);
    }
  }
  return phi;
}

function popcount(x: number): number {
  let c = 0;
  for (; x; x &= x - 1) c++;
  return c;
}
