/**
 * GDP and services share against the industry cluster targets. Identities:
 *   secondary VA = GDP - tertiary VA - primary VA <= GDP x (1 - services share)        (primary VA >= 0)
 *   industrial output needed >= sum of the top-level clusters' output targets         (disjoint shares)
 *   secondary VA implied = value-added ratio (base year) x industrial output needed
 * Inconsistent when the implied secondary VA exceeds what GDP and the services share leave; then the
 * ratio would have to fall to (room left) / (industrial output needed).
 */
import type { PlanData } from '../plan/plan-types';
import { baseValueAddedRatio } from '../model/linked-inputs';
import { effectiveTarget, targetAimValue } from '../model/indicator-paths';
import { fmt, skip, targetOnSeries, type AuditCheck } from './audit-types';

export const auditStructure: AuditCheck = (plan: PlanData) => {
  const id = 'services-share-vs-industry-output';
  const gdp = targetOnSeries(plan, 'gdpNominal');
  const services = targetOnSeries(plan, 'shares.tertiary');
  if (!gdp || !services) return skip(id, 'the plan has no GDP or services-share target the model computes', '规划没有模型计算的GDP或服务业比重目标');
  const ratio = baseValueAddedRatio(plan);
  const clusters = (plan.industry?.clusters ?? []).filter((c) => !c.within && !c.sumOf);
  if (ratio === undefined || clusters.length === 0) return skip(id, 'the plan data give no industrial output base or no industry clusters', '规划数据没有工业总产值基数或产业集群');
  const targets = clusters.map((c) => {
    const ind = plan.indicators.find((i) => i.id === c.indicatorId);
    const t = ind && effectiveTarget(ind);
    return { c, ind, year: t?.year, value: targetAimValue(t) };
  }).filter((x) => x.value !== undefined && x.year === gdp.year);
  if (targets.length === 0) return skip(id, `no cluster has an output target in ${gdp.year}`, `没有产业集群在 ${gdp.year} 年有产值目标`);
  const shareMin = services.comparator === 'range' ? services.min ?? services.value : services.value;
  const secondaryMax = gdp.value * (1 - shareMin);
  const outputNeeded = targets.reduce((s, x) => s + x.value!, 0);
  const secondaryImplied = ratio * outputNeeded;
  const ratioRequired = secondaryMax / outputNeeded;
  const consistent = secondaryImplied <= secondaryMax;
  const list = targets.map((x) => `${x.c.label.en} ${fmt(x.value!)}`).join(', ');
  const listZh = targets.map((x) => `${x.c.label.zh} ${fmt(x.value!)}`).join('、');
  const y = gdp.year;
  return {
    id,
    targets: [gdp.ind.id, services.ind.id, ...targets.map((x) => x.ind!.id)],
    identity: 'secondary VA <= GDP x (1 - services share); secondary VA = value-added ratio x industrial output; industrial output >= sum of top-level cluster outputs',
    identityText: { en: 'secondary value added is at most GDP times (1 - services share); it equals the value-added ratio times industrial output, which is at least the sum of the top-level clusters', zh: '第二产业增加值不超过 GDP ×(1 - 服务业比重);它等于工业增加值率 × 工业总产值,而工业总产值不低于各顶层产业集群产值之和' },
    values: { gdpTargetYi: gdp.value, servicesShareMin: shareMin, secondaryValueAddedMaxYi: secondaryMax, clusterOutputSumYi: outputNeeded, valueAddedRatioBase: ratio, secondaryValueAddedImpliedYi: secondaryImplied, valueAddedRatioRequired: ratioRequired },
    consistent,
    message: {
      en: `GDP ${fmt(gdp.value)} (CNY 100 million) with services at ${fmt(shareMin * 100)}% or more leaves secondary value added at ${fmt(secondaryMax)} or less in ${y}, while the industry output targets (${list}; together ${fmt(outputNeeded)}) at the ${plan.base.year} value-added ratio of ${ratio.toFixed(3)} imply about ${fmt(secondaryImplied)}.`,
      zh: `${y} 年地区生产总值 ${fmt(gdp.value)} 亿元且服务业比重不低于 ${fmt(shareMin * 100)}%,第二产业增加值至多 ${fmt(secondaryMax)} 亿元;而产业产值目标(${listZh},合计 ${fmt(outputNeeded)} 亿元)按 ${plan.base.year} 年工业增加值率 ${ratio.toFixed(3)} 折算,需要约 ${fmt(secondaryImplied)} 亿元。`,
    },
    requirement: consistent ? undefined : {
      en: `For these targets to hold together, the value-added ratio of industry must fall from ${ratio.toFixed(3)} to ${ratioRequired.toFixed(3)} or less (or the services share or the cluster targets give way).`,
      zh: `要使这些目标同时成立,工业增加值率须从 ${ratio.toFixed(3)} 降至 ${ratioRequired.toFixed(3)} 以下(或服务业比重、产业集群目标须让步)。`,
    },
  };
};
