/**
 * Workspace: the open scenario's charts, redrawn on every lever input (the projection takes well
 * under a millisecond; each figure is rebuilt only when the projection or the language changes).
 */
import { useMemo } from 'react';
import { type Lang, type Projection } from '../../engine/index';
import { ChartFrame } from '../charts/chart-frame';
import { gdpFigure } from '../charts/gdp-chart';
import { sharesFigure } from '../charts/shares-chart';
import { populationFigure } from '../charts/population-chart';
import { perCapitaFigure } from '../charts/per-capita-chart';
import { energyFigure } from '../charts/energy-chart';
import { servicesFigure } from '../charts/services-chart';
import { translator } from '../i18n/index';
import { useLang, useT } from '../i18n/use-t';
import { money, pct, people } from '../i18n/format';
import { downloadBlob } from '../io/download';
import { projectionCsv } from '../io/csv';
import { fileSafe } from '../io/file-name';
import { useOpenScenario } from '../state/derived';
import { plan } from '../state/scenarios';
import { statusWord, yearIndex } from '../charts/series-helpers';
import { BaselinePicker, useBaseline, withBaselines } from './workspace-baseline';
import { WhatItTakes } from './what-it-takes';
import { wsTranslate } from '../game/game-messages';
import { LinkedCharts } from './linked-charts';

function useFigures(p: Projection, lang: Lang) {
  return useMemo(() => {
    const t = translator(lang);
    return {
      gdp: gdpFigure(p, plan, lang, t),
      shares: sharesFigure(p, plan, lang, t),
      population: populationFigure(p, plan, lang, t),
      perCapita: perCapitaFigure(p, plan, lang, t),
      energy: energyFigure(p, plan, lang, t),
      services: servicesFigure(p, plan, lang, t),
    };
  }, [p, lang]);
}

export function Workspace() {
  const t = useT();
  const lang = useLang();
  const open = useOpenScenario();
  if (!open.ok) return <p role="alert">{open.message}</p>;
  return <WorkspaceCharts projection={open.value.projection} name={open.value.scenario.name[lang]} narrative={open.value.scenario.narrative?.[lang]} id={open.value.id} lang={lang} t={t} jobsMode={open.value.scenario.assumptions.population.mode === 'jobs'} />;
}

function WorkspaceCharts({ projection: p, name, narrative, id, lang, t, jobsMode }: { projection: Projection; name: string; narrative?: string; id: string; lang: Lang; t: ReturnType<typeof useT>; jobsMode: boolean }) {
  const baseline = useBaseline();
  const fb = useFigures(baseline?.projection ?? p, lang);
  const f = withBaselines(useFigures(p, lang), baseline ? fb : null, wsTranslate(lang, 'baseline.trace', { name: baseline?.name[lang] ?? '' }));
  const year = Math.min(plan.period.to, p.endYear);
  const i = yearIndex(p, year);
  const exportCsv = () => downloadBlob(new Blob([projectionCsv(p, plan, lang)], { type: 'text/csv;charset=utf-8' }), `planpath-${fileSafe(name)}.csv`);
  return (
    <section aria-labelledby="workspace-title" className="view">
      <div className="view-head">
        <h2 id="workspace-title" className="sr-only">
          {t('tab.workspace')}
        </h2>
        <p className="headline" data-testid="headline">
          {t('workspace.headline', { name, year, gdp: money(p.series.gdpNominal[i], lang), status: statusWord(p, 'gdpNominal', t), share: pct(p.series.shares.tertiary[i]), pop: people(p.series.population[i], lang) })}
        </p>
        <BaselinePicker />
        <button type="button" className="btn" onClick={exportCsv} data-testid="export-csv">
          {t('workspace.exportCsv')}
        </button>
      </div>
      {narrative && (
        <details className="narrative">
          <summary>{t('workspace.narrative')}</summary>
          <p>{narrative}</p>
        </details>
      )}
      <WhatItTakes projection={p} plan={plan} lang={lang} />
      <div className="chart-grid">
        <ChartFrame id="chart-gdp" figure={f.gdp} lang={lang} fileStem={`${id}-gdp`} />
        <ChartFrame id="chart-shares" figure={f.shares} lang={lang} fileStem={`${id}-shares`} />
        <ChartFrame id="chart-population" figure={f.population} lang={lang} fileStem={`${id}-population`} />
        <ChartFrame id="chart-percapita" figure={f.perCapita} lang={lang} fileStem={`${id}-per-capita`} />
        <ChartFrame id="chart-energy" figure={f.energy} lang={lang} fileStem={`${id}-energy`} />
        <ChartFrame id="chart-services" figure={f.services} lang={lang} fileStem={`${id}-services`} height={320} />
        <LinkedCharts projection={p} lang={lang} id={id} jobsMode={jobsMode} />
      </div>
    </section>
  );
}
