/**
 * `calibrate [--history <file.csv>]`: trend growth, volatility and persistence of each historical series
 * with standard errors and the observations they rest on, and the scenario they suggest
 * (`--save new.json` writes it; an existing file is never overwritten). Without `--history`, the plan's
 * published statistics (final and preliminary unless `--statuses` says otherwise) and the plan's own
 * base-year figures are the history, and the output says how few observations they are.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  calibrateHistory, calibratedScenario, historyCatalogue, historyNote, issue, PlanpathError, publishedHistoryInputs, readActuals, resolveScenario, PUBLISHED_STATUS_LABELS,
  type CalibrationResult, type Estimate, type Lang, type Observation, type PlanData, type PublishedStatus, type ScenarioFile,
} from '../../engine/index';
import { publishedSources } from '../../data/published';
import { builtinScenario } from '../../scenarios/index';
import { str, type Command } from '../command';
import { loadPlan, pickFormat, readJsonFile } from '../context';
import { renderTable } from '../format/table';
import { parseStatuses, readCsvFile } from './review';
import { SourceList } from './review-format';

/** The scenario a calibration extends unless --extends says otherwise. */
export const CALIBRATE_DEFAULT_BASE = 'historical-trend';

const fmt = (e: Estimate, digits: number, percent: boolean) => {
  if (e.value === null) return '-';
  const v = percent ? `${(e.value * 100).toFixed(digits)}%` : e.value.toFixed(digits);
  const se = e.standardError === null ? '' : ` ± ${percent ? `${(e.standardError * 100).toFixed(digits)}%` : e.standardError.toFixed(digits)}`;
  return `${v}${se}${e.tooFew ? ' !' : ''}`;
};

function estimatesTable(result: CalibrationResult, lang: Lang): string {
  const zh = lang === 'zh';
  const rows = result.series.map((c) => [
    c.key, c.kind === 'rate' ? (zh ? '增速' : 'rate') : zh ? '水平' : 'level',
    c.logGrowth.length ? `${c.logGrowth[0].year}-${c.logGrowth[c.logGrowth.length - 1].year}` : '-', String(c.estimates.trend.observations),
    fmt(c.estimates.trend, 2, true), fmt(c.estimates.volatility, 2, true), fmt(c.estimates.persistence, 2, false),
  ]);
  const header = zh ? ['序列', '类型', '增长年份', '观测数', '趋势增速 ± 标准误', '波动率 ± 标准误', '一阶自相关 ± 标准误'] : ['Series', 'Kind', 'Growth years', 'n', 'Trend ± se', 'Volatility ± se', 'Persistence ± se'];
  return renderTable(header, rows, { title: zh ? '历史校准(! = 观测太少,仅供参考)' : 'Calibration from history (! = too few observations to mean much)', alignLeft: [1] });
}

interface History {
  observations: Observation[];
  /** The file name, or a description of the published statistics. */
  name: { zh: string; en: string };
  statuses: PublishedStatus[] | null;
}

/** --history wins; otherwise the plan's published statistics with its base-year figures. */
function historyFor(plan: PlanData, historyPath: string | undefined, statusText: string | undefined): History {
  const published = publishedSources[plan.id];
  if (historyPath !== undefined || !published) {
    const observations = readCsvFile(historyPath, '--history', (text) => readActuals(text, historyCatalogue(plan)));
    return { observations, name: { zh: basename(historyPath!), en: basename(historyPath!) }, statuses: null };
  }
  const statuses = parseStatuses(statusText);
  const inputs = publishedHistoryInputs(published, plan, historyCatalogue(plan), statuses);
  const labels = (lang: Lang) => statuses.map((x) => PUBLISHED_STATUS_LABELS[x][lang]).join(lang === 'zh' ? '、' : ', ');
  return { observations: inputs.observations, statuses, name: { zh: `公布的统计数据(${labels('zh')})与规划基年数据`, en: `published statistics (${labels('en')}) and the plan's base year` } };
}

function historyTable(observations: readonly Observation[], lang: Lang, sources: SourceList): string {
  const zh = lang === 'zh';
  const rows = [...observations].sort((a, b) => a.key.localeCompare(b.key) || a.year - b.year).map((o) => [
    o.key, String(o.year), o.key === 'realGrowth' ? `${(o.keyValue * 100).toFixed(1)}%` : String(o.keyValue), o.status ? PUBLISHED_STATUS_LABELS[o.status][lang] : '-', o.source === 'plan' ? (zh ? '规划' : 'plan') : sources.ref(o.source),
  ]);
  return renderTable(zh ? ['序列', '年份', '数值', '数据状态', '来源'] : ['Series', 'Year', 'Value', 'Status', 'Source'], rows, { title: zh ? '所用历史数据' : 'History used', alignLeft: [3, 4] });
}

