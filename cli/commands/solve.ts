/**
 * `solve <scenario> --target out@year=value ... --vary lever[=lo:hi] ...`: what it takes. Any number of
 * targets and levers: as many levers as targets is solved exactly (Newton, safeguarded); more targets
 * than levers gives the least-squares compromise on relative misses and says that not all can be met;
 * fewer targets gives the solution closest to the scenario's current lever values. One target with one
 * unbounded lever uses the closed form where one exists (else bisection). `--save <file>` writes the
 * solved scenario as a new file (never overwrites). Failures are sentences in the user's language.
 */
import { ALL_LEVERS, issue, leverName, leverValueText, outputName, bindOutput, parseLeverSpec, parseTarget, PlanpathError, project, readOutput, solveMany, solveOne, isPlanpathError, type Lang, type LeverMode, type LeverSpec, type PlanData, type ResolvedScenario, type SolveTarget, type AnyLeverId } from '../../engine/index';
import { str, strs, type Command } from '../command';
import { checkNewFilePath, loadScenario, pickFormat, writeNewFile } from '../context';
import { renderTable } from '../format/table';

function parseMode(text: string | undefined): LeverMode {
  if (text === undefined || text === 'constant' || text === 'shift') return text ?? 'constant';
  throw new PlanpathError('invalid-request', [issue('--mode', text, { en: 'unknown mode', zh: '未知方式' }, { en: 'constant (one value every year) or shift (added to every year)', zh: 'constant(每年同一数值)或 shift(每年加上同一数值)' })]);
}

const fmtOut = (v: number) => (Math.abs(v) >= 100 ? v.toLocaleString('en-US', { maximumFractionDigits: 0 }) : v.toPrecision(4));

