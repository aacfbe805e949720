/** Runs bench/mc_numpy.py on the workload, or says why it cannot (python3 or numpy missing). */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** What mc_numpy.py prints: seconds of simulation, peak RSS (MB), results for the cross-check. */
export interface NumpyResult {
  seconds: number;
  peakMB: number;
  gdpQuantiles: number[][];
  shareQuantiles: number[][];
  joint: number;
  numpy: string;
}

/**
 * Runs a NumPy reference on `workload` (JSON on stdin): `plain` is bench/mc_numpy.py (straightforward),
 * `tuned` is bench/mc_numpy_tuned.py ((3, N) float64 layout, preallocated, in place).
 */
export function runNumpy(workload: unknown, variant: 'plain' | 'tuned' = 'plain'): NumpyResult | { missing: string } {
  const script = fileURLToPath(new URL(variant === 'tuned' ? './mc_numpy_tuned.py' : './mc_numpy.py', import.meta.url));
  const r = spawnSync('python3', [script], { input: JSON.stringify(workload), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) return { missing: `python3 not available (${r.error.message})` };
  if (r.status !== 0) return { missing: /No module named .?numpy/.test(r.stderr) ? 'numpy not installed' : `mc_numpy.py failed: ${r.stderr.trim().split('\n').pop()}` };
  return JSON.parse(r.stdout) as NumpyResult;
}
