/**
 * `sobol-years <scenario> --output gdpNominal [--samples N] [--bootstrap B] [--seed S]`: Sobol indices
 * (first order and total, with bootstrap intervals) for every year of one output. A first-order index above
 * its total by more than its interval is flagged (!), not shown as a fact.
 */
import { issue, PlanpathError, sobolByYear, flattenSeries, project } from '../../engine/index';
import { str, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';
import { renderTable } from '../format/table';

const int = (name: string, text: string | undefined, min: number, max: number) => {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new PlanpathError('invalid-request', [issue(`--${name}`, text, { en: `not a whole number from ${min} to ${max}`, zh: `不是 ${min} 至 ${max} 的整数` }, { en: `${min}-${max}`, zh: `${min}-${max}` })]);
  return n;
};

export const sobolYearsCommand: Command = {
  name: 'sobol-years',
  summary: { zh: '逐年 Sobol 指数:各不确定因素在每一年对某输出方差的贡献', en: 'Sobol indices by year: which uncertain input drives an output in each year' },
  usage: 'sobol-years <scenario> --output gdpNominal [--samples 2048] [--bootstrap 200] [--seed S] [--format table|json]',
  options: { output: { type: 'string' }, samples: { type: 'string' }, bootstrap: { type: 'string' }, seed: { type: 'string' } },
  async run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const series = str(values, 'output') ?? 'gdpNominal';
    if (!flattenSeries(project(plan, scenario).series).some(([p]) => p === series)) throw new PlanpathError('invalid-request', [issue('--output', series, { en: 'no such series', zh: '没有该序列' }, { en: 'a series such as gdpNominal, shares.tertiary, population', zh: '序列如 gdpNominal、shares.tertiary、population' })]);
    const samples = int('samples', str(values, 'samples'), 64, 1 << 20);
    const bootstrap = int('bootstrap', str(values, 'bootstrap'), 10, 10000);
    const seed = int('seed', str(values, 'seed'), 0, 0xffffffff);
    const r = await sobolByYear(plan, scenario, series, { ...(samples ? { samples } : {}), ...(bootstrap ? { bootstrap } : {}), ...(seed !== undefined ? { seed } : {}) });
    if (format === 'json') { print(JSON.stringify(r, null, 2)); return 0; }
    const zh = lang === 'zh';
    const p = (v: number) => `${(v * 100).toFixed(1)}%`;
    const rows = r.years.map((y) => [String(y.year), ...r.groups.map((g) => {
      const x = y.groups.find((z) => z.id === g);
      return x ? `${p(x.first.estimate)} / ${p(x.total.estimate)}${x.flagged ? ' !' : ''}` : '-';
    })]);
    print(renderTable([zh ? '年份' : 'Year', ...r.groups], rows, { title: zh ? `${series} 的逐年 Sobol 指数(一阶 / 总效应;N = ${r.samples};! = 一阶超过总效应且超出其区间,属估计误差)` : `Sobol indices of ${series} by year (first order / total; N = ${r.samples}; ! = first order above total by more than its interval: an estimation artefact)` }));
    return 0;
  },
};
