/**
 * Compare: two to four scenarios overlaid on every chart, a table of key figures with differences
 * from a chosen reference scenario, and the 2025 targets side by side.
 */
import { useMemo } from 'react';
import type { Lang } from '../../engine/index';
import { ChartFrame } from '../charts/chart-frame';
import { overlayFigure, type OverlayRun, type OverlaySpec } from '../charts/compare-chart';
import { translator, type Translate } from '../i18n/index';
import { num, pct, pp } from '../i18n/format';
import { useLang, useT } from '../i18n/use-t';
import { useScenarios, type OpenScenario } from '../state/derived';
import { allScenarios, plan } from '../state/scenarios';
import { useAppState, useDispatch } from '../state/store';
import { displayStatus, statusKey } from '../state/target-status';
import { AttributionPanel } from './attribution-panel';
import { MEASURES, measureScale, valueAt } from '../state/compare-measures';
import { compareCsvRows } from '../io/compare-csv';
import { csvText } from '../io/csv';
import { csvFileName } from '../io/file-name';
import { downloadCsv } from '../io/download';

function specs(runs: OpenScenario[], lang: Lang, t: Translate): { id: string; spec: OverlaySpec }[] {
  const year = plan.period.to;
  const names = runs.map((r) => r.scenario.name[lang]);
  const line = (series: string, scale: number, fmt: (v: number) => string) =>
    runs.map((r, i) => `${names[i]} ${fmt(valueAt(r, series, year, scale) ?? NaN)}`).join(lang === 'zh' ? ';' : '; ');
  const sum = (series: string, scale: number, fmt: (v: number) => string) => t('compare.summary', { names: names.join(lang === 'zh' ? '、' : ', '), year, values: line(series, scale, fmt) });
  const target = (id: string, scale = 1, suffix = '') => {
    const ind = plan.indicators.find((i) => i.id === id);
    const value = ind?.target?.value ?? ind?.proxyTarget?.value;
    return ind && value !== undefined && ind.target ? { year: ind.target.year, value: value * scale, label: `${t('chart.target')} ${num(value * scale, Number.isInteger(value * scale) ? 0 : 1)}${suffix}` } : undefined;
  };
  const zh = lang === 'zh';
  return [
    { id: 'compare-gdp', spec: { title: t('compare.gdp'), series: 'gdpNominal', scale: 1, axis: t('chart.gdp.axis'), unit: zh ? ' 亿元' : ' (CNY 100 million)', decimals: 0, target: target('gdpNominal', 1, zh ? ' 亿元' : ''), summary: sum('gdpNominal', 1, (v) => (zh ? `${num(v, 0)} 亿元` : `${num(v, 0)}`)) } },
    { id: 'compare-shares', spec: { title: t('compare.share'), series: 'shares.tertiary', scale: 100, axis: t('chart.shares.axis'), unit: '%', decimals: 1, target: target('servicesShareOfGdp', 1, '%'), summary: sum('shares.tertiary', 100, (v) => `${num(v, 1)}%`) } },
    { id: 'compare-population', spec: { title: t('compare.population'), series: 'population', scale: 1, axis: t('chart.population.axis'), unit: zh ? ' 万人' : ' (10,000 people)', decimals: 1, target: target('population', 1, zh ? ' 万人' : ''), summary: sum('population', 1, (v) => (zh ? `${num(v, 1)} 万人` : num(v, 1))) } },
    { id: 'compare-percapita', spec: { title: t('compare.perCapita'), series: 'gdpPerCapita', scale: 1, axis: t('chart.perCapita.axis'), unit: zh ? ' 万元/人' : '', decimals: 2, summary: sum('gdpPerCapita', 1, (v) => num(v, 2)) } },
    { id: 'compare-energy', spec: { title: t('compare.energy'), series: 'energyIntensityIndex', scale: 100, axis: t('chart.energy.axis'), unit: '', decimals: 1, target: (() => { const tg = target('energyIntensityReduction'); return tg ? { ...tg, value: 100 - tg.value, label: t('chart.energy.energyTarget') } : undefined; })(), summary: sum('energyIntensityIndex', 100, (v) => num(v, 1)) } },
    { id: 'compare-services', spec: { title: t('compare.services'), series: 'publicServices.doctors', scale: 1, axis: zh ? '人' : 'people', unit: zh ? ' 人' : '', decimals: 0, summary: sum('publicServices.doctors', 1, (v) => num(v, 0)) } },
  ];
}

