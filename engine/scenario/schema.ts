/**
 * The one schema of scenario files, as data. `validate.ts` walks it; `json-schema.ts` renders it as a
 * JSON Schema for editors. Each node says what it allows in both languages.
 */
import { MAX_END_YEAR, MIN_YEAR, RATE_CEILING, RATE_FLOOR, UNCERTAINTY_LIMITS, ID_PATTERN } from './limits';
import { INVESTMENT_LIMITS } from '../investment/investment-limits';
import { linkedAssumptionFields, populationNode } from './linked-schema';

/** A fraction per year in (floor, ceiling]. */
export interface RateNode {
  kind: 'rate';
  ceiling: number;
  /** Exclusive floor; defaults to -1 (-100%). */
  floor?: number;
  /** Inclusive floor instead of an exclusive one (for volatilities: 0). */
  inclusiveFloor?: boolean;
  /** Set for numbers that are not fractions (amounts, ratios): what they measure, said in messages instead of "a fraction". */
  unit?: { zh: string; en: string };
}

export type SchemaNode =
  | RateNode
  | { kind: 'ratePath'; rate: RateNode }
  | { kind: 'sectorRates'; rate: RateNode }
  | { kind: 'sectorNumbers'; rate: RateNode }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'number' }
  | { kind: 'string' }
  | { kind: 'literal'; values: readonly (string | number)[] }
  | { kind: 'id' }
  | { kind: 'text' }
  | { kind: 'correlation' }
  | { kind: 'trajectory' }
  | { kind: 'record'; value: SchemaNode }
  | { kind: 'list'; item: SchemaNode }
  | { kind: 'object'; fields: Record<string, FieldSpec> };

export interface FieldSpec {
  node: SchemaNode;
  /** Required in a scenario without `extends`. */
  required?: boolean;
  /** First schemaVersion that knows the field (default 1); an older file that states it is an error. */
  since?: 2;
}

const rate = (ceiling: number): RateNode => ({ kind: 'rate', ceiling, floor: RATE_FLOOR });
const volatility: RateNode = { kind: 'rate', ceiling: UNCERTAINTY_LIMITS.volatility, floor: 0, inclusiveFloor: true };
/** A number in [floor, ceiling] (or (floor, ceiling] when `open`) measured in `unit`, not a fraction. */
const quantity = (floor: number, ceiling: number, unit: { zh: string; en: string }, open = false): RateNode => ({ kind: 'rate', floor, ceiling, inclusiveFloor: !open, unit });
const L = INVESTMENT_LIMITS;

/** The investment block (growthMode "investment"); which fields each method needs is checked in investment/check-investment.ts. */
const investmentNode: SchemaNode = {
  kind: 'object',
  fields: {
    method: { node: { kind: 'literal', values: ['cobb-douglas', 'icor'] }, required: true },
    realisationRate: { node: quantity(0, L.realisationRate, { zh: '规划投资(重大项目)实现比例,1 表示全部实现', en: "fraction of the plan's investment programme realised, 1 = all of it" }) },
    amountYi: { node: { kind: 'ratePath', rate: quantity(0, L.amountYi, { zh: '每年投资,亿元(基年价)', en: 'investment per year, CNY 100 million at base-year prices' }) } },
    growthAfterProgramme: { node: rate(RATE_CEILING.deflator) },
    capitalOutputRatio: { node: quantity(0, L.capitalOutputRatio, { zh: '基年资本存量与实际GDP之比', en: 'base-year capital stock over real GDP' }, true), required: true },
    initialCapitalYi: { node: quantity(0, L.amountYi * 100, { zh: '基年资本存量,亿元(基年价)', en: 'base-year capital stock, CNY 100 million at base-year prices' }, true) },
    depreciation: { node: { kind: 'ratePath', rate: { kind: 'rate', floor: 0, inclusiveFloor: true, ceiling: L.depreciation } }, required: true },
    capitalShare: { node: quantity(0, 1, { zh: '资本收入份额 alpha', en: "capital's share of income, alpha" }, true) },
    tfpGrowth: { node: { kind: 'ratePath', rate: rate(RATE_CEILING.deflator) } },
    employmentRate: { node: { kind: 'ratePath', rate: quantity(0, 1, { zh: '就业人数占常住人口比例', en: 'employed people per resident' }, true) } },
    icor: { node: { kind: 'ratePath', rate: quantity(0, L.icor, { zh: '增量资本产出比(投资/新增实际GDP)', en: 'incremental capital-output ratio (investment / added real GDP)' }, true) } },
    sectorShares: { node: { kind: 'sectorNumbers', rate: { kind: 'rate', floor: 0, inclusiveFloor: true, ceiling: 1 } } },
  },
};

