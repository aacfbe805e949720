/**
 * `review <scenario> [--actuals <file.csv>]`: the mid-term review (规划中期评估). Observed statistics
 * (a CSV file, else the actuals saved in the scenario, else the plan's published statistics: final and
 * preliminary figures unless `--statuses` says otherwise) against the scenario's path and the plan's path
 * to each target; a headline in words; every target classified as China's mid-term evaluations do; then,
 * re-anchored at the last observed year, every target's change now required and its probability under
 * the scenario's uncertainty (Monte Carlo on the re-anchored plan; `--paths 0` skips it). Bad rows of
 * the CSV exit 2, each with its line and column.
 */
import { basename } from 'node:path';
import {
  catalogueFor, isPlanpathError, issue, PlanpathError, publishedReviewInputs, readActuals, readSavedActuals, reanchor, reviewActuals, reviewHeadline, summarizeProgress,
  DEFAULT_PUBLISHED_STATUSES, FASTER_AT_LEAST, BEHIND_BELOW, PUBLISHED_STATUSES, PUBLISHED_STATUS_LABELS,
  type LowerBound, type Observation, type PlanData, type PublishedChoice, type PublishedStatus, type ReviewTarget, type TargetProbabilities,
} from '../../engine/index';
import { publishedSources } from '../../data/published';
import { createInProcessRunner } from '../../runtime/in-process-runner';
import { str, type Command } from '../command';
import { loadScenario, parseWholeNumber, pickFormat, readTextFile } from '../context';
import { comparisonTable, publishedTable, reviewJson, SourceList, targetTable } from './review-format';

/** Default Monte Carlo paths of a review: enough for a standard error under 0.2 percentage points. */
export const REVIEW_DEFAULT_PATHS = 65_536;

