/** The app's problem lists (review and calibration imports) show the first 50 problems and count the rest. */
import { describe, it, expect } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { issue } from '../../engine/index';
import { translator } from '../../ui/i18n/index';
import { IssueList } from '../../ui/views/review-issues';

describe('IssueList', () => {
  it('100,000 bad rows render as 50 items and one line counting 99,950 more, in both languages', () => {
    const issues = Array.from({ length: 100_000 }, (_, i) => ({ ...issue(`(value)`, 'x', { en: 'not a number', zh: '不是数值' }, { en: 'a number', zh: '数值' }), line: i + 2, column: 3 }));
    for (const lang of ['en', 'zh'] as const) {
      const html = renderToStaticMarkup(createElement(IssueList, { issues, lang, t: translator(lang) }));
      const items = html.match(/<li>/g) ?? [];
      expect(items).toHaveLength(51);
      expect(html).toContain(lang === 'en' ? 'and 99950 more problems, not listed' : '另有 99950 个问题未列出');
    }
  });
});

describe('user text in figures', () => {
  it('a baseline named with markup is escaped in the legend; a figure of plain names is unchanged', async () => {
    const { withBaseline } = await import('../../ui/charts/baseline');
    const { plotlyText } = await import('../../ui/charts/plotly-text');
    expect(plotlyText('<a href="x">A & B</a>')).toBe('&lt;a href="x"&gt;A &amp; B&lt;/a&gt;');
    const fig = (y: number[]) => ({ title: 't', summary: 's', layout: {}, data: [{ type: 'scatter', mode: 'lines', name: 'GDP', y } as never] });
    const out = withBaseline(fig([1, 2, 3]), fig([1, 2, 4]), 'Baseline: <a href="https://example.com">x</a>');
    expect((out.data[1] as { name: string }).name).toBe('Baseline: &lt;a href="https://example.com"&gt;x&lt;/a&gt;');
  });
});
