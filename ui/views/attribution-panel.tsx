/**
 * On Compare: why the second scenario differs from the reference, as a waterfall of Shapley contributions
 * by assumption group (engine/decision/attribute.ts) for a chosen modelled target.
 */
import { useMemo, useState } from 'react';
import { attribute, modelledTargetsOf, type Lang } from './attribution-imports';
import type { OpenScenario } from '../state/derived';
import { plan } from '../state/scenarios';
import { ChartFrame } from '../charts/chart-frame';
import { waterfallFigure } from '../charts/waterfall-chart';
import { num } from '../i18n/format';
import { dt } from './decision-text';
import { useWidthBucket } from './use-width-bucket';

export function AttributionPanel({ reference, runs, lang }: { reference: OpenScenario; runs: OpenScenario[]; lang: Lang }) {
  const other = runs.find((r) => r.id !== reference.id);
  const targets = useMemo(() => modelledTargetsOf(reference.projection.targets), [reference]);
  const [output, setOutput] = useState('gdpNominal');
  const width = useWidthBucket();
  const chosen = targets.find((t) => t.id === output) ?? targets[0];
  const result = useMemo(() => {
    if (!other || !chosen) return undefined;
    try {
      return attribute(plan, reference.scenario, other.scenario, [{ output: chosen.id, year: chosen.year }]).results[0];
    } catch {
      return undefined;
    }
  }, [reference, other, chosen]);
  if (!other || !chosen) return <div className="card"><p className="hint">{dt(lang, 'waterfallNeeds')}</p></div>;
  if (!result) return null;
  const outName = plan.indicators.find((i) => i.id === chosen.id)?.label[lang] ?? chosen.id;
  const group = (id: string) => result.contributions.find((c) => c.group === id)?.label[lang] ?? id;
  const top = [...result.contributions].sort((a, b) => Math.abs(b.value) - Math.abs(a.value))[0];
  const fmt = (v: number) => num(v, Math.abs(v) >= 100 ? 0 : 2);
  const aName = reference.scenario.name[lang], bName = other.scenario.name[lang];
  const summary = dt(lang, 'waterfallSummary', { output: outName, year: result.year, a: fmt(result.a), b: fmt(result.b), aName, bName, top: group(top.group), value: `${top.value >= 0 ? '+' : ''}${fmt(top.value)}` });
  const figure = waterfallFigure(result, { a: aName, b: bName, group }, dt(lang, 'waterfallTitle', { a: aName, b: bName, output: outName, year: result.year }), summary, fmt);
  return (
    <div className="card" data-testid="attribution-panel" data-difference={result.difference} data-sum={result.contributions.reduce((s, c) => s + c.value, 0)}>
      <div className="toolbar">
        <label className="field">
          <span>{dt(lang, 'waterfallOutput')}</span>
          <select value={chosen.id} onChange={(e) => setOutput(e.target.value)} data-testid="attribution-output">
            {targets.map((t) => <option key={t.id} value={t.id}>{plan.indicators.find((i) => i.id === t.id)?.label[lang] ?? t.id} {t.year}</option>)}
          </select>
        </label>
      </div>
      <ChartFrame key={width} id="chart-attribution" figure={figure} lang={lang} height={340} />
    </div>
  );
}