function readText(path: string | undefined, field: string): string {
  if (path === undefined) throw new PlanpathError('invalid-request', [issue(field, undefined, { en: 'missing', zh: '缺失' }, { en: 'a CSV file with the header year,series,value[,source]', zh: '表头为 year,series,value[,source] 的 CSV 文件' })]);
  return readTextFile(path, field);
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
  return parseWholeNumber(text, field, 0, max);
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

/** Parses `--statuses final,preliminary,...`. */
export function parseStatuses(text: string | undefined, field = '--statuses'): PublishedStatus[] {
  if (text === undefined) return [...DEFAULT_PUBLISHED_STATUSES];
  const parts = text.split(',').map((x) => x.trim()).filter(Boolean);
  const bad = parts.filter((x) => !(PUBLISHED_STATUSES as readonly string[]).includes(x));
  if (bad.length > 0 || parts.length === 0) {
    throw new PlanpathError('invalid-request', [issue(field, text, { en: bad.length ? `unknown status ${bad.join(', ')}` : 'empty', zh: bad.length ? `未知状态 ${bad.join('、')}` : '为空' }, { en: `a comma-separated list of ${PUBLISHED_STATUSES.join(', ')}`, zh: `以逗号分隔的 ${PUBLISHED_STATUSES.join('、')}` })]);
  }
  return [...new Set(parts)] as PublishedStatus[];
}

interface ActualsInput {
  observations: Observation[];
  source: 'file' | 'saved' | 'published';
  name: { zh: string; en: string };
  statuses: PublishedStatus[] | null;
  lowerBounds: LowerBound[];
  choices: PublishedChoice[] | null;
}

/** --actuals wins; then the actuals saved in the scenario; then the plan's published statistics. */
function actualsInput(plan: PlanData, scenario: Parameters<typeof catalogueFor>[1], actualsPath: string | undefined, statusText: string | undefined): ActualsInput {
  const none = { lowerBounds: [], choices: null, statuses: null };
  if (actualsPath !== undefined) return { ...none, source: 'file', name: { zh: basename(actualsPath), en: basename(actualsPath) }, observations: readCsvFile(actualsPath, '--actuals', (text) => readActuals(text, catalogueFor(plan, scenario))) };
  if (scenario.actuals?.length) return { ...none, source: 'saved', name: { zh: '情景文件中保存的数据', en: 'saved in the scenario' }, observations: readSavedActuals(scenario.actuals, catalogueFor(plan, scenario)) };
  const published = publishedSources[plan.id];
  if (!published) return { ...none, source: 'file', name: { zh: '', en: '' }, observations: readCsvFile(undefined, '--actuals', () => []) };
  const statuses = parseStatuses(statusText);
  const inputs = publishedReviewInputs(published, plan, scenario, statuses);
  const labels = (lang: 'zh' | 'en') => statuses.map((s) => PUBLISHED_STATUS_LABELS[s][lang]).join(lang === 'zh' ? '、' : ', ');
  return { source: 'published', statuses, observations: inputs.observations, lowerBounds: inputs.lowerBounds, choices: inputs.choices, name: { zh: `公布的统计数据(${labels('zh')})`, en: `published statistics (${labels('en')})` } };
}

/** The `review` command (registered in cli/commands/index.ts). */
export const reviewCommand: Command = {
  name: 'review',
  summary: { zh: '规划中期评估:实际统计与路径对照,自最近实际年份重新锚定后各目标所需增速与达成概率', en: 'Mid-term review: actual statistics against the paths; from the last observed year, the growth each target now needs and its probability' },
  usage: 'review <scenario> [--actuals <file.csv>; else those saved in the scenario; else the published statistics] [--statuses final,preliminary[,estimate,uncertain]] [--format table|json] [--paths N (0: no Monte Carlo)] [--seed S] [--all-targets]',
  options: { actuals: { type: 'string' }, statuses: { type: 'string' }, paths: { type: 'string' }, seed: { type: 'string' }, 'all-targets': { type: 'boolean' } },
  async run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const paths = parseCount(str(values, 'paths'), '--paths', REVIEW_DEFAULT_PATHS, 10_000_000);
    const seedText = str(values, 'seed');
    const seed = seedText === undefined ? undefined : parseCount(seedText, '--seed', 0, 0xffffffff);
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const input = actualsInput(plan, scenario, str(values, 'actuals'), str(values, 'statuses'));
    const { observations } = input;
    const anchored = reanchor(plan, scenario, observations);
    const mc = await probabilitiesFor(anchored.plan, anchored, paths, seed);
    const result = reviewActuals(plan, scenario, observations, { anchored, lowerBounds: input.lowerBounds, ...(mc ? { probabilities: mc.probabilities } : {}) });
    const headline = reviewHeadline(result, plan);
    const summary = summarizeProgress(result, plan);
    if (format === 'json') {
      print(JSON.stringify(reviewJson(result, { source: input.source, statuses: input.statuses, mc: mc && { paths: mc.paths, seed: mc.seed }, headline, summary, published: input.choices }), null, 2));
      return 0;
    }
    const zh = lang === 'zh';
    const sources = new SourceList();
    const observedIds = new Set(result.targets.filter((t) => t.lastObservedYear !== null || t.progress.year !== null).map((t) => t.id));
    const filter = values['all-targets'] ? () => true : (t: ReviewTarget) => observedIds.has(t.id) || result.original.targets.find((o) => o.id === t.id)?.basis === 'model';
    print(`${scenario.name[lang]} (${scenario.id}) · ${zh ? '实际数据' : 'actuals'}: ${input.name[lang]}, ${observations.length} ${zh ? '个观测' : 'observations'}\n`);
    if (headline) print(`${headline.text[lang]}\n`);
    print(`${summary.text[lang]}\n`);
    print(comparisonTable(result, plan, lang, sources));
    if (result.comparisons.some((c) => c.modelSeriesMissing)) {
      const missing = [...new Set(result.comparisons.filter((c) => c.modelSeriesMissing).map((c) => c.modelSeries))].join(', ');
      print(zh ? `* 情景尚未计算模型序列 ${missing}:仅列出实际值。` : `* The scenario does not compute the model series ${missing}: the observation is shown without a model value.`);
    }
    print('');
    print(targetTable(result, plan, lang, filter));
    print(zh
      ? `中期评估分类:完成预期进度 = (实际值 - 起点) / (直线路径值 - 起点);已达到目标为提前实现,≥ ${Math.round(FASTER_AT_LEAST * 100)}% 快于预期,${Math.round(BEHIND_BELOW * 100)}%-${Math.round(FASTER_AT_LEAST * 100)}% 基本符合预期,< ${Math.round(BEHIND_BELOW * 100)}% 滞后于预期(阈值为假设,见 engine/review/progress-thresholds.ts)。`
      : `Mid-term class: progress = (observed - start) / (straight path - start); achieved early when the target is already met, faster than expected at ${Math.round(FASTER_AT_LEAST * 100)}% or more, broadly as expected from ${Math.round(BEHIND_BELOW * 100)}% to ${Math.round(FASTER_AT_LEAST * 100)}%, behind below ${Math.round(BEHIND_BELOW * 100)}% (thresholds are an assumption, engine/review/progress-thresholds.ts).`);
    print(mc ? (zh ? `达成概率:蒙特卡洛 ${mc.paths} 条路径,种子 ${mc.seed},自 ${result.anchorYear} 年起按情景的不确定性设置。` : `Probability: Monte Carlo, ${mc.paths} paths, seed ${mc.seed}, under the scenario's uncertainty from ${result.anchorYear}.`) : zh ? '(未计算达成概率:情景无不确定性设置,或 --paths 0,或已无剩余年份)' : '(no probabilities: the scenario has no uncertainty block, --paths 0, or no years are left)');
    if (!values['all-targets']) print(zh ? '(仅列出模型计算或有实际数据的目标;--all-targets 显示全部)' : '(model-computed or observed targets only; --all-targets shows every target)');
    if (input.choices) {
      print('');
      print(publishedTable(input.choices, lang, sources));
    }
    const list = sources.render(lang);
    if (list) print(`\n${list}`);
    return 0;
  },
};