/** Checks the suggested scenario resolves (against built-ins and files beside `save`). */
function checkScenario(file: ScenarioFile, planFlag: string | undefined, save: string | undefined): void {
  const dir = save ? dirname(resolve(save)) : undefined;
  const lookup = (id: string): unknown => {
    const sibling = dir ? join(dir, `${id}.json`) : undefined;
    if (sibling && existsSync(sibling)) return readJsonFile(sibling, `extends (${sibling})`);
    return builtinScenario(id);
  };
  resolveScenario(file, lookup, loadPlan(planFlag));
}

/** The `calibrate` command (registered in cli/commands/index.ts). */
export const calibrateCommand: Command = {
  name: 'calibrate',
  summary: { zh: '由历史数据校准:趋势增速、波动率与自相关(含标准误),并生成情景', en: 'Calibrate from history: trend growth, volatility and persistence with standard errors, as a scenario' },
  usage: 'calibrate [--history <file.csv>; else the published statistics] [--statuses final,preliminary[,estimate,uncertain]] [--save new-scenario.json] [--extends <scenario id>] [--id <new id>] [--format table|json]',
  options: { history: { type: 'string' }, statuses: { type: 'string' }, save: { type: 'string' }, extends: { type: 'string' }, id: { type: 'string' } },
  run({ values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const planFlag = str(values, 'plan');
    const plan = loadPlan(planFlag);
    const historyPath = str(values, 'history');
    const history = historyFor(plan, historyPath, str(values, 'statuses'));
    const { observations } = history;
    const result = calibrateHistory(observations);
    const note = historyNote(result);
    const base = str(values, 'extends') ?? CALIBRATE_DEFAULT_BASE;
    const id = str(values, 'id') ?? `${base}-calibrated`.slice(0, 64);
    const source = history.name.en;
    const scenario = calibratedScenario(result, { id, name: { zh: `按历史校准(${history.name.zh})`, en: `Calibrated from history (${source})` }, extends: base, source });
    if (scenario) checkScenario(scenario, planFlag, str(values, 'save'));
    const save = str(values, 'save');
    if (save) {
      if (!scenario) throw new PlanpathError('invalid-request', [issue('--history', historyPath, { en: 'nothing in the history calibrates a scenario assumption', zh: '历史数据中没有可用于情景假设的序列' }, { en: 'real growth, GDP, value added, deflator or population series', zh: '实际增速、GDP、增加值、平减指数或人口序列' })]);
      if (existsSync(save)) throw new PlanpathError('invalid-request', [issue('--save', save, { en: 'file exists; not overwritten', zh: '文件已存在,未覆盖' }, { en: 'a new file path', zh: '新的文件路径' })]);
      writeFileSync(save, `${JSON.stringify(scenario, null, 2)}\n`, { flag: 'wx' });
    }
    if (format === 'json') {
      print(JSON.stringify({ history: { source: history.statuses ? 'published' : 'file', statuses: history.statuses, observations: observations.map(({ year, key, keyValue, status, source }) => ({ year, series: key, value: keyValue, status: status ?? null, source: source ?? null })) }, note: note.text, series: result.series.map(({ key, kind, estimates, gapsAfter, logGrowth }) => ({ key, kind, firstYear: logGrowth[0]?.year ?? null, lastYear: logGrowth[logGrowth.length - 1]?.year ?? null, ...estimates, gapsAfter })), sectorCorrelation: result.sectorCorrelation, warnings: result.warnings, scenario: scenario ?? null, ...(save ? { saved: save } : {}) }, null, 2));
      return 0;
    }
    const zh = lang === 'zh';
    const sources = new SourceList();
    print(`${zh ? '历史数据' : 'History'}: ${history.name[lang]}, ${observations.length} ${zh ? '个观测' : 'observations'}\n`);
    print(estimatesTable(result, lang));
    print(`\n${note.text[lang]}`);
    if (result.sectorCorrelation) print(`\n${zh ? '产业增长相关系数' : 'Correlation of sector growth'} (n = ${result.sectorCorrelation.observations}): ${result.sectorCorrelation.matrix.map((r) => `[${r.map((x) => x.toFixed(2)).join(', ')}]`).join(' ')}`);
    for (const w of result.warnings) print(`${zh ? '警告' : 'warning'}: ${w[lang]}`);
    if (scenario) print(`\n${zh ? '建议情景' : 'Suggested scenario'}${save ? ` (${zh ? '已保存' : 'saved'}: ${save})` : ` (${zh ? '用 --save 保存' : 'save it with --save'})`}:\n${JSON.stringify({ extends: scenario.extends, assumptions: scenario.assumptions, uncertainty: scenario.uncertainty }, null, 2)}`);
    else print(zh ? '\n历史数据中没有可用于情景假设的序列。' : '\nNothing in the history calibrates a scenario assumption.');
    if (history.statuses) {
      print(`\n${historyTable(observations, lang, sources)}`);
      const list = sources.render(lang);
      if (list) print(`\n${list}`);
    }
    return 0;
  },
};
