/**
 * The observed statistics of the open scenario: a table to type them in (year, series, value in the
 * series' unit, source) and a CSV import. An imported file with bad rows lists each problem with its
 * line and column and loads nothing until the user accepts the good rows. Every change is saved with
 * the scenario (a built-in is first copied, as for any edit).
 */
import { useMemo, useState, type ChangeEvent } from 'react';
import { decodeText, isPlanpathError, parseActuals, PlanpathError, readCsvRecords, type ActualsCatalogue, type ActualsIssue, type Lang, type Observation, type Projection, type SavedActual, type ValidationIssue } from '../../engine/index';
import type { Translate } from '../i18n/index';
import { mergeActuals, newActualRow, replacedBy, replacementLines, rowKey, scenarioValueOf } from '../state/actuals-edit';
import { fileSizeIssue } from '../io/admit';
import { seriesDisplay } from '../state/review-series';
import { plan } from '../state/scenarios';
import { useDispatch } from '../state/store';
import { IssueList } from './review-issues';
import { numberInputMessage, parseNumberInput } from '../input/parse-number';
import { signedPct } from '../i18n/format';

interface Props {
  rows: SavedActual[];
  /** Problems of rows already saved (e.g. a series this scenario does not have). */
  savedIssues: ValidationIssue[];
  catalogue: ActualsCatalogue;
  projection: Projection;
  scenarioName: string;
  lang: Lang;
  t: Translate;
}

interface Pending {
  file: string;
  observations: Observation[];
  issues: ActualsIssue[];
  rows: number;
}

interface SeriesOption {
  value: string;
  label: string;
}

/** The series a row may pick, grouped: plan indicators (model-computed first), then model outputs. */
function seriesOptions(catalogue: ActualsCatalogue, lang: Lang): { indicators: SeriesOption[]; outputs: SeriesOption[] } {
  const option = (value: string): SeriesOption => {
    // The unit has its own column; the id is what a CSV file would say.
    return { value, label: `${seriesDisplay(value, catalogue, lang).label} · ${value}` };
  };
  const inds = plan.indicators.filter((i) => catalogue.mappings.has(i.id));
  const indicators = [...inds.filter((i) => i.model), ...inds.filter((i) => !i.model)].map((i) => option(i.id));
  const ids = new Set(inds.map((i) => i.id));
  const outputs = [...catalogue.mappings.keys()].filter((k) => !ids.has(k) && !k.startsWith('indicators.')).map(option);
  return { indicators, outputs };
}

/** Display text of a stored value (fractions in percent), trimmed of float noise. */
const valueText = (v: number, factor: number) => String(Number((v * factor).toPrecision(12)));

