/**
 * Scorecard: every plan indicator with base, target, projected value, status and the required
 * annual change, for the open scenario. Sortable by any column, filterable by text, category and
 * status; each row opens the plan's own sentence with its chapter.
 */
import { Fragment, useMemo, useState } from 'react';
import { scoredUnit, summarizeScorecard, type Lang, type PlanIndicator, type TargetResult } from '../../engine/index';
import { useLang, useT } from '../i18n/use-t';
import type { MessageKey, Translate } from '../i18n/index';
import { indicatorUnit, num, pp, signedPct } from '../i18n/format';
import { useOpenScenario } from '../state/derived';
import { ScorecardDetail as Detail } from './scorecard-detail';
import { plan } from '../state/scenarios';
import { displayStatus, type DisplayStatus } from '../state/target-status';

type RowStatus = DisplayStatus | 'qualitative' | 'noTarget';
type SortKey = 'indicator' | 'category' | 'base' | 'target' | 'projected' | 'status' | 'required' | 'scenario';

interface Row {
  ind: PlanIndicator;
  result?: TargetResult;
  status: RowStatus;
  /** Plan order, model-computed indicators first. */
  order: number;
}

const STATUS_ORDER: RowStatus[] = ['missed', 'atRisk', 'met', 'assumed', 'not-projected', 'beyond-horizon', 'qualitative', 'noTarget'];
const STATUS_KEYS: Record<RowStatus, MessageKey> = {
  met: 'status.met', atRisk: 'status.atRisk', missed: 'status.missed', assumed: 'status.assumed', 'not-projected': 'status.not-projected',
  'beyond-horizon': 'status.beyond-horizon', qualitative: 'status.qualitative', noTarget: 'status.noTarget',
};

/** A rate in % a year, or a share's change in percentage points a year (the value is already in points). */
const annualChange = (v: number, kind: TargetResult['changeKind'], lang: Lang) => (kind === 'points' ? pp(v / 100, lang, 2) : signedPct(v, 2));

const SYMBOL = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=' } as const;

/** A target with its comparator, in the indicator's unit (shown in its own column): "≥ 4,000", "3-5". */
function targetText(ind: PlanIndicator, r: TargetResult | undefined, lang: Lang, t: Translate): string {
  if (r) {
    if (r.comparator === 'range') return `${num(r.min!)}-${num(r.max!)}`;
    return `${SYMBOL[r.comparator]} ${num(r.target)}${r.proxyAssumption ? ` ${t('score.proxyMark')}` : ''}`;
  }
  return ind.target?.text?.[lang] ?? t('common.none');
}

function buildRows(targets: TargetResult[]): Row[] {
  const byId = new Map(targets.map((r) => [r.id, r]));
  return plan.indicators.map((ind, i) => {
    const result = byId.get(ind.id);
    const status: RowStatus = result ? displayStatus(result) : ind.target ? 'qualitative' : 'noTarget';
    return { ind, result, status, order: (ind.model && result ? 0 : 1000) + i };
  });
}

function sortValue(row: Row, key: SortKey, lang: Lang): number | string {
  switch (key) {
    case 'indicator': return row.ind.label[lang];
    case 'category': return row.ind.category;
    case 'base': return row.ind.base?.value ?? -Infinity;
    case 'target': return row.result?.target ?? -Infinity;
    case 'projected': return row.result?.projected ?? -Infinity;
    case 'status': return STATUS_ORDER.indexOf(row.status);
    case 'required': return row.result?.requiredAnnualChange ?? -Infinity;
    case 'scenario': return row.result?.projectedAnnualChange ?? -Infinity;
    default: return key satisfies never;
  }
}

