/**
 * `calibrate --history <file.csv>`: trend growth, volatility and persistence of each historical series
 * with standard errors and the observations they rest on, and the scenario they suggest
 * (`--save new.json` writes it; an existing file is never overwritten).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import {
  calibrateHistory, calibratedScenario, historyCatalogue, issue, PlanpathError, readActuals, resolveScenario,
  type CalibrationResult, type Estimate, type Lang, type ScenarioFile,
} from '../../engine/index';
import { builtinScenario } from '../../scenarios/index';
import { str, type Command } from '../command';
import { loadPlan, pickFormat, readJsonFile } from '../context';
import { renderTable } from '../format/table';
import { readCsvFile } from './review';

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
  usage: 'calibrate --history <file.csv> [--save new-scenario.json] [--extends <scenario id>] [--id <new id>] [--format table|json]',
  options: { history: { type: 'string' }, save: { type: 'string' }, extends: { type: 'string' }, id: { type: 'string' } },
  run({ values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const planFlag = str(values, 'plan');
    const plan = loadPlan(planFlag);
    const historyPath = str(values, 'history');
    const observations = readCsvFile(historyPath, '--history', (text) => readActuals(text, historyCatalogue(plan)));
    const result = calibrateHistory(observations);
    const base = str(values, 'extends') ?? CALIBRATE_DEFAULT_BASE;
    const id = str(values, 'id') ?? `${base}-calibrated`.slice(0, 64);
    const source = basename(historyPath!);
    const scenario = calibratedScenario(result, { id, name: { zh: `按历史校准(${source})`, en: `Calibrated from history (${source})` }, extends: base, source });
    if (scenario) checkScenario(scenario, planFlag, str(values, 'save'));
    const save = str(values, 'save');
    if (save) {
      if (!scenario) throw new PlanpathError('invalid-request', [issue('--history', historyPath, { en: 'nothing in the history calibrates a scenario assumption', zh: '历史数据中没有可用于情景假设的序列' }, { en: 'real growth, GDP, value added, deflator or population series', zh: '实际增速、GDP、增加值、平减指数或人口序列' })]);
      if (existsSync(save)) throw new PlanpathError('invalid-request', [issue('--save', save, { en: 'file exists; not overwritten', zh: '文件已存在,未覆盖' }, { en: 'a new file path', zh: '新的文件路径' })]);
      writeFileSync(save, `${JSON.stringify(scenario, null, 2)}\n`, { flag: 'wx' });
    }
    if (format === 'json') {
      print(JSON.stringify({ series: result.series.map(({ key, kind, estimates, gapsAfter, logGrowth }) => ({ key, kind, firstYear: logGrowth[0]?.year ?? null, lastYear: logGrowth[logGrowth.length - 1]?.year ?? null, ...estimates, gapsAfter })), sectorCorrelation: result.sectorCorrelation, warnings: result.warnings, scenario: scenario ?? null, ...(save ? { saved: save } : {}) }, null, 2));
      return 0;
    }
    const zh = lang === 'zh';
    print(estimatesTable(result, lang));
    if (result.sectorCorrelation) print(`\n${zh ? '产业增长相关系数' : 'Correlation of sector growth'} (n = ${result.sectorCorrelation.observations}): ${result.sectorCorrelation.matrix.map((r) => `[${r.map((x) => x.toFixed(2)).join(', ')}]`).join(' ')}`);
    for (const w of result.warnings) print(`${zh ? '警告' : 'warning'}: ${w[lang]}`);
    if (scenario) print(`\n${zh ? '建议情景' : 'Suggested scenario'}${save ? ` (${zh ? '已保存' : 'saved'}: ${save})` : ` (${zh ? '用 --save 保存' : 'save it with --save'})`}:\n${JSON.stringify({ extends: scenario.extends, assumptions: scenario.assumptions, uncertainty: scenario.uncertainty }, null, 2)}`);
    else print(zh ? '\n历史数据中没有可用于情景假设的序列。' : '\nNothing in the history calibrates a scenario assumption.');
    return 0;
  },
};