/** Energy from the sector mix (structural energy mode, schemaVersion 2); defaults in the plan data. */
const energyNode: SchemaNode = {
  kind: 'object',
  fields: {
    intensityBySector: { node: { kind: 'sectorNumbers', rate: quantity(0, 100, { zh: '基年每万元增加值能耗,吨标准煤/万元', en: 'base-year energy use per CNY 10,000 of value added, tonnes of standard coal' }, true) } },
    intensityChangeBySector: { node: { kind: 'sectorRates', rate: rate(RATE_CEILING.intensityChange) } },
  },
};

/** CO2 from energy use (structural carbon mode, schemaVersion 2). */
const carbonNode: SchemaNode = {
  kind: 'object',
  fields: { carbonPerEnergyChange: { node: { kind: 'ratePath', rate: rate(RATE_CEILING.intensityChange) } } },
};

/** The scenario file schema (schemaVersion 1 and 2; fields marked `since: 2` need version 2). */
export const scenarioSchema: { kind: 'object'; fields: Record<string, FieldSpec> } = {
  kind: 'object',
  fields: {
    /** Editors' JSON Schema reference (e.g. "./scenario.schema.json"); ignored by the engine. */
    $schema: { node: { kind: 'string' } },
    schemaVersion: { node: { kind: 'literal', values: [1, 2] }, required: true },
    id: { node: { kind: 'id' }, required: true },
    name: { node: { kind: 'text' }, required: true },
    narrative: { node: { kind: 'text' } },
    notes: { node: { kind: 'text' } },
    extends: { node: { kind: 'id' } },
    plan: { node: { kind: 'id' } },
    baseYear: { node: { kind: 'integer', min: MIN_YEAR, max: MAX_END_YEAR - 1 }, required: true },
    endYear: { node: { kind: 'integer', min: MIN_YEAR + 1, max: MAX_END_YEAR }, required: true },
    seed: { node: { kind: 'integer', min: 0, max: 0xffffffff } },
    /**
     * Observed statistics saved with the scenario for a mid-term review (same meaning as the rows of an
     * actuals CSV: year, series or indicator id, value in that series' unit, optional source).
     */
    actuals: {
      node: {
        kind: 'list',
        item: {
          kind: 'object',
          fields: {
            year: { node: { kind: 'integer', min: MIN_YEAR, max: MAX_END_YEAR }, required: true },
            series: { node: { kind: 'string' }, required: true },
            value: { node: { kind: 'number' }, required: true },
            source: { node: { kind: 'string' } },
          },
        },
      },
    },
    assumptions: {
      required: true,
      node: {
        kind: 'object',
        fields: {
          realGrowth: { node: { kind: 'sectorRates', rate: rate(RATE_CEILING.realGrowth) }, required: true },
          deflator: { node: { kind: 'sectorRates', rate: rate(RATE_CEILING.deflator) }, required: true },
          // Exactly one of population.growth / the jobs-mode fields (modes.ts); nodes in linked-schema.ts.
          population: { required: true, node: populationNode },
          // Exactly one of energyIntensityChange / energy (and co2IntensityChange / carbon): see modes.ts.
          energyIntensityChange: { node: { kind: 'ratePath', rate: rate(RATE_CEILING.intensityChange) } },
          co2IntensityChange: { node: { kind: 'ratePath', rate: rate(RATE_CEILING.intensityChange) } },
          energy: { node: energyNode, since: 2 },
          carbon: { node: carbonNode, since: 2 },
          ...linkedAssumptionFields,
          indicators: { node: { kind: 'record', value: { kind: 'trajectory' } } },
        },
      },
    },
    growthMode: { node: { kind: 'literal', values: ['sectoral', 'investment'] } },
    investment: { node: investmentNode },
    uncertainty: {
      node: {
        kind: 'object',
        fields: {
          realGrowthVolatility: { node: { kind: 'sectorNumbers', rate: volatility }, required: true },
          correlation: { node: { kind: 'correlation' } },
          persistence: { node: { kind: 'rate', ceiling: UNCERTAINTY_LIMITS.persistenceCeiling, floor: -1 } },
          deflatorVolatility: { node: volatility },
          populationGrowthVolatility: { node: volatility },
          energyIntensityVolatility: { node: { kind: 'sectorNumbers', rate: volatility }, since: 2 },
          carbonPerEnergyVolatility: { node: volatility, since: 2 },
          energyGrowthCorrelation: { node: { kind: 'rate', floor: -1, inclusiveFloor: true, ceiling: 1, unit: { zh: '能耗强度冲击与同产业增长冲击的相关系数', en: "correlation of a sector's energy-intensity shock with its growth shock" } }, since: 2 },
          shocks: {
            node: {
              kind: 'object',
              fields: {
                probabilityPerYear: { node: { kind: 'rate', ceiling: 1, floor: 0, inclusiveFloor: true }, required: true },
                meanLogImpact: { node: { kind: 'rate', ceiling: 1, floor: -3, inclusiveFloor: true }, required: true },
                sdLogImpact: { node: volatility, required: true },
              },
            },
          },
        },
      },
    },
  },
};

export { ID_PATTERN };
