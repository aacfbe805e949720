/** `compare <scenario> <scenario> ...`: key figures and target status side by side. */
import { project, scoredUnit, seriesAt, formatPercent, groupDigits, autoDecimals, issue, isPlanpathError, PlanpathError, type ValidationIssue } from '../../engine/index';
import { str, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';
import { renderTable } from '../format/table';
import { toCsv } from '../format/csv';
import { COMPARATOR_SYMBOL, formatAnnualChange, formatSeriesValue, seriesHeader } from '../format/projection';

/** The rows of the comparison: [series, year]. */
const ROWS: [string, number][] = [
  ['gdpNominal', 2025], ['gdpNominal', 2030], ['gdpNominal', 2035],
  ['realGrowth', 2025], ['shares.tertiary', 2025], ['shares.tertiary', 2035],
  ['population', 2025], ['population', 2035], ['gdpPerCapita', 2025],
  ['energyIntensityChangeSinceBase', 2025], ['co2IntensityChangeSinceBase', 2025],
  // The linked model's trade-offs: industry brings jobs, jobs bring residents, who need doctors and land; growth needs investment.
  ['employment.total', 2025], ['populationSupportedByJobs', 2025], ['publicServices.doctors', 2025], ['constructionLandKm2', 2025],
  ['impliedInvestmentCumulative', 2025], ['industrialOutput', 2025],
];

export const compareCommand: Command = {
  name: 'compare',
  summary: { zh: '并排比较多个情景的关键数值与目标达成情况', en: 'Compare scenarios side by side: key figures and target status' },
  usage: 'compare <scenario> <scenario> ... [--format table|json|csv]',
  options: {},
  run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'));
    if (positionals.length < 1) throw new PlanpathError('invalid-request', [issue('scenarios', positionals, { en: 'no scenario given', zh: '未给出情景' }, { en: 'one or more scenario files or ids', zh: '一个或多个情景文件或标识' })]);
    // Every file is checked before anything is reported, so all bad files are named at once.
    const problems: ValidationIssue[] = [];
    const loaded = positionals.map((arg, i) => {
      try {
        const { plan, scenario } = loadScenario(arg, str(values, 'plan'), `scenarios[${i}]`);
        return { plan, scenario, projection: project(plan, scenario) };
      } catch (error) {
        if (!isPlanpathError(error)) throw error;
        const where = `scenarios[${i}] (${arg})`;
        problems.push(...error.issues.map((x) => (x.path.startsWith(`scenarios[${i}]`) ? x : { ...x, path: x.path === '' ? where : `${where} ${x.path}` })));
        return undefined;
      }
    });
    if (problems.length > 0) throw new PlanpathError('invalid-scenario', problems);
    const runs = loaded.filter((r): r is NonNullable<typeof r> => r !== undefined);
    const plan = runs[0].plan;
    const cell = (r: (typeof runs)[number], path: string, year: number) => {
      const v = seriesAt(r.projection.series, path)?.[year - r.projection.baseYear];
      return v === undefined ? null : v;
    };
    const modelTargets = runs[0].projection.targets.filter((t) => t.basis === 'model');
    if (format === 'json') {
      print(JSON.stringify({
        scenarios: runs.map((r) => ({ id: r.scenario.id, name: r.scenario.name, extends: r.scenario.extends ?? null })),
        rows: ROWS.map(([path, year]) => ({ series: path, year, values: runs.map((r) => cell(r, path, year)) })),
        targets: modelTargets.map((t) => ({ id: t.id, year: t.year, target: t.target, comparator: t.comparator, byScenario: runs.map((r) => { const x = r.projection.targets.find((y) => y.id === t.id)!; return { projected: x.projected, met: x.met, requiredAnnualChange: x.requiredAnnualChange }; }) })),
      }, null, 2));
      return 0;
    }
    if (format === 'csv') {
      print(toCsv(['series', 'year', ...runs.map((r) => r.scenario.id)], ROWS.map(([path, year]) => [path, year, ...runs.map((r) => cell(r, path, year))])));
      return 0;
    }
    const zh = lang === 'zh';
    const header = [zh ? '指标' : 'Measure', ...runs.map((r) => r.scenario.name[lang])];
    const rows = ROWS.map(([path, year]) => [`${seriesHeader(path, lang)} ${year}`, ...runs.map((r) => { const v = cell(r, path, year); return v === null ? '-' : formatSeriesValue(path, v); })]);
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    const targetRows = modelTargets.map((t) => {
      const ind = byId.get(t.id)!;
      const sym = COMPARATOR_SYMBOL[t.comparator];
      const u = scoredUnit(ind);
      const unit = zh ? u.unit : u.unitEn;
      return [`${ind.label[lang]} (${unit}) ${t.year} ${t.comparator === 'range' ? `${sym} [${groupDigits(t.min!, autoDecimals(t.min!))}, ${groupDigits(t.max!, autoDecimals(t.max!))}]` : `${sym} ${groupDigits(t.target, autoDecimals(t.target))}`}${t.proxyAssumption ? '*' : ''}`, ...runs.map((r) => {
        const x = r.projection.targets.find((y) => y.id === t.id)!;
        if (x.projected === null) return '-';
        return `${x.met ? '✓' : '✗'} ${groupDigits(x.projected, autoDecimals(x.projected))}`;
      })];
    });
    print(renderTable(header, rows, { title: zh ? '情景比较' : 'Scenario comparison' }));
    print('');
    print(renderTable([zh ? '目标' : 'Target', ...runs.map((r) => r.scenario.name[lang])], targetRows, { title: zh ? '目标达成(✓ 达成 / ✗ 未达成)' : 'Targets (✓ met / ✗ missed)' }));
    // A range target (income growth within ±1 point of GDP growth) is a band, not a level to climb to: no required change.
    const required = modelTargets.filter((t) => t.requiredAnnualChange !== null && t.comparator !== 'range').map((t) => `${byId.get(t.id)!.label[lang]}: ${formatAnnualChange(t.requiredAnnualChange, t.changeKind, lang)}${zh ? '/年' : '/yr'}`);
    print(`\n${zh ? `自${runs[0].projection.baseYear}年起所需的年均变化` : `Constant annual change required from ${runs[0].projection.baseYear}`}: ${required.join('; ')}`);
    // Each proxy target names the assumption it stands on (national 14th FYP figures, a stand-in tolerance, ...).
    const proxies = modelTargets.filter((t) => t.proxyAssumption);
    if (proxies.length > 0) {
      print(zh ? '* 代理目标(规划未给数值),各自所依据的假设:' : '* proxy targets (the plan gives no number), each with the assumption it stands on:');
      for (const t of proxies) {
        const assumption = plan.assumptions?.[t.proxyAssumption!];
        print(`  - ${byId.get(t.id)!.label[lang]}: ${assumption ? assumption.label[lang] : t.proxyAssumption}`);
      }
    }
    return 0;
  },
};
