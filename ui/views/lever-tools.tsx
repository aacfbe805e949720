/** Above the levers: simple / advanced, undo, redo and reset all (test ids `undo`, `redo`, `reset-levers`). */
import { useEffect, useState } from 'react';
import { useWsT } from '../game/game-messages';
import { createLeverHistory, useUndoState, type LeverHistory } from '../state/lever-history';
import { canReset } from '../state/lever-reset';
import { useAppState, useDispatch, useStore } from '../state/store';
import { setViewPrefs, useViewPref } from '../state/view-prefs';

let history: LeverHistory | null = null;

/** The page's undo history over the app store (created once). */
export function useLeverHistory(): LeverHistory {
  const store = useStore();
  const [h] = useState(() => (history ??= createLeverHistory(store)));
  return h;
}

export function LeverTools() {
  const t = useWsT();
  const dispatch = useDispatch();
  const h = useLeverHistory();
  const [canUndo, canRedo] = useUndoState(h);
  const resettable = useAppState((s) => canReset(s));
  const mode = useViewPref('leverMode');
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (!(e.ctrlKey || e.metaKey) || target?.tagName === 'INPUT' || target?.tagName === 'TEXTAREA') return;
      if (e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) h.redo();
        else h.undo();
      } else if (e.key.toLowerCase() === 'y') {
        e.preventDefault();
        h.redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [h]);
  return (
    <div className="lever-tools">
      <div className="segmented" role="group" aria-label={t('levers.mode')}>
        <button type="button" className="btn btn-small" aria-pressed={mode === 'simple'} onClick={() => setViewPrefs({ leverMode: 'simple' })} data-testid="levers-simple">
          {t('levers.simple')}
        </button>
        <button type="button" className="btn btn-small" aria-pressed={mode === 'advanced'} onClick={() => setViewPrefs({ leverMode: 'advanced' })} data-testid="levers-advanced">
          {t('levers.advanced')}
        </button>
      </div>
      <button type="button" className="btn btn-small" disabled={!canUndo} onClick={() => h.undo()} data-testid="undo" aria-keyshortcuts="Control+Z">
        ↶ {t('levers.undo')}
      </button>
      <button type="button" className="btn btn-small" disabled={!canRedo} onClick={() => h.redo()} data-testid="redo" aria-keyshortcuts="Control+Y">
        ↷ {t('levers.redo')}
      </button>
      <button type="button" className="btn btn-small" disabled={!resettable} onClick={() => dispatch({ type: 'resetLevers' })} data-testid="reset-levers">
        ⟲ {t('levers.reset')}
      </button>
    </div>
  );
}
