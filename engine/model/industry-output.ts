/**
 * Industrial output and the plan's industry-cluster targets (亿元, current prices):
 *
 *   industrialOutput(t) = VA_nominal(secondary, t) / ratio(t),  ratio(t) = ratio(t-1) x (1 + r(t))
 *   cluster c           = share_c x industrialOutput            (a top-level manufacturing cluster)
 *                       = share_c x output of its parent         (nested: new-energy vehicles within automotive)
 *                       = sum of the outputs it is made of       (a cluster measured as a sum, e.g. automotive
 *                                                                 manufacturing plus its services)
 *
 * ratio(0) is the plan's own base: secondary value added over gross industrial output (1088.5 / 2972 =
 * 0.366 for 2020). The cluster list and shares are plan data (PlanData.industryClusters), not code.
 */
import type { IndustryCluster } from '../plan/plan-types';

/**
 * Industrial output from secondary value added at current prices.
 * @param valueAddedRatioBase secondary value added per unit of industrial output in the base year
 * @param ratioChange yearly change of that ratio over the projected years (fraction)
 * @example industrialOutput([1088.5], 1088.5 / 2972, []) // => [2972]
 */
export function industrialOutput(secondaryNominalYi: readonly number[], valueAddedRatioBase: number, ratioChange: readonly number[]): number[] {
  let ratio = valueAddedRatioBase;
  return secondaryNominalYi.map((va, t) => {
    if (t > 0) ratio *= 1 + ratioChange[t - 1];
    return va / ratio;
  });
}

/**
 * Each cluster's output, 亿元, in the cluster list's order of dependency (parents first is not required).
 * @param shares overrides of the plan's shares by cluster id (a scenario's `industry.clusterShares`)
 * @throws Error when a cluster refers to an unknown or circular parent (plan data is checked by tests)
 */
export function clusterOutputs(industrial: readonly number[], clusters: readonly IndustryCluster[], shares: Record<string, number> = {}): Record<string, number[]> {
  const byId = new Map(clusters.map((c) => [c.id, c]));
  const out: Record<string, number[]> = {};
  const visiting = new Set<string>();
  const resolve = (id: string): number[] => {
    if (out[id]) return out[id];
    const c = byId.get(id);
    if (!c || visiting.has(id)) throw new Error(`industry cluster "${id}" is unknown or circular`);
    visiting.add(id);
    let values: number[];
    if (c.sumOf) {
      const parts = c.sumOf.map(resolve);
      values = industrial.map((_, t) => parts.reduce((a, p) => a + p[t], 0));
    } else {
      const base = c.within ? resolve(c.within) : industrial;
      const share = shares[c.id] ?? c.share ?? 0;
      values = base.map((v) => share * v);
    }
    visiting.delete(id);
    out[id] = values;
    return values;
  };
  for (const c of clusters) resolve(c.id);
  return out;
}
