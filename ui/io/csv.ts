/**
 * CSV of every series of a projection: one row per series with its id, name and unit in the current
 * language, then one column per year. UTF-8 with a byte-order mark so that Excel shows Chinese.
 * Values are as the engine computes them (shares and rates as fractions: 0.5 = 50%).
 */
import { flattenSeries, PERCENT_SERIES, SECTOR_LABELS, SERIES_LABELS, SERIES_UNITS, type Lang, type LocalizedText, type PlanData, type Projection } from '../../engine/index';

export const BOM = '\uFEFF';

const FRACTION: LocalizedText = { zh: '比例(0.5 = 50%)', en: 'fraction (0.5 = 50%)' };
const HEADER: Record<Lang, [string, string, string]> = { zh: ['序列', '名称', '单位'], en: ['series', 'name', 'unit'] };

/** Name and unit of any series path of a projection. */
export function seriesName(path: string, plan: PlanData): { label: LocalizedText; unit: LocalizedText } {
  const [head, rest] = [path.split('.')[0], path.split('.').slice(1).join('.')];
  const known = SERIES_LABELS[path];
  if (known) return { label: known.label, unit: PERCENT_SERIES.has(path) ? FRACTION : known.unit };
  if (head === 'publicServices') {
    const s = plan.publicServices?.find((x) => x.id === rest);
    if (s) return { label: s.label, unit: { zh: s.unit, en: s.unitEn } };
  }
  if (head === 'indicators') {
    const ind = plan.indicators.find((x) => x.id === rest);
    if (ind) return { label: ind.label, unit: { zh: ind.unit, en: ind.unitEn } };
  }
  const sector = SECTOR_LABELS[rest as keyof typeof SECTOR_LABELS];
  const unit = SERIES_UNITS[head] ?? { zh: '', en: '' };
  if (sector && head === 'valueAddedReal') return { label: { zh: `${sector.zh}增加值(基年价)`, en: `${sector.en} value added (base-year prices)` }, unit };
  if (sector && head === 'priceIndex') return { label: { zh: `${sector.zh}价格指数`, en: `${sector.en} price index` }, unit };
  return { label: { zh: path, en: path }, unit: PERCENT_SERIES.has(path) ? FRACTION : unit };
}

/**
 * RFC 4180 field. Text a spreadsheet would run as a formula (=, +, -, @, tab or carriage return
 * first) gets a leading apostrophe; numbers are written to 10 significant digits (1777.22403, not
 * 1777.2240299999999), far more than any input carries.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(Number(value.toPrecision(10))) : '') : /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV text (with BOM) of every series of `projection`. */
export function projectionCsv(projection: Projection, plan: PlanData, lang: Lang): string {
  const header = [...HEADER[lang], ...projection.years.map(String)];
  const rows = flattenSeries(projection.series).map(([path, values]) => {
    const { label, unit } = seriesName(path, plan);
    return [path, label[lang], unit[lang], ...values];
  });
  return csvText([header, ...rows]);
}

/** The CSV text (with BOM) of rows of cells; a null cell is empty. */
export function csvText(rows: readonly (readonly (string | number | null)[])[]): string {
  return BOM + rows.map((r) => r.map((c) => (c === null ? '' : csvField(c))).join(',')).join('\r\n') + '\r\n';
}
