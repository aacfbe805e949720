/**
 * The equations of one simulated path (see README "Monte Carlo"), year t = 1 ... T after the base year:
 *
 *   w(t)       = L z(t)                              L: lower-triangular factor of the sectors' correlation
 *   e(s, 1)    = w(s, 1);  e(s, t) = rho e(s, t-1) + sqrt(1 - rho^2) w(s, t)     AR(1), unit variance
 *   J(t)       = B(t) x (mu + tau x zJ(t)),  B(t) ~ Bernoulli(p)                  rare shock, all sectors alike
 *   ln VA_real(s, t) = ln VA_real(s, t-1) + ln(1 + g(s, t)) + sigma(s) e(s, t) + J(t)
 *   ln Q(t)    = ln Q(t-1) + sigmaD eD(t)             common price shock (eD: AR(1) like e, own normals)
 *   P(s, t)    = Pdet(s, t) x Q(t);  VA_nominal(s, t) = VA_real(s, t) x P(s, t)
 *   ln pop(t)  = ln pop(t-1) + ln(1 + n(t)) + sigmaP eP(t)   (eP: AR(1) like e, own normals)
 *
 * and, in the structural energy or carbon mode, the energy stage of energy-stage.ts.
 *
 * With every shock zero the path is the deterministic projection. Each year reads `normalsPerYear`
 * normals from `z` (3 sectors, then deflator, population, rare-shock size, 3 energy and 1 carbon when
 * active) and one uniform from `u` when rare shocks are active.
 */
import { KIND } from './primitive-kinds';
import { fastExp } from './fast-exp';
import type { McModel } from './mc-types';

/**
 * Computes one path's primitives into `out` (kind-major: out[kind * years + t]). Nominal GDP and the
 * shares are always written; real GDP, real value added, population and the price factor when
 * `m.stateNeeded`; growth, the deflator, nominal value added and GDP per capita when `m.derivedNeeded`
 * (computed after the year loop from the others).
 * @param z normals, years x normalsPerYear
 * @param u uniforms in (0, 1), one per year (read only with rare shocks)
 */
