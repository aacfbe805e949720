/**
 * The app shell: header, notice, the lever panel on the left and the tabbed views on the right.
 * Opening a share link (URL hash) adds its scenario and says so.
 */
import { lazy, Suspense, useEffect } from 'react';
import { useT } from './i18n/use-t';
import { useAppState, useStore } from './state/store';
import type { TabId } from './state/app-state';
import { Header } from './views/header';
import { NoticeBar } from './views/notice-bar';
import { StorageBanner } from './views/storage-banner';
import { ErrorBoundary } from './views/error-boundary';
import { Tabs } from './views/tabs';
import { LeverPanel } from './views/lever-panel';
import { Workspace } from './views/workspace';
import { Scorecard } from './views/scorecard';
import { Compare } from './views/compare';
import { ScenarioManager } from './views/scenario-manager';
import { openShareLink } from './io/open-share';
import { HeadlineStrip } from './views/headline-strip';
import { useGameHash } from './views/game-hash';
import { TeamView } from './views/game-team';
import { useViewPref } from './state/view-prefs';

// Views that need the solver or the Monte Carlo load on first use, keeping the initial JavaScript small.
const GoalSeek = lazy(() => import('./views/goal-seek').then((m) => ({ default: m.GoalSeek })));
const Uncertainty = lazy(() => import('./views/uncertainty').then((m) => ({ default: m.Uncertainty })));
const Sensitivity = lazy(() => import('./views/sensitivity').then((m) => ({ default: m.Sensitivity })));
const Review = lazy(() => import('./views/review').then((m) => ({ default: m.Review })));
const Decision = lazy(() => import('./views/decision').then((m) => ({ default: m.Decision })));
const GameView = lazy(() => import('./views/game-view').then((m) => ({ default: m.GameView })));

const VIEWS: Record<TabId, React.ComponentType> = {
  workspace: Workspace,
  scorecard: Scorecard,
  compare: Compare,
  uncertainty: Uncertainty,
  sensitivity: Sensitivity,
  goalSeek: GoalSeek,
  decision: Decision,
  review: Review,
  workshop: GameView,
  scenarios: ScenarioManager,
};

export function App() {
  const t = useT();
  const store = useStore();
  const tab = useAppState((s) => s.tab);
  const lang = useAppState((s) => s.lang);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('app.name')} · ${t('app.tagline')}`;
  }, [lang, t]);
  useEffect(() => {
    const onHash = () => void openShareLink(store);
    onHash();
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [store]);
  const [teamCode, leaveTeam] = useGameHash(store);
  const presenter = useViewPref('presenter');
  if (teamCode) return <TeamView code={teamCode} onLeave={leaveTeam} />;
  const View = VIEWS[tab];
  return (
    <div className={presenter ? 'app presenter' : 'app'}>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <NoticeBar />
      <StorageBanner />
      <HeadlineStrip />
      <div className="layout">
        <aside className="side" aria-label={t('levers.title')}>
          <LeverPanel />
        </aside>
        <main id="main" className="main" tabIndex={-1}>
          <Tabs />
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel" data-testid={`panel-${tab}`}>
            <ErrorBoundary store={store} resetKey={tab}>
              <Suspense fallback={<p className="hint">{t('common.loading')}</p>}>
                <View />
              </Suspense>
            </ErrorBoundary>
          </div>
        </main>
      </div>
    </div>
  );
}
