/**
 * `sensitivity <scenario> --output gdpNominal@2025 [--method tornado|sobol]`: what drives an output.
 * Tornado: every lever moved down and up by --delta (default 2 percentage points), deterministic.
 * Sobol: first-order and total indices of the uncertain input groups with bootstrap intervals
 * (--samples N base samples, --bootstrap B resamples; in-process unless --workers is given).
 */
import { formatPercent, groupDigits, issue, PlanpathError, type Lang, type SensitivityOptions, type SensitivityResult, type SobolGroupId } from '../../engine/index';
import { str, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';
import { renderTable } from '../format/table';
import { formatSeriesValue, seriesHeader } from '../format/projection';
import { asCliError, cliRunner, intOption, numberOption, withRunner } from './mc';

/**
 * Groups (engine/sensitivity/sobol-problem.ts): with uncorrelated sectors, each sector's own growth
 * shocks; with correlated sectors, the independent factors of the growth shocks, each moving every
 * sector that loads on it (so none is named after one sector).
 */
const GROUP_LABELS: Record<SobolGroupId, { zh: string; en: string }> = {
  'sector.primary': { zh: '第一产业增长冲击', en: 'Primary-sector growth shocks' },
  'sector.secondary': { zh: '第二产业增长冲击', en: 'Secondary-sector growth shocks' },
  'sector.tertiary': { zh: '第三产业增长冲击', en: 'Services growth shocks' },
  'growth.factor1': { zh: '相关增长冲击:因子1', en: 'Correlated growth shocks: factor 1' },
  'growth.factor2': { zh: '相关增长冲击:因子2', en: 'Correlated growth shocks: factor 2' },
  'growth.factor3': { zh: '相关增长冲击:因子3', en: 'Correlated growth shocks: factor 3' },
  energy: { zh: '各产业能耗强度冲击', en: "Sectors' energy-intensity shocks" },
  carbon: { zh: '单位能耗碳排放冲击', en: 'CO2-per-energy shocks' },
  deflator: { zh: '价格冲击', en: 'Price (deflator) shocks' },
  population: { zh: '人口增长冲击', en: 'Population growth shocks' },
  rare: { zh: '罕见冲击', en: 'Rare shocks' },
};

/** The tables of `sensitivity` in one language. */
export function sensitivityTable(r: SensitivityResult, lang: Lang): string {
  const zh = lang === 'zh';
  const out = `${seriesHeader(r.output.series, lang)} ${r.output.year}`;
  const v = (x: number) => formatSeriesValue(r.output.series, x);
  switch (r.method) {
    case 'tornado': {
      const rows = r.rows.map((row) => [row.lever, formatPercent(row.lowShift, 1), formatPercent(row.highShift, 1), v(row.outputLow), v(row.outputHigh), v(row.swing)]);
      const header = zh ? ['杠杆', '下调', '上调', '下调时', '上调时', '摆幅'] : ['Lever', 'Low move', 'High move', 'Output (low)', 'Output (high)', 'Swing'];
      return renderTable(header, rows, { title: `${zh ? '龙卷风图' : 'Tornado'}: ${out}, ${zh ? '基准' : 'base'} ${v(r.base)} (${zh ? '每年增减' : 'moves added to every year'})` });
    }
    case 'sobol': {
      const i = (x: { estimate: number; lower: number; upper: number }) => `${x.estimate.toFixed(3)} [${x.lower.toFixed(3)}, ${x.upper.toFixed(3)}]`;
      const rows = r.groups.map((g) => [GROUP_LABELS[g.id][lang], i(g.first), i(g.total)]);
      const header = zh ? ['不确定输入', '一阶指数 [95%区间]', '总指数 [95%区间]'] : ['Uncertain input', 'First order [95% interval]', 'Total [95% interval]'];
      const title = `${zh ? 'Sobol 指数' : 'Sobol indices'}: ${out}; ${zh ? '均值' : 'mean'} ${v(r.mean)}, ${zh ? '标准差' : 'std. dev.'} ${v(Math.sqrt(r.variance))}; N = ${groupDigits(r.samples, 0)}, ${groupDigits(r.evaluations, 0)} ${zh ? '次模型计算' : 'evaluations'}`;
      return renderTable(header, rows, { title });
    }
    default:
      return r satisfies never;
  }
}

/** The `sensitivity` command. */
export const sensitivityCommand: Command = {
  name: 'sensitivity',
  summary: { zh: '敏感性分析:龙卷风图(各假设上下变动)或 Sobol 方差分解', en: 'Sensitivity: tornado (each assumption moved down and up) or Sobol variance decomposition' },
  usage: 'sensitivity <scenario> --output gdpNominal@2025 [--method tornado|sobol] [--delta 0.02] [--samples N] [--bootstrap B] [--seed S] [--workers W] [--format table|json]',
  options: { output: { type: 'string' }, method: { type: 'string' }, delta: { type: 'string' }, samples: { type: 'string' }, bootstrap: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' } },
  async run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const output = str(values, 'output');
    if (output === undefined) throw new PlanpathError('invalid-request', [issue('--output', undefined, { en: 'missing', zh: '缺失' }, { en: '<series>@<year>, e.g. gdpNominal@2025', zh: '<序列>@<年份>,如 gdpNominal@2025' })]);
    const method = str(values, 'method') ?? 'tornado';
    if (method !== 'tornado' && method !== 'sobol') throw new PlanpathError('invalid-request', [issue('--method', method, { en: 'unknown method', zh: '未知方法' }, { en: 'tornado or sobol', zh: 'tornado 或 sobol' })]);
    const delta = numberOption(values, 'delta');
    const samples = intOption(values, 'samples', 64, 1_000_000);
    const bootstrap = intOption(values, 'bootstrap', 0, 10_000);
    const seed = intOption(values, 'seed', 0, 0xffffffff);
    const options: SensitivityOptions = { ...(delta !== undefined ? { delta } : {}), ...(samples !== undefined ? { samples } : {}), ...(bootstrap !== undefined ? { bootstrap } : {}), ...(seed !== undefined ? { seed } : {}) };
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    return withRunner(cliRunner(intOption(values, 'workers', 0, 64) ?? 0, 0), lang, async (runner) => {
      let result: SensitivityResult;
      try {
        result = await runner.runSensitivity({ plan, scenario, output, method, options });
      } catch (error) {
        throw asCliError(error);
      }
      print(format === 'json' ? JSON.stringify({ scenario: { id: scenario.id, name: scenario.name }, ...result }, null, 2) : sensitivityTable(result, lang));
      return 0;
    });
  },
};
