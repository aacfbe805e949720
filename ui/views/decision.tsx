/**
 * Decision analysis tab: the feasibility map (heat map with each target's contour and the scenario's
 * point), the margins table (targets by levers, cells coloured by margin), the plan audit, and Sobol
 * indices by year as a stacked area. All numbers come from engine/decision; the map is computed on the
 * main thread from a lean plan (41 x 41 in well under a second; the time is shown and marked for the bench).
 */
import { useEffect, useMemo, useState } from 'react';
import { applicableDecisionLevers, auditPlan, feasibilityMap, findDecisionLever, leverValueText, margins, parseLeverSpec, sobolByYear, type FeasibilityMap, type Lang, type MarginsResult, type OpenScenarioLike, type SobolByYear } from './decision-imports';
import { useLang } from '../i18n/use-t';
import { translator, isMessageKey, leverLabel, type MessageKey } from '../i18n/index';
import { useOpenScenario } from '../state/derived';
import { plan } from '../state/scenarios';
import { ChartFrame } from '../charts/chart-frame';
import { FeasibilitySvg } from '../charts/feasibility-svg';
import { sobolAreaFigure } from '../charts/sobol-area-chart';
import { dt } from './decision-text';
import { useWidthBucket } from './use-width-bucket';

const SOBOL_KEYS: Record<string, string> = {
  'sector.primary': 'sens.input.primary', 'sector.secondary': 'sens.input.secondary', 'sector.tertiary': 'sens.input.tertiary',
  deflator: 'sens.input.deflator', population: 'sens.input.population', rare: 'sens.input.shocks',
  'growth.factor1': 'sens.input.factor1', 'growth.factor2': 'sens.input.factor2', 'growth.factor3': 'sens.input.factor3',
  energy: 'sens.input.energy', carbon: 'sens.input.carbon',
};

const DEFAULT_RANGE: Record<string, [number, number]> = { 'realGrowth.secondary': [0, 0.25], 'realGrowth.tertiary': [0, 0.35] };

export function Decision() {
  const lang = useLang();
  const open = useOpenScenario();
  if (!open.ok) return <p role="alert">{open.message}</p>;
  return (
    <section className="view" aria-labelledby="decision-title" data-testid="decision-view">
      <div className="view-head">
        <h2 id="decision-title">{dt(lang, 'title')}</h2>
      </div>
      <p className="hint">{dt(lang, 'intro')}</p>
      <MapCard lang={lang} open={open.value} />
      <MarginsCard lang={lang} open={open.value} />
      <AuditCard lang={lang} />
      <SobolCard lang={lang} open={open.value} />
    </section>
  );
}

function useLeverName(lang: Lang) {
  return useMemo(() => { const t = translator(lang); return (id: string) => leverLabel(t, id); }, [lang]);
}

function targetLabel(id: string, lang: Lang): string {
  return plan.indicators.find((i) => i.id === id)?.label[lang] ?? id;
}

