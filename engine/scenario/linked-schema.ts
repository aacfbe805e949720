/**
 * Schema nodes of the linked model's scenario blocks (schemaVersion 2): population in jobs mode,
 * construction land, industrial output, disposable income and implied investment. Kept apart from
 * schema.ts so the blocks read as one concept; schema.ts places them under `assumptions`.
 */
import type { FieldSpec, RateNode, SchemaNode } from './schema';
import { RATE_CEILING, RATE_FLOOR } from './limits';

/** Bounds of the linked blocks' numbers. */
export const LINKED_LIMITS = {
  /** Labour-productivity growth: at most +50% a year. */
  productivityGrowth: 0.5,
  /** Workers per resident: at most 5 (a zone many commute into can have more jobs than residents). */
  workersPerResident: 5,
  /** Land: at most 100,000 km2 of construction land; density and per-resident land likewise generous. */
  landKm2: 100_000,
  m2PerResident: 1_000,
  valueAddedYiPerKm2: 10_000,
  /** Income elasticity to GDP per resident: 0 to 3. */
  incomeElasticity: 3,
  /** Incremental capital-output ratio: at most 100 (as in the investment mode). */
  icor: 100,
  capitalOutputRatio: 20,
  depreciation: 0.5,
} as const;

const L = LINKED_LIMITS;
const quantity = (floor: number, ceiling: number, unit: { zh: string; en: string }, open = false): RateNode => ({ kind: 'rate', floor, ceiling, inclusiveFloor: !open, unit });
const rate = (ceiling: number): RateNode => ({ kind: 'rate', ceiling, floor: RATE_FLOOR });

/** assumptions.population: `growth` (exogenous) or the jobs-mode fields; modes.ts says one of the two. */
export const populationNode: SchemaNode = {
  kind: 'object',
  fields: {
    growth: { node: { kind: 'ratePath', rate: rate(RATE_CEILING.populationGrowth) } },
    mode: { node: { kind: 'literal', values: ['jobs'] }, since: 2 },
    productivityGrowth: { node: { kind: 'sectorRates', rate: rate(L.productivityGrowth) }, since: 2 },
    workersPerResident: { node: quantity(0, L.workersPerResident, { zh: '每位常住人口对应的就业人数', en: 'workers per resident' }, true), since: 2 },
    adjustmentSpeed: { node: quantity(0, 1, { zh: '人口每年向就业可支撑人口靠拢的比例', en: 'share of the gap to the population the jobs support closed each year' }, true), since: 2 },
  },
};

const landNode: SchemaNode = {
  kind: 'object',
  fields: {
    limitKm2: { node: quantity(0, L.landKm2, { zh: '建设用地上限,平方公里', en: 'construction-land limit, km2' }, true) },
    nonIndustrialM2PerResident: { node: quantity(0, L.m2PerResident, { zh: '人均非工业建设用地,平方米', en: 'non-industrial construction land per resident, m2' }) },
    industrialValueAddedYiPerKm2: { node: quantity(0, L.valueAddedYiPerKm2, { zh: '每平方公里工业用地的第二产业增加值,亿元', en: 'secondary value added per km2 of industrial land, CNY 100 million' }, true) },
    industrialDensityChange: { node: { kind: 'ratePath', rate: rate(RATE_CEILING.deflator) } },
  },
};

const industryNode: SchemaNode = {
  kind: 'object',
  fields: {
    valueAddedRatioChange: { node: { kind: 'ratePath', rate: rate(RATE_CEILING.deflator) } },
    clusterShares: { node: { kind: 'record', value: quantity(0, 1, { zh: '占工业产值(或上级集群)的比例', en: 'share of industrial output (or of the parent cluster)' }) } },
  },
};

const incomeNode: SchemaNode = {
  kind: 'object',
  fields: { elasticity: { node: quantity(0, L.incomeElasticity, { zh: '人均可支配收入对人均实际GDP增长的弹性', en: 'elasticity of per-capita income to real GDP per resident' }) } },
};

const impliedInvestmentNode: SchemaNode = {
  kind: 'object',
  fields: {
    icor: { node: { kind: 'sectorNumbers', rate: quantity(0, L.icor, { zh: '增量资本产出比(投资/新增实际增加值)', en: 'incremental capital-output ratio (investment / added real value added)' }) } },
    depreciation: { node: quantity(0, L.depreciation, { zh: '每年更新投资占资本存量比例', en: 'replacement investment per year, fraction of the capital stock' }) },
    capitalOutputRatio: { node: quantity(0, L.capitalOutputRatio, { zh: '基年资本存量与实际GDP之比', en: 'base-year capital stock over real GDP' }) },
  },
};

/** The linked blocks under `assumptions`, all schemaVersion 2. */
export const linkedAssumptionFields: Record<string, FieldSpec> = {
  land: { node: landNode, since: 2 },
  industry: { node: industryNode, since: 2 },
  income: { node: incomeNode, since: 2 },
  impliedInvestment: { node: impliedInvestmentNode, since: 2 },
};
