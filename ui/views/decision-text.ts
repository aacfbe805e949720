/**
 * The decision views' own words in both languages (kept beside the views; the tab name is in the app's
 * dictionaries). `dt(lang, key, params)` fills `{name}` placeholders like the app's translator.
 */
import type { Lang } from '../../engine/index';

const TEXT = {
  title: { en: 'Decision analysis', zh: '决策分析' },
  intro: { en: 'Where the targets pull against each other, how far each lever is from meeting each target, whether the plan\'s own targets fit together, and which uncertainty matters when.', zh: '目标之间如何相互牵制、各杠杆距离达成各目标还有多远、规划自身目标是否相互一致,以及不同年份哪种不确定性最重要。' },
  mapTitle: { en: 'Feasibility map: modelled targets met over two levers', zh: '可行域图:两个杠杆下达成的模型目标数' },
  mapX: { en: 'Horizontal lever', zh: '横轴杠杆' },
  mapY: { en: 'Vertical lever', zh: '纵轴杠杆' },
  mapFrom: { en: 'from', zh: '自' },
  mapTo: { en: 'to', zh: '至' },
  mapAll: { en: 'The shaded region meets all {n} modelled targets.', zh: '阴影区域同时达成全部 {n} 个模型目标。' },
  mapNone: { en: 'No combination on this grid meets all {n} modelled targets; at most {best} are met. The lines show where each target is just met.', zh: '网格内没有任何组合能同时达成全部 {n} 个模型目标,最多达成 {best} 个。各线为对应目标恰好达成的位置。' },
  mapPoint: { en: 'the scenario', zh: '当前情景' },
  mapLegend: { en: 'Targets met (of {n})', zh: '达成目标数(共 {n} 个)' },
  mapTime: { en: '{cells} scenarios projected in {ms} ms', zh: '已计算 {cells} 个情景,用时 {ms} 毫秒' },
  mapContours: { en: 'Contours (target just met)', zh: '等值线(目标恰好达成)' },
  marginsTitle: { en: 'Margin of safety: breakeven value of each lever for each target', zh: '安全边际:各目标对各杠杆的盈亏平衡值' },
  marginsHint: { en: 'Each cell: the lever value (constant every year, everything else held) at which the target is just met, and the margin from the current value (green: safe side; red: short).', zh: '每格:在其他假设不变、该杠杆每年取同一数值时,目标恰好达成的杠杆值,以及现值与之的差距(绿色:有余量;红色:不足)。' },
  marginsRun: { en: 'Compute margins', zh: '计算安全边际' },
  current: { en: 'current', zh: '现值' },
  unreachable: { en: 'out of reach', zh: '无法达到' },
  noEffect: { en: 'no effect', zh: '无影响' },
  auditTitle: { en: 'Is the plan coherent? Its own targets checked against each other', zh: '规划是否自洽?规划自身目标的相互检验' },
  consistent: { en: 'consistent', zh: '一致' },
  inconsistent: { en: 'inconsistent', zh: '不一致' },
  identity: { en: 'Identity', zh: '恒等式' },
  notChecked: { en: 'Not checked', zh: '未检查' },
  sobolTitle: { en: 'Which uncertainty matters when: first-order Sobol indices of GDP by year', zh: '不同年份哪种不确定性最重要:GDP 逐年一阶 Sobol 指数' },
  sobolRun: { en: 'Compute by year', zh: '逐年计算' },
  sobolNeeds: { en: 'This scenario has no uncertainty block; add one under Uncertainty first.', zh: '该情景没有不确定性设定;请先在“不确定性”中添加。' },
  sobolFlagged: { en: '{n} first-order estimates exceed their total by more than their interval (marked ×): estimation noise, not a finding.', zh: '{n} 个一阶指数超过总效应且超出其区间(以 × 标出):属估计误差,并非结论。' },
  sobolAxis: { en: 'Share of the variance (%)', zh: '方差占比(%)' },
  sobolSummary: { en: 'In {first}, {early} explains most of the variance of GDP; by {last}, {late}.', zh: '{first}年,GDP 方差主要来自{early};到{last}年,主要来自{late}。' },
  running: { en: 'Computing…', zh: '计算中…' },
  waterfallTitle: { en: 'Why {b} differs from {a}: {output} in {year}, by assumption group', zh: '{b}与{a}为何不同:{year}年{output}按假设组分解' },
  waterfallOutput: { en: 'Output', zh: '输出' },
  waterfallSummary: { en: '{output} in {year}: {a} in {aName}, {b} in {bName}; the largest part of the difference comes from {top} ({value}). The bars sum to the difference (Shapley values).', zh: '{year}年{output}:{aName}为 {a},{bName}为 {b};差异最大的部分来自{top}({value})。各柱之和等于差异(Shapley 值)。' },
  waterfallNeeds: { en: 'Pick two scenarios to see why they differ.', zh: '请选择两个情景以查看差异来源。' },
  difference: { en: 'difference', zh: '差异' },
} as const;

export type DecisionKey = keyof typeof TEXT;

export function dt(lang: Lang, key: DecisionKey, params: Record<string, string | number> = {}): string {
  return TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