function MapCard({ lang, open }: { lang: Lang; open: OpenScenarioLike }) {
  const levers = useMemo(() => applicableDecisionLevers(open.scenario).map((l) => l.id), [open.scenario]);
  const [xId, setX] = useState('realGrowth.secondary');
  const [yId, setY] = useState('realGrowth.tertiary');
  const name = useLeverName(lang);
  const range = (id: string): [number, number] => DEFAULT_RANGE[id] ?? (findDecisionLever(id).isFraction ? [-0.05, 0.2] : [0, findDecisionLever(id).bounds.ceiling]);
  const result = useMemo(() => {
    if (!levers.includes(xId) || !levers.includes(yId) || xId === yId) return undefined;
    const t0 = performance.now();
    const [xl, xh] = range(xId), [yl, yh] = range(yId);
    const map: FeasibilityMap = feasibilityMap(plan, open.scenario, parseLeverSpec(`${xId}=${xl}:${xh}`, open.scenario, 'constant', 'x'), parseLeverSpec(`${yId}=${yl}:${yh}`, open.scenario, 'constant', 'y'), 41);
    const ms = performance.now() - t0;
    performance.measure?.('planpath:decision-map', { start: t0, end: t0 + ms });
    return { map, ms };
  }, [open.scenario, xId, yId, levers]); // eslint-disable-line react-hooks/exhaustive-deps
  const fmt = (lever: string, v: number) => leverValueText(findDecisionLever(lever), v, false, lang);
  const picker = (label: string, value: string, set: (v: string) => void, testid: string) => (
    <label className="field">
      <span>{label}</span>
      <select value={value} onChange={(e) => set(e.target.value)} data-testid={testid}>
        {levers.map((id) => <option key={id} value={id}>{name(id)}</option>)}
      </select>
    </label>
  );
  const n = result?.map.targets.length ?? 0;
  const best = result ? Math.max(...result.map.metCount.flat()) : 0;
  const summary = result ? (result.map.anyAllMet ? dt(lang, 'mapAll', { n }) : dt(lang, 'mapNone', { n, best })) : '';
  return (
    <div className="card">
      <h3>{dt(lang, 'mapTitle')}</h3>
      <div className="toolbar">
        {picker(dt(lang, 'mapX'), xId, setX, 'map-x')}
        {picker(dt(lang, 'mapY'), yId, setY, 'map-y')}
        {result && <span className="hint" data-testid="map-time" data-ms={result.ms.toFixed(0)}>{dt(lang, 'mapTime', { cells: 41 * 41, ms: result.ms.toFixed(0) })}</span>}
      </div>
      {result && (
        <FeasibilitySvg map={result.map} xLabel={name(xId)} yLabel={name(yId)} format={fmt} targetName={(id) => targetLabel(id, lang)} pointLabel={dt(lang, 'mapPoint')} legendLabel={dt(lang, 'mapLegend', { n })} summary={summary} />
      )}
    </div>
  );
}

