/**
 * `review <scenario> --actuals <file.csv>`: the mid-term review (规划中期评估). Observed statistics
 * against the scenario's path and the plan's path to each target; then, re-anchored at the last
 * observed year, every target's constant annual change now required and its probability under the
 * scenario's uncertainty (Monte Carlo on the re-anchored plan; `--paths 0` skips it). Bad rows of the
 * CSV exit 2, each with its line and column.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import {
  catalogueFor, formatPercent, formatSignedPercent, groupDigits, autoDecimals, isPlanpathError, issue, PlanpathError, readActuals, readSavedActuals, reanchor, reviewActuals,
  SERIES_LABELS, type Lang, type PlanData, type ReviewResult, type ReviewTarget, type TargetProbabilities,
} from '../../engine/index';
import { createInProcessRunner } from '../../runtime/in-process-runner';
import { str, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';
import { renderTable } from '../format/table';
import { COMPARATOR_SYMBOL } from '../format/projection';

/** Default Monte Carlo paths of a review: enough for a standard error under 0.2 percentage points. */
export const REVIEW_DEFAULT_PATHS = 65_536;

function readText(path: string | undefined, field: string): string {
  if (path === undefined) throw new PlanpathError('invalid-request', [issue(field, undefined, { en: 'missing', zh: '缺失' }, { en: 'a CSV file with the header year,series,value[,source]', zh: '表头为 year,series,value[,source] 的 CSV 文件' })]);
  if (!existsSync(path)) throw new PlanpathError('invalid-request', [issue(field, path, { en: 'file not found', zh: '找不到文件' }, { en: 'a readable file path', zh: '可读的文件路径' })]);
  return readFileSync(path, 'utf8');
}

/** Reads a CSV through `read`, naming the file in every issue's path. */
export function readCsvFile<T>(path: string | undefined, field: string, read: (text: string) => T): T {
  const text = readText(path, field);
  try {
    return read(text);
  } catch (error) {
    if (isPlanpathError(error)) throw new PlanpathError(error.kind, error.issues.map((i) => ({ ...i, path: `${basename(path!)} ${i.path}` })));
    throw error;
  }
}

function parseCount(text: string | undefined, field: string, fallback: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new PlanpathError('invalid-request', [issue(field, text, { en: 'not a whole number in range', zh: '不是范围内的整数' }, { en: `an integer from 0 to ${max}`, zh: `0 至 ${max} 的整数` })]);
  return n;
}

async function probabilitiesFor(anchoredPlan: PlanData, anchored: ReturnType<typeof reanchor>, paths: number, seed: number | undefined): Promise<{ probabilities: TargetProbabilities; paths: number; seed: number } | null> {
  if (paths === 0 || !anchored.scenario.uncertainty || anchored.anchorYear >= anchored.scenario.endYear) return null;
  // The Monte Carlo follows the deterministic projection of whatever plan it gets, so the re-anchored
  // plan and scenario (either growth mode) go to it as they are.
  const runner = createInProcessRunner();
  try {
    const r = await runner.runMonteCarlo({ plan: anchoredPlan, scenario: anchored.scenario, options: { paths, ...(seed !== undefined ? { seed } : {}) } });
    return { probabilities: Object.fromEntries(r.targets.map((t) => [t.id, t.probability])), paths: r.paths, seed: r.seed };
  } finally {
    runner.terminate();
  }
}

const BASIS: Record<ReviewTarget['basis'], { zh: string; en: string }> = {
  model: { zh: '模型', en: 'model' },
  'default-path': { zh: '默认直线路径', en: 'default path' },
  'scenario-path': { zh: '情景路径', en: 'scenario path' },
  'held-at-base': { zh: '保持基数', en: 'held' },
  none: { zh: '-', en: '-' },
};

const zh = (lang: Lang) => lang === 'zh';
const num = (x: number | null) => (x === null ? '-' : groupDigits(x, autoDecimals(x)));
const pct = (x: number | null, d = 2) => (x === null ? '-' : formatPercent(x, d));
const signed = (x: number | null) => (x === null ? '-' : formatSignedPercent(x, 1));

