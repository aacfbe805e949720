/** The key figures of the Compare view's table (one row each), shared by the table and its CSV export. */
import { seriesAt, type LocalizedText, type Projection } from '../../engine/index';
import type { Translate } from '../i18n/index';

export interface Measure {
  label: (t: Translate) => string;
  series: string;
  year: number;
  /** 'pct': fraction shown in percent, difference in points; 'num': value with a unit. */
  kind: 'pct' | 'num';
  unit: LocalizedText;
  decimals: number;
}

const YI = { zh: '亿元', en: 'CNY 100 million' };
const WAN = { zh: '万人', en: '10,000 people' };
const PER = { zh: '万元/人', en: 'CNY 10,000 per person' };
const IDX = { zh: '2020=100', en: '2020 = 100' };
export const MEASURES: Measure[] = [
  { label: (t) => t('compare.gdp'), series: 'gdpNominal', year: 2025, kind: 'num', unit: YI, decimals: 0 },
  { label: (t) => t('compare.gdp'), series: 'gdpNominal', year: 2035, kind: 'num', unit: YI, decimals: 0 },
  { label: (t) => t('compare.share'), series: 'shares.tertiary', year: 2025, kind: 'pct', unit: { zh: '%', en: '%' }, decimals: 1 },
  { label: (t) => t('compare.share'), series: 'shares.tertiary', year: 2035, kind: 'pct', unit: { zh: '%', en: '%' }, decimals: 1 },
  { label: (t) => t('compare.population'), series: 'population', year: 2025, kind: 'num', unit: WAN, decimals: 1 },
  { label: (t) => t('compare.population'), series: 'population', year: 2035, kind: 'num', unit: WAN, decimals: 1 },
  { label: (t) => t('compare.perCapita'), series: 'gdpPerCapita', year: 2025, kind: 'num', unit: PER, decimals: 2 },
  { label: (t) => t('compare.energy'), series: 'energyIntensityIndex', year: 2025, kind: 'num', unit: IDX, decimals: 1 },
  { label: (t) => t('compare.services'), series: 'publicServices.doctors', year: 2025, kind: 'num', unit: { zh: '人', en: 'people' }, decimals: 0 },
];

/** A series' value in `year`, times `scale`; undefined when the projection does not have it. */
export function valueAt(r: { projection: Projection }, series: string, year: number, scale = 1): number | undefined {
  const v = seriesAt(r.projection.series, series)?.[year - r.projection.baseYear];
  return v === undefined ? undefined : v * scale;
}

/** The scale of a measure in the table: the energy-intensity index is shown as 2020 = 100. */
export function measureScale(m: Measure): number {
  return m.kind === 'pct' ? 1 : m.series === 'energyIntensityIndex' ? 100 : 1;
}
