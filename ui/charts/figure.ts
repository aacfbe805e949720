/** What a chart file produces: Plotly data and layout, a title and a text alternative. */
import type { Data, Layout } from './plotly';

export interface Figure {
  title: string;
  data: Data[];
  layout: Partial<Layout>;
  /** One or two sentences saying what the chart shows (the chart's text alternative). */
  summary: string;
}
