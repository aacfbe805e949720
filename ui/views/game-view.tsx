/**
 * The Planning game tab (规划推演): the setup when no session is active, else the session's bar
 * (round, next round, save file, session link, close) and its views: board, round history, debrief,
 * printable materials.
 */
import { useState } from 'react';
import { useWsT, type WsKey } from '../game/game-messages';
import { gameStore, useActiveSession, useGame, type GameView as SubView } from '../game/game-store';
import { openNextRound } from '../game/game-actions';
import { gameUrl, packJson } from '../game/links';
import { sessionToJson } from '../game/serialize';
import { currentRound } from '../game/session';
import type { GameSession } from '../game/session-types';
import { useLang } from '../i18n/use-t';
import { downloadBlob } from '../io/download';
import { GameBoard } from './game-board';
import { Debrief, RoundHistory } from './game-history';
import { GameMaterials } from './game-materials';
import { GameSetup } from './game-setup';

const VIEWS: SubView[] = ['board', 'history', 'debrief', 'materials'];

export function GameView() {
  const session = useActiveSession();
  return session ? <SessionView session={session} /> : <GameSetup />;
}

function SessionView({ session }: { session: GameSession }) {
  const t = useWsT();
  const lang = useLang();
  const view = useGame((s) => s.view);
  const [copied, setCopied] = useState(false);
  const [sessionLink, setSessionLink] = useState('');
  const round = currentRound(session);
  const last = session.rounds.length >= session.roundCount;
  const saveFile = () => downloadBlob(new Blob([sessionToJson(session)], { type: 'application/json;charset=utf-8' }), `planpath-workshop-${session.id}.json`);
  const copyLink = async () => {
    const url = gameUrl(window.location.href, 'session', await packJson(session));
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      /* clipboard refused (no permission): the link is also in the field below */
    }
    setSessionLink(url);
    setCopied(true);
  };
  return (
    <section className="game" aria-labelledby="game-title">
      <div className="game-bar no-print">
        <h2 id="game-title">
          {t('ws.title')}: {session.name[lang]}
        </h2>
        <span className="round-badge" data-testid="game-round">{t('ws.roundOf', { round: round + 1, count: session.roundCount })}</span>
        <button type="button" className="btn btn-primary" disabled={last} onClick={() => openNextRound(gameStore(), session)} data-testid="next-round">
          {last ? t('ws.lastRound') : t('ws.nextRound')}
        </button>
        <button type="button" className="btn" onClick={saveFile} data-testid="save-session">{t('ws.saveFile')}</button>
        <button type="button" className="btn" onClick={() => void copyLink()} data-testid="copy-session-link">{copied ? t('ws.linkCopied') : t('ws.copyLink')}</button>
        <input type="text" readOnly className="sr-only" value={sessionLink} aria-label={t('ws.copyLink')} data-testid="session-link" />
        <button type="button" className="btn" onClick={() => gameStore().set({ activeId: null })} data-testid="close-session">{t('ws.close')}</button>
      </div>
      <div role="tablist" aria-label={t('ws.title')} className="subtabs no-print">
        {VIEWS.map((v) => (
          <button key={v} type="button" role="tab" aria-selected={view === v} className="tab" onClick={() => gameStore().set({ view: v })} data-testid={`game-view-${v}`}>
            {t(`ws.view.${v}` as WsKey)}
          </button>
        ))}
      </div>
      {view === 'board' && <GameBoard session={session} />}
      {view === 'history' && <RoundHistory session={session} />}
      {view === 'debrief' && (
        <>
          <RoundHistory session={session} />
          <Debrief session={session} />
        </>
      )}
      {view === 'materials' && <GameMaterials session={session} />}
    </section>
  );
}
