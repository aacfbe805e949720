/** The presenter-view switch in the header (test id `presenter-toggle`): projector layout, levers beside charts, chart text at 16 px. */
import { useWsT } from '../game/game-messages';
import { setViewPrefs, useViewPref } from '../state/view-prefs';

export function PresenterToggle() {
  const t = useWsT();
  const on = useViewPref('presenter');
  return (
    <button
      type="button"
      className="btn header-btn"
      aria-pressed={on}
      onClick={() => setViewPrefs({ presenter: !on, ...(on ? {} : { leverMode: 'simple' as const }) })}
      data-testid="presenter-toggle"
    >
      {on ? t('presenter.off') : t('presenter.on')}
    </button>
  );
}
