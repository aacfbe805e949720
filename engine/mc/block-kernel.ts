/**
 * The Monte Carlo's hot loop, year by year over every path of a block at once (structure of arrays):
 * the per-year constants stay in registers and each loop is short and branch-light, which is about
 * twice as fast in V8 as looping path by path. The arithmetic is exactly that of evaluate-path.ts
 * (the single-path reference): given the same draws both give bit-identical values (tested).
 *
 * Draws: year t of a block reads BLOCK_PATHS x normalsPerYear normals (path-major within the year),
 * then BLOCK_PATHS uniforms when rare shocks are active, from the block's stream. A partial block
 * still draws for BLOCK_PATHS paths, so a run of N paths is a prefix of any longer run.
 */
import { BLOCK_PATHS } from './mc-defaults';
import type { McModel } from './mc-types';
import { KIND } from './primitive-kinds';
import type { BlockState } from './block-state';
import { EXP_TABLE, expWith } from './fast-exp';
import type { Xoshiro128 } from './rng/xoshiro128';
import { fillNormals, fillUniforms } from './rng/ziggurat';

/** Draws year t and computes every needed primitive of that year for the first `count` paths. */
export function advanceYear(m: McModel, st: BlockState, rng: Xoshiro128, t: number, count: number): void {
  const cols = m.normalsPerYear;
  fillNormals(rng, st.z, 0, BLOCK_PATHS * cols);
  if (m.rareColumn >= 0) fillUniforms(rng, st.u, 0, BLOCK_PATHS);
  advanceSectors(m, st, t, count);
  // Energy state accumulates year by year, so the stage runs up to the last year anything reads.
  if (m.energy.active && t <= m.energy.lastYear) advanceEnergy(m, st, t, count);
  if (m.deflatorColumn >= 0) advanceCommon(m, st.ed, st.q, st.z, m.deflatorColumn, m.deflatorVolatility, 1, t, count);
  if (m.jobs.active) advanceJobs(m, st, t, count);
  else if (m.populationColumn >= 0) advanceCommon(m, st.ep, st.pop, st.z, m.populationColumn, m.populationVolatility, m.populationGrowth[t], t, count);
  else {
    st.prevPopScalar[0] = st.popScalar[0];
    st.popScalar[0] = st.popScalar[0] * m.populationGrowth[t];
  }
  finishYear(m, st, t, count);
}

/** Sector shocks, real value added, nominal GDP (before the price factor) and shares. */
function advanceSectors(m: McModel, st: BlockState, t: number, count: number): void {
  const cols = m.normalsPerYear;
  const z = st.z, u = st.u;
  const f = m.factor;
  const l00 = f[0], l10 = f[3], l11 = f[4], l20 = f[6], l21 = f[7], l22 = f[8];
  const keep = t === 0 ? 0 : m.persistence;
  const scale = t === 0 ? 1 : m.innovationScale;
  const sg0 = m.sectorVolatility[0], sg1 = m.sectorVolatility[1], sg2 = m.sectorVolatility[2];
  const rcol = m.rareColumn;
  const rp = rcol >= 0 ? m.rareProbability : -1;
  const rm = m.rareMean, rs = m.rareSd;
  const gi = t * 3;
  const g0 = m.growth[gi], g1 = m.growth[gi + 1], g2 = m.growth[gi + 2];
  const p0 = m.price[gi], p1 = m.price[gi + 1], p2 = m.price[gi + 2];
  const table = EXP_TABLE;
  const [e0, e1, e2] = st.e;
  const [r0, r1, r2] = st.real;
  const nominalOut = st.kinds[KIND.gdpNominal];
  const realOut = st.kinds[KIND.gdpReal];
  // Shares and real GDP only when needed (the benchmark needs one share): each flag is one
  // well-predicted branch per path, cheaper than the stores it saves.
  const w0 = m.need[KIND.shares] === 1, w1 = m.need[KIND.shares + 1] === 1, w2 = m.need[KIND.shares + 2] === 1;
  const wReal = m.stateNeeded;
  const sh0 = st.kinds[KIND.shares], sh1 = st.kinds[KIND.shares + 1], sh2 = st.kinds[KIND.shares + 2];
  // Chained growth: this year's real value added at last year's prices over last year's (the common
  // price shock cancels), only when asked for.
  const wChain = m.need[KIND.chainedGrowthFactor] === 1;
  const chainOut = st.kinds[KIND.chainedGrowthFactor];
  const pp0 = t === 0 ? m.basePrice[0] : m.price[gi - 3], pp1 = t === 0 ? m.basePrice[1] : m.price[gi - 2], pp2 = t === 0 ? m.basePrice[2] : m.price[gi - 1];
  for (let j = 0; j < count; j++) {
    const o = j * cols;
    const z0 = z[o], z1 = z[o + 1], z2 = z[o + 2];
    const a0 = keep * e0[j] + scale * (l00 * z0);
    const a1 = keep * e1[j] + scale * (l10 * z0 + l11 * z1);
    const a2 = keep * e2[j] + scale * (l20 * z0 + l21 * z1 + l22 * z2);
    e0[j] = a0;
    e1[j] = a1;
    e2[j] = a2;
    const shock = rp > 0 && u[j] < rp ? rm + rs * z[o + rcol] : 0;
    const before = wChain ? r0[j] * pp0 + r1[j] * pp1 + r2[j] * pp2 : 0;
    const v0 = r0[j] * (g0 * expWith(table, sg0 * a0 + shock));
    const v1 = r1[j] * (g1 * expWith(table, sg1 * a1 + shock));
    const v2 = r2[j] * (g2 * expWith(table, sg2 * a2 + shock));
    r0[j] = v0;
    r1[j] = v1;
    r2[j] = v2;
    if (wChain) chainOut[j] = (v0 * pp0 + v1 * pp1 + v2 * pp2) / before;
    const y0 = v0 * p0, y1 = v1 * p1, y2 = v2 * p2;
    const nominal = y0 + y1 + y2;
    nominalOut[j] = nominal;
    if (wReal) realOut[j] = v0 + v1 + v2;
    const inv = 1 / nominal;
    if (w0) sh0[j] = y0 * inv;
    if (w1) sh1[j] = y1 * inv;
    if (w2) sh2[j] = y2 * inv;
  }
}

