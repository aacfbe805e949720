/**
 * `attribute <scenario A> <scenario B> [--output gdpNominal@2025 ...]`: why two scenarios differ. The
 * difference of each output (default: every modelled target in its year) split among lever groups by exact
 * Shapley values; contributions sum to B - A.
 */
import { attribute, parseOutputRef, project, issue, PlanpathError } from '../../engine/index';
import { str, strs, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';
import { renderTable } from '../format/table';

const num = (v: number) => (Math.abs(v) >= 100 ? v.toLocaleString('en-US', { maximumFractionDigits: 1 }) : v.toPrecision(4));

export const attributeCommand: Command = {
  name: 'attribute',
  summary: { zh: '差异归因:两个情景输出之差按假设组的 Shapley 值分解', en: 'Attribution: the difference of outputs between two scenarios split among assumption groups (exact Shapley values)' },
  usage: 'attribute <scenario A> <scenario B> [--output gdpNominal@2025 ...] [--format table|json]',
  options: { output: { type: 'string', multiple: true } },
  run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    if (positionals.length !== 2) throw new PlanpathError('invalid-request', [issue('scenario', positionals.join(' '), { en: 'need exactly two scenarios', zh: '需要恰好两个情景' }, { en: 'attribute <scenario A> <scenario B>', zh: 'attribute <情景A> <情景B>' })]);
    const { plan, scenario: a } = loadScenario(positionals[0], str(values, 'plan'), 'scenario A');
    const { scenario: b } = loadScenario(positionals[1], str(values, 'plan'), 'scenario B');
    const base = project(plan, a);
    const outputs = strs(values, 'output').map((o, i, all) => parseOutputRef(o, plan, base, all.length > 1 ? `--output[${i}]` : '--output'));
    const r = attribute(plan, a, b, outputs.length ? outputs : undefined);
    if (format === 'json') {
      const strip = (x: (typeof r.results)[number]) => ({ ...x, contributions: x.contributions.map((c) => ({ group: c.group, value: c.value, label: c.label })) });
      print(JSON.stringify(r.results.length === 1 && outputs.length === 1
        ? { ...strip(r.results[0]), groups: r.groups, differing: r.differing, fields: r.fields }
        : { groups: r.groups, differing: r.differing, fields: r.fields, results: r.results.map(strip) }, null, 2));
      return 0;
    }
    const zh = lang === 'zh';
    const shown = r.differing;
    const header = [zh ? '输出' : 'Output', zh ? '年份' : 'Year', 'A', 'B', zh ? 'B - A' : 'B - A', ...shown.map((g) => r.results[0]?.contributions.find((c) => c.group === g)?.label[lang] ?? g)];
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    const rows = r.results.map((x) => [byId.get(x.output)?.label[lang] ?? x.output, String(x.year), num(x.a), num(x.b), num(x.difference), ...shown.map((g) => num(x.contributions.find((c) => c.group === g)!.value))]);
    print(renderTable(header, rows, { title: zh ? `${a.name.zh} → ${b.name.zh}:差异按假设组分解(Shapley 值,各列之和等于 B - A)` : `${a.name.en} → ${b.name.en}: the difference split among assumption groups (Shapley values; the columns sum to B - A)` }));
    const same = r.groups.filter((g) => !shown.includes(g));
    print(zh ? `两情景相同的假设组(贡献为 0):${same.join('、')}` : `Groups equal in both scenarios (contribute 0): ${same.join(', ')}`);
    return 0;
  },
};
