/**
 * Random kernel descriptions (any sector count, every stage on or off, any set of written kinds) and
 * matching inputs, for the generated kernel's properties. The numbers need not come from a scenario:
 * the kernel and its reference must agree on any of them.
 */
import fc from 'fast-check';
import type { KernelInputs } from '../../../engine/mc/block-state';
import { primitiveLayout, type KernelDescription, type PopulationMode, type EnergyMode } from '../../../engine/mc/kernel/kernel-description';

/** A description with its inputs, years and the seed of its draws. */
export interface KernelCase {
  description: KernelDescription;
  input: KernelInputs;
  years: number;
  seed: number;
}

const unit = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
const vector = (length: number, min: number, max: number) => fc.array(unit(min, max), { minLength: length, maxLength: length }).map((xs) => Float64Array.from(xs));

/** The stages of a description: which are on, in which mode. */
const stagesArb = fc.record({
  sectors: fc.integer({ min: 1, max: 6 }),
  years: fc.integer({ min: 1, max: 6 }),
  rare: fc.boolean(),
  deflator: fc.boolean(),
  population: fc.constantFrom<PopulationMode>('exogenous', 'shocked', 'jobs'),
  perCapita: fc.constantFrom<'yearEnd' | 'average'>('yearEnd', 'average'),
  energy: fc.constantFrom<EnergyMode>('off', 'structural', 'exogenous'),
  energyShocks: fc.boolean(),
  carbonShocks: fc.boolean(),
  writeAll: fc.boolean(),
});

/** A random description and inputs; `sectors` fixes S when given. */
export function kernelCaseArb(sectors?: number): fc.Arbitrary<KernelCase> {
  return stagesArb.chain((st) => {
    const S = sectors ?? st.sectors;
    const n = st.years;
    const layout = primitiveLayout(S);
    return fc.record({
      factor: fc.array(unit(-1, 1), { minLength: S * S, maxLength: S * S }),
      sectorVolatility: fc.array(unit(0, 0.2), { minLength: S, maxLength: S }),
      persistence: unit(0, 0.99),
      rare: fc.record({ probability: unit(0.01, 0.99), mean: unit(-0.2, 0.1), sd: unit(0, 0.1) }),
      deflatorVolatility: unit(0, 0.05),
      populationVolatility: unit(0, 0.05),
      adjustmentSpeed: unit(0, 1),
      energyVolatility: fc.array(unit(0, 0.1), { minLength: S, maxLength: S }),
      growthCorrelation: unit(-1, 1),
      carbonVolatility: unit(0, 0.05),
      lastYear: fc.integer({ min: 0, max: n - 1 }),
      write: fc.subarray(Array.from({ length: layout.count }, (_, k) => k), { minLength: 1 }),
      seed: fc.nat({ max: 0xffffffff }),
      input: fc.record({
        baseValueAdded: vector(S, 10, 1000), basePrice: vector(S, 0.8, 1.2), basePopulation: unit(50, 2000),
        growth: vector(n * S, 0.9, 1.2), price: vector(n * S, 0.8, 1.5), populationGrowth: vector(n, 0.97, 1.05),
        baseIntensity: vector(S, 0.1, 1), intensityFactor: vector(n * S, 0.9, 1.05), exogenousIntensity: vector(n, 0.5, 1),
        carbonFactor: vector(n, 0.9, 1.02), supportFactor: vector(n * S, 0.01, 0.2),
      }),
    }).map((p): KernelCase => {
      // Columns in the compiler's order: sectors, deflator, population, rare-shock size, energy (S), carbon.
      let cols = S;
      const deflatorColumn = st.deflator ? cols++ : -1;
      const populationColumn = st.population === 'shocked' ? cols++ : -1;
      const rareColumn = st.rare ? cols++ : -1;
      const energyOn = st.energy !== 'off';
      const energyColumn = energyOn && st.energy === 'structural' && st.energyShocks ? (cols += S) - S : -1;
      const carbonColumn = energyOn && st.carbonShocks ? cols++ : -1;
      const r = p.growthCorrelation;
      const description: KernelDescription = {
        sectors: S,
        normalsPerYear: cols,
        factor: p.factor.map((x, i) => (i % S <= Math.floor(i / S) ? x : 0)),
        sectorVolatility: p.sectorVolatility,
        persistence: p.persistence,
        innovationScale: Math.sqrt(1 - p.persistence * p.persistence),
        rare: st.rare ? { ...p.rare, column: rareColumn } : null,
        deflator: st.deflator ? { volatility: p.deflatorVolatility, column: deflatorColumn } : null,
        population: {
          mode: st.population,
          volatility: st.population === 'shocked' ? p.populationVolatility : 0,
          column: populationColumn,
          adjustmentSpeed: st.population === 'jobs' ? p.adjustmentSpeed : 0,
        },
        perCapita: st.perCapita,
        energy: {
          mode: st.energy,
          lastYear: energyOn ? p.lastYear : -1,
          normals: (energyColumn >= 0 ? S : 0) + (carbonColumn >= 0 ? 1 : 0),
          inverseBaseEnergy: 1 / 500,
          baseReal: 700,
          shocks: energyColumn >= 0 ? { volatility: p.energyVolatility, growthCorrelation: r, ownScale: Math.sqrt(1 - r * r), column: energyColumn } : null,
          carbon: carbonColumn >= 0 ? { volatility: p.carbonVolatility, column: carbonColumn } : null,
        },
        write: st.writeAll ? Array.from({ length: layout.count }, (_, k) => k) : [...p.write].sort((a, b) => a - b),
      };
      return { description, input: p.input, years: n, seed: p.seed };
    });
  });
}
