/**
 * Sensitivity of a chosen output: a tornado over the levers (each moved down and up by a fixed step)
 * and variance-based Sobol indices over the uncertain inputs, computed on the worker pool.
 */
import { useMemo, useState } from 'react';
import { formatIssue, isPlanpathError, type Lang, type ResolvedScenario, type SobolResult, type TornadoResult } from '../../engine/index';
import { isRunnerError } from '../../runtime/runner-error';
import { ChartFrame } from '../charts/chart-frame';
import { sobolFigure } from '../charts/sobol-chart';
import { tornadoFigure } from '../charts/tornado-chart';
import { leverLabel, translator, type MessageKey } from '../i18n/index';
import { num, pct } from '../i18n/format';
import { useLang, useT } from '../i18n/use-t';
import { getRunner } from '../mc/runner';
import { useBackgroundRun } from '../mc/use-background-run';
import { useOpenScenario } from '../state/derived';
import { plan } from '../state/scenarios';

/** Delta of the tornado: +-2 percentage points a year (the engine's default). */
const DELTA = 0.02;

interface OutputChoice {
  id: string;
  series: string;
  year: number;
  scale: number;
  unit: { zh: string; en: string };
  decimals: number;
  label: MessageKey;
}

const OUTPUTS: OutputChoice[] = [
  { id: 'gdpNominal@2025', series: 'gdpNominal', year: 2025, scale: 1, unit: { zh: ' 亿元', en: ' (CNY 100 million)' }, decimals: 0, label: 'compare.gdp' },
  { id: 'shares.tertiary@2025', series: 'shares.tertiary', year: 2025, scale: 100, unit: { zh: '%', en: '%' }, decimals: 1, label: 'compare.share' },
  { id: 'population@2025', series: 'population', year: 2025, scale: 1, unit: { zh: ' 万人', en: ' (10,000 people)' }, decimals: 1, label: 'compare.population' },
  { id: 'gdpPerCapita@2025', series: 'gdpPerCapita', year: 2025, scale: 1, unit: { zh: ' 万元/人', en: ' (CNY 10,000 per person)' }, decimals: 2, label: 'compare.perCapita' },
  { id: 'gdpNominal@2035', series: 'gdpNominal', year: 2035, scale: 1, unit: { zh: ' 亿元', en: ' (CNY 100 million)' }, decimals: 0, label: 'compare.gdp' },
];

const GROUP_KEYS: Record<string, MessageKey> = {
  'sector.primary': 'sens.input.primary',
  'sector.secondary': 'sens.input.secondary',
  'sector.tertiary': 'sens.input.tertiary',
  deflator: 'sens.input.deflator',
  population: 'sens.input.population',
  rare: 'sens.input.shocks',
  'growth.factor1': 'sens.input.factor1',
  'growth.factor2': 'sens.input.factor2',
  'growth.factor3': 'sens.input.factor3',
  energy: 'sens.input.energy',
  carbon: 'sens.input.carbon',
};

interface Input {
  scenario: ResolvedScenario;
  output: string;
}

const runTornado = (input: Input, signal: AbortSignal) => getRunner().runSensitivity({ plan, scenario: input.scenario, output: input.output, method: 'tornado', options: { delta: DELTA } }, { signal }) as Promise<TornadoResult>;
const runSobol = (input: Input, signal: AbortSignal) => getRunner().runSensitivity({ plan, scenario: input.scenario, output: input.output, method: 'sobol' }, { signal }) as Promise<SobolResult>;

function errorText(error: unknown, lang: Lang): string {
  if (isPlanpathError(error)) return error.issues.map((i) => formatIssue(i, lang)).join('; ');
  if (isRunnerError(error)) return error.detail[lang];
  return String(error);
}

export function Sensitivity() {
  const t = useT();
  const lang = useLang();
  const open = useOpenScenario();
  const [outputId, setOutputId] = useState(OUTPUTS[0].id);
  const output = OUTPUTS.find((o) => o.id === outputId)!;
  const scenario = open.ok ? open.value.scenario : null;
  const input = useMemo<Input | null>(() => (scenario ? { scenario, output: outputId } : null), [scenario, outputId]);
  const sobolInput = useMemo<Input | null>(() => (input?.scenario.uncertainty ? input : null), [input]);
  const tornado = useBackgroundRun(input, runTornado, 'planpath:tornado-result');
  const sobol = useBackgroundRun(sobolInput, runSobol, 'planpath:sobol-result');
  const outputName = t('sens.outputName', { label: t(output.label), year: output.year });
  const unit = output.unit[lang];
  const fmt = (v: number) => `${num(v * output.scale, output.decimals)}${unit}`;
  const tornadoFig = useMemo(() => {
    const r = tornado.result;
    if (!r || r.output.series !== output.series || r.output.year !== output.year) return null;
    const tr = translator(lang);
    const top = r.rows[0];
    const summary = top ? tr('sens.tornadoSummary', { output: outputName, lever: leverLabel(tr, top.lever), low: fmt(top.outputLow), high: fmt(top.outputHigh) }) : '';
    return tornadoFigure(r, tr('sens.tornadoTitle', { output: outputName }), output.scale, unit, output.decimals, summary, tr);
  }, [tornado.result, lang, output]); // eslint-disable-line react-hooks/exhaustive-deps
  const sobolFig = useMemo(() => {
    const r = sobol.result;
    if (!r || r.output.series !== output.series || r.output.year !== output.year) return null;
    const tr = translator(lang);
    const labels = r.groups.map((g) => tr(GROUP_KEYS[g.id] ?? 'sens.input.shocks'));
    const top = r.groups.reduce((a, b) => (b.total.estimate > a.total.estimate ? b : a), r.groups[0]);
    const summary = top ? tr('sens.sobolSummary', { input: tr(GROUP_KEYS[top.id] ?? 'sens.input.shocks'), first: pct(top.first.estimate), total: pct(top.total.estimate) }) : '';
    return sobolFigure(r, labels, tr('sens.sobolTitle', { output: outputName }), summary, tr);
  }, [sobol.result, lang, output]); // eslint-disable-line react-hooks/exhaustive-deps
  if (!open.ok) return <p role="alert">{open.message}</p>;
  return (
    <section className="view" aria-labelledby="sens-title">
      <div className="view-head">
        <h2 id="sens-title">{t('sens.title')}</h2>
      </div>
      <div className="toolbar">
        <label className="field">
          <span>{t('sens.output')}</span>
          <select value={outputId} onChange={(e) => setOutputId(e.target.value)} data-testid="sens-output">
            {OUTPUTS.map((o) => (
              <option key={o.id} value={o.id}>
                {t('sens.outputName', { label: t(o.label), year: o.year })}
              </option>
            ))}
          </select>
        </label>
        <span className="hint">{t('sens.delta', { delta: DELTA * 100 })}</span>
      </div>
      {tornado.error != null && <div className="import-errors" role="alert">{errorText(tornado.error, lang)}</div>}
      {sobol.error != null && <div className="import-errors" role="alert">{errorText(sobol.error, lang)}</div>}
      <div className="grid-2">
        {tornadoFig && <ChartFrame id="chart-tornado" figure={tornadoFig} lang={lang} height={420} />}
        {sobolFig ? (
          <ChartFrame id="chart-sobol" figure={sobolFig} lang={lang} height={420} />
        ) : (
          <p className="run-status" role="status">{sobolInput ? t('sens.running') : t('unc.noUncertainty')}</p>
        )}
      </div>
    </section>
  );
}
