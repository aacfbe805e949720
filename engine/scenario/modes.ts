/**
 * Mode rules of scenario files (schemaVersion 2). Some blocks can be given in one of several
 * mutually exclusive ways ("modes"): energy intensity as an exogenous yearly change
 * (`assumptions.energyIntensityChange`) or from the sector mix (`assumptions.energy`), and so on.
 *
 * - A file states a mode when it contains any of that mode's keys in the rule's container.
 * - A file that states two modes of one rule is an error naming both fields.
 * - A child that `extends` a parent and states one mode replaces the parent's mode: the parent's keys
 *   of every other mode are dropped before the usual deep merge; otherwise the child inherits it.
 * - A resolved scenario must state exactly one mode of every rule marked `required`.
 *
 * Pure data in, data out; never throws.
 */
import { issue, type ValidationIssue } from '../errors';

/** One way of stating a block, identified by the keys that state it. */
export interface ModeSpec {
  /** Machine name, e.g. 'exogenous', 'structural', 'jobs'. */
  id: string;
  /** Keys in the container that state this mode (any one of them states it). */
  keys: readonly string[];
  /** How the mode is called in messages. */
  label: { zh: string; en: string };
}

/** Mutually exclusive modes of one block. */
export interface ModeRule {
  /** Dotted path of the object holding the keys ('assumptions', 'assumptions.population'). */
  container: string;
  modes: readonly ModeSpec[];
  /** A resolved scenario must state one of the modes. */
  required: boolean;
}

/** Mode rules of the energy and CO2 blocks. */
export const ENERGY_MODE_RULE: ModeRule = {
  container: 'assumptions',
  required: true,
  modes: [
    { id: 'exogenous', keys: ['energyIntensityChange'], label: { en: 'exogenous energy intensity', zh: '外生能耗强度' } },
    { id: 'structural', keys: ['energy'], label: { en: 'energy from the sector mix', zh: '能耗由产业结构决定' } },
  ],
};
export const CARBON_MODE_RULE: ModeRule = {
  container: 'assumptions',
  required: true,
  modes: [
    { id: 'exogenous', keys: ['co2IntensityChange'], label: { en: 'exogenous CO2 intensity', zh: '外生碳排放强度' } },
    { id: 'structural', keys: ['carbon'], label: { en: 'CO2 from energy use', zh: '碳排放由能源消费决定' } },
  ],
};

/** Mode rule of the population: exogenous growth or following jobs (engine/model/jobs.ts). */
export const POPULATION_MODE_RULE: ModeRule = {
  container: 'assumptions.population',
  required: true,
  modes: [
    { id: 'exogenous', keys: ['growth'], label: { en: 'exogenous population growth', zh: '外生人口增长' } },
    { id: 'jobs', keys: ['mode', 'productivityGrowth', 'workersPerResident', 'adjustmentSpeed'], label: { en: 'population follows jobs', zh: '人口随就业变化' } },
  ],
};

/** Every rule checked by validation and applied by `extends` (other blocks add theirs here). */
export const MODE_RULES: ModeRule[] = [ENERGY_MODE_RULE, CARBON_MODE_RULE, POPULATION_MODE_RULE];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The container object of `rule` in `file`, or undefined. */
function containerOf(file: unknown, rule: ModeRule): Record<string, unknown> | undefined {
  let at: unknown = file;
  for (const part of rule.container.split('.')) {
    if (!isPlainObject(at)) return undefined;
    at = at[part];
  }
  return isPlainObject(at) ? at : undefined;
}

const stated = (box: Record<string, unknown>, mode: ModeSpec) => mode.keys.filter((k) => box[k] !== undefined);

/** The modes `file` states for `rule` (none, one, or more when the file is invalid). */
export function statedModes(file: unknown, rule: ModeRule): ModeSpec[] {
  const box = containerOf(file, rule);
  return box ? rule.modes.filter((m) => stated(box, m).length > 0) : [];
}

/** The one mode id `file` states for `rule`, or undefined (none or ambiguous). */
export function modeOf(file: unknown, rule: ModeRule): string | undefined {
  const modes = statedModes(file, rule);
  return modes.length === 1 ? modes[0].id : undefined;
}

/**
 * Issues of one file: two modes stated at once (always), and no mode stated (when `requireAll`).
 * Paths are full dotted paths, e.g. `assumptions.energy`.
 */
export function modeIssues(file: unknown, requireAll: boolean, rules: readonly ModeRule[] = MODE_RULES): ValidationIssue[] {
  const out: ValidationIssue[] = [];
  for (const rule of rules) {
    const box = containerOf(file, rule);
    const full = (k: string) => `${rule.container}.${k}`;
    const options = rule.modes.map((m) => `${full(m.keys[0])} (${m.label.en})`).join(' or ');
    const optionsZh = rule.modes.map((m) => `${full(m.keys[0])}(${m.label.zh})`).join(' 或 ');
    const modes = box ? rule.modes.filter((m) => stated(box, m).length > 0) : [];
    if (modes.length > 1 && box) {
      const fields = modes.map((m) => full(stated(box, m)[0]));
      out.push(
        issue(fields[1], box[stated(box, modes[1])[0]], { en: `states both ${fields.join(' and ')}; they are alternative ways of giving the same thing`, zh: `同时给出了 ${fields.join(' 和 ')};二者是同一内容的两种给法,只能选一` }, {
          en: `exactly one of ${options}`,
          zh: `只给出其一:${optionsZh}`,
        }),
      );
    } else if (modes.length === 0 && requireAll && rule.required && box) {
      out.push(issue(full(rule.modes[0].keys[0]), undefined, { en: 'required field is missing', zh: '缺少必填字段' }, { en: `one of ${options} (or inherited through "extends")`, zh: `给出其一:${optionsZh}(或通过 "extends" 继承)` }));
    }
  }
  return out;
}

/**
 * The parent with every mode the child replaces removed: for each rule where the child states
 * exactly one mode, the parent's keys of the other modes are dropped. Returns a new object; the
 * inputs are not changed. Apply before deep-merging child over parent.
 */
export function withoutReplacedModes(parent: unknown, child: unknown, rules: readonly ModeRule[] = MODE_RULES): unknown {
  if (!isPlainObject(parent)) return parent;
  let out: Record<string, unknown> = parent;
  for (const rule of rules) {
    const childModes = statedModes(child, rule);
    if (childModes.length !== 1) continue;
    const drop = rule.modes.filter((m) => m !== childModes[0]).flatMap((m) => m.keys);
    out = dropKeys(out, rule.container.split('.'), drop);
  }
  return out;
}

/** A copy of `obj` with `keys` removed from the object at `path` (unchanged parts shared). */
function dropKeys(obj: Record<string, unknown>, path: string[], keys: readonly string[]): Record<string, unknown> {
  if (path.length === 0) {
    if (!keys.some((k) => k in obj)) return obj;
    return Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.includes(k)));
  }
  const [head, ...rest] = path;
  const inner = obj[head];
  if (!isPlainObject(inner)) return obj;
  const next = dropKeys(inner, rest, keys);
  return next === inner ? obj : { ...obj, [head]: next };
}
