/**
 * Setting up a planning game (test id `game-setup`): name, starting scenario, number of rounds, target
 * probabilities (Monte Carlo paths and seed), the teams (names, cards, colours; added or removed), which
 * teams play and who owns each lever (defaults from data/workshop/teams.json). Team problems (an empty
 * name) are listed and stop the start. Saved sessions can be resumed, and a session file opened.
 */
import { useState } from 'react';
import { registryLeverIds } from '../game/game-levers';
import { useWsT } from '../game/game-messages';
import { gameStore, useGame } from '../game/game-store';
import { loadSessionText, newSessionId, startSession } from '../game/game-actions';
import { assignLever, defaultTeams, isKnownLever, ownerOf } from '../game/teams';
import { DEFAULT_GAME_SETTINGS, MAX_ROUNDS, type GameSettings, type Team } from '../game/session-types';
import { teamProblems, unownedLevers } from '../game/team-edit';
import { GameTeamEditor } from './game-team-editor';
import { GameMcSettings } from './game-mc-settings';
import { useLang, useT } from '../i18n/use-t';
import { allScenarios, plan } from '../state/scenarios';
import { useAppState } from '../state/store';
import { leverTitle } from './lever-help';

export function GameSetup() {
  const t = useWsT();
  const tApp = useT();
  const lang = useLang();
  const user = useAppState((s) => s.userScenarios);
  const openId = useAppState((s) => s.openId);
  const saved = useGame((s) => s.sessions);
  const message = useGame((s) => s.message);
  const [name, setName] = useState(() => t('ws.defaultName', { date: new Date().toISOString().slice(0, 10) }));
  const [startId, setStartId] = useState(openId);
  const [rounds, setRounds] = useState(3);
  const [teams, setTeams] = useState<Team[]>(() => defaultTeams());
  const [playing, setPlaying] = useState<Set<string>>(() => new Set(defaultTeams().map((x) => x.id)));
  const [settings, setSettings] = useState<GameSettings>(DEFAULT_GAME_SETTINGS);
  const problems = teamProblems(teams);
  const unowned = unownedLevers(teams, registryLeverIds());
  const editTeams = (next: Team[]) => {
    // A new team plays; a removed one leaves the set.
    const ids = new Set(next.map((x) => x.id));
    const known = new Set(teams.map((x) => x.id));
    setPlaying(new Set([...[...playing].filter((id) => ids.has(id)), ...next.filter((x) => !known.has(x.id)).map((x) => x.id)]));
    setTeams(next);
  };
  const levers = [...new Set([...registryLeverIds(), ...teams.flatMap((x) => x.levers)])];
  const label = (id: string) => leverTitle(id, lang, tApp);
  const begin = () => {
    const file = allScenarios(user).find((s) => s.file.id === startId)?.file;
    if (!file || problems.length > 0) return;
    const chosen = teams.filter((x) => playing.has(x.id));
    startSession(gameStore(), { id: newSessionId(Date.now()), name: { zh: name, en: name }, startFile: file, user, teams: chosen, roundCount: rounds, planId: plan.id, settings });
  };
  const onFile = async (f: File | undefined) => {
    if (f) loadSessionText(gameStore(), await f.text());
  };
  return (
    <section className="game-setup" data-testid="game-setup" aria-labelledby="game-setup-title">
      <h2 id="game-setup-title">{t('ws.setup')}</h2>
      <p className="hint">{t('ws.intro')}</p>
      {message?.kind === 'error' && <p role="alert" className="field-error">{message.text[lang]}</p>}
      <div className="field-row">
        <label className="field">
          <span>{t('ws.name')}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} data-testid="game-name" />
        </label>
        <label className="field">
          <span>{t('ws.start')}</span>
          <select value={startId} onChange={(e) => setStartId(e.target.value)} data-testid="game-start">
            {allScenarios(user).map(({ file }) => (
              <option key={file.id} value={file.id}>{file.name[lang]}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('ws.rounds')}</span>
          <input type="number" min={1} max={MAX_ROUNDS} value={rounds} onChange={(e) => setRounds(Math.max(1, Math.min(MAX_ROUNDS, Number(e.target.value) || 1)))} data-testid="game-rounds" />
        </label>
      </div>
      <GameMcSettings settings={settings} onChange={setSettings} />
      <GameTeamEditor teams={teams} problems={problems} onChange={editTeams} />
      <h3>{t('ws.teams')}</h3>
      <div className="table-wrap">
        <table className="data ownership">
          <thead>
            <tr>
              <th scope="col">{t('ws.lever')}</th>
              <th scope="col">{t('ws.owner')}</th>
            </tr>
          </thead>
          <tbody>
            {levers.map((id) => (
              <tr key={id}>
                <th scope="row">
                  {label(id)} <code className="lever-id">{id}</code>
                  {!isKnownLever(id) && <span className="hint"> ({t('ws.pending')})</span>}
                </th>
                <td>
                  <select aria-label={`${t('ws.owner')}: ${label(id)}`} value={ownerOf(teams, id)?.id ?? ''} onChange={(e) => setTeams(assignLever(teams, id, e.target.value || null))} data-testid={`owner-${id}`}>
                    <option value="">{t('ws.nobody')}</option>
                    {teams.map((x) => (
                      <option key={x.id} value={x.id}>{x.name[lang]}</option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="hint" data-testid="unowned-levers" data-count={unowned.length}>
        {unowned.length ? t('edit.unowned', { list: unowned.map(label).join(lang === 'zh' ? '、' : ', ') }) : t('edit.allOwned')}
      </p>
      <fieldset className="team-picks">
        <legend>{t('ws.include')}</legend>
        {teams.map((x) => (
          <label key={x.id} className="team-pick">
            <input
              type="checkbox"
              checked={playing.has(x.id)}
              onChange={(e) => {
                const next = new Set(playing);
                if (e.target.checked) next.add(x.id);
                else next.delete(x.id);
                setPlaying(next);
              }}
              data-testid={`team-include-${x.id}`}
            />
            <span className="team-swatch" style={{ background: x.color }} aria-hidden="true" /> {x.name[lang]}
          </label>
        ))}
      </fieldset>
      {problems.length > 0 && (
        <div role="alert" className="field-error" data-testid="team-problems">
          {t('edit.fix')}
          <ul>
            {problems.map((p) => <li key={p.field} data-field={p.field}>{p.message[lang]}</li>)}
          </ul>
        </div>
      )}
      <p>
        <button type="button" className="btn btn-primary" onClick={begin} disabled={playing.size === 0 || problems.length > 0} data-testid="game-begin">
          {t('ws.begin')}
        </button>
      </p>
      <div className="field-row">
        <label className="field">
          <span>{t('ws.openFile')}</span>
          <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="game-file" />
        </label>
      </div>
      {saved.length > 0 && (
        <>
          <h3>{t('ws.saved')}</h3>
          <ul className="saved-sessions">
            {saved.map((s) => (
              <li key={s.id}>
                {s.name[lang]} · {t('ws.roundOf', { round: s.rounds.length, count: s.roundCount })}{' '}
                <button type="button" className="btn btn-small" onClick={() => gameStore().set({ activeId: s.id, view: 'board' })} data-testid={`resume-${s.id}`}>
                  {t('ws.resume')}
                </button>{' '}
                <button type="button" className="btn btn-small" onClick={() => gameStore().remove(s.id)}>
                  {t('ws.delete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
