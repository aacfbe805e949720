/**
 * Turns off V8's on-stack replacement (OSR) for the whole process, once, before the Node pool starts
 * workers (V8 flags are per process, so workers share them).
 *
 * Why: the kernel's functions are hot loops over 4096 paths, called thousands of times. With OSR, V8
 * first optimises them on the stack in the middle of a loop; after any later deoptimisation some were
 * left running as baseline (Sparkplug) code for good, and a run took 25-60% longer depending on the
 * order of warm-up calls (measured on Node 20: 500 ms vs 650-800 ms per million paths on one core).
 * Without OSR every function is optimised whole, after a few calls, and timings are stable. Code that
 * runs one long loop once (rare in this project) stays in the baseline tier for that call.
 */
import { setFlagsFromString } from 'node:v8';

const applied = { done: false };

/** Applies the flag (idempotent). */
export function disableOnStackReplacement(): void {
  if (applied.done) return;
  applied.done = true;
  setFlagsFromString('--no-use-osr');
}