/** Energy by sector, the energy and CO2 indices (energy-stage.ts), after the sectors' real value added. */
function advanceEnergy(m: McModel, st: BlockState, t: number, count: number): void {
  const g = m.energy;
  const cols = m.normalsPerYear;
  const z = st.z;
  const keep = t === 0 ? 0 : m.persistence;
  const scale = t === 0 ? 1 : m.innovationScale;
  const table = EXP_TABLE;
  const ecol = g.column, kcol = g.carbonColumn;
  const r = g.growthCorrelation, own = g.ownScale;
  const sv0 = g.volatility[0], sv1 = g.volatility[1], sv2 = g.volatility[2], sk = g.carbonVolatility;
  const structural = g.structural;
  const f0 = structural ? g.intensityFactor[t * 3] : 0, f1 = structural ? g.intensityFactor[t * 3 + 1] : 0, f2 = structural ? g.intensityFactor[t * 3 + 2] : 0;
  const exo = structural ? 0 : g.exogenousIntensity[t];
  const kf = g.carbonFactor[t];
  const invE0 = g.inverseBaseEnergy, y0 = g.baseReal;
  const [e0, e1, e2] = st.e;
  const [r0, r1, r2] = st.real;
  const [i0, i1, i2] = st.intensity;
  const [h0, h1, h2] = st.eh;
  const K = st.carbon, hk = st.ek;
  const k = st.kinds;
  const u0 = k[KIND.energyUse], u1 = k[KIND.energyUse + 1], u2 = k[KIND.energyUse + 2];
  const useOut = k[KIND.energyUseRaw], intOut = k[KIND.energyIntensityRaw], co2Out = k[KIND.co2EmissionsRaw], co2IntOut = k[KIND.co2IntensityRaw];
  for (let j = 0; j < count; j++) {
    const o = j * cols;
    const real = r0[j] + r1[j] + r2[j];
    let use: number;
    if (structural) {
      let a0 = f0, a1 = f1, a2 = f2;
      if (ecol >= 0) {
        const x0 = keep * h0[j] + scale * z[o + ecol];
        const x1 = keep * h1[j] + scale * z[o + ecol + 1];
        const x2 = keep * h2[j] + scale * z[o + ecol + 2];
        h0[j] = x0;
        h1[j] = x1;
        h2[j] = x2;
        a0 = f0 * expWith(table, sv0 * (r * e0[j] + own * x0));
        a1 = f1 * expWith(table, sv1 * (r * e1[j] + own * x1));
        a2 = f2 * expWith(table, sv2 * (r * e2[j] + own * x2));
      }
      const n0 = i0[j] * a0, n1 = i1[j] * a1, n2 = i2[j] * a2;
      i0[j] = n0;
      i1[j] = n1;
      i2[j] = n2;
      const v0 = n0 * r0[j], v1 = n1 * r1[j], v2 = n2 * r2[j];
      u0[j] = v0;
      u1[j] = v1;
      u2[j] = v2;
      use = (v0 + v1 + v2) * invE0;
    } else use = exo * (real / y0);
    let c = K[j] * kf;
    if (kcol >= 0) {
      const xk = keep * hk[j] + scale * z[o + kcol];
      hk[j] = xk;
      c = K[j] * (kf * expWith(table, sk * xk));
    }
    K[j] = c;
    const intensity = use * (y0 / real);
    useOut[j] = use;
    intOut[j] = intensity;
    co2Out[j] = use * c;
    co2IntOut[j] = intensity * c;
  }
}

