/** Whether this thread's Monte Carlo may use WebAssembly (tests set it false to run the JavaScript step and counter, to compare them). */
export const wasmSwitch = { enabled: true };

/**
 * `build(st)` once per block state, cached (null included: where WebAssembly cannot run it, the
 * caller uses its JavaScript loop); null at once while the switch is off. `build` may throw: null.
 */
export function perState<S extends object, T>(cache: WeakMap<S, T | null>, st: S, build: (st: S) => T | null): T | null {
  if (!wasmSwitch.enabled) return null;
  const hit = cache.get(st);
  if (hit !== undefined) return hit;
  let made: T | null = null;
  try {
    made = build(st);
  } catch {
    made = null;
  }
  cache.set(st, made);
  return made;
}
