/**
 * PNG of a chart through Plotly.toImage, at twice the on-screen size for sharp slides. With a caption
 * (title, scenario name, date) the image carries it above the plot, so a slide says what it shows.
 */
import Plotly from '../charts/plotly';
import { downloadUrl } from './download';

export async function downloadChartPng(plot: HTMLElement, fileStem: string, caption?: string): Promise<void> {
  const width = Math.max(600, plot.clientWidth || 800);
  const height = Math.max(300, plot.clientHeight || 400) + (caption ? 40 : 0);
  const gd = plot as HTMLElement & { data?: unknown[]; layout?: { margin?: Record<string, number> } };
  const source = caption && gd.data && gd.layout
    ? { data: gd.data, layout: { ...gd.layout, title: { text: caption, x: 0.01, xanchor: 'left', font: { size: 15 } }, margin: { ...(gd.layout.margin ?? {}), t: 52 } } }
    : plot;
  const url = await Plotly.toImage(source as HTMLElement, { format: 'png', width, height, scale: 2 });
  downloadUrl(url, `${fileStem}.png`);
}