function seriesName(series: string, plan: PlanData, lang: Lang): string {
  const ind = plan.indicators.find((i) => i.id === series);
  if (ind) return `${ind.label[lang]} (${lang === 'zh' ? ind.unit : ind.unitEn})`;
  if (series === 'investment') return zh(lang) ? '投资 (亿元,基年价)' : 'Investment (CNY 100 million, base-year prices)';
  const l = SERIES_LABELS[series];
  return l ? `${l.label[lang]} (${l.unit[lang]})` : series;
}

function comparisonTable(r: ReviewResult, plan: PlanData, lang: Lang): string {
  const zh = lang === 'zh';
  const isPercent = (series: string) => SERIES_LABELS[series]?.unit.en === '%';
  const shown = (v: number, series: string) => (isPercent(series) ? formatPercent(v, 1) : num(v));
  // A growth rate's deviation is shown in percentage points; a level's in percent of the scenario's value.
  const deviation = (c: ReviewResult['comparisons'][number]) => (c.deviationPct === null && c.deviation !== null && isPercent(c.series) ? `${c.deviation >= 0 ? '+' : ''}${(c.deviation * 100).toFixed(1)} ${zh ? '个百分点' : 'pt'}` : signed(c.deviationPct));
  const rows = r.comparisons.map((c) => [
    String(c.year), seriesName(c.series, plan, lang), shown(c.observed, c.series),
    c.scenario === null ? '-' : shown(c.scenario, c.series), deviation(c),
    c.targetPath === null ? '-' : shown(c.targetPath, c.series), signed(c.targetDeviationPct),
  ]);
  const header = zh ? ['年份', '序列', '实际值', '情景路径', '偏离', '规划目标路径', '偏离'] : ['Year', 'Series', 'Observed', 'Scenario', 'Deviation', 'Path to target', 'Deviation'];
  return renderTable(header, rows, { title: zh ? '实际与规划对照' : 'Plan against actual', alignLeft: [1] });
}

function targetTable(r: ReviewResult, plan: PlanData, lang: Lang, filter: (t: ReviewTarget) => boolean): string {
  const zh = lang === 'zh';
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const sym = COMPARATOR_SYMBOL;
  const rows = r.targets.filter(filter).map((t) => {
    const ind = byId.get(t.id)!;
    return [
      `${ind.label[lang]}${t.proxyAssumption ? (zh ? ' (代理目标)' : ' (proxy)') : ''}`, zh ? ind.unit : ind.unitEn, String(t.year), `${sym[t.comparator]} ${num(t.target)}`,
      t.lastObserved === null ? '-' : `${num(t.lastObserved)} (${t.lastObservedYear})`,
      num(t.projected), t.met === null ? '-' : t.met ? (zh ? '达成' : 'met') : zh ? '未达成' : 'missed',
      t.requiredAnnualChange === null ? '-' : `${pct(t.requiredAnnualChange)} (${zh ? '自' : 'from '}${t.requiredFromYear})`,
      t.probability === null ? '-' : pct(t.probability, 1),
      BASIS[t.basis][lang],
      pct(t.originalRequiredAnnualChange),
    ];
  });
  const header = zh
    ? ['指标', '单位', '年份', '目标', '最近实际(年份)', '重新锚定预测', '状态', '现需年均变化', '达成概率', '依据', '评估前所需']
    : ['Indicator', 'Unit', 'Year', 'Target', 'Last observed (year)', 'Projected now', 'Status', 'Required/yr now', 'Probability', 'Basis', 'Required before'];
  return renderTable(header, rows, { title: zh ? `目标:自 ${r.anchorYear} 年重新锚定` : `Targets, re-anchored at ${r.anchorYear}`, alignLeft: [1, 6, 9] });
}

