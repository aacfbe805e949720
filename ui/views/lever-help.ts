/**
 * Plain-language help of the levers (data/workshop/levers.json): a label, what it is, its unit, a
 * plausible range and its source, and whether the lever belongs to the simple set. A lever the file
 * does not describe is advanced and keeps its model label.
 */
import { leverName, type Lang, type LocalizedText } from '../../engine/index';
import { isMessageKey, type Translate } from '../i18n/index';
import help from '../../data/workshop/levers.json' with { type: 'json' };

export interface LeverHelp {
  simple: boolean;
  label: LocalizedText;
  what: LocalizedText;
  unit: LocalizedText;
  /** Plausible range in the lever's stored unit (fractions a year for rates). */
  range: [number, number];
  source: LocalizedText;
  /** A one-line explanation shown under the lever (levers of the linked model's blocks). */
  line?: LocalizedText;
  /** False for a lever in its own unit (a base-year intensity), shown as a number, not in percent; default: the engine's rule. */
  fraction?: boolean;
}

const HELP = (help as unknown as { levers: Record<string, LeverHelp> }).levers;

export function leverHelp(id: string): LeverHelp | undefined {
  return HELP[id];
}

/** True when the lever is in the simple set. */
export function isSimpleLever(id: string): boolean {
  return HELP[id]?.simple === true;
}

/** The plain label of a lever in simple mode, if it has one. */
export function plainLabel(id: string, lang: Lang): string | undefined {
  return HELP[id]?.label[lang];
}

/** A lever's name for people: the plain label, else the app's label, else the engine's name ("labour-productivity growth of services"). */
export function leverTitle(id: string, lang: Lang, t: Translate): string {
  const plain = plainLabel(id, lang);
  if (plain) return plain;
  const key = `lever.${id}`;
  if (isMessageKey(key)) return t(key);
  const name = leverName(id)[lang];
  return name.charAt(0).toUpperCase() + name.slice(1);
}
