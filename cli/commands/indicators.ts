/** `indicators`: the plan's quantified indicators with base, target and the plan's own words. */
import { groupDigits, autoDecimals, type PlanIndicator, type Lang } from '../../engine/index';
import { str, type Command } from '../command';
import { loadPlan, pickFormat } from '../context';
import { renderTable } from '../format/table';
import { toCsv } from '../format/csv';

const num = (v: number | undefined) => (v === undefined ? '' : groupDigits(v, Math.min(4, Math.max(autoDecimals(v), (String(v).split('.')[1] ?? '').length))));

function targetText(ind: PlanIndicator, lang: Lang): string {
  const t = ind.target;
  if (!t) return '';
  if (t.comparator === 'qualitative') return t.text?.[lang] ?? '';
  if (t.comparator === 'range') return `${num(t.min)}-${num(t.max)}`;
  return `${t.comparator} ${num(t.value)}`;
}

export const indicatorsCommand: Command = {
  name: 'indicators',
  summary: { zh: '列出规划的全部量化指标(基数、目标、原文)', en: "List the plan's quantified indicators (base, target, the plan's words)" },
  usage: 'indicators [--format table|json|csv]',
  options: {},
  run({ values, lang, print }) {
    const format = pickFormat(str(values, 'format'));
    const plan = loadPlan(str(values, 'plan'));
    if (format === 'json') {
      print(JSON.stringify({ plan: { id: plan.id, name: plan.name }, indicators: plan.indicators, assumptions: plan.assumptions }, null, 2));
      return 0;
    }
    if (format === 'csv') {
      print(toCsv(
        ['id', 'label_zh', 'label_en', 'unit', 'unit_en', 'category', 'table_row', 'nature', 'base_year', 'base_value', 'target_year', 'comparator', 'target_value', 'target_min', 'target_max', 'target_text_zh', 'model_series', 'chapter', 'section', 'quote'],
        plan.indicators.map((i) => [i.id, i.label.zh, i.label.en, i.unit, i.unitEn, i.category, i.tableRow, i.nature, i.base?.year, i.base?.value, i.target?.year, i.target?.comparator, i.target?.value, i.target?.min, i.target?.max, i.target?.text?.zh, i.model?.series, i.source.chapter, i.source.section, i.source.quote]),
      ));
      return 0;
    }
    const zh = lang === 'zh';
    const rows = plan.indicators.map((i) => [i.id, i.label[lang], zh ? i.unit : i.unitEn, i.base ? `${num(i.base.value)} (${i.base.year})` : '', i.target ? `${targetText(i, lang)} (${i.target.year})` : '', i.proxyTarget ? `${i.proxyTarget.comparator} ${num(i.proxyTarget.value)}*` : '', i.source.chapter]);
    print(renderTable(zh ? ['标识', '指标', '单位', '基数', '目标', '代理目标', '出处'] : ['id', 'Indicator', 'Unit', 'Base', 'Target', 'Proxy', 'Source'], rows, {
      title: `${plan.name[lang]}: ${plan.indicators.length} ${zh ? '项指标' : 'indicators'}`,
      alignLeft: [1, 2, 3, 4, 5, 6],
    }));
    print(zh ? '* 代理目标:规划未给出数值时采用的假设(来源见 --format json 的 assumptions)。' : '* proxy: an assumption used where the plan gives no number (sources under "assumptions" in --format json).');
    return 0;
  },
};
