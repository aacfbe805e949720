/**
 * Generous bounds on the log standard deviation of each primitive after k projected years, used only
 * to place histogram ranges (slots.ts); the results never depend on them beyond bin placement.
 *
 * With AR(1) shocks of unit variance and persistence rho, the cumulative shock after k years has
 * variance  sum_{u,v <= k} rho^|u - v|.  Rare shocks add at most k p (m^2 + sd^2) and shift the centre
 * by about k p m (added to the bound). A sum of sectors moves by at most the share-weighted sum of
 * its sectors' moves; a share s by (1 - w_s) of its own and w_k of every other sector's (common shocks
 * cancel in shares), w the deterministic shares of nominal GDP. These are first-order bounds, which is
 * enough: the range spans 8 of them either side, and values beyond it are still counted exactly.
 */
import { KIND } from '../primitive-kinds';

/** What the bounds depend on (fractions; volatilities are standard deviations of log growth). */
export interface SpreadInputs {
  sectorVolatility: readonly number[];
  deflatorVolatility: number;
  populationVolatility: number;
  persistence: number;
  rareProbability: number;
  rareMean: number;
  rareSd: number;
  /** Per projected year: max - min over sectors of the log deterministic price index. */
  logPriceRange: readonly number[];
  /** Per projected year: the deterministic shares of nominal GDP, [t][sector]. */
  shares: readonly (readonly number[])[];
  /** Largest volatility of a sector's energy intensity, and of CO2 per unit of energy (energy-stage.ts). */
  energyVolatility: number;
  carbonVolatility: number;
  /** Population follows jobs (jobs-stage.ts): it moves with real value added, not with population shocks. */
  jobsPopulation?: boolean;
}

/** Variance of the sum of k unit-variance AR(1) shocks with persistence rho. */
export function cumulativeShockVariance(k: number, rho: number): number {
  let v = k;
  let power = 1;
  for (let lag = 1; lag < k; lag++) {
    power *= rho;
    v += 2 * (k - lag) * power;
  }
  return Math.max(v, 0);
}

/** Bound on the log standard deviation of primitive `kind` after k >= 1 projected years. */
export function logSpread(kind: number, k: number, inp: SpreadInputs): number {
  const cum = Math.sqrt(cumulativeShockVariance(k, inp.persistence));
  const rareVar = k * inp.rareProbability * (inp.rareMean ** 2 + inp.rareSd ** 2);
  const rareShift = k * inp.rareProbability * Math.abs(inp.rareMean);
  const sig = inp.sectorVolatility;
  const maxSig = Math.max(...sig);
  const real = (s: number) => Math.sqrt((sig[s] * cum) ** 2 + rareVar) + rareShift;
  const nominal = (s: number) => Math.sqrt((sig[s] * cum) ** 2 + (inp.deflatorVolatility * cum) ** 2 + rareVar) + rareShift;
  const w = inp.shares[k - 1];
  const weighted = (f: (s: number) => number) => w[0] * f(0) + w[1] * f(1) + w[2] * f(2);
  // In jobs mode population is a smoothed weighted sum of the sectors' real value added: bounded by the widest sector.
  const population = inp.jobsPopulation ? Math.sqrt((maxSig * cum) ** 2 + rareVar) + rareShift : inp.populationVolatility * cum;
  switch (kind) {
    case KIND.gdpNominal:
      return weighted(nominal);
    case KIND.gdpReal:
      return weighted(real);
    case KIND.growthFactor:
    case KIND.chainedGrowthFactor:
      return Math.sqrt(maxSig ** 2 + inp.rareProbability * (inp.rareMean ** 2 + inp.rareSd ** 2)) + inp.rareProbability * Math.abs(inp.rareMean);
    case KIND.gdpDeflatorIndex:
      return inp.deflatorVolatility * cum + inp.logPriceRange[k - 1] * Math.min(1, maxSig * cum);
    case KIND.population:
      return population;
    case KIND.gdpPerCapita:
      // In jobs mode population moves with output, so output per resident varies less than output: its bound serves.
      return inp.jobsPopulation ? weighted(nominal) : weighted(nominal) + population;
    case KIND.priceFactor:
      return inp.deflatorVolatility * cum;
    case KIND.energyUse:
    case KIND.energyUse + 1:
    case KIND.energyUse + 2:
    case KIND.energyUseRaw:
      return Math.sqrt((maxSig * cum) ** 2 + rareVar) + rareShift + inp.energyVolatility * cum;
    case KIND.energyIntensityRaw:
      // A mix of sectors' intensities: moves with the shares of real output and the intensities.
      return 2 * maxSig * cum + inp.energyVolatility * cum;
    case KIND.co2EmissionsRaw:
      return Math.sqrt((maxSig * cum) ** 2 + rareVar) + rareShift + (inp.energyVolatility + inp.carbonVolatility) * cum;
    case KIND.co2IntensityRaw:
      return 2 * maxSig * cum + (inp.energyVolatility + inp.carbonVolatility) * cum;
    default:
      if (kind >= KIND.valueAddedNominal && kind < KIND.valueAddedNominal + 3) return nominal(kind - KIND.valueAddedNominal);
      if (kind >= KIND.valueAddedReal && kind < KIND.valueAddedReal + 3) return real(kind - KIND.valueAddedReal);
      if (kind >= KIND.shares && kind < KIND.shares + 3) {
        const own = kind - KIND.shares;
        return cum * sig.reduce((acc, x, j) => acc + (j === own ? 1 - w[j] : w[j]) * x, 0);
      }
      throw new RangeError(`unknown primitive kind ${kind}`);
  }
}