/** The JSON document of `review`. */
export function reviewJson(r: ReviewResult, mc: { paths: number; seed: number } | null) {
  return {
    scenario: { id: r.scenarioId },
    anchorYear: r.anchorYear,
    monteCarlo: mc,
    targets: r.targets,
    comparisons: r.comparisons,
    reanchored: {
      years: r.reanchored.years,
      series: { gdpNominal: r.reanchored.series.gdpNominal, gdpReal: r.reanchored.series.gdpReal, shares: r.reanchored.series.shares, population: r.reanchored.series.population, energyIntensityChangeSinceBase: r.reanchored.series.energyIntensityChangeSinceBase, co2IntensityChangeSinceBase: r.reanchored.series.co2IntensityChangeSinceBase },
    },
  };
}

/** The `review` command (registered in cli/commands/index.ts). */
export const reviewCommand: Command = {
  name: 'review',
  summary: { zh: '规划中期评估:实际统计与路径对照,自最近实际年份重新锚定后各目标所需增速与达成概率', en: 'Mid-term review: actual statistics against the paths; from the last observed year, the growth each target now needs and its probability' },
  usage: 'review <scenario> [--actuals <file.csv>, else those saved in the scenario] [--format table|json] [--paths N (0: no Monte Carlo)] [--seed S] [--all-targets]',
  options: { actuals: { type: 'string' }, paths: { type: 'string' }, seed: { type: 'string' }, 'all-targets': { type: 'boolean' } },
  async run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const paths = parseCount(str(values, 'paths'), '--paths', REVIEW_DEFAULT_PATHS, 10_000_000);
    const seedText = str(values, 'seed');
    const seed = seedText === undefined ? undefined : parseCount(seedText, '--seed', 0, 0xffffffff);
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const actualsPath = str(values, 'actuals');
    // --actuals wins; otherwise the actuals saved in the scenario file.
    const observations = actualsPath === undefined && scenario.actuals?.length
      ? readSavedActuals(scenario.actuals, catalogueFor(plan, scenario))
      : readCsvFile(actualsPath, '--actuals', (text) => readActuals(text, catalogueFor(plan, scenario)));
    const actualsName = actualsPath === undefined ? (lang === 'zh' ? '情景文件中保存的数据' : 'saved in the scenario') : basename(actualsPath);
    const anchored = reanchor(plan, scenario, observations);
    const mc = await probabilitiesFor(anchored.plan, anchored, paths, seed);
    const result = reviewActuals(plan, scenario, observations, { anchored, ...(mc ? { probabilities: mc.probabilities } : {}) });
    if (format === 'json') {
      print(JSON.stringify(reviewJson(result, mc && { paths: mc.paths, seed: mc.seed }), null, 2));
      return 0;
    }
    const zh = lang === 'zh';
    const observedIds = new Set(result.targets.filter((t) => t.lastObservedYear !== null).map((t) => t.id));
    const filter = values['all-targets'] ? () => true : (t: ReviewTarget) => observedIds.has(t.id) || result.original.targets.find((o) => o.id === t.id)?.basis === 'model';
    print(`${scenario.name[lang]} (${scenario.id}) · ${zh ? '实际数据' : 'actuals'}: ${actualsName}, ${observations.length} ${zh ? '个观测' : 'observations'}\n`);
    print(comparisonTable(result, plan, lang));
    print('');
    print(targetTable(result, plan, lang, filter));
    print(mc ? (zh ? `\n达成概率:蒙特卡洛 ${mc.paths} 条路径,种子 ${mc.seed},自 ${result.anchorYear} 年起按情景的不确定性设置。` : `\nProbability: Monte Carlo, ${mc.paths} paths, seed ${mc.seed}, under the scenario's uncertainty from ${result.anchorYear}.`) : zh ? '\n(未计算达成概率:情景无不确定性设置,或 --paths 0,或已无剩余年份)' : '\n(no probabilities: the scenario has no uncertainty block, --paths 0, or no years are left)');
    if (!values['all-targets']) print(zh ? '(仅列出模型计算或有实际数据的目标;--all-targets 显示全部)' : '(model-computed or observed targets only; --all-targets shows every target)');
    return 0;
  },
};
