/**
 * User text (scenario names, plan labels) for Plotly. Plotly renders a subset of HTML in trace
 * names, titles, hover labels and annotations (`<a href>`, `<b>`, `<br>`...), so text from a file or a
 * share link is escaped: `<`, `>` and `&` become entities, which Plotly shows as the characters.
 */
export function plotlyText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
