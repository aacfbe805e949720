/**
 * Why two scenarios differ: the difference of an output between scenario A and scenario B split among
 * lever groups (lever-groups.ts) by exact Shapley values. Each group owns some scenario fields; a
 * coalition S is scenario A with the fields of the groups in S taken from B, so v(none) = A and v(all) = B.
 * Contributions sum to b - a, swapping A and B flips every sign, and a group equal in A and B gets 0.
 * Fields of both modes of a block belong to one group, so scenarios in different modes compare the mode
 * itself as one group; sector growth and investment merge into "growth mode" when the growth modes differ.
 */
import { PlanpathError, issue } from '../errors';
import type { LocalizedText, PlanData } from '../plan/plan-types';
import type { ResolvedScenario } from '../scenario/scenario-types';
import { project } from '../model/project';
import { bindOutput, readOutput, type OutputRef } from './output-ref';
import { groupOfField, leverGroups, NON_MODEL_FIELDS, OTHER_GROUP, type LeverGroup } from './lever-groups';
import { shapleyValues } from './shapley';
import { modelledTargets } from './margins';
import { leanPlan, seriesPlan, truncateHorizon } from './lean-plan';

export interface Contribution {
  group: string;
  label: LocalizedText;
  value: number;
}

export interface OutputAttribution {
  output: string;
  year: number;
  a: number;
  b: number;
  /** b - a. */
  difference: number;
  contributions: Contribution[];
}

export interface AttributionResult {
  /** Ids of the groups used (those that differ between A and B first, then those equal in both). */
  groups: string[];
  /** Groups whose fields differ between the scenarios (the Shapley players). */
  differing: string[];
  /** Scenario fields of each group that differ. */
  fields: Record<string, string[]>;
  results: OutputAttribution[];
}

type Json = Record<string, unknown>;
const getField = (s: unknown, path: string): unknown => path.split('.').reduce<unknown>((n, k) => (n && typeof n === 'object' ? (n as Json)[k] : undefined), s);
function withField(s: Json, path: string, value: unknown): Json {
  const [head, ...rest] = path.split('.');
  if (rest.length === 0) {
    const out = { ...s };
    if (value === undefined) delete out[head];
    else out[head] = value;
    return out;
  }
  return { ...s, [head]: withField((s[head] as Json) ?? {}, rest.join('.'), value) };
}
const same = (x: unknown, y: unknown) => JSON.stringify(x) === JSON.stringify(y);

/** The model fields of a scenario pair: top-level keys and `assumptions.<key>`. */
function modelFields(a: ResolvedScenario, b: ResolvedScenario): string[] {
  const top = new Set([...Object.keys(a), ...Object.keys(b)].filter((k) => !NON_MODEL_FIELDS.has(k) && k !== 'assumptions' && k !== 'baseYear' && k !== 'endYear'));
  const inner = new Set([...Object.keys(a.assumptions), ...Object.keys(b.assumptions)].map((k) => `assumptions.${k}`));
  return [...top, ...inner];
}

/** The groups of a scenario pair, with merged mode groups, and the fields each owns. */
function groupsOf(a: ResolvedScenario, b: ResolvedScenario): { group: LeverGroup; fields: string[] }[] {
  const registered = leverGroups();
  const merged = new Map<string, LeverGroup>();
  for (const g of registered) {
    const rule = g.mergeWhenModeDiffers;
    if (rule && !same(getField(a, rule.modeField) ?? null, getField(b, rule.modeField) ?? null)) {
      const into: LeverGroup = { id: rule.mergedId, label: rule.mergedLabel, levers: [], fields: [] };
      for (const id of [g.id, ...rule.with]) merged.set(id, into);
    }
  }
  const out = new Map<string, { group: LeverGroup; fields: string[] }>();
  const add = (g: LeverGroup, field?: string) => {
    const entry = out.get(g.id) ?? { group: g, fields: [] };
    if (field) entry.fields.push(field);
    out.set(g.id, entry);
  };
  for (const g of registered) add(merged.get(g.id) ?? g);
  for (const field of modelFields(a, b)) {
    const g = groupOfField(field) ?? OTHER_GROUP;
    add(merged.get(g.id) ?? g, field);
  }
  return [...out.values()];
}

/**
 * Attributes the difference of each output (default: every modelled target of A in its year) between A
 * and B. @throws PlanpathError when the scenarios cover different years or plans
 */
export function attribute(plan: PlanData, a: ResolvedScenario, b: ResolvedScenario, outputs?: { output: string; year: number }[]): AttributionResult {
  if (a.baseYear !== b.baseYear || a.endYear !== b.endYear) {
    throw new PlanpathError('invalid-request', [issue('scenario B', `${b.baseYear}-${b.endYear}`, { en: `covers other years than scenario A (${a.baseYear}-${a.endYear})`, zh: `与情景 A(${a.baseYear}-${a.endYear})的年份不同` }, { en: 'two scenarios with the same base and end years', zh: '基年和终年相同的两个情景' })]);
  }
  const lean = leanPlan(plan);
  const pa = project(lean, a);
  const refs: OutputRef[] = outputs
    ? outputs.map((o, i) => bindOutput(o.output, o.year, lean, pa, outputs.length > 1 ? `--output[${i}]` : '--output'))
    : modelledTargets(pa.targets).map((t) => bindOutput(t.id, t.year, lean, pa));
  const fast = seriesPlan(plan);
  const horizon = Math.max(a.baseYear + 1, ...refs.map((r) => r.year));
  const groups = groupsOf(a, b);
  const players = groups.filter((g) => g.fields.some((f) => !same(getField(a, f), getField(b, f))));
  const cache = new Map<number, ReturnType<typeof project>>();
  const coalition = (mask: number) => {
    let p = cache.get(mask);
    if (!p) {
      let s = a as unknown as Json;
      players.forEach((g, i) => { if (mask & (1 << i)) for (const f of g.fields) s = withField(s, f, getField(b, f)); });
      p = project(fast, truncateHorizon(s as unknown as ResolvedScenario, horizon));
      cache.set(mask, p);
    }
    return p;
  };
  const results = refs.map((ref) => {
    const phi = shapleyValues(players.length, (mask) => readOutput(ref, coalition(mask)));
    const va = readOutput(ref, coalition(0));
    const vb = readOutput(ref, coalition((1 << players.length) - 1));
    const contributions = groups.map((g) => {
      const i = players.indexOf(g);
      return { group: g.group.id, label: g.group.label, value: i >= 0 ? phi[i] : 0 };
    });
    return { output: ref.output, year: ref.year, a: va, b: vb, difference: vb - va, contributions };
  });
  return {
    groups: groups.map((g) => g.group.id),
    differing: players.map((g) => g.group.id),
    fields: Object.fromEntries(players.map((g) => [g.group.id, g.fields.filter((f) => !same(getField(a, f), getField(b, f)))])),
    results,
  };
}
