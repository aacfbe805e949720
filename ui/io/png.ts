/** PNG of a chart through Plotly.toImage, at twice the on-screen size for sharp slides. */
import Plotly from '../charts/plotly';
import { downloadUrl } from './download';

export async function downloadChartPng(plot: HTMLElement, fileStem: string): Promise<void> {
  const width = Math.max(600, plot.clientWidth || 800);
  const height = Math.max(300, plot.clientHeight || 400);
  const url = await Plotly.toImage(plot, { format: 'png', width, height, scale: 2 });
  downloadUrl(url, `${fileStem}.png`);
}