function MarginsCard({ lang, open }: { lang: Lang; open: OpenScenarioLike }) {
  const [result, setResult] = useState<MarginsResult | undefined>();
  const [busy, setBusy] = useState(false);
  const name = useLeverName(lang);
  useEffect(() => setResult(undefined), [open.scenario]);
  const run = () => {
    setBusy(true);
    setTimeout(() => {
      const levers = applicableDecisionLevers(open.scenario).filter((l) => !/\.(primary)$/.test(l.id) && !(l.id.startsWith('deflator.') || l.id.startsWith('energy.intensityChange.') || l.id.startsWith('population.productivityGrowth.')));
      setResult(margins(plan, open.scenario, { levers: levers.map((lever) => ({ lever })) }));
      setBusy(false);
    }, 0);
  };
  const cell = (target: string, lever: string) => result!.rows.find((r) => r.target === target && r.lever === lever)!;
  return (
    <div className="card">
      <h3>{dt(lang, 'marginsTitle')}</h3>
      <p className="hint">{dt(lang, 'marginsHint')}</p>
      <button type="button" onClick={run} disabled={busy} data-testid="margins-run">{busy ? dt(lang, 'running') : dt(lang, 'marginsRun')}</button>
      {result && (
        <div className="table-wrap">
          <table className="data" data-testid="margins-table">
            <thead>
              <tr>
                <th scope="col">{lang === 'zh' ? '目标' : 'Target'}</th>
                {result.levers.map((l) => <th key={l} scope="col" className="num">{name(l)}<br /><span className="sub">{dt(lang, 'current')} {leverValueText(findDecisionLever(l), cell(result.targets[0], l).current, false, lang)}</span></th>)}
              </tr>
            </thead>
            <tbody>
              {result.targets.map((target) => (
                <tr key={target}>
                  <th scope="row">{targetLabel(target, lang)}</th>
                  {result.levers.map((l) => {
                    const c = cell(target, l);
                    const lever = findDecisionLever(l);
                    if (c.breakeven === null) return <td key={l} className="num" title={c.reason?.[lang]} style={{ color: '#6b7280' }} data-margin="none">{c.reason?.en.startsWith('this lever') ? dt(lang, 'noEffect') : dt(lang, 'unreachable')}</td>;
                    const safe = c.margin! >= 0;
                    const strength = Math.min(1, Math.abs(c.margin!) / (lever.isFraction ? 0.1 : Math.max(Math.abs(c.current), 1)));
                    return (
                      <td key={l} className="num" data-margin={safe ? 'safe' : 'short'} style={{ background: safe ? `rgba(22,163,74,${0.12 + 0.4 * strength})` : `rgba(220,38,38,${0.12 + 0.4 * strength})` }} title={`${leverValueText(lever, c.breakeven, false, lang)}`}>
                        {leverValueText(lever, c.breakeven, false, lang)}<br /><span className="sub">{leverValueText(lever, c.margin!, true, lang)}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function AuditCard({ lang }: { lang: Lang }) {
  const result = useMemo(() => auditPlan(plan), []);
  return (
    <div className="card" data-testid="audit-view">
      <h3>{dt(lang, 'auditTitle')}</h3>
      <ol>
        {result.findings.map((f) => (
          <li key={f.id} data-testid={`audit-${f.id}`} data-consistent={String(f.consistent)} style={{ marginBottom: 10 }}>
            <span className={`badge badge-${f.consistent ? 'met' : 'missed'}`}>{dt(lang, f.consistent ? 'consistent' : 'inconsistent')}</span>{' '}
            {f.message[lang]}
            {f.requirement && <div><strong>{f.requirement[lang]}</strong></div>}
            <div className="hint">{dt(lang, 'identity')}: {f.identityText[lang]}</div>
          </li>
        ))}
      </ol>
      {result.skipped.map((s) => <p key={s.id} className="hint">{dt(lang, 'notChecked')}: {s.reason[lang]}</p>)}
    </div>
  );
}

function SobolCard({ lang, open }: { lang: Lang; open: OpenScenarioLike }) {
  const [result, setResult] = useState<SobolByYear | undefined>();
  const [busy, setBusy] = useState(false);
  useEffect(() => setResult(undefined), [open.scenario]);
  const hasUncertainty = open.scenario.uncertainty !== undefined;
  const run = () => {
    setBusy(true);
    setTimeout(() => { void sobolByYear(plan, open.scenario, 'gdpNominal', { samples: 512, bootstrap: 100 }).then((r) => { setResult(r); setBusy(false); }, () => setBusy(false)); }, 0);
  };
  const figure = useMemo(() => {
    if (!result) return undefined;
    const t = translator(lang);
    const label = (id: string) => { const key = SOBOL_KEYS[id]; return key && isMessageKey(key) ? t(key as MessageKey) : id; };
    const top = (y: SobolByYear['years'][number]) => { const g = [...y.groups].sort((a, b) => b.first.estimate - a.first.estimate)[0]; return g ? label(g.id) : '-'; };
    const first = result.years.find((y) => y.groups.length), last = [...result.years].reverse().find((y) => y.groups.length);
    const summary = first && last ? dt(lang, 'sobolSummary', { first: first.year, early: top(first), last: last.year, late: top(last) }) : '';
    return sobolAreaFigure(result, label, dt(lang, 'sobolTitle'), summary, dt(lang, 'sobolAxis'));
  }, [result, lang]);
  const flagged = result ? result.years.reduce((s, y) => s + y.groups.filter((g) => g.flagged).length, 0) : 0;
  const width = useWidthBucket();
  return (
    <div className="card">
      <h3>{dt(lang, 'sobolTitle')}</h3>
      {!hasUncertainty ? <p className="hint">{dt(lang, 'sobolNeeds')}</p> : <button type="button" onClick={run} disabled={busy} data-testid="sobol-years-run">{busy ? dt(lang, 'running') : dt(lang, 'sobolRun')}</button>}
      {figure && <ChartFrame key={width} id="chart-sobol-years" figure={figure} lang={lang} />}
      {result && flagged > 0 && <p className="hint">{dt(lang, 'sobolFlagged', { n: flagged })}</p>}
    </div>
  );
}
