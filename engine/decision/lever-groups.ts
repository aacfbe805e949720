/**
 * Lever groups: which levers and which scenario fields belong together (sector growth, prices,
 * population, energy, carbon, investment, ...). Attribution splits a difference among these groups;
 * the margins table and the map label levers by them. A registry, not a list in code: the linked model's
 * new blocks register their group here (or under an existing one) and every analysis picks it up.
 */
import type { LocalizedText } from '../plan/plan-types';

export interface LeverGroup {
  id: string;
  label: LocalizedText;
  /** Lever ids (or prefixes ending in '.') that belong to the group. */
  levers: string[];
  /**
   * Scenario fields (dotted paths from the resolved scenario, e.g. "assumptions.deflator") that the group
   * owns: attribution moves them together from one scenario to the other. Fields of both modes of a block
   * (e.g. assumptions.energyIntensityChange and assumptions.energy) belong to one group, so a scenario
   * pair in different modes compares the mode itself as one group.
   */
  fields: string[];
  /** Groups that merge with this one into one group when the two scenarios differ at `modeField`. */
  mergeWhenModeDiffers?: { modeField: string; with: string[]; mergedId: string; mergedLabel: LocalizedText };
}

const groups: LeverGroup[] = [
  {
    id: 'realGrowth', label: { zh: '分产业实际增长', en: 'sector growth' }, levers: ['realGrowth', 'realGrowth.'], fields: ['assumptions.realGrowth'],
    mergeWhenModeDiffers: { modeField: 'growthMode', with: ['investment'], mergedId: 'growthMode', mergedLabel: { zh: '增长模式', en: 'growth mode' } },
  },
  { id: 'prices', label: { zh: '价格', en: 'prices' }, levers: ['deflator', 'deflator.'], fields: ['assumptions.deflator'] },
  { id: 'population', label: { zh: '人口', en: 'population' }, levers: ['population.'], fields: ['assumptions.population'] },
  { id: 'energy', label: { zh: '能源', en: 'energy' }, levers: ['energyIntensityChange', 'energy.'], fields: ['assumptions.energyIntensityChange', 'assumptions.energy'] },
  { id: 'carbon', label: { zh: '碳排放', en: 'carbon' }, levers: ['co2IntensityChange', 'carbon.'], fields: ['assumptions.co2IntensityChange', 'assumptions.carbon'] },
  { id: 'investment', label: { zh: '投资', en: 'investment' }, levers: ['investment.', 'impliedInvestment.'], fields: ['growthMode', 'investment', 'assumptions.impliedInvestment'] },
  { id: 'industry', label: { zh: '工业产值', en: 'industry output' }, levers: ['industry.'], fields: ['assumptions.industry'] },
  { id: 'land', label: { zh: '土地', en: 'land' }, levers: ['land.'], fields: ['assumptions.land'] },
  { id: 'income', label: { zh: '收入', en: 'income' }, levers: ['income.'], fields: ['assumptions.income'] },
  { id: 'indicators', label: { zh: '其他指标路径', en: 'indicator paths' }, levers: [], fields: ['assumptions.indicators'] },
];

/** Fields of a scenario that never change a deterministic projection (names, notes, uncertainty, ...). */
export const NON_MODEL_FIELDS = new Set(['id', 'name', 'narrative', 'notes', 'extends', 'lineage', '$schema', 'schemaVersion', 'uncertainty', 'seed', 'actuals', 'plan']);

/** The group of anything no registered group owns. */
export const OTHER_GROUP: LeverGroup = { id: 'other', label: { zh: '其他假设', en: 'other assumptions' }, levers: [], fields: [] };

/** Every registered group, in display order. */
export function leverGroups(): readonly LeverGroup[] {
  return groups;
}

/** Adds a group (or replaces the one with the same id). For blocks the linked model adds. */
export function registerLeverGroup(group: LeverGroup): void {
  const at = groups.findIndex((g) => g.id === group.id);
  if (at >= 0) groups[at] = group;
  else groups.push(group);
}

/** The group a lever belongs to (exact id or prefix match), else {@link OTHER_GROUP}. */
export function groupOfLever(leverId: string): LeverGroup {
  return groups.find((g) => g.levers.some((p) => (p.endsWith('.') ? leverId.startsWith(p) : leverId === p))) ?? OTHER_GROUP;
}

/** The group that owns a scenario field (exact path or a parent of it), else undefined. */
export function groupOfField(path: string): LeverGroup | undefined {
  return groups.find((g) => g.fields.some((f) => path === f || path.startsWith(`${f}.`)));
}