export function Scorecard() {
  const t = useT();
  const lang = useLang();
  const open = useOpenScenario();
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState('all');
  const [status, setStatus] = useState<'all' | RowStatus>('all');
  const [modelOnly, setModelOnly] = useState(false);
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 } | null>(null);
  const [openRow, setOpenRow] = useState<string | null>(null);
  const targets = open.ok ? open.value.projection.targets : [];
  const rows = useMemo(() => buildRows(targets), [targets]);
  const categories = useMemo(() => [...new Set(plan.indicators.map((i) => i.category))], []);
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    const filtered = rows.filter((r) =>
      (category === 'all' || r.ind.category === category) &&
      (status === 'all' || r.status === status) &&
      (!modelOnly || (r.ind.model && r.result)) &&
      (!q || r.ind.id.toLowerCase().includes(q) || r.ind.label.zh.includes(q) || r.ind.label.en.toLowerCase().includes(q)));
    const sorted = filtered.slice();
    if (sort) {
      sorted.sort((a, b) => {
        const va = sortValue(a, sort.key, lang), vb = sortValue(b, sort.key, lang);
        const c = typeof va === 'string' && typeof vb === 'string' ? va.localeCompare(vb, lang === 'zh' ? 'zh-CN' : 'en') : (va as number) - (vb as number);
        return c * sort.dir || a.order - b.order;
      });
    } else sorted.sort((a, b) => a.order - b.order);
    return sorted;
  }, [rows, query, category, status, modelOnly, sort, lang]);
  if (!open.ok) return <p role="alert">{open.message}</p>;

  const header = (key: SortKey, label: string, numeric = false) => {
    const active = sort?.key === key;
    return (
      <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort!.dir === 1 ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort-btn" onClick={() => setSort(active ? (sort!.dir === 1 ? { key, dir: -1 } : null) : { key, dir: 1 })} aria-label={t('score.sortBy', { column: label })}>
          {label}
          <span className="arrow" aria-hidden="true">{active ? (sort!.dir === 1 ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };

  return (
    <section className="view" aria-labelledby="score-title">
      <div className="view-head">
        <h2 id="score-title">{t('score.title')}</h2>
      </div>
      <div className="toolbar">
        <label className="field">
          <span>{t('score.filter')}</span>
          <input type="search" value={query} placeholder={t('score.filterPlaceholder')} onChange={(e) => setQuery(e.target.value)} data-testid="score-filter" />
        </label>
        <label className="field">
          <span>{t('score.category')}</span>
          <select value={category} onChange={(e) => setCategory(e.target.value)} data-testid="score-category">
            <option value="all">{t('score.all')}</option>
            {categories.map((c) => (
              <option key={c} value={c}>
                {t(`cat.${c}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('score.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as RowStatus | 'all')} data-testid="score-status">
            <option value="all">{t('score.all')}</option>
            {STATUS_ORDER.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_KEYS[s])}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <input type="checkbox" checked={modelOnly} onChange={(e) => setModelOnly(e.target.checked)} data-testid="score-model-only" />
          <span>{t('score.modelOnly')}</span>
        </label>
        <span className="run-status" aria-live="polite">
          {t('score.count', { shown: shown.length, total: rows.length })}
        </span>
      </div>
      {open.ok && <p className="legend-line" data-testid="score-summary">{summarizeScorecard(open.value.projection.targets).text[lang]}</p>}
      <p className="legend-line">{t('status.legend')}</p>
      <div className="table-wrap">
        <table className="data scorecard" data-testid="scorecard">
          <caption>{t('score.caption')}</caption>
          <thead>
            <tr>
              {header('indicator', t('score.col.indicator'))}
              {header('category', t('score.col.category'))}
              <th scope="col">{t('score.col.unit')}</th>
              {header('base', t('score.col.base'), true)}
              {header('target', t('score.col.target'), true)}
              <th scope="col" className="num">{t('score.col.year')}</th>
              {header('projected', t('score.col.projected'), true)}
              {header('status', t('score.col.status'))}
              {header('required', t('score.col.required'), true)}
              {header('scenario', t('score.col.scenario'), true)}
              <th scope="col">{t('score.col.basis')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => {
              const { ind, result: r } = row;
              const expanded = openRow === ind.id;
              return (
                <Fragment key={ind.id}>
                  <tr data-testid={`target-${ind.id}`} data-status={row.status}>
                    <td>
                      <button type="button" className="row-open" aria-expanded={expanded} aria-controls={`detail-${ind.id}`} aria-label={t('score.open', { name: ind.label[lang] })} onClick={() => setOpenRow(expanded ? null : ind.id)}>
                        {ind.label[lang]}
                      </button>
                    </td>
                    <td>{t(`cat.${ind.category}` as MessageKey)}</td>
                    <td className="unit-cell">{indicatorUnit(scoredUnit(ind), lang)}</td>
                    <td className="num">{ind.base ? `${num(ind.base.value)} (${ind.base.year})` : t('common.none')}</td>
                    <td className={r ? 'num' : undefined}>{targetText(ind, r, lang, t)}</td>
                    <td className="num">{ind.target?.year ?? t('common.none')}</td>
                    <td className="num" data-testid={`projected-${ind.id}`}>{r?.projected != null ? num(r.projected) : t('common.none')}</td>
                    <td>
                      <span className={`badge badge-${row.status}`}>{t(STATUS_KEYS[row.status])}</span>
                    </td>
                    <td className="num">{r?.requiredAnnualChange != null ? annualChange(r.requiredAnnualChange, r.changeKind, lang) : t('common.none')}</td>
                    <td className="num">{r?.projectedAnnualChange != null ? annualChange(r.projectedAnnualChange, r.changeKind, lang) : t('common.none')}</td>
                    <td>{r ? t(`score.basis.${r.basis}` as MessageKey) : t('common.none')}</td>
                  </tr>
                  {expanded && (
                    <tr className="detail-row" id={`detail-${ind.id}`}>
                      <td colSpan={11}>
                        <Detail ind={ind} result={r} lang={lang} t={t} onClose={() => setOpenRow(null)} />
                      </td>
                    </tr>
                  )}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
