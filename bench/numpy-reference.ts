/** Runs bench/mc_numpy.py on the workload; undefined (with the reason) when python3 or numpy is missing. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface NumpyResult {
  seconds: number;
  peakMB: number;
  gdpQuantiles: number[][];
  shareQuantiles: number[][];
  joint: number;
  numpy: string;
}

export function runNumpy(workload: unknown): NumpyResult | { missing: string } {
  const script = fileURLToPath(new URL('./mc_numpy.py', import.meta.url));
  const r = spawnSync('python3', [script], { input: JSON.stringify(workload), encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.error) return { missing: `python3 not available (${r.error.message})` };
  if (r.status !== 0) return { missing: /No module named .?numpy/.test(r.stderr) ? 'numpy not installed' : `mc_numpy.py failed: ${r.stderr.trim().split('\n').pop()}` };
  return JSON.parse(r.stdout) as NumpyResult;
}
