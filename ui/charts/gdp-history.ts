/**
 * GDP before the plan's base year, for the GDP chart: the plan's own record (the base-year level and
 * the average real growth of the five years before it: 1,650 亿元 in 2020 after 5.6% a year, so
 * 1,650 / 1.056^(2020 - year) at 2020 prices) and the published GDP figures of those years at current
 * prices (data/plans/<plan>/published), each with its status.
 */
import { parsePublishedStatistics, PUBLISHED_STATUS_LABELS, type Lang, type PlanData } from '../../engine/index';
import { publishedSources } from '../../data/published';
import type { Figure } from './figure';

export interface GdpHistory {
  /** The plan's record: years and real GDP at base-year prices, 亿元. */
  record: { years: number[]; realYi: number[]; rate: number } | null;
  /** Published GDP at current prices before the base year, 亿元. */
  published: { year: number; valueYi: number; status: string }[];
}

export function gdpHistory(plan: PlanData, baseYear: number, baseYi: number): GdpHistory {
  const h = plan.history?.gdpGrowthAvg;
  const record = h && h.to === baseYear
    ? (() => {
        const years = Array.from({ length: h.to - h.from + 2 }, (_, i) => h.from - 1 + i);
        return { years, realYi: years.map((y) => baseYi / (1 + h.value) ** (baseYear - y)), rate: h.value };
      })()
    : null;
  const source = publishedSources[plan.id];
  const published = source
    ? parsePublishedStatistics(source.csv, source.mapping, baseYear).figures
        .filter((f) => f.series === 'gdpNominal' && f.year !== null && f.year < baseYear && f.seriesValue !== undefined)
        .map((f) => ({ year: f.year!, valueYi: f.seriesValue!, status: f.status }))
    : [];
  return { record, published };
}

/** The history's traces (legend group `history`), labelled in `lang`. */
export function historyTraces(hist: GdpHistory, lang: Lang, labels: { record: (rate: string) => string; published: string }): Figure['data'] {
  const unit = lang === 'zh' ? ' 亿元' : ' (CNY 100 million)';
  const out: Figure['data'] = [];
  if (hist.record) {
    out.push({ type: 'scatter', mode: 'lines', legendgroup: 'history', name: labels.record(`${(hist.record.rate * 100).toFixed(1)}%`), x: hist.record.years, y: hist.record.realYi, line: { color: '#6b7280', width: 2, dash: 'dot' }, hovertemplate: `%{y:,.0f}${unit}` });
  }
  if (hist.published.length) {
    const status = (s: string) => PUBLISHED_STATUS_LABELS[s as keyof typeof PUBLISHED_STATUS_LABELS]?.[lang] ?? s;
    out.push({ type: 'scatter', mode: 'markers', legendgroup: 'history', name: labels.published, x: hist.published.map((p) => p.year), y: hist.published.map((p) => p.valueYi), text: hist.published.map((p) => status(p.status)), marker: { symbol: 'square', size: 8, color: '#374151' }, hovertemplate: `%{y:,.0f}${unit} (%{text})<extra></extra>` });
  }
  return out;
}
