/**
 * An error boundary: a view that throws while rendering shows what happened and a way on (back to
 * the workspace, export everything) instead of a blank page. Saved work is untouched.
 */
import { Component, type ReactNode } from 'react';
import { translate } from '../i18n/index';
import { downloadAll } from '../io/export-all';
import type { Store } from '../state/store';

interface Props {
  store: Store;
  /** A change of this key (e.g. another tab or scenario) clears the error. */
  resetKey?: string;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: Error | null; key: string | undefined }> {
  override state = { error: null as Error | null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: { error: Error | null; key: string | undefined }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  private back = () => {
    const { store } = this.props;
    store.dispatch({ type: 'setTab', tab: 'workspace' });
    store.dispatch({ type: 'open', id: 'plan-target' });
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const state = this.props.store.getState();
    const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(state.lang, key, params);
    return (
      <div className="notice notice-error" role="alert" data-testid="error-boundary">
        <div>
          <p>{t('boundary.title', { detail: error.message.split('\n')[0].slice(0, 200) })}</p>
          <p>{t('boundary.hint')}</p>
          <p>
            <button type="button" className="btn" onClick={this.back} data-testid="boundary-back">
              {t('boundary.back')}
            </button>{' '}
            <button type="button" className="btn" onClick={() => downloadAll(this.props.store.getState())} data-testid="boundary-export">
              {t('storage.exportAll')}
            </button>
          </p>
        </div>
      </div>
    );
  }
}
