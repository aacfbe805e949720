/**
 * The energy-intensity target against the industrial growth the output targets need. Identities (energy
 * follows the sector mix; value-added shares stand in for real shares, an approximation stated here):
 *   intensity index(T) = structure effect x (1 + c)^n,  structure effect = sum_s e_s w_s(T) / sum_s e_s w_s(0)
 * with w_s the value-added shares, e_s the base-year energy per unit of value added (plan defaults) and c
 * the common within-sector change of intensity. The output targets set the secondary share in T (value-added
 * ratio x cluster outputs / GDP target); services take their target share; primary keeps its base share.
 * Required c = (target index / structure effect)^(1/n) - 1, against the plan's default within-sector change.
 */
import { SECTORS, type Sector } from '../scenario/scenario-types';
import type { PlanData } from '../plan/plan-types';
import { ENERGY_DEFAULT_IDS } from '../model/energy-inputs';
import { baseValueAddedRatio } from '../model/linked-inputs';
import { effectiveTarget, targetAimValue } from '../model/indicator-paths';
import { fmt, skip, targetOnSeries, type AuditCheck } from './audit-types';

export const auditEnergy: AuditCheck = (plan: PlanData) => {
  const id = 'energy-vs-industrial-growth';
  const energy = targetOnSeries(plan, 'energyIntensityChangeSinceBase');
  const gdp = targetOnSeries(plan, 'gdpNominal');
  const services = targetOnSeries(plan, 'shares.tertiary');
  const e = Object.fromEntries(SECTORS.map((s) => [s, plan.assumptions[ENERGY_DEFAULT_IDS.intensity[s]]?.value])) as Record<Sector, number | undefined>;
  const within = plan.assumptions[ENERGY_DEFAULT_IDS.intensityChange]?.value;
  const ratio = baseValueAddedRatio(plan);
  const clusters = (plan.industry?.clusters ?? []).filter((c) => !c.within && !c.sumOf);
  if (!energy || !gdp || !services || SECTORS.some((s) => e[s] === undefined) || ratio === undefined || clusters.length === 0) {
    return skip(id, 'the plan data lack an energy target, GDP or services target, sector energy intensities, or industry clusters', '规划数据缺少能耗目标、GDP或服务业目标、分产业能耗强度或产业集群');
  }
  const outputs = clusters.map((c) => { const ind = plan.indicators.find((i) => i.id === c.indicatorId); const t = ind && effectiveTarget(ind); return t?.year === gdp.year ? targetAimValue(t) : undefined; }).filter((v): v is number => v !== undefined);
  const n = energy.year - plan.base.year;
  const va = plan.base.valueAddedYi;
  const w0 = { primary: va.primary / plan.base.gdpYi, secondary: va.secondary / plan.base.gdpYi, tertiary: va.tertiary / plan.base.gdpYi };
  const secondaryT = Math.min(1 - w0.primary, (ratio * outputs.reduce((s, v) => s + v, 0)) / gdp.value);
  const wT = { primary: w0.primary, secondary: secondaryT, tertiary: 1 - w0.primary - secondaryT };
  const weighted = (w: Record<Sector, number>) => SECTORS.reduce((s, k) => s + e[k]! * w[k], 0);
  const structure = weighted(wT) / weighted(w0);
  const targetIndex = 1 + energy.value;
  const required = Math.pow(targetIndex / structure, 1 / n) - 1;
  const defaultChange = typeof within === 'number' ? within : NaN;
  const consistent = Number.isFinite(defaultChange) ? defaultChange <= required + 1e-12 : true;
  const industryGrowth = Math.pow((ratio * outputs.reduce((s, v) => s + v, 0)) / va.secondary, 1 / n) - 1;
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return {
    id,
    targets: [energy.ind.id, gdp.ind.id, services.ind.id],
    identity: 'energy intensity index = (sum_s e_s w_s(T) / sum_s e_s w_s(0)) x (1 + within-sector change)^n',
    identityText: { en: 'energy intensity = structure effect (sector intensities weighted by the sector mix) times the within-sector change compounded', zh: '能耗强度 = 结构效应(按产业结构加权的分产业能耗强度)× 产业内部能耗强度逐年变化的累积' },
    values: { energyIntensityIndexTarget: targetIndex, secondaryShareBase: w0.secondary, secondaryShareImplied: secondaryT, servicesShareTarget: services.value, industryValueAddedGrowthNominal: industryGrowth, structureEffect: structure, withinSectorChangeRequired: required, withinSectorChangeDefault: defaultChange },
    consistent,
    message: {
      en: `The industry output targets need secondary value added to grow ${pct(industryGrowth)} a year, taking industry to ${fmt(secondaryT * 100, 1)}% of the ${fmt(gdp.value)} GDP target (${fmt(w0.secondary * 100, 1)}% in ${plan.base.year}); industry uses more energy per unit of value added, so the mix alone moves energy intensity by ${pct(structure - 1)}. To cut it ${fmt(-energy.value * 100, 1)}% by ${energy.year}, energy use per unit of value added within each sector must change ${pct(required)} a year${Number.isFinite(defaultChange) ? ` (the plan's default assumption: ${pct(defaultChange)})` : ''}.`,
      zh: `产业产值目标要求第二产业增加值年均增长 ${pct(industryGrowth)},使工业占 ${fmt(gdp.value)} 亿元GDP目标的 ${fmt(secondaryT * 100, 1)}%(${plan.base.year} 年为 ${fmt(w0.secondary * 100, 1)}%);工业单位增加值能耗较高,仅结构变化就使能耗强度变化 ${pct(structure - 1)}。要在 ${energy.year} 年前累计降低 ${fmt(-energy.value * 100, 1)}%,各产业内部单位增加值能耗须年均变化 ${pct(required)}${Number.isFinite(defaultChange) ? `(规划默认假设:${pct(defaultChange)})` : ''}。`,
    },
    requirement: consistent ? undefined : {
      en: `Within-sector energy efficiency must improve by ${pct(-required)} a year instead of ${pct(-defaultChange)}, or industry must grow more slowly than its output targets ask.`,
      zh: `各产业内部能效须每年提高 ${pct(-required)}(而非 ${pct(-defaultChange)}),或工业增长须慢于产值目标的要求。`,
    },
  };
};
