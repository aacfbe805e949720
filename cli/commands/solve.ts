/**
 * `solve <scenario> --target out@year=value --vary lever [--target ... --vary ...]`: goal seek for one
 * or two targets. `--save <file>` writes the solved scenario as a new scenario file (never overwrites).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { formatPercent, groupDigits, leverIsFraction, issue, parseLever, parseTarget, PlanpathError, solveOne, solveTwo, type LeverMode } from '../../engine/index';
import { str, strs, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';
import { renderTable } from '../format/table';

function parseMode(text: string | undefined): LeverMode {
  if (text === undefined || text === 'constant' || text === 'shift') return text ?? 'constant';
  throw new PlanpathError('invalid-request', [issue('--mode', text, { en: 'unknown mode', zh: '未知方式' }, { en: 'constant (one value every year) or shift (added to every year)', zh: 'constant(每年同一数值)或 shift(每年加上同一数值)' })]);
}

export const solveCommand: Command = {
  name: 'solve',
  summary: { zh: '目标求解:求使输出达到目标的假设值(一个或两个目标)', en: 'Goal seek: the assumption value(s) that make outputs reach targets (one or two)' },
  usage: 'solve <scenario> --target gdpNominal@2025=4000 --vary realGrowth [--target ... --vary ...] [--mode constant|shift] [--save file.json] [--format table|json]',
  options: { target: { type: 'string', multiple: true }, vary: { type: 'string', multiple: true }, mode: { type: 'string' }, save: { type: 'string' } },
  run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const targets = strs(values, 'target').map((t, i) => parseTarget(t, `--target[${i}]`));
    const levers = strs(values, 'vary').map((v, i) => parseLever(v, `--vary[${i}]`));
    if (targets.length === 0 || targets.length > 2 || targets.length !== levers.length) {
      throw new PlanpathError('invalid-request', [issue('--target/--vary', `${targets.length}/${levers.length}`, { en: 'need as many --vary as --target', zh: '--vary 与 --target 的个数必须相同' }, { en: 'one or two pairs of --target and --vary', zh: '一对或两对 --target 与 --vary' })]);
    }
    const mode = parseMode(str(values, 'mode'));
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const result = targets.length === 1
      ? solveOne(plan, scenario, targets[0], { lever: levers[0], mode })
      : solveTwo(plan, scenario, [targets[0], targets[1]], [{ lever: levers[0], mode }, { lever: levers[1], mode }]);
    const save = str(values, 'save');
    if (save) {
      if (existsSync(save)) throw new PlanpathError('invalid-request', [issue('--save', save, { en: 'file exists; not overwritten', zh: '文件已存在,未覆盖' }, { en: 'a new file path', zh: '新的文件路径' })]);
      const { lineage: _lineage, ...file } = result.scenario;
      const id = `${scenario.id}-solved`.slice(0, 64);
      writeFileSync(save, `${JSON.stringify({ ...file, id, name: { zh: `${scenario.name.zh}(求解)`, en: `${scenario.name.en} (solved)` }, extends: undefined, narrative: undefined }, null, 2)}\n`);
    }
    if (format === 'json') {
      const one = result.levers.length === 1;
      print(JSON.stringify({
        ...(one ? { value: result.levers[0].value } : { values: result.levers.map((l) => l.value) }),
        levers: result.levers,
        method: result.method,
        iterations: result.iterations,
        achieved: result.achieved,
        ...(save ? { saved: save } : {}),
      }, null, 2));
      return 0;
    }
    const zh = lang === 'zh';
    const rows = result.levers.map((l) => [l.lever, l.mode === 'constant' ? (zh ? '每年' : 'every year') : (zh ? '每年加' : 'added each year'), leverIsFraction(l.lever) ? formatPercent(l.value, 4) : groupDigits(l.value, 4)]);
    print(renderTable(zh ? ['杠杆', '方式', '所需数值'] : ['Lever', 'Mode', 'Required value'], rows, { title: `${zh ? '求解方法' : 'Method'}: ${result.method}` }));
    print('');
    print(renderTable(zh ? ['目标', '年份', '目标值', '达到值', '相对误差'] : ['Target', 'Year', 'Target value', 'Achieved', 'Relative error'], result.achieved.map((a) => [a.output, String(a.year), String(a.value), a.achieved.toPrecision(10), a.relativeError.toExponential(1)])));
    if (save) print(`${zh ? '已保存' : 'saved'}: ${save}`);
    return 0;
  },
};
