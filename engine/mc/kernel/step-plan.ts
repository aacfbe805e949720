/**
 * What a year step computes, read off its description: the stages and derived values both step
 * generators (kernel/generate-step.ts for JavaScript, wasm/wasm-step.ts for WebAssembly) write out,
 * so that the two always agree on them.
 */
import { primitiveLayout, type KernelDescription, type PrimitiveLayout } from './kernel-description';

export interface StepPlan {
  layout: PrimitiveLayout;
  /** Whether kind k must be left in the block's arrays. */
  need: (kind: number) => boolean;
  nominalNeeded: boolean;
  vaNominalNeeded: boolean;
  /** The price factor Q (a price shock that something reads). */
  qNeeded: boolean;
  /** Population per path (shocked or from jobs) rather than one planned number a year. */
  perPathPop: boolean;
  popNeeded: boolean;
  chained: boolean;
  sharesNeeded: boolean;
  realNeeded: boolean;
}

/** The plan of the variant that runs the energy stage (`energy`) or not. */
export function stepPlan(d: KernelDescription, energy: boolean): StepPlan {
  const L = primitiveLayout(d.sectors);
  const wanted = new Set<number>(d.write);
  const need = (k: number) => wanted.has(k);
  const sectors = Array.from({ length: d.sectors }, (_, s) => s);
  const nominalNeeded = need(L.gdpNominal) || need(L.gdpPerCapita) || need(L.gdpDeflatorIndex);
  const vaNominalNeeded = sectors.some((s) => need(L.valueAddedNominal[s]));
  const perPathPop = d.population.mode !== 'exogenous';
  return {
    layout: L,
    need,
    nominalNeeded,
    vaNominalNeeded,
    qNeeded: d.deflator !== null && (nominalNeeded || vaNominalNeeded || need(L.priceFactor)),
    perPathPop,
    popNeeded: (need(L.population) || need(L.gdpPerCapita)) && perPathPop,
    chained: need(L.chainedGrowthFactor),
    sharesNeeded: sectors.some((s) => need(L.shares[s])),
    realNeeded: need(L.gdpReal) || need(L.growthFactor) || need(L.gdpDeflatorIndex) || energy,
  };
}

/**
 * Whether the step runs the energy stage at all (a kind it writes needs it), and whether it has a
 * second variant for the years after the stage's last one.
 */
export function energyVariants(d: KernelDescription): { energyOn: boolean; split: boolean } {
  const L = primitiveLayout(d.sectors);
  const wanted = new Set<number>(d.write);
  const energyKinds = [...L.energyUse, L.energyUseRaw, L.energyIntensityRaw, L.co2EmissionsRaw, L.co2IntensityRaw];
  const energyOn = d.energy.mode !== 'off' && energyKinds.some((k) => wanted.has(k));
  return { energyOn, split: energyOn && d.energy.lastYear >= 0 };
}

/** Whether kind k is an energy or CO2 kind, and whether this variant computes it. */
export function computedKind(d: KernelDescription, energy: boolean): (kind: number) => boolean {
  const L = primitiveLayout(d.sectors);
  const isEnergyKind = (kind: number) => L.energyUse.includes(kind) || (kind >= L.energyUseRaw && kind <= L.co2IntensityRaw);
  return (kind) => (energy || !isEnergyKind(kind)) && !(L.energyUse.includes(kind) && d.energy.mode !== 'structural');
}
