/**
 * The linked model's charts in the workspace: residents against the population the jobs support, jobs
 * by sector, construction land against its limit, implied investment against the project reserve, and
 * industry clusters against their targets. Figures are rebuilt only when the projection or language changes.
 */
import { useMemo } from 'react';
import type { Lang, Projection } from '../../engine/index';
import { ChartFrame } from '../charts/chart-frame';
import { jobsPopulationFigure } from '../charts/jobs-population-chart';
import { jobsSectorFigure } from '../charts/jobs-sector-chart';
import { landFigure } from '../charts/land-chart';
import { investmentReserveFigure } from '../charts/investment-reserve-chart';
import { industryClustersFigure } from '../charts/industry-clusters-chart';
import { plan } from '../state/scenarios';

export function LinkedCharts({ projection: p, lang, id, jobsMode }: { projection: Projection; lang: Lang; id: string; jobsMode: boolean }) {
  const f = useMemo(
    () => ({
      jobsPopulation: jobsPopulationFigure(p, plan, lang, jobsMode),
      jobs: jobsSectorFigure(p, plan, lang),
      land: landFigure(p, plan, lang),
      investment: investmentReserveFigure(p, plan, lang),
      industry: industryClustersFigure(p, plan, lang),
    }),
    [p, lang, jobsMode],
  );
  return (
    <>
      <ChartFrame id="chart-jobs-population" figure={f.jobsPopulation} lang={lang} fileStem={`${id}-jobs-population`} />
      <ChartFrame id="chart-jobs" figure={f.jobs} lang={lang} fileStem={`${id}-jobs`} />
      <ChartFrame id="chart-land" figure={f.land} lang={lang} fileStem={`${id}-land`} />
      <ChartFrame id="chart-investment" figure={f.investment} lang={lang} fileStem={`${id}-implied-investment`} />
      <ChartFrame id="chart-industry" figure={f.industry} lang={lang} fileStem={`${id}-industry`} height={420} />
    </>
  );
}