function ActualRow({ row, index, rows, catalogue, projection, options, lang, t, onChange, onRemove }: {
  row: SavedActual; index: number; rows: SavedActual[]; catalogue: ActualsCatalogue; projection: Projection; options: ReturnType<typeof seriesOptions>; lang: Lang; t: Translate;
  onChange: (index: number, row: SavedActual, field?: 'value') => void; onRemove: (index: number) => void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const d = seriesDisplay(row.series, catalogue, lang);
  const n = index + 1;
  const key = rowKey(row, catalogue);
  // Year and series pairs other rows already hold: picking one would be a duplicate.
  const others = rows.filter((_, i) => i !== index);
  const takenYears = new Set(others.filter((r) => rowKey(r, catalogue) === key).map((r) => r.year));
  const takenKeys = new Set(others.filter((r) => r.year === row.year).map((r) => rowKey(r, catalogue)));
  const years: number[] = [];
  for (let y = catalogue.baseYear; y <= catalogue.endYear; y++) years.push(y);
  // Typed numbers: thousands separators ("2,009") and full-width digits are read; anything ambiguous is refused with a reason.
  const parsed = draft === null ? null : parseNumberInput(draft);
  const invalid = parsed !== null && !parsed.ok;
  // A value ten times off the scenario's own value is most likely a slip (a decimal point for a thousands separator, a wrong unit).
  const reference = scenarioValueOf(row.series, row.year, projection, catalogue);
  const suspicious = reference !== undefined && Math.abs(reference) > 0 && row.value !== 0 && Math.sign(reference) === Math.sign(row.value) && (row.value / reference < 0.1 || row.value / reference > 10);
  const known = catalogue.mappings.has(row.series);
  // Another series usually has another unit: start from the scenario's own value of it that year.
  const onSeries = (series: string) => {
    const same = catalogue.mappings.get(series)?.key === catalogue.mappings.get(row.series)?.key && catalogue.mappings.get(series)?.scale === catalogue.mappings.get(row.series)?.scale;
    // A new row has no value until one is typed (NaN): it never takes the scenario's own value as an observation.
    const value = same || Number.isNaN(row.value) ? row.value : scenarioValueOf(series, row.year, projection, catalogue);
    onChange(index, { ...row, series, value: value === undefined ? row.value : Number.isNaN(value) ? value : Number(value.toPrecision(6)) });
  };
  const group = (label: string, list: SeriesOption[]) => (
    <optgroup label={label}>
      {list.map((o) => (
        <option key={o.value} value={o.value} disabled={takenKeys.has(rowKey({ series: o.value }, catalogue))}>
          {o.label}
        </option>
      ))}
    </optgroup>
  );
  return (
    <tr data-testid={`actual-row-${index}`}>
      <td>
        <select value={row.year} aria-label={t('review.actuals.yearAria', { row: n })} onChange={(e) => onChange(index, { ...row, year: Number(e.target.value) })} data-testid={`actual-year-${index}`}>
          {years.map((y) => (
            <option key={y} value={y} disabled={takenYears.has(y)}>
              {y}
            </option>
          ))}
        </select>
      </td>
      <td>
        <select className="series-select" value={row.series} aria-label={t('review.actuals.seriesAria', { row: n })} onChange={(e) => onSeries(e.target.value)} data-testid={`actual-series-${index}`}>
          {!known && <option value={row.series}>{row.series}</option>}
          {group(t('review.actuals.groupIndicators'), options.indicators)}
          {group(t('review.actuals.groupOutputs'), options.outputs)}
          {row.series.startsWith('indicators.') && known && <option value={row.series}>{`${d.label} · ${row.series}`}</option>}
        </select>
      </td>
      <td className="num">
        <input
          type="text"
          inputMode="decimal"
          className="value-input"
          value={draft ?? (Number.isNaN(row.value) ? '' : valueText(row.value, d.factor))}
          placeholder={Number.isNaN(row.value) && reference !== undefined ? valueText(reference, d.factor) : undefined}
          aria-label={t('review.actuals.valueAria', { row: n, unit: d.unit })}
          aria-invalid={invalid}
          data-testid={`actual-value-${index}`}
          onChange={(e) => {
            const text = e.target.value;
            setDraft(text);
            const v = parseNumberInput(text);
            if (v.ok && Number.isFinite(v.value)) onChange(index, { ...row, value: Number((v.value / d.factor).toPrecision(12)) }, 'value');
          }}
          onBlur={() => setDraft(null)}
          onKeyDown={(e) => e.key === 'Enter' && setDraft(null)}
        />
        {parsed && !parsed.ok && <span role="alert" className="field-error">{numberInputMessage(parsed.reason, draft ?? '')[lang]}</span>}
        {!invalid && suspicious && (
          <span role="status" className="field-error" data-testid={`actual-warning-${index}`}>
            {t('review.actuals.suspicious', { value: valueText(row.value, d.factor), change: signedPct(row.value / reference! - 1, 1), scenario: valueText(reference!, d.factor) })}
          </span>
        )}
      </td>
      <td className="unit-cell">{d.unit}</td>
      <td>
        <input
          type="text"
          className="source-input"
          value={row.source ?? ''}
          title={row.source}
          placeholder={t('review.actuals.sourcePlaceholder')}
          aria-label={t('review.actuals.sourceAria', { row: n })}
          onChange={(e) => {
            const { source: _s, ...rest } = row;
            onChange(index, e.target.value ? { ...rest, source: e.target.value } : rest);
          }}
          data-testid={`actual-source-${index}`}
        />
      </td>
      <td>
        <button type="button" className="btn btn-small btn-danger" onClick={() => onRemove(index)} aria-label={t('review.actuals.removeAria', { row: n })} data-testid={`actual-remove-${index}`}>
          {t('review.actuals.remove')}
        </button>
      </td>
    </tr>
  );
}

export function ActualsCard({ rows, savedIssues, catalogue, projection, scenarioName, lang, t }: Props) {
  const dispatch = useDispatch();
  const [pending, setPending] = useState<Pending | null>(null);
  const [loaded, setLoaded] = useState<{ file: string; n: number; replaced: string } | null>(null);
  const [clearing, setClearing] = useState(false);
  const options = useMemo(() => seriesOptions(catalogue, lang), [catalogue, lang]);
  const set = (next: SavedActual[]) => dispatch({ type: 'setActuals', rows: next });
  // "Add a row" opens a draft (after the saved rows) that is saved only once a value is typed.
  const [draftRow, setDraftRow] = useState<SavedActual | null>(null);
  const shown = draftRow ? [...rows, draftRow] : rows;
  const onChange = (index: number, row: SavedActual, field?: 'value') => {
    if (index < rows.length) return set(rows.map((r, i) => (i === index ? row : r)));
    if (field === 'value') {
      set([...rows, row]);
      setDraftRow(null);
    } else setDraftRow(row);
  };
  const onRemove = (index: number) => (index < rows.length ? set(rows.filter((_, i) => i !== index)) : setDraftRow(null));
  const next = newActualRow(shown, projection, catalogue);

  const onImport = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    setLoaded(null);
    // Refused before reading when too large; bytes that are not UTF-8 (or UTF-16 with a BOM) are named.
    let text: string;
    try {
      const big = fileSizeIssue(file.name, file.size);
      if (big) throw new PlanpathError('invalid-request', [big]);
      text = decodeText(new Uint8Array(await file.arrayBuffer()), file.name).text;
    } catch (error) {
      if (!isPlanpathError(error)) throw error;
      setPending({ file: file.name, observations: [], issues: error.issues.map((i) => ({ ...i, line: 0, column: 0 })), rows: 0 });
      return;
    }
    const parsed = parseActuals(text, catalogue);
    const dataRows = Math.max(0, readCsvRecords(text).records.length - 1);
    if (parsed.issues.length > 0) {
      setPending({ file: file.name, observations: parsed.observations, issues: parsed.issues, rows: dataRows });
      return;
    }
    setPending(null);
    load(file.name, parsed.observations);
  };

  /** Adds the observations; saved ones they would change are listed and replaced only when the user agrees. */
  const load = (fileName: string, observations: Observation[]) => {
    const replaced = replacedBy(rows, observations, catalogue);
    if (replaced.length > 0 && !window.confirm(t('review.import.replaceConfirm', { n: replaced.length, list: replacementLines(replaced) }))) return;
    set(mergeActuals(rows, observations, catalogue));
    setLoaded({ file: fileName, n: observations.length, replaced: replacementLines(replaced, 5).replace(/\n/g, '; ') });
  };

  const accept = () => {
    if (!pending) return;
    load(pending.file, pending.observations);
    setPending(null);
  };

  return (
    <div className="card" aria-labelledby="actuals-title">
      <div className="card-head">
        <h3 id="actuals-title">{t('review.actuals.title')}</h3>
        <span className="hint" style={{ margin: 0 }}>{t('review.actuals.count', { n: rows.length })}</span>
      </div>
      <p className="hint" id="actuals-hint">{t('review.actuals.hint')}</p>
      <div className="toolbar">
        <div className="file-pick">
          <input id="actuals-import" className="file-input" type="file" accept=".csv,text/csv,text/plain" onChange={(e) => void onImport(e)} aria-label={t('review.actuals.importAria')} aria-describedby="actuals-hint" data-testid="actuals-import" />
          <label htmlFor="actuals-import" className="btn">
            {t('review.actuals.import')}
          </label>
        </div>
        <button type="button" className="btn" disabled={!next} onClick={() => next && setDraftRow({ ...next, value: Number.NaN })} data-testid="actuals-add">
          {t('review.actuals.add')}
        </button>
        {rows.length > 0 &&
          (clearing ? (
            <span className="actions" role="group" aria-label={t('review.actuals.clearConfirm', { n: rows.length, name: scenarioName })}>
              <span className="hint" style={{ margin: 0 }}>{t('review.actuals.clearConfirm', { n: rows.length, name: scenarioName })}</span>
              <button type="button" className="btn btn-small btn-danger" onClick={() => { set([]); setClearing(false); }} data-testid="actuals-clear-confirm">
                {t('review.actuals.clear')}
              </button>
              <button type="button" className="btn btn-small" onClick={() => setClearing(false)}>
                {t('scen.cancel')}
              </button>
            </span>
          ) : (
            <button type="button" className="btn btn-danger" onClick={() => setClearing(true)} data-testid="actuals-clear">
              {t('review.actuals.clear')}
            </button>
          ))}
      </div>
      {pending && (
        <div className="import-errors" role="alert" data-testid="actuals-errors">
          <p>{t('review.import.errors', { file: pending.file, bad: pending.issues.length, rows: pending.rows, good: pending.observations.length })}</p>
          <IssueList issues={pending.issues} lang={lang} t={t} />
          <div className="actions" style={{ marginTop: 8 }}>
            <button type="button" className="btn btn-primary" disabled={pending.observations.length === 0} onClick={accept} data-testid="actuals-accept">
              {t('review.import.accept', { n: pending.observations.length })}
            </button>
            <button type="button" className="btn" onClick={() => setPending(null)} data-testid="actuals-discard">
              {t('review.import.discard')}
            </button>
          </div>
        </div>
      )}
      {loaded && !pending && (
        <p className="import-ok" role="status" data-testid="actuals-loaded">
          {t('review.import.loaded', { n: loaded.n, file: loaded.file })}
          {loaded.replaced && ` ${t('review.import.replaced', { list: loaded.replaced })}`}
        </p>
      )}
      {savedIssues.length > 0 && (
        <div className="import-errors" role="alert" data-testid="actuals-saved-errors">
          <p>{t('review.saved.errors', { n: savedIssues.length })}</p>
          <IssueList issues={savedIssues} lang={lang} t={t} />
        </div>
      )}
      <div className="table-wrap">
        <table className="data actuals" data-testid="actuals-table" data-rows={shown.length}>
          <caption className="sr-only">{t('review.actuals.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.actuals.col.year')}</th>
              <th scope="col">{t('review.actuals.col.series')}</th>
              <th scope="col" className="num">{t('review.actuals.col.value')}</th>
              <th scope="col">{t('review.actuals.col.unit')}</th>
              <th scope="col">{t('review.actuals.col.source')}</th>
              <th scope="col">{t('review.actuals.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr>
                <td colSpan={6} className="hint">{t('review.actuals.empty')}</td>
              </tr>
            ) : (
              shown.map((row, i) => <ActualRow key={i} row={row} index={i} rows={shown} catalogue={catalogue} projection={projection} options={options} lang={lang} t={t} onChange={onChange} onRemove={onRemove} />)
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
