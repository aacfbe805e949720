/**
 * Actuals saved in a scenario file (`actuals: [{ year, series, value, source? }]`) read through the same
 * checks as an actuals CSV; problems are named by their place in the scenario (`actuals[3].series`).
 */
import { PlanpathError } from '../errors';
import type { SavedActual } from '../scenario/scenario-types';
import type { ActualsCatalogue } from './actual-series';
import type { ActualsParse, Observation } from './actuals-types';
import { parseActuals } from './parse-actuals';

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** Parses saved actuals: the good rows and every problem (paths like `actuals[2].value`). */
export function parseSavedActuals(rows: readonly SavedActual[], catalogue: ActualsCatalogue): ActualsParse {
  const csv = ['year,series,value,source', ...rows.map((r) => [String(r.year), quote(r.series), String(r.value), quote(r.source ?? '')].join(','))].join('\n');
  const parsed = parseActuals(csv, catalogue);
  return {
    observations: parsed.observations.map((o) => ({ ...o, line: 0, ...(o.source === '' ? { source: undefined } : {}) })),
    issues: parsed.issues.map((i) => {
      const field = /\((\w+)\)$/.exec(i.path)?.[1] ?? '';
      // Messages that point at another row name it as the scenario does, not by its CSV line.
      const message = { en: i.message.en.replace(/on line (\d+)/, (_, n) => `in actuals[${Number(n) - 2}]`), zh: i.message.zh.replace(/在第 (\d+) 行/, (_, n) => `在 actuals[${Number(n) - 2}] 中`) };
      return { ...i, message, path: `actuals[${i.line - 2}]${field ? `.${field}` : ''}` };
    }),
  };
}

/** Saved actuals as observations. @throws PlanpathError('invalid-actuals') listing every problem. */
export function readSavedActuals(rows: readonly SavedActual[], catalogue: ActualsCatalogue): Observation[] {
  const parsed = parseSavedActuals(rows, catalogue);
  if (parsed.issues.length > 0) throw new PlanpathError('invalid-actuals', parsed.issues);
  return parsed.observations;
}
