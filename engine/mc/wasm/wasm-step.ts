/**
 * The year step as WebAssembly SIMD: the same computation as the generated JavaScript step
 * (kernel/generate-step.ts), two paths at a time in f64x2 lanes. Every value is computed by the same
 * IEEE operations in the same order as the JavaScript step and the single-path references, lane by
 * lane, so the results are bit-identical (tests/mc/kernel-wasm.test.ts); exp is fast-exp.ts's
 * expWith written out (table, reduction, polynomial) with its fallback, for a pair with an argument
 * outside (-16, 16) or NaN, a call to expWith itself for both lanes.
 *
 * Why: on the benchmark workload the JavaScript step was ~45% of the Monte Carlo's time, and most of
 * it arithmetic that V8 compiles one path at a time (about 18 ns a path-year); two lanes halve the
 * arithmetic instructions (measured in docs/monte-carlo-kernel.md).
 *
 * The step reads and writes the block state's arrays in place: they are views of the module's memory
 * (block-state.ts allocates them there), addressed by their byte offsets, baked into the code as
 * load/store offsets. The per-call scalars (this year's planned rates, the description's constants,
 * keep and scale) are written by the wrapper to a small parameter area that the code reads once per
 * call, so one module serves every description of a shape and every year.
 *
 * A pair of paths (j, j + 1) is computed for j = 0, 2, ...: with an odd count the last pair's second
 * lane is the path just past the block's count, inside the arrays (BLOCK_PATHS long), whose values no
 * one reads.
 */
import { blockNormalsLayout, type KernelDescription } from '../kernel/kernel-description';
import { BLOCK_PATHS } from '../mc-defaults';
import { computedKind, stepPlan } from '../kernel/step-plan';
import type { BlockState, KernelInputs } from '../block-state';
import { F64, I32, V128, control, encodeModule, f64x2, get, i32, i32x4, i64x2, set, v128, type Code } from './wasm-encoder';

/** A scalar the step reads once per call: (description, inputs, state, year) -> value. */
export type ParamGetter = (D: KernelDescription, I: KernelInputs, st: BlockState, t: number) => number;

/** A generated step: the module's bytes and the getters of its parameter area, in order. */
export interface WasmStepSource {
  bytes: Uint8Array<ArrayBuffer>;
  params: ParamGetter[];
}

const EXP_IMPORT = 0;

