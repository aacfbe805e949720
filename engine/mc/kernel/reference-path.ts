/**
 * The single-path reference of a kernel description, for any number of sectors: one path, one year
 * after another, every stage the description has, written plainly from the equations (README
 * "Monte Carlo", energy-stage.ts, jobs-stage.ts) with loops over the sectors. It is the oracle of the
 * generated kernel for descriptions the scenario compiler cannot produce (S != 3, any mix of stages);
 * for S = 3 it gives exactly the values of evaluate-path.ts (both tested). Slow on purpose.
 *
 * Each year reads `normalsPerYear` normals from z (sectors first, then the description's columns)
 * and one uniform from u when rare shocks are on. Values go to out[kind * years + t] in the layout
 * of primitiveLayout(S); the energy kinds only up to the energy stage's last year.
 */
import { fastExp } from '../fast-exp';
import type { KernelInputs } from '../block-state';
import { primitiveLayout, type KernelDescription } from './kernel-description';

/** Computes one path of `years` years into `out`. */
export function referencePath(d: KernelDescription, input: KernelInputs, years: number, z: Float64Array, u: Float64Array, out: Float64Array): void {
  const S = d.sectors, n = years, cols = d.normalsPerYear;
  const L = primitiveLayout(S);
  const at = (kind: number, t: number) => kind * n + t;
  const e = new Float64Array(S);
  const h = new Float64Array(S);
  const real = Float64Array.from(input.baseValueAdded);
  const intensity = Float64Array.from(input.baseIntensity.length >= S ? input.baseIntensity : new Float64Array(S));
  let ed = 0, ep = 0, hk = 0, K = 1, q = 1;
  let pop = input.basePopulation;
  let prevReal = real[0];
  for (let s = 1; s < S; s++) prevReal += real[s];
  for (let t = 0; t < n; t++) {
    const zi = t * cols;
    const keep = t === 0 ? 0 : d.persistence;
    const scale = t === 0 ? 1 : d.innovationScale;
    // Sector shocks: e = keep e + scale (L z), L lower-triangular.
    for (let s = 0; s < S; s++) {
      let w = d.factor[s * S] * z[zi];
      for (let c = 1; c <= s; c++) w += d.factor[s * S + c] * z[zi + c];
      e[s] = keep * e[s] + scale * w;
    }
    const shock = d.rare && u[t] < d.rare.probability ? d.rare.mean + d.rare.sd * z[zi + d.rare.column] : 0;
    const pp = (s: number) => (t === 0 ? input.basePrice[s] : input.price[(t - 1) * S + s]);
    let before = 0, after = 0, nominal0 = 0, realSum = 0;
    const y = new Float64Array(S);
    for (let s = 0; s < S; s++) before = s === 0 ? real[0] * pp(0) : before + real[s] * pp(s);
    for (let s = 0; s < S; s++) {
      real[s] *= input.growth[t * S + s] * fastExp(d.sectorVolatility[s] * e[s] + shock);
      y[s] = real[s] * input.price[t * S + s];
      after = s === 0 ? real[0] * pp(0) : after + real[s] * pp(s);
      nominal0 = s === 0 ? y[0] : nominal0 + y[s];
      realSum = s === 0 ? real[0] : realSum + real[s];
    }
    out[at(L.chainedGrowthFactor, t)] = after / before;
    const inv = 1 / nominal0;
    for (let s = 0; s < S; s++) {
      out[at(L.valueAddedReal[s], t)] = real[s];
      out[at(L.shares[s], t)] = y[s] * inv;
    }
    out[at(L.gdpReal, t)] = realSum;
    // Energy and CO2.
    const en = d.energy;
    if (en.mode !== 'off' && t <= en.lastYear) {
      let use: number;
      if (en.mode === 'structural') {
        let total = 0;
        for (let s = 0; s < S; s++) {
          let b = input.intensityFactor[t * S + s];
          if (en.shocks) {
            h[s] = keep * h[s] + scale * z[zi + en.shocks.column + s];
            b = b * fastExp(en.shocks.volatility[s] * (en.shocks.growthCorrelation * e[s] + en.shocks.ownScale * h[s]));
          }
          intensity[s] *= b;
          const v = intensity[s] * real[s];
          out[at(L.energyUse[s], t)] = v;
          total = s === 0 ? v : total + v;
        }
        use = total * en.inverseBaseEnergy;
      } else use = input.exogenousIntensity[t] * (realSum / en.baseReal);
      if (en.carbon) {
        hk = keep * hk + scale * z[zi + en.carbon.column];
        K = K * (input.carbonFactor[t] * fastExp(en.carbon.volatility * hk));
      } else K = K * input.carbonFactor[t];
      const energyIntensity = use * (en.baseReal / realSum);
      out[at(L.energyUseRaw, t)] = use;
      out[at(L.energyIntensityRaw, t)] = energyIntensity;
      out[at(L.co2EmissionsRaw, t)] = use * K;
      out[at(L.co2IntensityRaw, t)] = energyIntensity * K;
    }
    // Price factor and population.
    if (d.deflator) {
      ed = keep * ed + scale * z[zi + d.deflator.column];
      q = q * fastExp(d.deflator.volatility * ed);
    }
    const prevPop = pop;
    if (d.population.mode === 'jobs') {
      let supported = 0;
      for (let s = 0; s < S; s++) supported = s === 0 ? real[0] * input.supportFactor[t * S] : supported + real[s] * input.supportFactor[t * S + s];
      pop = pop + d.population.adjustmentSpeed * (supported - pop);
    } else if (d.population.mode === 'shocked') {
      ep = keep * ep + scale * z[zi + d.population.column];
      pop = pop * (input.populationGrowth[t] * fastExp(d.population.volatility * ep));
    } else pop = pop * input.populationGrowth[t];
    // Derived primitives.
    const nominal = nominal0 * q;
    out[at(L.gdpNominal, t)] = nominal;
    out[at(L.priceFactor, t)] = q;
    out[at(L.population, t)] = pop;
    out[at(L.growthFactor, t)] = realSum / prevReal;
    prevReal = realSum;
    out[at(L.gdpDeflatorIndex, t)] = nominal / realSum;
    for (let s = 0; s < S; s++) out[at(L.valueAddedNominal[s], t)] = y[s] * q;
    out[at(L.gdpPerCapita, t)] = d.perCapita === 'average' ? nominal / ((prevPop + pop) / 2) : nominal / pop;
  }
}
