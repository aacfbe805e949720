/**
 * Game links opened in this page: `#team=` shows the team view; `#proposal=` is taken into this
 * browser's active session; `#session=` loads a whole session. The hash is cleared once handled, so
 * a reload does not take a proposal twice.
 */
import { useEffect, useState } from 'react';
import type { Store } from '../state/store';
import { gameStore } from '../game/game-store';
import { takeLink } from '../game/game-actions';
import { linkCode, unpackJson } from '../game/links';
import { parseSession } from '../game/serialize';
import { problemText } from '../game/game-errors';

function clearHash(): void {
  history.replaceState(null, '', window.location.pathname + window.location.search);
}

/** The team link code when the page is in team mode, else null; handles proposal and session links. */
export function useGameHash(store: Store): [string | null, () => void] {
  const [team, setTeam] = useState<string | null>(null);
  useEffect(() => {
    const on = () => {
      const found = linkCode(window.location.hash);
      if (!found) return;
      if (found.kind === 'team') {
        setTeam(found.code);
        return;
      }
      const games = gameStore();
      store.dispatch({ type: 'setTab', tab: 'workshop' });
      if (found.kind === 'proposal') {
        const session = games.get().sessions.find((s) => s.id === games.get().activeId);
        if (session) takeLink(games, session, window.location.hash, (id) => session.teams.find((x) => x.id === id)?.name ?? { zh: id, en: id });
        else games.set({ message: { kind: 'error', text: { zh: '没有进行中的推演,无法接收方案。', en: 'No session is open here to take the proposal in.' } } });
        clearHash();
        return;
      }
      void unpackJson(found.code)
        .then((v) => {
          const r = parseSession(v);
          if (r.ok) games.put(r.value);
          else games.set({ message: { kind: 'error', text: { zh: problemText(r.problem, 'zh'), en: problemText(r.problem, 'en') } } });
        })
        .catch(() => games.set({ message: { kind: 'error', text: { zh: '推演链接已损坏。', en: 'The session link is damaged.' } } }))
        .finally(clearHash);
    };
    on();
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, [store]);
  return [team, () => { setTeam(null); clearHash(); }];
}