export function evaluatePath(m: McModel, z: Float64Array, u: Float64Array, out: Float64Array): void {
  const n = m.years;
  const cols = m.normalsPerYear;
  const f = m.factor;
  const l00 = f[0], l10 = f[3], l11 = f[4], l20 = f[6], l21 = f[7], l22 = f[8];
  const rho = m.persistence;
  const c = m.innovationScale;
  const sg0 = m.sectorVolatility[0], sg1 = m.sectorVolatility[1], sg2 = m.sectorVolatility[2];
  const rcol = m.rareColumn;
  const rp = rcol >= 0 ? m.rareProbability : -1;
  const rm = m.rareMean, rs = m.rareSd;
  // An inactive deflator or population shock reads column 0 with volatility 0 (exp(0) = 1).
  const dcol = Math.max(m.deflatorColumn, 0), sd = m.deflatorColumn >= 0 ? m.deflatorVolatility : 0;
  const pcol = Math.max(m.populationColumn, 0), sp = m.populationColumn >= 0 ? m.populationVolatility : 0;
  const gr = m.growth, pr = m.price, pg = m.populationGrowth;
  // Jobs stage (jobs-stage.ts): population follows the path's jobs, as in the generated kernel (kernel/generate-step.ts).
  const jb = m.jobs, jf = jb.supportFactor, ja = jb.adjustmentSpeed;
  const oN = KIND.gdpNominal * n, oR = KIND.gdpReal * n, oVa = KIND.valueAddedReal * n, oSh = KIND.shares * n;
  const oPop = KIND.population * n, oQ = KIND.priceFactor * n;
  const state = m.stateNeeded;
  let r0 = m.baseValueAdded[0], r1 = m.baseValueAdded[1], r2 = m.baseValueAdded[2];
  let q = 1;
  let pop = m.basePopulation;
  let e0 = 0, e1 = 0, e2 = 0, ed = 0, ep = 0;
  let keep = 0;
  let scale = 1;
  // Energy stage (energy-stage.ts); the same operations in the same order as the generated kernel (kernel/generate-step.ts).
  const g = m.energy;
  let i0 = g.baseIntensity[0], i1 = g.baseIntensity[1], i2 = g.baseIntensity[2];
  let h0 = 0, h1 = 0, h2 = 0, hk = 0, K = 1;
  const oU = KIND.energyUse * n, oUse = KIND.energyUseRaw * n, oInt = KIND.energyIntensityRaw * n, oCo2 = KIND.co2EmissionsRaw * n, oCo2Int = KIND.co2IntensityRaw * n;
  for (let t = 0; t < n; t++) {
    const zi = t * cols;
    const z0 = z[zi], z1 = z[zi + 1], z2 = z[zi + 2];
    // First year: e = w (keep 0, scale 1); later years: e = rho e + sqrt(1 - rho^2) w.
    e0 = keep * e0 + scale * (l00 * z0);
    e1 = keep * e1 + scale * (l10 * z0 + l11 * z1);
    e2 = keep * e2 + scale * (l20 * z0 + l21 * z1 + l22 * z2);
    ed = keep * ed + scale * z[zi + dcol];
    ep = keep * ep + scale * z[zi + pcol];
    const keepT = keep, scaleT = scale;
    keep = rho;
    scale = c;
    const shock = rp > 0 && u[t] < rp ? rm + rs * z[zi + rcol] : 0;
    const gi = t * 3;
    const pp0 = t === 0 ? m.basePrice[0] : pr[gi - 3], pp1 = t === 0 ? m.basePrice[1] : pr[gi - 2], pp2 = t === 0 ? m.basePrice[2] : pr[gi - 1];
    const before = r0 * pp0 + r1 * pp1 + r2 * pp2;
    r0 *= gr[gi] * fastExp(sg0 * e0 + shock);
    r1 *= gr[gi + 1] * fastExp(sg1 * e1 + shock);
    r2 *= gr[gi + 2] * fastExp(sg2 * e2 + shock);
    if (g.active && t <= g.lastYear) {
      const real = r0 + r1 + r2;
      let use: number;
      if (g.structural) {
        const f = g.intensityFactor;
        let a0 = f[gi], a1 = f[gi + 1], a2 = f[gi + 2];
        if (g.column >= 0) {
          const ec = zi + g.column;
          h0 = keepT * h0 + scaleT * z[ec];
          h1 = keepT * h1 + scaleT * z[ec + 1];
          h2 = keepT * h2 + scaleT * z[ec + 2];
          a0 = f[gi] * fastExp(g.volatility[0] * (g.growthCorrelation * e0 + g.ownScale * h0));
          a1 = f[gi + 1] * fastExp(g.volatility[1] * (g.growthCorrelation * e1 + g.ownScale * h1));
          a2 = f[gi + 2] * fastExp(g.volatility[2] * (g.growthCorrelation * e2 + g.ownScale * h2));
        }
        i0 *= a0;
        i1 *= a1;
        i2 *= a2;
        const v0 = i0 * r0, v1 = i1 * r1, v2 = i2 * r2;
        out[oU + t] = v0;
        out[oU + n + t] = v1;
        out[oU + 2 * n + t] = v2;
        use = (v0 + v1 + v2) * g.inverseBaseEnergy;
      } else use = g.exogenousIntensity[t] * (real / g.baseReal);
      if (g.carbonColumn >= 0) {
        hk = keepT * hk + scaleT * z[zi + g.carbonColumn];
        K = K * (g.carbonFactor[t] * fastExp(g.carbonVolatility * hk));
      } else K = K * g.carbonFactor[t];
      const intensity = use * (g.baseReal / real);
      out[oUse + t] = use;
      out[oInt + t] = intensity;
      out[oCo2 + t] = use * K;
      out[oCo2Int + t] = intensity * K;
    }
    if (sd > 0) q *= fastExp(sd * ed);
    if (jb.active) pop = pop + ja * (r0 * jf[gi] + r1 * jf[gi + 1] + r2 * jf[gi + 2] - pop);
    else pop *= sp > 0 ? pg[t] * fastExp(sp * ep) : pg[t];
    out[KIND.chainedGrowthFactor * n + t] = (r0 * pp0 + r1 * pp1 + r2 * pp2) / before;
    const y0 = r0 * pr[gi], y1 = r1 * pr[gi + 1], y2 = r2 * pr[gi + 2];
    const nominal = y0 + y1 + y2;
    const inv = 1 / nominal;
    out[oN + t] = nominal * q;
    out[oSh + t] = y0 * inv;
    out[oSh + n + t] = y1 * inv;
    out[oSh + 2 * n + t] = y2 * inv;
    if (state) {
      out[oR + t] = r0 + r1 + r2;
      out[oVa + t] = r0;
      out[oVa + n + t] = r1;
      out[oVa + 2 * n + t] = r2;
      out[oPop + t] = pop;
      out[oQ + t] = q;
    }
  }
  if (m.derivedNeeded) deriveOthers(m, out);
}

/** Growth, the deflator, nominal value added and GDP per capita from the primitives written above. */
function deriveOthers(m: McModel, out: Float64Array): void {
  const n = m.years;
  const need = m.need;
  const pr = m.price;
  const oN = KIND.gdpNominal * n, oR = KIND.gdpReal * n, oVa = KIND.valueAddedReal * n;
  const oPop = KIND.population * n, oQ = KIND.priceFactor * n;
  if (need[KIND.growthFactor] === 1) {
    const o = KIND.growthFactor * n;
    let prev = m.baseValueAdded[0] + m.baseValueAdded[1] + m.baseValueAdded[2];
    for (let t = 0; t < n; t++) {
      out[o + t] = out[oR + t] / prev;
      prev = out[oR + t];
    }
  }
  if (need[KIND.gdpDeflatorIndex] === 1) {
    const o = KIND.gdpDeflatorIndex * n;
    for (let t = 0; t < n; t++) out[o + t] = out[oN + t] / out[oR + t];
  }
  for (let s = 0; s < 3; s++) {
    if (need[KIND.valueAddedNominal + s] !== 1) continue;
    const o = (KIND.valueAddedNominal + s) * n;
    for (let t = 0; t < n; t++) out[o + t] = out[oVa + s * n + t] * pr[t * 3 + s] * out[oQ + t];
  }
  if (need[KIND.gdpPerCapita] === 1) {
    const o = KIND.gdpPerCapita * n;
    if (m.averagePopulationPerCapita) for (let t = 0; t < n; t++) out[o + t] = out[oN + t] / (((t === 0 ? m.basePopulation : out[oPop + t - 1]) + out[oPop + t]) / 2);
    else for (let t = 0; t < n; t++) out[o + t] = out[oN + t] / out[oPop + t];
  }
}
