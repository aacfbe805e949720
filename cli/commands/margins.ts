/**
 * `margins <scenario> [--vary lever[=lo:hi] ...] [--target id ...]`: the margin of safety of every modelled
 * target against every lever: the lever value that just meets the target with all else held (constant
 * mode), the current value, and the margin (positive on the safe side), or why there is none.
 */
import { findDecisionLever, leverValueText, margins, parseLeverSpec, type MarginRow } from '../../engine/index';
import { str, strs, type Command } from '../command';
import { loadScenario, pickFormat } from '../context';
import { renderTable } from '../format/table';

export const marginsCommand: Command = {
  name: 'margins',
  summary: { zh: '安全边际:每个模型目标对每个杠杆的盈亏平衡值、现值与边际', en: 'Margin of safety: for every modelled target and lever, the breakeven value, the current value and the margin' },
  usage: 'margins <scenario> [--vary lever[=lo:hi] ...] [--target indicatorId ...] [--format table|json]',
  options: { vary: { type: 'string', multiple: true }, target: { type: 'string', multiple: true } },
  run({ positionals, values, lang, print }) {
    const format = pickFormat(str(values, 'format'), ['table', 'json']);
    const { plan, scenario } = loadScenario(positionals[0], str(values, 'plan'));
    const vary = strs(values, 'vary').map((v, i) => parseLeverSpec(v, scenario, 'constant', `--vary[${i}]`));
    const targets = strs(values, 'target');
    const r = margins(plan, scenario, { ...(vary.length ? { levers: vary.map((s) => ({ lever: s.lever, lo: s.lo, hi: s.hi })) } : {}), ...(targets.length ? { targets } : {}) });
    if (format === 'json') {
      print(JSON.stringify({ targets: r.targets, levers: r.levers, rows: r.rows.map((x) => ({ ...x, ...(x.reason ? { reason: x.reason[lang], reasonText: x.reason } : {}) })) }, null, 2));
      return 0;
    }
    const zh = lang === 'zh';
    const byId = new Map(plan.indicators.map((i) => [i.id, i]));
    const cell = (x: MarginRow) => {
      const lever = findDecisionLever(x.lever);
      if (x.breakeven === null) return [leverValueText(lever, x.current), '-', '-', x.reason?.[lang] ?? ''];
      return [leverValueText(lever, x.current), leverValueText(lever, x.breakeven), leverValueText(lever, x.margin!, true, lang), x.margin! >= 0 ? (zh ? '安全' : 'safe') : (zh ? '不足' : 'short')];
    };
    const rows = r.rows.filter((x) => x.breakeven !== null || vary.length > 0).map((x) => [byId.get(x.target)?.label[lang] ?? x.target, String(x.year), x.lever, ...cell(x)]);
    print(renderTable(zh ? ['目标', '年份', '杠杆', '现值', '盈亏平衡值', '边际', ''] : ['Target', 'Year', 'Lever', 'Current', 'Breakeven', 'Margin', ''], rows, { title: zh ? '安全边际(杠杆每年取同一数值,其他假设不变)' : 'Margin of safety (the lever constant every year, everything else held)', alignLeft: [2, 6] }));
    const hidden = r.rows.length - rows.length;
    if (hidden > 0) print(zh ? `(另有 ${hidden} 组杠杆与目标无盈亏平衡值:不影响该目标或范围内达不到;--format json 列出原因)` : `(${hidden} more target-lever pairs have no breakeven: the lever does not move the target or cannot reach it in range; --format json gives the reasons)`);
    return 0;
  },
};