/** One target, one lever without bounds: the closed form or bisection; a failure becomes a sentence. */
function solveSingle(plan: PlanData, scenario: ResolvedScenario, target: SolveTarget, spec: LeverSpec, mode: LeverMode) {
  try {
    return solveOne(plan, scenario, target, { lever: spec.lever.id as AnyLeverId, mode });
  } catch (error) {
    if (!isPlanpathError(error) || error.kind !== 'no-solution') throw error;
    const base = project(plan, scenario);
    const ref = bindOutput(target.output, target.year, plan, base, '--target');
    const reach = [spec.lo, spec.hi].map((v) => readOutput(ref, project(plan, spec.lever.apply(scenario, v, mode))));
    const name = leverName(spec.lever.id), out = outputName(ref, plan);
    const shift = mode === 'shift';
    if (Math.abs(reach[0] - reach[1]) <= 1e-12 * Math.max(1, Math.abs(reach[0]))) {
      throw new PlanpathError('no-solution', [issue('--vary', spec.lever.id, { en: `${cap(name.en)} does not change ${out.en} in this model; choose another lever`, zh: `在本模型中,${name.zh}不影响${out.zh};请选择其他杠杆` }, { en: 'a lever that moves the target', zh: '能影响该目标的杠杆' })]);
    }
    const [a, b] = reach[0] <= reach[1] ? reach : [reach[1], reach[0]];
    throw new PlanpathError('no-solution', [issue('--target', `${target.output}@${target.year}=${target.value}`, {
      en: `no solution in range: with ${name.en} between ${leverValueText(spec.lever, spec.lo, shift, 'en')} and ${leverValueText(spec.lever, spec.hi, shift, 'en')}, ${out.en} in ${target.year} only reaches ${fmtOut(a)} to ${fmtOut(b)}; choose a target in that range or another lever`,
      zh: `范围内无解:${name.zh}在 ${leverValueText(spec.lever, spec.lo, shift, 'zh')} 至 ${leverValueText(spec.lever, spec.hi, shift, 'zh')} 之间时,${out.zh} ${target.year} 年只能达到 ${fmtOut(a)} 至 ${fmtOut(b)};请选择该范围内的目标或其他杠杆`,
    }, { en: `a target between ${fmtOut(a)} and ${fmtOut(b)}`, zh: `${fmtOut(a)} 至 ${fmtOut(b)} 之间的目标` })]);
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const solveCommand: Command = {
  name: 'solve',
  summary: { zh: '目标求解:多个目标、多个杠杆(可设范围)需要的假设值;不能同时达到时给出最接近的折中', en: 'What it takes: the assumption values that meet one or several targets with one or several levers (with bounds); the closest compromise when not all can be met' },
  usage: 'solve <scenario> --target gdpNominal@2025=4000 --vary realGrowth[=lo:hi] [--target ... --vary ...] [--mode constant|shift] [--save file.json] [--format table|json]',
  options: { target: { type: 'string', multiple: true }, vary: { type: 'string', multiple: true }, mode: { type: 'string' }, save: { type: 'string' } },
  run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const targets = strs(values, 'target').map((t, i) => parseTarget(t, `--target[${i}]`));
    const mode = parseMode(str(values, 'mode'));
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const specs = strs(values, 'vary').map((v, i) => parseLeverSpec(v, scenario, mode, `--vary[${i}]`));
    if (targets.length === 0 || specs.length === 0) {
      throw new PlanpathError('invalid-request', [issue('--target/--vary', `${targets.length}/${specs.length}`, { en: 'need at least one --target and one --vary', zh: '至少需要一个 --target 和一个 --vary' }, { en: 'e.g. --target gdpNominal@2025=4000 --vary realGrowth', zh: '例如 --target gdpNominal@2025=4000 --vary realGrowth' })]);
    }
    const single = targets.length === 1 && specs.length === 1 && !specs[0].userBounds && (ALL_LEVERS as readonly string[]).includes(specs[0].lever.id);
    const result = single
      ? (() => { const r = solveSingle(plan, scenario, targets[0], specs[0], mode); return { method: r.method, exact: true, levers: r.levers.map((l) => ({ lever: l.lever, mode: l.mode ?? mode, value: l.value })), achieved: r.achieved, residuals: r.achieved.map((a) => (a.achieved - a.value) / Math.abs(a.value)), binding: [], iterations: r.iterations, notes: [], scenario: r.scenario }; })()
      : solveMany(plan, scenario, targets, specs, mode);
    const save = str(values, 'save');
    if (save) {
      checkNewFilePath(save, '--save');
      const { lineage: _lineage, ...file } = result.scenario;
      const id = `${scenario.id}-solved`.slice(0, 64);
      writeNewFile(save, `${JSON.stringify({ ...file, id, name: { zh: `${scenario.name.zh}(求解)`, en: `${scenario.name.en} (solved)` }, extends: undefined, narrative: undefined }, null, 2)}\n`, '--save');
    }
    const square = targets.length === specs.length;
    if (format === 'json') {
      print(JSON.stringify({
        ...(result.levers.length === 1 ? { value: result.levers[0].value } : {}),
        values: result.levers.map((l) => l.value),
        levers: result.levers,
        method: result.method,
        exact: result.exact,
        ...(!square || !result.exact ? { residuals: result.residuals } : {}),
        binding: result.binding,
        iterations: result.iterations,
        achieved: result.achieved,
        notes: result.notes,
        ...(save ? { saved: save } : {}),
      }, null, 2));
      return 0;
    }
    print(solveTable(result, specs, lang, mode));
    if (save) print(`${lang === 'zh' ? '已保存' : 'saved'}: ${save}`);
    return 0;
  },
};

function solveTable(result: { method: string; levers: { lever: string; value: number }[]; achieved: { output: string; year: number; value: number; achieved: number; relativeError: number }[]; notes: { zh: string; en: string }[] }, specs: LeverSpec[], lang: Lang, mode: LeverMode): string {
  const zh = lang === 'zh';
  const shift = mode === 'shift';
  const rows = result.levers.map((l, i) => [l.lever, shift ? (zh ? '每年加' : 'added each year') : (zh ? '每年' : 'every year'), leverValueText(specs[i].lever, l.value, shift, lang)]);
  const levers = renderTable(zh ? ['杠杆', '方式', '所需数值'] : ['Lever', 'Mode', 'Required value'], rows, { title: `${zh ? '求解方法' : 'Method'}: ${result.method}` });
  const achieved = renderTable(zh ? ['目标', '年份', '目标值', '达到值', '相对误差'] : ['Target', 'Year', 'Target value', 'Achieved', 'Relative error'], result.achieved.map((a) => [a.output, String(a.year), String(a.value), a.achieved.toPrecision(10), a.relativeError.toExponential(1)]));
  return [levers, '', achieved, ...(result.notes.length ? ['', ...result.notes.map((n) => n[lang])] : [])].join('\n');
}
