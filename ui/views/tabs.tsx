/**
 * The view tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, Home/End jump, the selected
 * tab is the only one in the tab order.
 */
import { useRef, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { TABS, type TabId } from '../state/app-state';
import { useAppState, useDispatch } from '../state/store';

export function Tabs() {
  const t = useT();
  const dispatch = useDispatch();
  const tab = useAppState((s) => s.tab);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const select = (id: TabId, focus: boolean) => {
    dispatch({ type: 'setTab', tab: id });
    if (focus) refs.current[TABS.indexOf(id)]?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? (i + 1) % TABS.length : e.key === 'ArrowLeft' ? (i - 1 + TABS.length) % TABS.length : e.key === 'Home' ? 0 : e.key === 'End' ? TABS.length - 1 : -1;
    if (next >= 0) {
      e.preventDefault();
      select(TABS[next], true);
    }
  };
  return (
    <div role="tablist" aria-label={t('tab.list')} className="tabs" onKeyDown={onKey}>
      {TABS.map((id, i) => (
        <button
          key={id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-selected={tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={tab === id ? 0 : -1}
          className="tab"
          data-testid={`tab-${id}`}
          onClick={() => select(id, false)}
        >
          {t(`tab.${id}`)}
        </button>
      ))}
    </div>
  );
}
