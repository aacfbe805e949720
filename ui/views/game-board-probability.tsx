/**
 * The board's probability bar: the switch for target probabilities (saved in the session's settings),
 * and the Monte Carlo's status (paths, seed, time; running; stale; why there are none). The numbers
 * themselves are a column of the board's targets table.
 */
import { formatIssue, isPlanpathError, type Lang } from '../../engine/index';
import { isRunnerError } from '../../runtime/runner-error';
import { useWsT } from '../game/game-messages';
import { gameStore } from '../game/game-store';
import type { GameSession } from '../game/session-types';
import type { BoardProbabilities } from '../game/use-board-probabilities';
import { useLang } from '../i18n/use-t';

export type ShownProbabilities = BoardProbabilities;

function errorText(error: unknown, lang: Lang): string {
  if (isPlanpathError(error)) return error.issues.map((i) => formatIssue(i, lang)).join('; ');
  if (isRunnerError(error)) return error.detail[lang];
  return String(error);
}

export function BoardProbabilityBar({ session, blocked, run }: { session: GameSession; blocked: 'off' | 'noUncertainty' | undefined; run: BoardProbabilities }) {
  const t = useWsT();
  const lang = useLang();
  const { paths, seed, uncertainty } = session.settings;
  const state = blocked ?? (run.error != null ? 'error' : run.running ? 'running' : run.stale ? 'stale' : run.result ? 'done' : 'idle');
  const fmt = (n: number) => n.toLocaleString('en-US');
  const status =
    blocked === 'noUncertainty' ? t('prob.noUncertainty')
    : blocked === 'off' ? ''
    : run.error != null ? t('prob.error', { detail: errorText(run.error, lang) })
    : run.running || run.stale ? t('prob.running', { paths: fmt(paths), seed })
    : run.result ? t('prob.status', { paths: fmt(paths), seed, ms: Math.round(run.ms ?? 0) })
    : '';
  return (
    <div className="board-prob-bar no-print">
      <label className="check">
        <input
          type="checkbox"
          checked={uncertainty}
          onChange={(e) => gameStore().put({ ...session, settings: { ...session.settings, uncertainty: e.target.checked } })}
          data-testid="board-mc-toggle"
        />{' '}
        {t('prob.toggle')}
      </label>
      <span role="status" className={state === 'error' || state === 'noUncertainty' ? 'field-error' : 'hint'} data-testid="board-mc-status" data-state={state}>
        {status}
      </span>
    </div>
  );
}