/** The step for description `d` over state `st` (its arrays' offsets); `energy`: whether this variant runs the energy stage. */
export function generateWasmStep(d: KernelDescription, st: BlockState, energy: boolean, memoryPages: number): WasmStepSource {
  const S = d.sectors;
  const sectors = Array.from({ length: S }, (_, s) => s);
  // A year's normals: the columns before the energy stage's (stride base), then the stage's (blockNormalsLayout).
  const normals = blockNormalsLayout(d, BLOCK_PATHS);
  // What this variant computes: the same plan as the JavaScript step's (kernel/step-plan.ts).
  const { layout: L, need, nominalNeeded, qNeeded, perPathPop, popNeeded, chained, sharesNeeded, realNeeded } = stepPlan(d, energy);

  // Locals: 0 count (param), then i32 j, o (j * 8), zo (j * base * 8), ze (j * energy * 8), then v128 locals by name.
  const COUNT = 0, J = 1, O = 2, ZO = 3, ZE = 4;
  const i32Locals = 4;
  const vLocals = new Map<string, number>();
  const local = (name: string): number => {
    let at = vLocals.get(name);
    if (at === undefined) {
      at = 1 + i32Locals + vLocals.size;
      vLocals.set(name, at);
    }
    return at;
  };
  const v = (name: string): Code => get(local(name));

  // Parameters: loaded once per call from the parameter area into v128 locals (both lanes).
  const params: ParamGetter[] = [];
  const prologue: Code[] = [];
  const paramsAt = st.params.byteOffset;
  const param = (name: string, getter: ParamGetter): Code => {
    if (!vLocals.has(name)) {
      const index = params.length;
      params.push(getter);
      prologue.push(set(local(name), v128.load64Splat(paramsAt + 8 * index, i32.const(0))));
    }
    return v(name);
  };
  const c = (x: number): Code => v128.f64x2Const(x);

  const body: Code[] = [];
  const B = (code: Code) => body.push(code);
  const let_ = (name: string, value: Code): Code => {
    B(set(local(name), value));
    return v(name);
  };
  /** This pair's values of a per-path array, and a store to it. */
  const load = (arr: Float64Array): Code => v128.load(arr.byteOffset, get(O));
  const store = (arr: Float64Array, value: Code) => B(v128.store(arr.byteOffset, get(O), value));
  /**
   * Normal column `col` of this pair: before the energy stage's columns, path j's is z[j * base + col];
   * the stage's, z[energyAt + j * energy + col - base].
   */
  const zAt = (col: number): Code => {
    const energyColumn = col >= normals.base;
    const first = st.z.byteOffset + 8 * (energyColumn ? normals.energyAt + col - normals.base : col);
    const stride = energyColumn ? normals.energy : normals.base;
    const offset = energyColumn ? ZE : ZO;
    return v128.load64Lane(first + 8 * stride, get(offset), v128.load64Zero(first, get(offset)), 1);
  };
  const T = st.table.byteOffset;
  /**
   * e^(arg) into local `name` (fast-exp.ts expWith, lane by lane), deferred: the argument is computed
   * here, the exp at the next flushExps(), which tests every pending argument at once (one branch per
   * pair instead of one per exp) and computes them all by the table and polynomial, or all by calls
   * to expWith when any lane of any of them is outside (-16, 16) or NaN (the same values either way).
   */
  const pending: string[] = [];
  const exp = (name: string, arg: Code): Code => {
    let_(`${name}x`, arg);
    pending.push(name);
    return get(local(name));
  };
  const flushExps = () => {
    if (pending.length === 0) return;
    // Every lane of every argument in (-16, 16), as expWith's test x > -16 && x < 16 (|x| < 16 is the same set, and false for NaN).
    const inRange = pending.map((name) => f64x2.lt(f64x2.abs(get(local(`${name}x`))), c(16))).reduce((all, one) => v128.and(all, one));
    const fast = pending.flatMap((name) => {
      const x = get(local(`${name}x`)), k = local(`${name}k`), r = local(`${name}r`);
      const lane = (n: number) => i32.shl(i32x4.extractLane(get(k), n), i32.const(3));
      const poly = f64x2.mul(
        v128.load64Lane(T, lane(1), v128.load64Zero(T, lane(0)), 1),
        f64x2.add(c(1), f64x2.mul(get(r), f64x2.add(c(1), f64x2.mul(get(r), f64x2.add(c(0.5), f64x2.mul(get(r), f64x2.add(c(1 / 6), f64x2.mul(get(r), f64x2.add(c(1 / 24), f64x2.mul(get(r), c(1 / 120))))))))))),
      );
      return [
        set(k, i32x4.truncSatF64x2SZero(f64x2.add(f64x2.mul(x, c(64)), c(1024.5)))),
        set(r, f64x2.sub(x, f64x2.mul(f64x2.convertLowI32x4S(i32x4.sub(get(k), v128.i32x4Const(1024))), c(0.015625)))),
        set(local(name), poly),
      ];
    });
    const slow = pending.map((name) => {
      const x = get(local(`${name}x`));
      return set(local(name), f64x2.replaceLane(f64x2.splat(control.call(EXP_IMPORT, f64x2.extractLane(x, 0))), 1, control.call(EXP_IMPORT, f64x2.extractLane(x, 1))));
    });
    B(control.ifElse(i32.eq(i64x2.bitmask(inRange), i32.const(3)), fast, slow));
    pending.length = 0;
  };
  const sum = (terms: Code[]): Code => terms.slice(1).reduce((acc, t) => f64x2.add(acc, t), terms[0]);

  const keep = param('keep', (D, _I, _st, t) => (t === 0 ? 0 : D.persistence));
  const scale = param('scale', (D, _I, _st, t) => (t === 0 ? 1 : D.innovationScale));
  const g = sectors.map((s) => param(`g${s}`, (_D, I, _st, t) => I.growth[t * S + s]));
  const p = sectors.map((s) => param(`p${s}`, (_D, I, _st, t) => I.price[t * S + s]));
  const pp = chained ? sectors.map((s) => param(`pp${s}`, (_D, I, _st, t) => (t === 0 ? I.basePrice[s] : I.price[(t - 1) * S + s]))) : [];

  // Sectors: AR(1) shocks on the Cholesky factor, then real value added.
  const z = sectors.map((s) => let_(`z${s}`, zAt(s)));
  const a = sectors.map((s) => {
    const w = sectors.slice(0, s + 1).map((col) => f64x2.mul(param(`f${s}_${col}`, (D) => D.factor[s * S + col]), z[col]));
    const value = let_(`a${s}`, f64x2.add(f64x2.mul(keep, load(st.e[s])), f64x2.mul(scale, sum(w))));
    store(st.e[s], value);
    return value;
  });
  const rare = d.rare;
  const shock = rare
    ? let_('shock', v128.bitselect(
      f64x2.add(param('rareMean', (D) => D.rare!.mean), f64x2.mul(param('rareSd', (D) => D.rare!.sd), zAt(rare.column))),
      c(0),
      f64x2.lt(load(st.u), param('rareP', (D) => D.rare!.probability)),
    ))
    : null;
  // Every exp's argument first (the shocks' AR(1) states are stored here), then all exps at once.
  const growthExp = sectors.map((s) => {
    const arg = f64x2.mul(param(`sigma${s}`, (D) => D.sectorVolatility[s]), a[s]);
    return exp(`ex${s}`, shock ? f64x2.add(arg, shock) : arg);
  });
  const en = d.energy;
  const energyExp = energy && en.mode === 'structural' && en.shocks
    ? sectors.map((s) => {
      const x = let_(`x${s}`, f64x2.add(f64x2.mul(keep, load(st.eh[s])), f64x2.mul(scale, zAt(en.shocks!.column + s))));
      store(st.eh[s], x);
      return exp(`eh${s}`, f64x2.mul(
        param(`ev${s}`, (D) => D.energy.shocks!.volatility[s]),
        f64x2.add(f64x2.mul(param('egc', (D) => D.energy.shocks!.growthCorrelation), a[s]), f64x2.mul(param('eown', (D) => D.energy.shocks!.ownScale), x)),
      ));
    })
    : [];
  let carbonExp: Code | null = null;
  if (energy && en.carbon) {
    const xk = let_('xk', f64x2.add(f64x2.mul(keep, load(st.ek)), f64x2.mul(scale, zAt(en.carbon.column))));
    store(st.ek, xk);
    carbonExp = exp('ek', f64x2.mul(param('kv', (D) => D.energy.carbon!.volatility), xk));
  }
  let priceExp: Code | null = null;
  if (qNeeded) {
    const xd = let_('xd', f64x2.add(f64x2.mul(keep, load(st.ed)), f64x2.mul(scale, zAt(d.deflator!.column))));
    store(st.ed, xd);
    priceExp = exp('edf', f64x2.mul(param('dv', (D) => D.deflator!.volatility), xd));
  }
  let popExp: Code | null = null;
  if (popNeeded && d.population.mode !== 'jobs') {
    const xp = let_('xp', f64x2.add(f64x2.mul(keep, load(st.ep)), f64x2.mul(scale, zAt(d.population.column))));
    store(st.ep, xp);
    popExp = exp('epp', f64x2.mul(param('pv', (D) => D.population.volatility), xp));
  }
  flushExps();

  const before = chained ? let_('before', sum(sectors.map((s) => f64x2.mul(load(st.real[s]), pp[s])))) : null;
  const va = sectors.map((s) => {
    const value = let_(`v${s}`, f64x2.mul(load(st.real[s]), f64x2.mul(g[s], growthExp[s])));
    store(st.real[s], value);
    return value;
  });
  const chain = chained ? let_('chain', f64x2.div(sum(sectors.map((s) => f64x2.mul(va[s], pp[s]))), before!)) : null;
  const y = sectors.map((s) => let_(`y${s}`, f64x2.mul(va[s], p[s])));
  const nominal0 = let_('nominal0', sum(y));
  const real = realNeeded ? let_('real', sum(va)) : null;
  const share: Code[] = [];
  if (sharesNeeded) {
    const inv = let_('inv', f64x2.div(c(1), nominal0));
    for (const s of sectors) if (need(L.shares[s])) share[s] = let_(`share${s}`, f64x2.mul(y[s], inv));
  }

  // Energy and CO2.
  let use: Code | null = null, intensity: Code | null = null, co2: Code | null = null, co2Intensity: Code | null = null;
  const useBy: Code[] = [];
  if (energy) {
    if (en.mode === 'structural') {
      const uses = sectors.map((s) => {
        const F = param(`F${s}`, (_D, I, _st, t) => I.intensityFactor[t * S + s]);
        let b: Code;
        if (en.shocks) b = let_(`b${s}`, f64x2.mul(F, energyExp[s]));
        else b = F;
        const n = let_(`n${s}`, f64x2.mul(load(st.intensity[s]), b));
        store(st.intensity[s], n);
        useBy[s] = let_(`use${s}`, f64x2.mul(n, va[s]));
        return useBy[s];
      });
      use = let_('use', f64x2.mul(sum(uses), param('invBase', (D) => D.energy.inverseBaseEnergy)));
    } else {
      use = let_('use', f64x2.mul(param('exo', (_D, I, _st, t) => I.exogenousIntensity[t]), f64x2.div(real!, param('baseReal', (D) => D.energy.baseReal))));
    }
    const kf = param('kf', (_D, I, _st, t) => I.carbonFactor[t]);
    let carbon: Code;
    if (carbonExp) carbon = let_('c', f64x2.mul(load(st.carbon), f64x2.mul(kf, carbonExp)));
    else carbon = let_('c', f64x2.mul(load(st.carbon), kf));
    store(st.carbon, carbon);
    intensity = let_('intensity', f64x2.mul(use, f64x2.div(param('baseReal', (D) => D.energy.baseReal), real!)));
    co2 = let_('co2', f64x2.mul(use, carbon));
    co2Intensity = let_('co2Intensity', f64x2.mul(intensity, carbon));
  }

  // Price factor (the JavaScript step multiplies by 1 first: 1 * x is x, bit for bit).
  let qn: Code | null = null;
  if (priceExp) {
    qn = let_('qn', f64x2.mul(load(st.q), priceExp));
    store(st.q, qn);
  }

  // Population: per path (jobs or shocked), else this year's planned number (the wrapper advances popScalar).
  let pn: Code | null = null;
  if (popNeeded) {
    if (d.population.mode === 'jobs') {
      const support = sectors.map((s) => f64x2.mul(va[s], param(`c${s}`, (_D, I, _st, t) => I.supportFactor[t * S + s])));
      const pOld = let_('pOld', load(st.pop));
      pn = let_('pn', f64x2.add(pOld, f64x2.mul(param('speed', (D) => D.population.adjustmentSpeed), f64x2.sub(sum(support), pOld))));
    } else pn = let_('pn', f64x2.mul(load(st.pop), f64x2.mul(param('pg', (_D, I, _st, t) => I.populationGrowth[t]), popExp!)));
    store(st.pop, pn);
  }
  const popNow = () => param('popNow', (_D, _I, s) => s.popScalar[0]);

  // Derived primitives.
  const nominal = nominalNeeded ? let_('nominal', qn ? f64x2.mul(nominal0, qn) : nominal0) : null;
  let growth: Code | null = null;
  if (need(L.growthFactor)) {
    growth = let_('growth', f64x2.div(real!, load(st.prevReal)));
    store(st.prevReal, real!);
  }
  const deflatorIndex = need(L.gdpDeflatorIndex) ? let_('deflatorIndex', f64x2.div(nominal!, real!)) : null;
  let perCapita: Code | null = null;
  if (need(L.gdpPerCapita)) {
    if (d.perCapita === 'average') {
      if (perPathPop) {
        perCapita = let_('perCapita', f64x2.div(nominal!, f64x2.div(f64x2.add(load(st.prevPop), pn!), c(2))));
        store(st.prevPop, pn!);
      } else perCapita = let_('perCapita', f64x2.div(nominal!, param('popAverage', (_D, _I, s) => (s.popScalar[1] + s.popScalar[0]) / 2)));
    } else perCapita = let_('perCapita', f64x2.div(nominal!, perPathPop ? pn! : popNow()));
  }

  // Values of the written kinds (state kinds are stored above).
  const value = new Map<number, () => Code>();
  value.set(L.gdpNominal, () => nominal!);
  value.set(L.gdpReal, () => real!);
  value.set(L.growthFactor, () => growth!);
  value.set(L.gdpDeflatorIndex, () => deflatorIndex!);
  value.set(L.gdpPerCapita, () => perCapita!);
  value.set(L.chainedGrowthFactor, () => chain!);
  for (const s of sectors) {
    value.set(L.valueAddedReal[s], () => va[s]);
    value.set(L.shares[s], () => share[s]);
    value.set(L.valueAddedNominal[s], () => (qn ? f64x2.mul(y[s], qn) : y[s]));
    value.set(L.energyUse[s], () => useBy[s]);
  }
  value.set(L.population, () => (perPathPop ? pn! : popNow()));
  value.set(L.priceFactor, () => (qn ?? c(1)));
  value.set(L.energyUseRaw, () => use!);
  value.set(L.energyIntensityRaw, () => intensity!);
  value.set(L.co2EmissionsRaw, () => co2!);
  value.set(L.co2IntensityRaw, () => co2Intensity!);
  const stateKinds = new Set<number>([...L.valueAddedReal, ...(qNeeded ? [L.priceFactor] : []), ...(popNeeded ? [L.population] : [])]);
  const computed = computedKind(d, energy);
  for (const kind of [...new Set(d.write)].sort((x, y2) => x - y2)) {
    if (stateKinds.has(kind) || !computed(kind)) continue;
    store(st.kinds[kind], value.get(kind)!());
  }

  const loop = control.blockLoop([
    ...control.brIf(1, i32.geU(get(J), get(COUNT))),
    ...set(O, i32.shl(get(J), i32.const(3))),
    ...set(ZO, i32.mul(get(J), i32.const(8 * normals.base))),
    ...(normals.energy > 0 && energy ? set(ZE, i32.mul(get(J), i32.const(8 * normals.energy))) : []),
    ...body.flat(),
    ...set(J, i32.add(get(J), i32.const(2))),
    ...control.br(0),
  ]);
  // The last two slots of the area are the histogram counter's (simulate-blocks.ts).
  if (params.length > st.params.length - 2) throw new Error(`wasm step: ${params.length} parameters, room for ${st.params.length - 2}`);
  const bytes = encodeModule(memoryPages, [{ name: 'exp', params: [F64], results: [F64] }], [{
    params: [I32], results: [], locals: [I32, I32, I32, I32, ...Array.from(vLocals.keys(), () => V128)], body: [...prologue.flat(), ...loop], exportName: 'step',
  }]);
  return { bytes, params };
}
