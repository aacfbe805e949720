/**
 * Names of the projection's series in both languages, with units, for tables, CSV headers and charts.
 */
import type { LocalizedText } from '../plan/plan-types';

export interface SeriesLabel {
  label: LocalizedText;
  unit: LocalizedText;
  /** A short label for narrow table columns and chart legends. */
  short?: LocalizedText;
}

const yi = { zh: '亿元', en: 'CNY 100 million' };
const idx = { zh: '基年=1', en: 'base year = 1' };
const frac = { zh: '%', en: '%' };

/** Labels of the main series (sector series are labelled with their sector). */
export const SERIES_LABELS: Record<string, SeriesLabel> = {
  gdpNominal: { label: { zh: '地区生产总值(现价)', en: 'GDP (current prices)' }, unit: yi, short: { zh: 'GDP', en: 'GDP' } },
  gdpReal: { label: { zh: '地区生产总值(基年价)', en: 'GDP (base-year prices)' }, unit: yi, short: { zh: '实际GDP', en: 'Real GDP' } },
  gdpRealIndex: { label: { zh: '实际GDP指数', en: 'Real GDP index' }, unit: idx },
  realGrowth: { label: { zh: 'GDP实际增速', en: 'Real GDP growth' }, unit: frac, short: { zh: '实际增速', en: 'Growth' } },
  gdpDeflatorIndex: { label: { zh: 'GDP平减指数', en: 'GDP deflator' }, unit: idx },
  'shares.primary': { label: { zh: '一产比重', en: 'Primary share' }, unit: frac },
  'shares.secondary': { label: { zh: '二产比重', en: 'Secondary share' }, unit: frac },
  'shares.tertiary': { label: { zh: '服务业(三产)比重', en: 'Services share' }, unit: frac, short: { zh: '服务业比重', en: 'Services' } },
  'valueAddedNominal.primary': { label: { zh: '一产增加值', en: 'Primary value added' }, unit: yi },
  'valueAddedNominal.secondary': { label: { zh: '二产增加值', en: 'Secondary value added' }, unit: yi },
  'valueAddedNominal.tertiary': { label: { zh: '三产增加值', en: 'Services value added' }, unit: yi },
  population: { label: { zh: '常住人口', en: 'Resident population' }, unit: { zh: '万人', en: '10,000 people' }, short: { zh: '人口', en: 'Population' } },
  gdpPerCapita: { label: { zh: '人均GDP', en: 'GDP per capita' }, unit: { zh: '万元/人', en: 'CNY 10,000 per person' }, short: { zh: '人均GDP', en: 'Per capita' } },
  energyIntensityIndex: { label: { zh: '单位GDP能耗指数', en: 'Energy intensity index' }, unit: idx, short: { zh: '能耗强度', en: 'Energy int.' } },
  co2IntensityIndex: { label: { zh: '单位GDP二氧化碳排放指数', en: 'CO2 intensity index' }, unit: idx, short: { zh: '碳排放强度', en: 'CO2 int.' } },
  energyIntensityChangeSinceBase: { label: { zh: '单位GDP能耗累计变化', en: 'Energy intensity change since base' }, unit: frac },
  co2IntensityChangeSinceBase: { label: { zh: '单位GDP二氧化碳排放累计变化', en: 'CO2 intensity change since base' }, unit: frac },
  energyUseIndex: { label: { zh: '能源消费总量指数', en: 'Energy use index' }, unit: idx },
  co2EmissionsIndex: { label: { zh: '二氧化碳排放总量指数', en: 'CO2 emissions index' }, unit: idx },
  realGrowthChained: { label: { zh: 'GDP实际增速(上年价格链式)', en: 'Real GDP growth (chain-linked)' }, unit: frac, short: { zh: '链式增速', en: 'Chained' } },
  'energyUse.primary': { label: { zh: '一产能源消费', en: 'Primary energy use' }, unit: { zh: '万吨标准煤', en: '10,000 tce' } },
  'energyUse.secondary': { label: { zh: '二产能源消费', en: 'Secondary energy use' }, unit: { zh: '万吨标准煤', en: '10,000 tce' } },
  'energyUse.tertiary': { label: { zh: '三产能源消费', en: 'Services energy use' }, unit: { zh: '万吨标准煤', en: '10,000 tce' } },
};

/** Series that are fractions and shown as percent. */
export const PERCENT_SERIES = new Set(['realGrowth', 'realGrowthChained', 'shares.primary', 'shares.secondary', 'shares.tertiary', 'energyIntensityChangeSinceBase', 'co2IntensityChangeSinceBase']);

/** Sector names. */
export const SECTOR_LABELS: Record<'primary' | 'secondary' | 'tertiary', LocalizedText> = {
  primary: { zh: '第一产业', en: 'Primary' },
  secondary: { zh: '第二产业', en: 'Secondary' },
  tertiary: { zh: '第三产业(服务业)', en: 'Tertiary (services)' },
};
