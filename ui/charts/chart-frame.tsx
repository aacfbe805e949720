/**
 * A chart in a figure: title, a PNG download button, the plot, and a caption that summarises the
 * chart in words (also the plot's aria-label, so screen readers get the same text).
 */
import { useCallback, useRef } from 'react';
import type { Lang } from '../../engine/index';
import { useT } from '../i18n/use-t';
import { downloadChartPng } from '../io/png';
import { Plot } from './plot';
import type { Figure } from './figure';
import { useStableFigure } from './use-stable-figure';
import { pngCaption } from '../io/file-name';
import { findScenario } from '../state/scenarios';
import { useAppState } from '../state/store';
import { usePresentedFigure } from './use-presented-figure';

export interface ChartFrameProps {
  id: string;
  figure: Figure;
  lang: Lang;
  height?: number;
  /** File name stem of the PNG (default: the id). */
  fileStem?: string;
}

export function ChartFrame({ id, figure: fresh, lang, height, fileStem }: ChartFrameProps) {
  const t = useT();
  const figure = useStableFigure(usePresentedFigure(fresh));
  const ref = useRef<HTMLElement>(null);
  const scenarioName = useAppState((s) => findScenario(s.openId, s.userScenarios)?.name[lang] ?? s.openId);
  const onPng = useCallback(() => {
    const plot = ref.current?.querySelector<HTMLElement>('.plot');
    if (plot) void downloadChartPng(plot, fileStem ?? id, pngCaption(figure.title, scenarioName, new Date()));
  }, [id, fileStem, figure.title, scenarioName]);
  return (
    <figure className="chart" ref={ref} aria-labelledby={`${id}-title`}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{figure.title}</h3>
        <button type="button" className="btn btn-small" onClick={onPng} aria-label={t('chart.pngAria', { title: figure.title })} data-testid={`png-${id}`}>
          {t('chart.png')}
        </button>
      </div>
      <Plot id={id} data={figure.data} layout={figure.layout} label={figure.summary} lang={lang} height={height} />
      <figcaption className="chart-summary">{figure.summary}</figcaption>
    </figure>
  );
}
