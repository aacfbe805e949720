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
  'employment.total': { label: { zh: '就业人数', en: 'Jobs' }, unit: { zh: '万人', en: '10,000 people' }, short: { zh: '就业', en: 'Jobs' } },
  'employment.primary': { label: { zh: '一产就业', en: 'Primary jobs' }, unit: { zh: '万人', en: '10,000 people' } },
  'employment.secondary': { label: { zh: '二产就业', en: 'Secondary jobs' }, unit: { zh: '万人', en: '10,000 people' } },
  'employment.tertiary': { label: { zh: '三产就业', en: 'Services jobs' }, unit: { zh: '万人', en: '10,000 people' } },
  populationSupportedByJobs: { label: { zh: '就业可支撑的人口', en: 'Population the jobs support' }, unit: { zh: '万人', en: '10,000 people' } },
  laborProductivity: { label: { zh: '全员劳动生产率', en: 'Labour productivity' }, unit: { zh: '万元/人(基年价)', en: 'CNY 10,000 per worker, base-year prices' } },
  constructionLandKm2: { label: { zh: '建设用地', en: 'Construction land' }, unit: { zh: '平方公里', en: 'km2' } },
  industrialLandKm2: { label: { zh: '工业用地', en: 'Industrial land' }, unit: { zh: '平方公里', en: 'km2' } },
  constructionLandLimitKm2: { label: { zh: '建设用地上限', en: 'Construction-land limit' }, unit: { zh: '平方公里', en: 'km2' } },
  impliedInvestment: { label: { zh: '增长所需投资', en: 'Investment growth implies' }, unit: { zh: '亿元/年(基年价)', en: 'CNY 100 million a year, base-year prices' } },
  impliedInvestmentCumulative: { label: { zh: '增长所需投资(累计)', en: 'Investment growth implies, cumulative' }, unit: { zh: '亿元(基年价)', en: 'CNY 100 million, base-year prices' } },
  industrialOutput: { label: { zh: '工业产值', en: 'Industrial output' }, unit: yi },
  disposableIncomeIndex: { label: { zh: '居民人均可支配收入指数', en: 'Per-capita disposable income index' }, unit: idx },
  incomeGrowthGapToGdp: { label: { zh: '收入增速与GDP增速之差(年均)', en: 'Income growth minus GDP growth (a year)' }, unit: frac },
  'publicServices.doctors': { label: { zh: '所需执业(助理)医师', en: 'Doctors needed' }, unit: { zh: '人', en: 'people' } },
};

/** Series that are fractions and shown as percent. */
export const PERCENT_SERIES = new Set(['realGrowth', 'realGrowthChained', 'shares.primary', 'shares.secondary', 'shares.tertiary', 'energyIntensityChangeSinceBase', 'co2IntensityChangeSinceBase', 'incomeGrowthGapToGdp']);

/** Sector names. */
export const SECTOR_LABELS: Record<'primary' | 'secondary' | 'tertiary', LocalizedText> = {
  primary: { zh: '第一产业', en: 'Primary' },
  secondary: { zh: '第二产业', en: 'Secondary' },
  tertiary: { zh: '第三产业(服务业)', en: 'Tertiary (services)' },
};
