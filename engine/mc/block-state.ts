/**
 * The per-path state and this year's values of one block of paths (structure of arrays, BLOCK_PATHS
 * entries each), allocated once per thread and reused.
 */
import { BLOCK_PATHS } from './mc-defaults';
import type { McModel } from './mc-types';
import { KIND, PRIMITIVE_COUNT } from './primitive-kinds';

/** Reusable per-path state and this year's values of one block. */
export interface BlockState {
  /** This year's normals, path-major (BLOCK_PATHS x normalsPerYear), and uniforms. */
  z: Float64Array;
  u: Float64Array;
  /** AR(1) shock state: sectors, deflator, population. */
  e: Float64Array[];
  ed: Float64Array;
  ep: Float64Array;
  /** Real value added by sector (亿元, base-year prices), the price factor, population (万人). */
  real: Float64Array[];
  q: Float64Array;
  pop: Float64Array;
  /** Last year's real GDP (for growth). */
  prevReal: Float64Array;
  /** This year's value of each primitive, by kind (only the needed ones are computed). */
  kinds: Float64Array[];
  /** Population when it has no shocks (the same on every path), in a typed cell so the state's shape never changes. */
  popScalar: Float64Array;
  /** Energy stage (energy-stage.ts): intensity by sector, own energy shocks by sector, CO2 per energy and its shock. */
  intensity: Float64Array[];
  eh: Float64Array[];
  /** Last year's population (GDP per capita over the average population, schemaVersion 2). */
  prevPop: Float64Array;
  prevPopScalar: Float64Array;
  carbon: Float64Array;
  ek: Float64Array;
}

const alloc = () => new Float64Array(BLOCK_PATHS);

/** Most normals a path draws per year: 3 sectors, deflator, population, rare-shock size, 3 energy, carbon. */
const MAX_NORMALS_PER_YEAR = 10;

/**
 * The block state, allocated once per thread (about 1 MB) and reused by every run: creating a fresh
 * state object per run made V8 throw away and never re-optimise the kernel (measured: 20% slower).
 * Reuse is safe because simulation is synchronous and never re-entered.
 */
const shared: { state?: BlockState } = {};

/** The thread's block state, large enough for any model. */
export function blockState(): BlockState {
  if (shared.state) return shared.state;
  const kinds = Array.from({ length: PRIMITIVE_COUNT }, alloc);
  const real = [kinds[KIND.valueAddedReal], kinds[KIND.valueAddedReal + 1], kinds[KIND.valueAddedReal + 2]];
  shared.state = {
    z: new Float64Array(BLOCK_PATHS * MAX_NORMALS_PER_YEAR),
    u: alloc(),
    e: [alloc(), alloc(), alloc()],
    ed: alloc(),
    ep: alloc(),
    real,
    q: kinds[KIND.priceFactor],
    pop: kinds[KIND.population],
    prevReal: alloc(),
    kinds,
    popScalar: new Float64Array(1),
    intensity: [alloc(), alloc(), alloc()],
    eh: [alloc(), alloc(), alloc()],
    carbon: alloc(),
    ek: alloc(),
    prevPop: alloc(),
    prevPopScalar: new Float64Array(1),
  };
  return shared.state;
}

/** Resets the state to the base year for `count` paths. */
export function startBlock(m: McModel, st: BlockState, count: number): void {
  for (let s = 0; s < 3; s++) {
    st.real[s].fill(m.baseValueAdded[s], 0, count);
    st.e[s].fill(0, 0, count);
  }
  st.ed.fill(0, 0, count);
  st.ep.fill(0, 0, count);
  st.q.fill(1, 0, count);
  st.pop.fill(m.basePopulation, 0, count);
  st.prevReal.fill(m.baseValueAdded[0] + m.baseValueAdded[1] + m.baseValueAdded[2], 0, count);
  st.popScalar[0] = m.basePopulation;
  st.prevPopScalar[0] = m.basePopulation;
  if (m.averagePopulationPerCapita) st.prevPop.fill(m.basePopulation, 0, count);
  if (m.energy.active) {
    for (let s = 0; s < 3; s++) {
      st.intensity[s].fill(m.energy.baseIntensity[s], 0, count);
      st.eh[s].fill(0, 0, count);
    }
    st.carbon.fill(1, 0, count);
    st.ek.fill(0, 0, count);
  }
}
