/**
 * Today's outputs of schema-1 scenario files (the built-ins as they were before the linked model),
 * computed by the code of commit bab4211 (the model before energy from the sector mix) and stored as SHA-256 digests plus readable 2025 values:
 * the deterministic projection (every series and the scorecard) and a 8192-path Monte Carlo (every
 * quantile, mean and target probability). `npx tsx tests/linked/golden/v1-outputs.ts --write`
 * regenerates v1-golden.json; the test (v1-compat.test.ts) recomputes and compares bit for bit.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { compileMonteCarlo, project, resolveScenario, runMonteCarlo, simulateBlocks, flattenSeries, type ScenarioFile } from '../../../engine/index';
import { defaultPlan } from '../../../data/index';

export const V1_FILES = ['plan-target', 'historical-trend', 'services-led', 'manufacturing-surge', 'slow-recovery', 'investment-led'];
export const MC_FILES = ['historical-trend', 'plan-target'];

export interface GoldenEntry {
  /** Series paths of the projection as they were (new series may be added; these must not change). */
  seriesKeys: string[];
  /** Targets (id@year) the projection judged; targets it did not project may become projected later. */
  targetKeys: string[];
  projectionDigest: string;
  /** Readable: every series in 2025. */
  at2025: Record<string, number>;
  mcKeys?: string[];
  mcDigest?: string;
  mcTargets?: Record<string, number>;
}

const digest = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');
const file = (id: string) => JSON.parse(readFileSync(new URL(`./v1-${id}.json`, import.meta.url), 'utf8')) as ScenarioFile;

/** Recomputes the entry of one file; `keys` restricts the compared series to those stored. */
export async function goldenEntry(id: string, keys?: { series: string[]; targets: string[]; mc?: string[] }): Promise<GoldenEntry> {
  const scenario = resolveScenario(file(id), (x) => (V1_FILES.includes(x) ? file(x) : undefined), defaultPlan);
  const p = project(defaultPlan, scenario);
  const flat = new Map(flattenSeries(p.series));
  const seriesKeys = keys?.series ?? [...flat.keys()];
  const t2025 = p.years.indexOf(2025);
  const key = (t: { id: string; year: number }) => `${t.id}@${t.year}`;
  const targetKeys = keys?.targets ?? p.targets.filter((t) => t.projected !== null).map(key);
  const targets = targetKeys.map((k) => p.targets.find((t) => key(t) === k)).map((t) => t && [t.id, t.year, t.target, t.projected, t.met, t.gap]);
  const entry: GoldenEntry = {
    seriesKeys,
    targetKeys,
    projectionDigest: digest({ series: seriesKeys.map((k) => flat.get(k)), targets }),
    at2025: Object.fromEntries(seriesKeys.map((k) => [k, flat.get(k)![t2025]])),
  };
  if (MC_FILES.includes(id)) {
    const r = await runMonteCarlo(compileMonteCarlo(defaultPlan, scenario, { paths: 8192 }), async (m, range) => [simulateBlocks(m, range)]);
    const mcKeys = keys?.mc ?? Object.keys(r.quantiles);
    entry.mcKeys = mcKeys;
    entry.mcDigest = digest({ q: mcKeys.map((k) => r.quantiles[k]), mean: mcKeys.map((k) => r.mean[k]), targets: r.targets.map((t) => [t.id, t.year, t.probability]), joint: r.jointProbability });
    entry.mcTargets = Object.fromEntries(r.targets.map((t) => [`${t.id}@${t.year}`, t.probability]));
  }
  return entry;
}

if (process.argv.includes('--write')) {
  const out: Record<string, GoldenEntry> = {};
  for (const id of V1_FILES) out[id] = await goldenEntry(id);
  writeFileSync(new URL('./v1-golden.json', import.meta.url), JSON.stringify(out, null, 1) + '\n');
}
