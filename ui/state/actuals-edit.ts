/**
 * Observed statistics saved with a scenario (`actuals: [{ year, series, value, source? }]`, the rows
 * of an actuals CSV) as the Review view edits them: checked with the engine's own rules
 * (parseSavedActuals against the scenario's catalogue), merged with imported rows, and a sensible
 * new row for the table. Values are in the unit of their series (a fraction for shares and rates, an
 * indicator id in the indicator's unit).
 */
import {
  PlanpathError, catalogueFor, parseSavedActuals, seriesAt, type ActualsCatalogue, type ActualsParse, type Observation, type Projection, type ResolvedScenario, type SavedActual,
} from '../../engine/index';
import { plan } from './scenarios';

/** The names and years an observation of `scenario` may have. */
export function scenarioCatalogue(scenario: ResolvedScenario): ActualsCatalogue {
  return catalogueFor(plan, scenario);
}

/** The projection key of a row (`servicesShareOfGdp` and `shares.tertiary` share one), or the name itself when unknown. */
export function rowKey(row: Pick<SavedActual, 'series'>, catalogue: ActualsCatalogue): string {
  return catalogue.mappings.get(row.series)?.key ?? row.series;
}

const sameRow = (a: SavedActual, b: SavedActual) => a.year === b.year && a.series === b.series && a.value === b.value && (a.source ?? '') === (b.source ?? '');

/**
 * Checks an edit of the saved rows: it is refused when it adds a problem (more problems than before,
 * or any problem on a row that the edit added or changed). Rows that were already bad (e.g. an
 * `investment` row after leaving investment mode) do not block other edits; the view lists them.
 * @throws PlanpathError('invalid-actuals') with the new problems (paths like `actuals[2].series`)
 */
export function checkActualsEdit(before: readonly SavedActual[], after: readonly SavedActual[], catalogue: ActualsCatalogue): void {
  const old = parseSavedActuals(before, catalogue);
  const next = parseSavedActuals(after, catalogue);
  const unchanged = [...before];
  const changed = new Set<number>();
  after.forEach((row, i) => {
    const k = unchanged.findIndex((r) => sameRow(r, row));
    if (k >= 0) unchanged.splice(k, 1);
    else changed.add(i);
  });
  const rowOf = (path: string) => Number(/^actuals\[(\d+)\]/.exec(path)?.[1] ?? -1);
  const onChanged = next.issues.filter((i) => changed.has(rowOf(i.path)));
  if (onChanged.length > 0) throw new PlanpathError('invalid-actuals', onChanged);
  if (next.issues.length > old.issues.length) throw new PlanpathError('invalid-actuals', next.issues);
}

/** A saved row of an observation (as written: its series name and value in that series' unit). */
export function savedRow(o: Observation): SavedActual {
  return { year: o.year, series: o.series, value: o.value, ...(o.source ? { source: o.source } : {}) };
}

/**
 * The saved rows with imported observations added: an imported observation replaces a saved one of the
 * same year and series (also when one names an indicator id and the other its output series). Sorted
 * by year, otherwise in order.
 */
export function mergeActuals(saved: readonly SavedActual[], imported: readonly Observation[], catalogue: ActualsCatalogue): SavedActual[] {
  const incoming = new Set(imported.map((o) => `${o.year}|${o.key}`));
  const kept = saved.filter((r) => !incoming.has(`${r.year}|${rowKey(r, catalogue)}`));
  return [...kept, ...imported.map(savedRow)].map((row, i) => ({ row, i })).sort((a, b) => a.row.year - b.row.year || a.i - b.i).map((x) => x.row);
}

/** One saved observation an import would replace: its year and series, the saved value and the new one. */
export interface Replacement {
  year: number;
  series: string;
  before: number;
  after: number;
}

/** The saved observations that `imported` would replace with a different value (same year and series). */
export function replacedBy(saved: readonly SavedActual[], imported: readonly Observation[], catalogue: ActualsCatalogue): Replacement[] {
  const incoming = new Map(imported.map((o) => [`${o.year}|${o.key}`, o]));
  return saved.flatMap((r) => {
    const o = incoming.get(`${r.year}|${rowKey(r, catalogue)}`);
    const after = o === undefined ? undefined : savedRow(o).value;
    return after === undefined || after === r.value ? [] : [{ year: r.year, series: r.series, before: r.value, after }];
  });
}

/** Replacements as one line each ("2021 gdpNominal: 1810 -> 9999"), the first `max` and a count of the rest. */
export function replacementLines(list: readonly Replacement[], max = 10): string {
  const lines = list.slice(0, max).map((r) => `${r.year} ${r.series}: ${r.before} -> ${r.after}`);
  return list.length > max ? [...lines, `(+${list.length - max})`].join('\n') : lines.join('\n');
}

/** The scenario's own value of a series in a year, in the series' unit (as an observation would be written), or undefined. */
export function scenarioValueOf(series: string, year: number, projection: Projection, catalogue: ActualsCatalogue): number | undefined {
  const mapping = catalogue.mappings.get(series);
  if (!mapping) return undefined;
  const v = seriesAt(projection.series, mapping.key)?.[year - projection.baseYear];
  return v === undefined || !Number.isFinite(v) ? undefined : v * mapping.scale;
}

/**
 * A new row for the table: the series of the last row (GDP at first) in the first year after the base
 * that it has no value for, with the scenario's own value as the starting point. Undefined when every
 * year of that series is taken.
 */
export function newActualRow(rows: readonly SavedActual[], projection: Projection, catalogue: ActualsCatalogue): SavedActual | undefined {
  const taken = new Set(rows.map((r) => `${r.year}|${rowKey(r, catalogue)}`));
  const preferred = [rows[rows.length - 1]?.series, 'gdpNominal'].filter((s): s is string => s !== undefined && catalogue.mappings.has(s));
  for (const series of preferred) {
    const key = rowKey({ series }, catalogue);
    for (let year = catalogue.baseYear + 1; year <= catalogue.endYear; year++) {
      if (taken.has(`${year}|${key}`)) continue;
      const value = scenarioValueOf(series, year, projection, catalogue);
      return { year, series, value: value === undefined ? 0 : Number(value.toPrecision(6)) };
    }
  }
  return undefined;
}

/** The saved rows of a scenario read as observations: the good ones, and every problem (paths like `actuals[2].value`). */
export function readScenarioActuals(scenario: ResolvedScenario, catalogue: ActualsCatalogue): ActualsParse {
  return parseSavedActuals(scenario.actuals ?? [], catalogue);
}
