/**
 * `map <scenario> --x lever=lo:hi --y lever=lo:hi [--steps 41]`: the feasibility map. Over a grid of two
 * levers (each constant every year), how many modelled targets are met, which, and where all are.
 */
import { feasibilityMap, issue, mapProbability, parseLeverSpec, PlanpathError, leverValueText } from '../../engine/index';
import { str, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';

function parseSteps(text: string | undefined): number {
  if (text === undefined) return 41;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 2 || n > 201) throw new PlanpathError('invalid-request', [issue('--steps', text, { en: 'not a whole number from 2 to 201', zh: '不是 2 至 201 的整数' }, { en: 'a whole number from 2 to 201 (default 41)', zh: '2 至 201 的整数(默认 41)' })]);
  return n;
}

export const mapCommand: Command = {
  name: 'map',
  summary: { zh: '可行域图:两个杠杆网格上达成的模型目标数、各目标是否达成、全部达成的区域', en: 'Feasibility map: over a grid of two levers, how many modelled targets are met, which, and where all are' },
  usage: 'map <scenario> --x realGrowth.secondary=0:0.25 --y realGrowth.tertiary=0:0.35 [--steps 41] [--target id ...] [--probability [--paths 4096]] [--format table|json]',
  options: { x: { type: 'string' }, y: { type: 'string' }, steps: { type: 'string' }, target: { type: 'string', multiple: true }, probability: { type: 'boolean' }, paths: { type: 'string' } },
  async run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const need = (name: 'x' | 'y') => {
      const v = str(values, name);
      if (!v) throw new PlanpathError('invalid-request', [issue(`--${name}`, undefined, { en: 'missing', zh: '缺失' }, { en: `--${name} lever=lo:hi, e.g. realGrowth.secondary=0:0.25`, zh: `--${name} 杠杆=下限:上限,例如 realGrowth.secondary=0:0.25` })]);
      return parseLeverSpec(v, scenario, 'constant', `--${name}`);
    };
    const x = need('x'), y = need('y');
    const targets = values.target ? (values.target as string[]) : undefined;
    const m = feasibilityMap(plan, scenario, x, y, parseSteps(str(values, 'steps')), targets);
    let probability: number[][] | undefined;
    if (values.probability) {
      if (!scenario.uncertainty) throw new PlanpathError('invalid-request', [issue('--probability', scenario.id, { en: 'this scenario has no uncertainty block, so there is no probability to compute', zh: '该情景没有不确定性设定,无法计算概率' }, { en: 'a scenario with an "uncertainty" block', zh: '含 "uncertainty" 设定的情景' })]);
      const pathsText = str(values, 'paths');
      const paths = pathsText === undefined ? undefined : Number(pathsText);
      if (paths !== undefined && (!Number.isInteger(paths) || paths < 100 || paths > 1_000_000)) throw new PlanpathError('invalid-request', [issue('--paths', pathsText, { en: 'not a whole number from 100 to 1,000,000', zh: '不是 100 至 1,000,000 的整数' }, { en: '100-1000000 (default 4096)', zh: '100-1000000(默认 4096)' })]);
      probability = await mapProbability(plan, scenario, m, x, y, paths);
    }
    if (format === 'json') {
      print(JSON.stringify({ x: m.x, y: m.y, targets: m.targets, metCount: m.metCount, allMet: m.allMet, metBy: m.metBy, marginBy: m.marginBy, anyAllMet: m.anyAllMet, ...(probability ? { probability } : {}) }));
      return 0;
    }
    const zh = lang === 'zh';
    const sym = (c: number, all: boolean) => (all ? '#' : c.toString(36).slice(-1));
    const lines = [zh ? `可行域:${m.targets.length} 个模型目标中达成的个数(# = 全部达成)` : `Feasibility map: modelled targets met out of ${m.targets.length} (# = all met)`];
    const ix = nearest(m.x.values, m.x.current), iy = nearest(m.y.values, m.y.current);
    for (let j = m.y.values.length - 1; j >= 0; j--) {
      const row = m.x.values.map((_, i) => (i === ix && j === iy ? '@' : sym(m.metCount[j][i], m.allMet[j][i]))).join('');
      lines.push(`${leverValueText(y.lever, m.y.values[j]).padStart(9)} ${row}`);
    }
    lines.push(`${' '.repeat(10)}${leverValueText(x.lever, m.x.values[0])} … ${leverValueText(x.lever, m.x.values[m.x.values.length - 1])}`);
    lines.push(`x: ${m.x.lever}   y: ${m.y.lever}   @: ${zh ? '情景自身取值' : "the scenario's own values"} (${leverValueText(x.lever, m.x.current)}, ${leverValueText(y.lever, m.y.current)})`);
    const best = Math.max(...m.metCount.flat());
    lines.push(m.anyAllMet ? (zh ? '存在全部目标同时达成的区域。' : 'There is a region where every target is met.') : (zh ? `没有任何组合能同时达成全部目标;最多达成 ${best} 个。` : `No combination meets every target; at most ${best} are met.`));
    const never = m.targets.filter((t) => m.metBy[t].every((r) => r.every((v) => !v)));
    if (never.length) lines.push(`${zh ? '网格内从未达成' : 'Never met on this grid'}: ${never.join(', ')}`);
    if (probability) {
      const best = Math.max(...probability.flat());
      lines.push(zh ? `全部目标同时达成的最高概率:${(best * 100).toFixed(1)}%(--format json 给出每格概率)` : `Highest joint probability of meeting every target: ${(best * 100).toFixed(1)}% (--format json gives every cell's)`);
    }
    print(lines.join('\n'));
    return 0;
  },
};

const nearest = (xs: number[], v: number) => xs.reduce((best, x, i) => (Math.abs(x - v) < Math.abs(xs[best] - v) ? i : best), 0);