export function Compare() {
  const t = useT();
  const lang = useLang();
  const dispatch = useDispatch();
  const ids = useAppState((s) => s.compareIds);
  const referenceId = useAppState((s) => s.referenceId);
  const user = useAppState((s) => s.userScenarios);
  const runs = useScenarios(ids);
  const figures = useMemo(() => {
    const tr = translator(lang);
    const overlay: OverlayRun[] = runs.map((r) => ({ name: r.scenario.name[lang], projection: r.projection }));
    return specs(runs, lang, tr).map(({ id, spec }) => ({ id, figure: overlayFigure(overlay, spec, plan.period.to, lang, tr) }));
  }, [runs, lang]);
  const reference = runs.find((r) => r.id === referenceId) ?? runs[0];
  const toggle = (id: string, on: boolean) => dispatch({ type: 'setCompare', ids: on ? [...ids, id] : ids.filter((x) => x !== id) });
  const modelTargets = reference ? reference.projection.targets.filter((r) => r.basis === 'model') : [];
  return (
    <section className="view" aria-labelledby="compare-title">
      <div className="view-head">
        <h2 id="compare-title">{t('compare.title')}</h2>
      </div>
      <div className="card">
        <fieldset className="checks" style={{ border: 0, padding: 0, margin: 0 }}>
          <legend className="hint">{t('compare.pick')}</legend>
          {allScenarios(user).map(({ file }) => {
            const checked = ids.includes(file.id);
            return (
              <label key={file.id}>
                <input type="checkbox" checked={checked} disabled={!checked && ids.length >= 4} onChange={(e) => toggle(file.id, e.target.checked)} data-testid={`compare-pick-${file.id}`} />
                {file.name[lang]}
              </label>
            );
          })}
        </fieldset>
        <div className="toolbar" style={{ marginTop: 8, marginBottom: 0 }}>
          <label className="field">
            <span>{t('compare.reference')}</span>
            <select value={reference?.id ?? ''} onChange={(e) => dispatch({ type: 'setReference', id: e.target.value })} data-testid="compare-reference">
              {runs.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.scenario.name[lang]}
                </option>
              ))}
            </select>
          </label>
          {runs.length < 2 && <p className="hint" role="status">{t('compare.tooFew')}</p>}
        </div>
      </div>
      {runs.length >= 1 && reference && (
        <>
          <div className="chart-grid" style={{ marginBottom: 14 }}>
            {figures.map(({ id, figure }) => (
              <ChartFrame key={id} id={id} figure={figure} lang={lang} />
            ))}
          </div>
          <AttributionPanel reference={reference} runs={runs} lang={lang} />
          <div className="card">
            <div className="card-head">
              <h3>{t('compare.table')}</h3>
              <button
                type="button"
                className="btn btn-small"
                onClick={() => downloadCsv(csvText(compareCsvRows(runs.map((r) => ({ id: r.id, name: r.scenario.name[lang], projection: r.projection })), reference.id, lang, t)), csvFileName(reference.scenario.name[lang], 'compare'))}
                aria-label={t('csv.exportAria', { what: t('compare.table') })}
                data-testid="compare-csv"
              >
                {t('csv.export')}
              </button>
            </div>
            <div className="table-wrap">
              <table className="data" data-testid="compare-table">
                <thead>
                  <tr>
                    <th scope="col">{t('compare.measure')}</th>
                    {runs.map((r) => (
                      <th key={r.id} scope="col" className="num">
                        {r.scenario.name[lang]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {MEASURES.map((m) => {
                    const scale = measureScale(m);
                    const ref = valueAt(reference, m.series, m.year, scale);
                    return (
                      <tr key={`${m.series}@${m.year}`}>
                        <th scope="row">{t('compare.rowLabel', { label: m.label(t), year: m.year, unit: m.unit[lang] })}</th>
                        {runs.map((r) => {
                          const v = valueAt(r, m.series, m.year, scale);
                          if (v === undefined) return <td key={r.id} className="num">-</td>;
                          const d = ref === undefined ? undefined : v - ref;
                          const shown = m.kind === 'pct' ? pct(v, m.decimals) : num(v, m.decimals);
                          const diff = d === undefined || r.id === reference.id ? '' : m.kind === 'pct' ? pp(d, lang) : `${d > 0 ? '+' : ''}${num(d, m.decimals)}${ref ? ` (${d > 0 ? '+' : ''}${num((d / ref) * 100, 1)}%)` : ''}`;
                          return (
                            <td key={r.id} className="num">
                              {shown}
                              {diff && <div className="diff">{diff}</div>}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <h3 style={{ marginTop: 14 }}>{t('compare.targets')}</h3>
            <div className="table-wrap">
              <table className="data" data-testid="compare-targets">
                <thead>
                  <tr>
                    <th scope="col">{t('compare.target')}</th>
                    {runs.map((r) => (
                      <th key={r.id} scope="col">
                        {r.scenario.name[lang]}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {modelTargets.map((tg) => {
                    const ind = plan.indicators.find((i) => i.id === tg.id)!;
                    return (
                      <tr key={tg.id}>
                        <th scope="row">
                          {ind.label[lang]} {tg.year} {tg.comparator === '>=' || tg.comparator === '>' ? '≥' : tg.comparator === '<=' || tg.comparator === '<' ? '≤' : tg.comparator} {num(tg.target)} {lang === 'zh' ? ind.unit : ind.unitEn}
                          {tg.proxyAssumption ? ` ${t('score.proxyMark')}` : ''}
                        </th>
                        {runs.map((r) => {
                          const x = r.projection.targets.find((y) => y.id === tg.id);
                          if (!x || x.projected === null) return <td key={r.id}>-</td>;
                          const s = displayStatus(x);
                          return (
                            <td key={r.id}>
                              <span className={`badge badge-${s}`}>{t(statusKey(s))}</span> {num(x.projected)}
                            </td>
                          );
                        })}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </div>
        </>
      )}
    </section>
  );
}
