/**
 * The kernel generator: turns a KernelDescription into the JavaScript source of the year step of a
 * block (model -> generated code, as SDEverywhere does for system-dynamics models). The step runs
 * over every path of the block at once (structure of arrays) and does, in one loop per year: the S
 * sectors' correlated AR(1) shocks (the Cholesky factor unrolled), rare shocks, real and nominal
 * value added, chained growth, the energy and CO2 stage, the price and population shocks or the jobs
 * stage, the derived primitives (growth, deflator, nominal value added, GDP per capita), and writes
 * the kinds that histograms, targets and samples read to the block's arrays.
 *
 * Stages the description leaves out are not in the code at all, so V8 sees no per-path flag. Scalar
 * constants are literals when baked (exact: a double's shortest decimal form reads back to the same
 * double), else read from the description once per call, so that one kernel serves every model of a
 * shape. The arithmetic is that of the single-path references (evaluate-path.ts, reference-path.ts),
 * operation by operation and in the same order: given the same draws they give bit-identical values
 * (tests/mc/kernel-reference.test.ts, tests/mc/kernel-generated.test.ts).
 *
 * The source defines `step(D, I, st, t, count)` (D: the description, I: KernelInputs, st: BlockState)
 * and, with an energy stage, `stepAfterEnergy` for the years after its last one (else the same
 * function). Counting histograms inside this loop was measured slower (see docs/monte-carlo-kernel.md).
 */
import { blockNormalsLayout, type KernelDescription } from './kernel-description';
import { BLOCK_PATHS } from '../mc-defaults';
import { computedKind, energyVariants, stepPlan } from './step-plan';

/** A number as a JavaScript literal that reads back to the same double. */
export function literal(x: number): string {
  if (Object.is(x, -0)) return '(-0)';
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return x < 0 ? `(${String(x)})` : String(x);
}

/** Left-associated sum of terms, as the reference writes it (a + b + c = (a + b) + c). */
const sum = (terms: string[]) => terms.join(' + ');
const range = (n: number) => Array.from({ length: n }, (_, s) => s);

/**
 * Lines that set `name` to e^(arg) exactly as fast-exp.ts's expWith computes it (same operations in
 * the same order, so the same double), written into the loop rather than called: in the larger models
 * (energy, carbon, price and population shocks: up to 3S + 3 exps a path) V8 stopped inlining the
 * call, and each returned a boxed number (measured: 456 MB of garbage and 80-270 ms of scavenges per
 * worker in a 1M-path plan-target run). Outside (-16, 16), and for NaN, the call's own fallback runs.
 */
export function inlineExp(name: string, arg: string): string[] {
  return [
    `const ${name}x = ${arg};`,
    `let ${name};`,
    `if (${name}x > -16 && ${name}x < 16) {`,
    `  const ${name}k = (${name}x * 64 + 1024.5) | 0;`,
    `  const ${name}r = ${name}x - (${name}k - 1024) * 0.015625;`,
    `  ${name} = T[${name}k] * (1 + ${name}r * (1 + ${name}r * (0.5 + ${name}r * (1 / 6 + ${name}r * (1 / 24 + ${name}r * (1 / 120))))));`,
    `} else ${name} = expWith(T, ${name}x);`,
  ];
}

/** The source of the factory body `(expWith, table) => { step, stepAfterEnergy }`. */
export function generateKernelSource(d: KernelDescription, bake: boolean): string {
  const { energyOn, split: energySplit } = energyVariants(d);
  const body = [stepSource(d, 'step', energyOn, bake)];
  if (energySplit) body.push(stepSource(d, 'stepAfterEnergy', false, bake));
  else body.push('const stepAfterEnergy = step;');
  return `"use strict";\n${body.join('\n')}\nreturn { step, stepAfterEnergy };\n`;
}

