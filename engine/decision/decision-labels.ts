/**
 * Names of levers and outputs in both languages, for the sentences the decision analyses write
 * ("Population growth does not change GDP in this model; choose another lever"). Lever names are built
 * from the id's parts (a registry of heads and sectors), so a registered lever is named without code here;
 * an unknown part falls back to the id itself.
 */
import type { LocalizedText, PlanData } from '../plan/plan-types';
import { SERIES_LABELS } from '../model/series-labels';
import { autoDecimals, formatPercent, groupDigits } from '../format/format-value';
import type { DecisionLever } from './decision-lever';
import type { OutputRef } from './output-ref';

const HEADS: Record<string, LocalizedText> = {
  realGrowth: { zh: '实际增长率', en: 'real growth' },
  deflator: { zh: '价格上涨率', en: 'price growth' },
  'population.growth': { zh: '人口增长率', en: 'population growth' },
  energyIntensityChange: { zh: '能耗强度年变化', en: 'the yearly change of energy intensity' },
  co2IntensityChange: { zh: '碳排放强度年变化', en: 'the yearly change of CO2 intensity' },
  'energy.intensityChange': { zh: '产业内能耗强度年变化', en: 'the within-sector change of energy intensity' },
  'carbon.carbonPerEnergyChange': { zh: '单位能耗碳排放年变化', en: 'the yearly change of CO2 per unit of energy' },
  'population.productivityGrowth': { zh: '劳动生产率增长率', en: 'labour-productivity growth' },
  'industry.valueAddedRatioChange': { zh: '工业增加值率年变化', en: 'the yearly change of the industrial value-added ratio' },
  'investment.realisationRate': { zh: '投资项目实现比例', en: 'the realisation rate of the investment programme' },
  'investment.amountYi': { zh: '年投资额', en: 'investment a year' },
  'investment.tfpGrowth': { zh: '全要素生产率增长率', en: 'TFP growth' },
  'investment.icor': { zh: '增量资本产出比', en: 'the ICOR' },
  'land.industrialDensityChange': { zh: '工业用地地均产出年变化', en: 'the yearly change of value added per km2 of industrial land' },
  'land.nonIndustrialM2PerResident': { zh: '人均非工业建设用地', en: 'non-industrial construction land per resident' },
};
const SECTOR: Record<string, LocalizedText> = {
  primary: { zh: '第一产业', en: 'the primary sector' },
  secondary: { zh: '第二产业', en: 'industry (secondary sector)' },
  tertiary: { zh: '第三产业', en: 'services' },
};

/** "real growth of services" / "第三产业实际增长率"; "real growth of all sectors" without a sector. */
export function leverName(id: string): LocalizedText {
  const parts = id.split('.');
  const last = parts[parts.length - 1];
  const sector = SECTOR[last];
  const head = HEADS[sector ? parts.slice(0, -1).join('.') : id];
  if (!head) return { zh: id, en: id };
  const sectoral = id.startsWith('realGrowth') || id.startsWith('deflator') || id.startsWith('energy.') || id.startsWith('population.productivityGrowth');
  if (sector) return { zh: `${sector.zh}${head.zh}`, en: `${head.en} of ${sector.en}` };
  return sectoral ? { zh: `各产业${head.zh}`, en: `${head.en} of all sectors` } : head;
}

/** The output's name: the plan indicator's label, a series label, or the path. */
export function outputName(ref: Pick<OutputRef, 'output' | 'series'>, plan: PlanData): LocalizedText {
  return plan.indicators.find((i) => i.id === ref.output)?.label ?? SERIES_LABELS[ref.series]?.label ?? { zh: ref.output, en: ref.output };
}

/** A lever value: percent for fractions, grouped digits otherwise. */
export function leverValueText(lever: Pick<DecisionLever, 'isFraction'>, value: number, shift = false, lang: 'zh' | 'en' = 'en'): string {
  if (!lever.isFraction) return `${shift && value > 0 ? '+' : ''}${groupDigits(value, autoDecimals(value))}`;
  if (shift) return `${value >= 0 ? '+' : ''}${(value * 100).toFixed(2)}${lang === 'zh' ? ' 个百分点' : ' pp'}`;
  return formatPercent(value, 2);
}

/** An output value with digits that suit its size. */
export function outputValueText(value: number): string {
  return groupDigits(value, Math.min(6, autoDecimals(value) + (Math.abs(value) < 1 ? 2 : 0)));
}
