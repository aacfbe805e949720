/**
 * `mc <scenario> [--paths N] [--seed S] [--workers W] [--adaptive] [--tolerance T] ...`: the Monte Carlo
 * of one scenario: quantiles and means of every series per year, the probability of meeting each
 * target and all 2025 targets together, histograms. Runs in-process for small runs (starting workers
 * costs more than it saves); large ones on cores - 1 worker_threads with this thread taking blocks too
 * (one worker start less; runtime/caller-pool-executor.ts), the first worker started before the CLI
 * loads (cli/early-worker.mjs); `--workers W` gives a pool of exactly W workers (0: in-process).
 */
import { availableParallelism } from 'node:os';
import { DEFAULT_PATHS, DEFAULT_PATH_LIMIT, formatPercent, groupDigits, issue, isPlanpathError, PlanpathError, project, seriesCatalogue, type Lang, type McOptions, type McResult, type PlanData, type Projection, type ResolvedScenario } from '../../engine/index';
import { createInProcessRunner, isRunnerError, type Runner } from '../../runtime/index';
import { createNodePoolRunner } from '../../runtime/node/node-pool-runner';
import { str, strs, type Command, type CommandArgs } from '../command';
import { loadScenario, parseDecimal, parseWholeNumber, pickFormat } from '../context';
import { renderTable } from '../format/table';
// Work (paths x years) below which one process is faster than starting workers (shared with bin.mjs's early worker).
import { IN_PROCESS_WORK } from '../early-worker.mjs';
import { formatSeriesValue, formatTarget, seriesHeader } from '../format/projection';


/** An integer option in [min, max], or undefined when absent. */
export function intOption(values: CommandArgs['values'], name: string, min: number, max: number): number | undefined {
  const text = str(values, name);
  if (text === undefined) return undefined;
  return parseWholeNumber(text, `--${name}`, min, max);
}

/** A number option, or undefined when absent. */
export function numberOption(values: CommandArgs['values'], name: string): number | undefined {
  const text = str(values, name);
  if (text === undefined) return undefined;
  return parseDecimal(text, `--${name}`, '0.005');
}