/** One year step; `energy`: whether this variant runs the energy stage. */
function stepSource(d: KernelDescription, name: string, energy: boolean, bake: boolean): string {
  const S = d.sectors;
  const sectors = range(S);
  const written = new Set(d.write);
  // A year's normals: the columns before the energy stage's at o = j x base, the stage's at oe (blockNormalsLayout).
  const normals = blockNormalsLayout(d, BLOCK_PATHS);

  // What this variant computes (shared with the WebAssembly step: step-plan.ts).
  const { layout: L, need, nominalNeeded, qNeeded, perPathPop, popNeeded, chained, sharesNeeded, realNeeded } = stepPlan(d, energy);

  const pre: string[] = [];
  const loop: string[] = [];
  const P = (line: string) => pre.push(line);
  const B = (line: string) => loop.push(`    ${line}`);
  /** e^(arg) into the local `name` (inlineExp); returns the name to use in place of the call. */
  const E = (name: string, arg: string): string => {
    for (const line of inlineExp(name, arg)) B(line);
    return name;
  };
  // A scalar constant of the description: a literal when baked, else read once per call from D.
  const constants = new Map<string, string>();
  const c = (path: string, value: number): string => {
    if (bake) return literal(value);
    let local = constants.get(path);
    if (!local) {
      local = `k${constants.size}`;
      constants.set(path, local);
      pre.splice(1, 0, `  const ${local} = D.${path};`);
    }
    return local;
  };

  P(`function ${name}(D, I, st, t, count) {`);
  P('  const T = table;');
  P('  const z = st.z, u = st.u, k = st.kinds;');
  P(`  const keep = t === 0 ? 0 : ${c('persistence', d.persistence)};`);
  P(`  const scale = t === 0 ? 1 : ${c('innovationScale', d.innovationScale)};`);
  P(`  const gi = t * ${S};`);
  P('  const G = I.growth, PR = I.price;');
  for (const s of sectors) {
    P(`  const e${s} = st.e[${s}], r${s} = st.real[${s}];`);
    P(`  const g${s} = G[gi + ${s}], p${s} = PR[gi + ${s}];`);
    if (chained) P(`  const pp${s} = t === 0 ? I.basePrice[${s}] : PR[gi - ${S - s}];`);
  }

  // Sectors: AR(1) shocks loading on the unrolled Cholesky factor, then real value added.
  B(`const o = j * ${normals.base};`);
  B(`const ${sectors.map((s) => `z${s} = z[o${s ? ` + ${s}` : ''}]`).join(', ')};`);
  for (const s of sectors) {
    const w = sectors.slice(0, s + 1).map((col) => `${c(`factor[${s * S + col}]`, d.factor[s * S + col])} * z${col}`);
    B(`const a${s} = keep * e${s}[j] + scale * (${sum(w)});`);
    B(`e${s}[j] = a${s};`);
  }
  const rare = d.rare;
  if (rare) B(`const shock = u[j] < ${c('rare.probability', rare.probability)} ? ${c('rare.mean', rare.mean)} + ${c('rare.sd', rare.sd)} * z[o + ${rare.column}] : 0;`);
  if (chained) B(`const before = ${sum(sectors.map((s) => `r${s}[j] * pp${s}`))};`);
  for (const s of sectors) {
    // Without rare shocks the reference adds a zero: x + 0 = x except for x = -0, and exp(-0) = exp(0).
    const growthExp = E(`ex${s}`, `${c(`sectorVolatility[${s}]`, d.sectorVolatility[s])} * a${s}${rare ? ' + shock' : ''}`);
    B(`const v${s} = r${s}[j] * (g${s} * ${growthExp});`);
    B(`r${s}[j] = v${s};`);
  }
  if (chained) B(`const chain = (${sum(sectors.map((s) => `v${s} * pp${s}`))}) / before;`);
  B(`const ${sectors.map((s) => `y${s} = v${s} * p${s}`).join(', ')};`);
  B(`const nominal0 = ${sum(sectors.map((s) => `y${s}`))};`);
  if (realNeeded) B(`const real = ${sum(sectors.map((s) => `v${s}`))};`);
  if (sharesNeeded) {
    B('const inv = 1 / nominal0;');
    for (const s of sectors) if (need(L.shares[s])) B(`const share${s} = y${s} * inv;`);
  }

  // Energy and CO2 (energy-stage.ts).
  if (energy) {
    const en = d.energy;
    if (en.shocks || en.carbon) B(`const oe = ${normals.energyAt} + j * ${normals.energy};`);
    P('  const K = st.carbon;');
    P(`  const kf = I.carbonFactor[t];`);
    if (en.mode === 'structural') {
      for (const s of sectors) P(`  const i${s} = st.intensity[${s}], F${s} = I.intensityFactor[gi + ${s}];`);
      if (en.shocks) for (const s of sectors) P(`  const h${s} = st.eh[${s}];`);
      for (const s of sectors) {
        if (en.shocks) {
          B(`const x${s} = keep * h${s}[j] + scale * z[oe + ${en.shocks.column + s - normals.base}];`);
          B(`h${s}[j] = x${s};`);
          const energyExp = E(`eh${s}`, `${c(`energy.shocks.volatility[${s}]`, en.shocks.volatility[s])} * (${c('energy.shocks.growthCorrelation', en.shocks.growthCorrelation)} * a${s} + ${c('energy.shocks.ownScale', en.shocks.ownScale)} * x${s})`);
          B(`const b${s} = F${s} * ${energyExp};`);
        } else B(`const b${s} = F${s};`);
        B(`const n${s} = i${s}[j] * b${s};`);
        B(`i${s}[j] = n${s};`);
        B(`const use${s} = n${s} * v${s};`);
      }
      B(`const use = (${sum(sectors.map((s) => `use${s}`))}) * ${c('energy.inverseBaseEnergy', en.inverseBaseEnergy)};`);
    } else {
      P('  const exo = I.exogenousIntensity[t];');
      B(`const use = exo * (real / ${c('energy.baseReal', en.baseReal)});`);
    }
    if (en.carbon) {
      P('  const hk = st.ek;');
      B(`const xk = keep * hk[j] + scale * z[oe + ${en.carbon.column - normals.base}];`);
      B('hk[j] = xk;');
      const carbonExp = E('ek', `${c('energy.carbon.volatility', en.carbon.volatility)} * xk`);
      B(`const c = K[j] * (kf * ${carbonExp});`);
    } else B('const c = K[j] * kf;');
    B('K[j] = c;');
    B(`const intensity = use * (${c('energy.baseReal', en.baseReal)} / real);`);
    B('const co2 = use * c, co2Intensity = intensity * c;');
  }

  // Price factor.
  if (qNeeded) {
    const dfl = d.deflator!;
    P('  const ed = st.ed, q = st.q;');
    B(`const xd = keep * ed[j] + scale * z[o + ${dfl.column}];`);
    B('ed[j] = xd;');
    const priceExp = E('edf', `${c('deflator.volatility', dfl.volatility)} * xd`);
    B(`const qn = q[j] * (1 * ${priceExp});`);
    B('q[j] = qn;');
  }

  // Population: per path (shocked, jobs) or one number per year (exogenous).
  P('  const ps = st.popScalar;');
  P('  ps[1] = ps[0];');
  P('  ps[0] = ps[0] * I.populationGrowth[t];');
  if (popNeeded) {
    P('  const pop = st.pop;');
    if (d.population.mode === 'jobs') {
      for (const s of sectors) P(`  const c${s} = I.supportFactor[gi + ${s}];`);
      B('const pOld = pop[j];');
      B(`const pn = pOld + ${c('population.adjustmentSpeed', d.population.adjustmentSpeed)} * (${sum(sectors.map((s) => `v${s} * c${s}`))} - pOld);`);
    } else {
      P('  const ep = st.ep, pg = I.populationGrowth[t];');
      B(`const xp = keep * ep[j] + scale * z[o + ${d.population.column}];`);
      B('ep[j] = xp;');
      const popExp = E('epp', `${c('population.volatility', d.population.volatility)} * xp`);
      B(`const pn = pop[j] * (pg * ${popExp});`);
    }
    B('pop[j] = pn;');
  }

  // Derived primitives.
  if (nominalNeeded) B(`const nominal = ${qNeeded ? 'nominal0 * qn' : 'nominal0'};`);
  if (need(L.growthFactor)) {
    P('  const prevReal = st.prevReal;');
    B('const growth = real / prevReal[j];');
    B('prevReal[j] = real;');
  }
  if (need(L.gdpDeflatorIndex)) B('const deflatorIndex = nominal / real;');
  if (need(L.gdpPerCapita)) {
    if (d.perCapita === 'average') {
      if (perPathPop) {
        P('  const prevPop = st.prevPop;');
        B('const perCapita = nominal / ((prevPop[j] + pn) / 2);');
        B('prevPop[j] = pn;');
      } else {
        P('  const popAverage = (ps[1] + ps[0]) / 2;');
        B('const perCapita = nominal / popAverage;');
      }
    } else {
      if (!perPathPop) P('  const popNow = ps[0];');
      B(`const perCapita = nominal / ${perPathPop ? 'pn' : 'popNow'};`);
    }
  }

  // The value of each kind in the loop (state kinds are already stored in their arrays).
  const value = new Map<number, string>();
  value.set(L.gdpNominal, 'nominal');
  value.set(L.gdpReal, 'real');
  value.set(L.growthFactor, 'growth');
  value.set(L.gdpDeflatorIndex, 'deflatorIndex');
  value.set(L.gdpPerCapita, 'perCapita');
  value.set(L.chainedGrowthFactor, 'chain');
  for (const s of sectors) {
    value.set(L.valueAddedReal[s], `v${s}`);
    value.set(L.shares[s], `share${s}`);
    value.set(L.valueAddedNominal[s], qNeeded ? `(y${s} * qn)` : `y${s}`);
    value.set(L.energyUse[s], `use${s}`);
  }
  value.set(L.population, perPathPop ? 'pn' : 'ps[0]');
  value.set(L.priceFactor, qNeeded ? 'qn' : '1');
  value.set(L.energyUseRaw, 'use');
  value.set(L.energyIntensityRaw, 'intensity');
  value.set(L.co2EmissionsRaw, 'co2');
  value.set(L.co2IntensityRaw, 'co2Intensity');
  const stateKinds = new Set<number>([...L.valueAddedReal, ...(qNeeded ? [L.priceFactor] : []), ...(popNeeded ? [L.population] : [])]);
  // Energy kinds only in the energy variant; energy by sector only in the structural mode.
  const computed = computedKind(d, energy);

  for (const s of sectors) {
    if (!need(L.valueAddedNominal[s])) continue;
    B(`const vaNominal${s} = ${value.get(L.valueAddedNominal[s])};`);
    value.set(L.valueAddedNominal[s], `vaNominal${s}`);
  }
  for (const kind of [...written].sort((a, b) => a - b)) {
    if (stateKinds.has(kind) || !computed(kind)) continue;
    P(`  const out${kind} = k[${kind}];`);
    B(`out${kind}[j] = ${value.get(kind)};`);
  }
  return [...pre, '  for (let j = 0; j < count; j++) {', ...loop, '  }', '}'].join('\n');
}
