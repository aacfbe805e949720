/** `run <scenario>`: the projection of one scenario, with its scorecard. */
import { project, summarizeScorecard } from '../../engine/index';
import { str, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';
import { projectionCsv, projectionJson, scorecardTable, seriesTable } from '../format/projection';

export const runCommand: Command = {
  name: 'run',
  summary: { zh: '运行一个情景:逐年序列与目标记分卡', en: 'Project one scenario: yearly series and the target scorecard' },
  usage: 'run <scenario file or id> [--format table|json|csv] [--all-targets]',
  options: { 'all-targets': { type: 'boolean' } },
  run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'));
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const p = project(plan, scenario);
    if (format === 'json') print(JSON.stringify(projectionJson(p, scenario, plan), null, 2));
    else if (format === 'csv') print(projectionCsv(p));
    else {
      const title = `${scenario.name[lang]} (${scenario.id}${scenario.extends ? ` ← ${scenario.extends}` : ''})`;
      const modelOnly = values['all-targets'] ? () => true : (t: { basis: string }) => t.basis === 'model';
      const hint = values['all-targets'] ? '' : lang === 'zh' ? '\n(仅列出模型计算的目标;--all-targets 显示全部规划指标)' : '\n(model-computed targets only; --all-targets shows every plan indicator)';
      print(`${title}\n\n${seriesTable(p, lang)}\n\n${scorecardTable(p, plan, lang, modelOnly)}\n${summarizeScorecard(p.targets).text[lang]}${hint}`);
    }
    return 0;
  },
};