/** Population following the path's jobs (jobs-stage.ts): pop += a x (sum_s r_s c_s - pop). */
function advanceJobs(m: McModel, st: BlockState, t: number, count: number): void {
  const f = m.jobs.supportFactor, a = m.jobs.adjustmentSpeed;
  const c0 = f[t * 3], c1 = f[t * 3 + 1], c2 = f[t * 3 + 2];
  const [r0, r1, r2] = st.real;
  const pop = st.pop;
  for (let j = 0; j < count; j++) {
    const p = pop[j];
    pop[j] = p + a * (r0[j] * c0 + r1[j] * c1 + r2[j] * c2 - p);
  }
}

/** A level driven by one AR(1) shock (price factor or population): level *= factor x exp(sigma e). */
function advanceCommon(m: McModel, e: Float64Array, level: Float64Array, z: Float64Array, col: number, sigma: number, factor: number, t: number, count: number): void {
  const cols = m.normalsPerYear;
  const keep = t === 0 ? 0 : m.persistence;
  const scale = t === 0 ? 1 : m.innovationScale;
  const table = EXP_TABLE;
  for (let j = 0; j < count; j++) {
    const x = keep * e[j] + scale * z[j * cols + col];
    e[j] = x;
    level[j] = level[j] * (factor * expWith(table, sigma * x));
  }
}

/** Nominal GDP with the price factor, and the primitives derived from the path's state. */
function finishYear(m: McModel, st: BlockState, t: number, count: number): void {
  const need = m.need;
  const k = st.kinds;
  const nominal = k[KIND.gdpNominal], real = k[KIND.gdpReal], q = st.q;
  if (m.deflatorColumn >= 0) for (let j = 0; j < count; j++) nominal[j] = nominal[j] * q[j];
  if (need[KIND.growthFactor] === 1) {
    const out = k[KIND.growthFactor], prev = st.prevReal;
    for (let j = 0; j < count; j++) {
      out[j] = real[j] / prev[j];
      prev[j] = real[j];
    }
  }
  if (need[KIND.gdpDeflatorIndex] === 1) {
    const out = k[KIND.gdpDeflatorIndex];
    for (let j = 0; j < count; j++) out[j] = nominal[j] / real[j];
  }
  for (let s = 0; s < 3; s++) {
    if (need[KIND.valueAddedNominal + s] !== 1) continue;
    const out = k[KIND.valueAddedNominal + s], r = st.real[s], p = m.price[t * 3 + s];
    for (let j = 0; j < count; j++) out[j] = r[j] * p * q[j];
  }
  if (need[KIND.gdpPerCapita] === 1 && m.averagePopulationPerCapita) {
    // schemaVersion 2: over the average of the year's opening and closing population.
    const out = k[KIND.gdpPerCapita];
    if (m.populationColumn >= 0 || m.jobs.active) {
      const prev = st.prevPop, pop = st.pop;
      for (let j = 0; j < count; j++) {
        out[j] = nominal[j] / ((prev[j] + pop[j]) / 2);
        prev[j] = pop[j];
      }
    } else {
      const pop = (st.prevPopScalar[0] + st.popScalar[0]) / 2;
      for (let j = 0; j < count; j++) out[j] = nominal[j] / pop;
    }
  } else if (need[KIND.gdpPerCapita] === 1) {
    const out = k[KIND.gdpPerCapita];
    if (m.populationColumn >= 0 || m.jobs.active) for (let j = 0; j < count; j++) out[j] = nominal[j] / st.pop[j];
    else {
      const pop = st.popScalar[0];
      for (let j = 0; j < count; j++) out[j] = nominal[j] / pop;
    }
  }
}
