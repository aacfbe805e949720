/** The error boundary: a view that throws shows the error, a way back and export, instead of a blank page. */
import { describe, it, expect } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { ReactElement } from 'react';
import { ErrorBoundary } from '../../ui/views/error-boundary';
import { reduce } from '../../ui/state/reducer';
import { createStore } from '../../ui/state/store';
import { initialState } from '../../ui/state/app-state';

describe('ErrorBoundary', () => {
  it('after an error it renders the message and the way back in the current language; a new key clears it', () => {
    const store = createStore(reduce, { ...initialState('zh'), tab: 'compare', openId: 'historical-trend' });
    const error = ErrorBoundary.getDerivedStateFromError(new TypeError("Cannot read properties of undefined (reading 'en')"));
    const boundary = new ErrorBoundary({ store, resetKey: 'compare', children: null });
    boundary.state = { ...error, key: 'compare' };
    const html = renderToStaticMarkup(boundary.render() as ReactElement);
    expect(html).toContain("此视图因错误而停止:Cannot read properties of undefined (reading &#x27;en&#x27;)");
    expect(html).toContain('返回工作台');
    expect(html).toContain('导出我的全部工作(JSON)');
    expect(ErrorBoundary.getDerivedStateFromProps({ store, resetKey: 'workspace', children: null }, { error: error.error, key: 'compare' })).toEqual({ error: null, key: 'workspace' });
    expect(ErrorBoundary.getDerivedStateFromProps({ store, resetKey: 'compare', children: null }, { error: error.error, key: 'compare' })).toBeNull();
    // "Back to the workspace" opens the workspace on the plan target.
    boundary.setState = () => {};
    (boundary as unknown as { back: () => void }).back();
    expect([store.getState().tab, store.getState().openId]).toEqual(['workspace', 'plan-target']);
  });
});