/** Values of a repeatable or comma-separated option. */
export const listOption = (values: CommandArgs['values'], name: string): string[] => strs(values, name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');

/** The runner: a pool of `workers` threads, in-process for 0; by default in-process for small work, else cores - 1 workers with this thread simulating a share (callerShare). */
export function cliRunner(workers: number | undefined, work: number): Runner {
  if (workers !== undefined) return workers === 0 ? createInProcessRunner() : createNodePoolRunner({ workers, prestart: true });
  if (work < IN_PROCESS_WORK) return createInProcessRunner();
  // One worker fewer than the cores, and this thread simulates a share too: one worker start less.
  const cores = availableParallelism();
  return cores < 2 ? createInProcessRunner() : createNodePoolRunner({ workers: cores - 1, prestart: true, callerShare: true });
}

/** Runs `body` with `runner` and always terminates it; a runtime failure becomes a one-line message (exit 1). */
export async function withRunner<T>(runner: Runner, lang: 'zh' | 'en', body: (r: Runner) => Promise<T>): Promise<T | number> {
  try {
    return await body(runner);
  } catch (error) {
    if (!isRunnerError(error)) throw error;
    process.stderr.write(`${lang === 'zh' ? '运行失败' : 'run failed'}: ${error.detail[lang]}\n`);
    return 1;
  } finally {
    runner.terminate();
  }
}

/** Engine option fields named as the CLI spells them (`paths` -> `--paths`, `series[2]` -> `--series`). */
export function asCliError(error: unknown): unknown {
  if (!isPlanpathError(error) || error.kind !== 'invalid-request') return error;
  const flag = (path: string) => {
    const head = path.split(/[.[]/)[0];
    const names: Record<string, string> = { paths: '--paths', seed: '--seed', tolerance: '--tolerance', quantiles: '--quantiles', series: '--series', joint: '--joint', histograms: '--histogram', samples: '--samples', bootstrap: '--bootstrap', delta: '--delta', levers: '--levers' };
    return names[head] ?? path;
  };
  return new PlanpathError(error.kind, error.issues.map((i) => ({ ...i, path: flag(i.path) })));
}

/** A `<series>@<year>` histogram request. */
function parseHistogram(text: string, i: number): { series: string; year: number } {
  const [series, year] = text.split('@');
  if (!series || !year || !Number.isInteger(Number(year))) throw new PlanpathError('invalid-request', [issue(`--histogram[${i}]`, text, { en: 'not <series>@<year>', zh: '格式不是 <序列>@<年份>' }, { en: 'e.g. gdpNominal@2025', zh: '如 gdpNominal@2025' })]);
  return { series, year: Number(year) };
}

/** The JSON document of `mc`. */
export function mcJson(r: McResult, scenario: ResolvedScenario, plan: PlanData) {
  const { samples: _samples, ...rest } = r;
  return { scenario: { id: scenario.id, name: scenario.name }, plan: { id: plan.id, name: plan.name }, ...rest };
}

/** Series shown in the quantile table by default, at the plan's end year and the scenario's last year. */
export const TABLE_SERIES: readonly string[] = ['gdpNominal', 'gdpReal', 'realGrowth', 'shares.tertiary', 'population', 'gdpPerCapita'];

/**
 * The series a table run simulates when the user names none: the table's own (those the scenario
 * has). Quantiles are counted per series and year on every path, so counting the 50-odd series the
 * table never shows cost most of a large run (plan-target, 1M paths: 4.9 CPU-s against 1.7 CPU-s on
 * the loaded 2-core machine); the shown figures are identical, as every series reads the same draws.
 */
export function tableSeries(plan: PlanData, scenario: ResolvedScenario): string[] {
  return tableView(plan, project(plan, scenario)).series;
}

/**
 * The years the quantile table shows: the plan's end year and the run's last year (`years`: the run's
 * years, base year first). A table run summarises only these (McOptions.years), for the same reason as
 * {@link tableSeries}: each (series, year) is counted on every path, and the table shows 2 of 15 years.
 */
export function tableYears(plan: PlanData, years: readonly number[]): number[] {
  return [...new Set([plan.period.to, years[years.length - 1]])].filter((y) => years.includes(y));
}

/** What a table run of `projection` summarises by default: the table's series and its years. */
function tableView(plan: PlanData, projection: Projection): { series: string[]; years: number[] } {
  const known = seriesCatalogue(projection).entries;
  return { series: TABLE_SERIES.filter((s) => known.has(s)), years: tableYears(plan, projection.years) };
}

/** The tables of `mc` in one language. */
export function mcTables(r: McResult, scenario: ResolvedScenario, plan: PlanData, lang: Lang, shown: readonly string[] = TABLE_SERIES): string {
  const zh = lang === 'zh';
  const pct = (p: number) => formatPercent(p, 1);
  const stop = { fixed: zh ? '固定路径数' : 'fixed path count', tolerance: zh ? '已达到误差要求' : 'tolerance reached', limit: zh ? '达到路径上限' : 'path limit reached' }[r.stoppedBy];
  const title = `${scenario.name[lang]} (${scenario.id}) — ${zh ? '蒙特卡洛' : 'Monte Carlo'}: ${groupDigits(r.paths, 0)} ${zh ? '条路径' : 'paths'}, ${zh ? '种子' : 'seed'} ${r.seed}, ${stop}`;
  const years = tableYears(plan, r.years);
  const levels = r.quantileLevels.map(String);
  const quantileRows = shown.filter((s) => r.quantiles[s]).flatMap((s) => years.map((y) => {
    const t = y - r.years[0];
    return [seriesHeader(s, lang), String(y), ...levels.map((p) => formatSeriesValue(s, r.quantiles[s][p][t])), formatSeriesValue(s, r.mean[s][t]), formatSeriesValue(s, r.deterministic[s][t])];
  }));
  const quantiles = renderTable([zh ? '序列' : 'Series', zh ? '年份' : 'Year', ...levels.map((p) => `P${Math.round(Number(p) * 1000) / 10}`), zh ? '均值' : 'Mean', zh ? '确定性路径' : 'Deterministic'], quantileRows, { title: zh ? '分位数' : 'Quantiles' });
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const targetRows = r.targets.map((t) => {
    const ind = byId.get(t.id)!;
    return [`${ind.label[lang]}${t.proxyAssumption ? '*' : ''}`, zh ? ind.unit : ind.unitEn, String(t.year), formatTarget(t), pct(t.probability), `${(t.standardError * 100).toFixed(2)}${zh ? ' 个百分点' : ' pp'}`, `${pct(t.interval.lower)}-${pct(t.interval.upper)}`, t.deterministicMet ? (zh ? '达成' : 'met') : (zh ? '未达成' : 'missed')];
  });
  const targets = renderTable(zh ? ['指标', '单位', '年份', '目标', '达成概率', '标准误差', '95%区间', '确定性路径'] : ['Indicator', 'Unit', 'Year', 'Target', 'Probability', 'Std. error', '95% interval', 'Deterministic path'], targetRows, { title: zh ? '达成目标的概率' : 'Probability of meeting each target', alignLeft: [1] });
  const names = r.joint.ids.map((id) => byId.get(id)?.label[lang] ?? id).join(zh ? '、' : ', ');
  const joint = `${zh ? '同时达成' : 'All met together'} (${names}): ${pct(r.joint.probability)} (${zh ? '标准误差' : 'std. error'} ${(r.joint.standardError * 100).toFixed(2)}${zh ? ' 个百分点' : ' pp'}, ${zh ? '95%区间' : '95% interval'} ${pct(r.joint.interval.lower)}-${pct(r.joint.interval.upper)})`;
  const histograms = r.histograms.map((h) => {
    const most = Math.max(1, ...h.counts);
    const rows = h.counts.map((c, k) => [`${formatSeriesValue(h.series, h.edges[k])} – ${formatSeriesValue(h.series, h.edges[k + 1])}`, groupDigits(c, 0), '█'.repeat(Math.round((c / most) * 40))]);
    return renderTable([zh ? '区间' : 'Range', zh ? '路径数' : 'Paths', ''], rows, { title: `${seriesHeader(h.series, lang)} ${h.year}`, alignLeft: [2] });
  });
  const note = r.targets.some((t) => t.proxyAssumption) ? `\n${zh ? '* 代理目标(规划未给数值)' : '* proxy target (the plan gives no number)'}` : '';
  return [title, quantiles, targets + note, joint, ...histograms].join('\n\n');
}

/** The `mc` command. */
export const mcCommand: Command = {
  name: 'mc',
  summary: { zh: '蒙特卡洛:各序列分位数、达成各目标及全部2025年目标的概率', en: 'Monte Carlo: quantiles of every series, probability of meeting each target and all 2025 targets' },
  usage: 'mc <scenario> [--paths N] [--seed S] [--workers W] [--adaptive] [--tolerance 0.005] [--quantiles 0.05,0.5,0.95] [--series a,b] [--joint id,id] [--histogram series@year] [--format table|json]',
  options: { paths: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' }, adaptive: { type: 'boolean' }, tolerance: { type: 'string' }, quantiles: { type: 'string' }, series: { type: 'string', multiple: true }, joint: { type: 'string', multiple: true }, histogram: { type: 'string', multiple: true } },
  async run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const paths = intOption(values, 'paths', 1, 100_000_000);
    const tolerance = numberOption(values, 'tolerance');
    // No --paths: adaptive up to the default limit. --paths alone: exactly that many.
    const adaptive = values.adaptive === true || tolerance !== undefined || paths === undefined;
    const quantiles = str(values, 'quantiles')?.split(',').map(Number);
    const series = listOption(values, 'series');
    const joint = listOption(values, 'joint');
    const options: McOptions = {
      paths: paths ?? (adaptive ? DEFAULT_PATH_LIMIT : DEFAULT_PATHS),
      adaptive,
      ...(tolerance !== undefined ? { tolerance } : {}),
      ...(intOption(values, 'seed', 0, 0xffffffff) !== undefined ? { seed: intOption(values, 'seed', 0, 0xffffffff) } : {}),
      ...(quantiles ? { quantiles } : {}),
      ...(series.length > 0 ? { series } : {}),
      ...(joint.length > 0 ? { joint } : {}),
      histograms: strs(values, 'histogram').map(parseHistogram),
    };
    const workers = intOption(values, 'workers', 0, 64);
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const work = options.paths! * (scenario.endYear - scenario.baseYear);
    // A pool's workers start now, while the table's view is projected and the model compiles.
    return withRunner(cliRunner(workers, work), lang, async (runner) => {
      // A table shows the requested series (else its own few) in its two years: only those are
      // simulated (JSON: every series, every year).
      if (format === 'table') {
        const view = tableView(plan, project(plan, scenario));
        if (series.length === 0) options.series = view.series;
        options.years = view.years;
      }
      let result: McResult;
      try {
        result = await runner.runMonteCarlo({ plan, scenario, options });
      } catch (error) {
        throw asCliError(error);
      }
      print(format === 'json' ? JSON.stringify(mcJson(result, scenario, plan), null, 2) : mcTables(result, scenario, plan, lang, options.series));
      return 0;
    });
  },
};
