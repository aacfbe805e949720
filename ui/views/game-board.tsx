/**
 * The game board (test id `game-board`): take in proposal links, each team's levers for this round
 * (the facilitator can type them too), the key targets of the round's combined scenario, what each
 * team's proposal changed, and the combined GDP path against the start. Team links with QR codes
 * open the team view on phones.
 */
import { memo, useEffect, useMemo, useState } from 'react';
import { groupDigits, type Lang, type Projection } from '../../engine/index';
import { gameLeverBounds, gameLeverIsFraction, gameLeverValue, leverMismatchText } from '../game/game-levers';
import { ChartFrame } from '../charts/chart-frame';
import { gdpFigure } from '../charts/gdp-chart';
import { boardHead, type BoardHead, type TeamEffect } from '../game/board';
import { EFFECTS_PENDING, useRoundEffects, type ShownEffects } from '../game/use-round-effects';
import { flatStart, roundProjection, roundScenario } from '../game/combine';
import { useWsT, type WsTranslate } from '../game/game-messages';
import { gameStore, useGame } from '../game/game-store';
import { setTeamLever, takeLink } from '../game/game-actions';
import { keyDelta, keyValue } from '../game/key-format';
import { encodeInvite, gameUrl } from '../game/links';
import { currentRound, teamValuesAt, valuesAt, withdrawProposal } from '../game/session';
import type { GameSession, Team } from '../game/session-types';
import { leverLabel, translator } from '../i18n/index';
import { useLang, useT } from '../i18n/use-t';
import { plan } from '../state/scenarios';
import { builtinScenarios } from '../../scenarios/index';
import { leverHelp, leverTitle } from './lever-help';
import { LeverHelpButton } from './lever-help-button';
import { PercentInput } from './percent-input';
import { QrCode } from './game-qr';
import { withBaseline } from '../charts/baseline';
import { BoardProbabilityBar, type ShownProbabilities } from './game-board-probability';
import { boardMcBlocked, boardMcInput } from '../game/board-probability';
import { useBoardProbabilities } from '../game/use-board-probabilities';

/** The board's chart, re-rendered only when its figure changes (not when the team effects arrive). */
const BoardChart = memo(ChartFrame);

export function GameBoard({ session }: { session: GameSession }) {
  const t = useWsT();
  const lang = useLang();
  const round = currentRound(session);
  // The combined projection first; the per-team effects (2^teams projections) after the first paint.
  const board = useMemo(() => boardHead(session, round), [session, round]);
  const effects = useRoundEffects(session, round);
  const start = useMemo(() => roundProjection(session, -1), [session.start]); // eslint-disable-line react-hooks/exhaustive-deps
  // The Monte Carlo input changes only with the round's scenario (cached per values) and the settings.
  const scenario = roundScenario(session, round);
  const blocked = boardMcBlocked(session);
  const mcInput = useMemo(() => (blocked ? null : boardMcInput(session, round)), [scenario, blocked, session.settings.paths, session.settings.seed]); // eslint-disable-line react-hooks/exhaustive-deps
  const mc = useBoardProbabilities(mcInput);
  const probs: ShownProbabilities | null = blocked ? null : mc;
  // Team links name a built-in start by id (short links, small QR codes); anything else carries the file.
  const startRef = useMemo(() => {
    const builtin = builtinScenarios.find((f) => f.id === session.start.id);
    return builtin && JSON.stringify(flatStart(builtin, [])) === JSON.stringify(session.start) ? builtin.id : session.start;
  }, [session.start]);
  useEffect(() => {
    // Proposal taken in -> board computed and its chart drawn (Plotly draws in a layout effect, before
    // this effect); a performance measure for the e2e test. Not requestAnimationFrame: headless chromium
    // may hold frames for a second when nothing else happens.
    const taken = performance.getEntriesByName('planpath:proposal-taken', 'mark').at(-1);
    if (!taken) return;
    performance.measure('planpath:proposal-to-board', 'planpath:proposal-taken');
    performance.clearMarks('planpath:proposal-taken');
    // The effects measure (planpath:board-effects) starts at the same time.
    if (effects.stale) performance.mark(EFFECTS_PENDING, { startTime: taken.startTime });
  }, [board]); // eslint-disable-line react-hooks/exhaustive-deps
  const figure = useMemo(() => {
    const tr = translator(lang);
    const f = withBaseline(gdpFigure(board.projection, plan, lang, tr), gdpFigure(start, plan, lang, tr), t('baseline.trace', { name: t('ws.startRow') }));
    return { ...f, title: t('ws.trajectory', { round: round + 1 }) };
  }, [board, start, lang, t, round]);
  return (
    <section className="game-board" data-testid="game-board" data-round={round + 1}>
      <TakeIn session={session} />
      <BoardProbabilityBar session={session} blocked={blocked} run={mc} />
      <div className="board-grid">
        <div>
          <TargetsTable board={board} lang={lang} t={t} probs={probs} />
          <LandLine now={board.projection} start={start} t={t} />
        </div>
        <BoardChart id="chart-game-gdp" figure={figure} lang={lang} fileStem={`${session.id}-round-${round + 1}-gdp`} />
      </div>
      <EffectsTable session={session} board={board} shown={effects} lang={lang} t={t} />
      <div className="team-cards">
        {session.teams.map((team) => (
          <TeamCard key={team.id} session={session} team={team} start={startRef} />
        ))}
      </div>
    </section>
  );
}

function TakeIn({ session }: { session: GameSession }) {
  const t = useWsT();
  const lang = useLang();
  const message = useGame((s) => s.message);
  const [text, setText] = useState('');
  const names = (id: string) => session.teams.find((x) => x.id === id)?.name ?? { zh: id, en: id };
  const submit = () => {
    if (takeLink(gameStore(), session, text, names)) setText('');
  };
  return (
    <form className="take-in" onSubmit={(e) => { e.preventDefault(); submit(); }}>
      <label className="field">
        <span>{t('ws.take')}</span>
        <input type="text" value={text} onChange={(e) => setText(e.target.value)} placeholder="https://…#proposal=…" data-testid="proposal-input" aria-describedby="take-hint" />
      </label>
      <button type="submit" className="btn btn-primary" data-testid="proposal-take">{t('ws.takeButton')}</button>
      <span id="take-hint" className="hint">{t('ws.takeHint')}</span>
      {message && (
        <p role={message.kind === 'error' ? 'alert' : 'status'} className={message.kind === 'error' ? 'field-error' : 'take-ok'} data-testid="game-message">
          {message.text[lang]}
        </p>
      )}
    </form>
  );
}

function TargetsTable({ board, lang, t, probs }: { board: BoardHead; lang: Lang; t: WsTranslate; probs: ShownProbabilities | null }) {
  const year = board.outcomes[0]?.year ?? plan.period.to;
  return (
    <div className="table-wrap">
      <table className="data game-targets" data-testid="game-targets">
        <caption>{t('ws.targets', { year, round: board.round + 1 })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ws.target')}</th>
            <th scope="col">{t('ws.status')}</th>
            <th scope="col" className="num">{t('ws.value')}</th>
            <th scope="col" className="num">{t('ws.goal')}</th>
            {probs && <th scope="col" className="num">{t('ws.probability')}</th>}
          </tr>
        </thead>
        <tbody>
          {board.outcomes.map((o) => (
            <tr key={o.id} data-testid={`target-${o.id}`} data-value={o.projected ?? ''} data-met={o.met ? 'true' : 'false'}>
              <th scope="row">{t(`key.${o.id}`)}</th>
              <td><span className={`badge ${o.met ? 'badge-met' : 'badge-missed'}`}>{o.met ? `✓ ${t('ws.met')}` : `✗ ${t('ws.missed')}`}</span></td>
              <td className="num">{keyValue(o.id, o.projected, lang)}</td>
              <td className="num">{keyValue(o.id, o.target, lang)}</td>
              {probs && <ProbabilityCell id={o.id} probs={probs} t={t} />}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Construction land at the plan's end year (what the land levers move; no key target measures it). */
function LandLine({ now, start, t }: { now: Projection; start: Projection; t: WsTranslate }) {
  const year = plan.period.to;
  const i = now.years.indexOf(year);
  const value = now.series.constructionLandKm2?.[i];
  if (i < 0 || value === undefined) return null;
  const limit = now.series.constructionLandLimitKm2?.[i];
  return (
    <p className="hint board-land" data-testid="board-land" data-value={value}>
      {t('board.land', { year, value: groupDigits(value, 1), start: groupDigits(start.series.constructionLandKm2[start.years.indexOf(year)], 1), limit: limit !== undefined ? t('board.landLimit', { limit: groupDigits(limit, 1) }) : '' })}
    </p>
  );
}

function ProbabilityCell({ id, probs, t }: { id: string; probs: ShownProbabilities; t: WsTranslate }) {
  const p = probs.result?.find((x) => x.id === id);
  if (!p) return <td className="num prob-cell" data-testid={`prob-${id}`} data-state="running">{probs.running ? t('prob.computing') : '–'}</td>;
  const pct = (x: number, d: number) => `${(x * 100).toFixed(d)}%`;
  return (
    <td className={`num prob-cell${probs.stale ? ' is-stale' : ''}`} data-testid={`prob-${id}`} data-probability={p.probability} data-state={probs.stale ? 'stale' : 'done'} aria-busy={probs.stale} title={probs.stale ? t('prob.stale') : undefined}>
      <strong>{pct(p.probability, 1)}</strong> <span className="hint">{t('prob.se', { se: pct(p.standardError, 2) })}</span>
      {probs.stale && <span className="stale-mark" aria-hidden="true"> ⟳</span>}
    </td>
  );
}

/** data-state: "done", or "computing" while the effects shown are those of earlier proposals (dimmed). */
function EffectsTable({ session, board, shown, lang, t }: { session: GameSession; board: BoardHead; shown: ShownEffects; lang: Lang; t: WsTranslate }) {
  const state = shown.stale ? 'computing' : 'done';
  const proposed = Object.keys(session.rounds[board.round]?.proposals ?? {}).length > 0;
  if (shown.effects.length === 0) return <p className="hint" data-testid="game-effects" data-state={state}>{proposed ? t('ws.effectsComputing') : t('ws.noEffects')}</p>;
  return (
    <>
      <EffectsRows session={session} board={board} effects={shown.effects} state={state} lang={lang} t={t} kind="deltas" />
      <EffectsRows session={session} board={board} effects={shown.effects} state={state} lang={lang} t={t} kind="shapley" />
    </>
  );
}

function EffectsRows({ session, board, effects, state, lang, t, kind }: { session: GameSession; board: BoardHead; effects: TeamEffect[]; state: 'done' | 'computing'; lang: Lang; t: WsTranslate; kind: 'deltas' | 'shapley' }) {
  return (
    <div className={`table-wrap${state === 'computing' ? ' is-stale' : ''}`} aria-busy={state === 'computing'} title={state === 'computing' ? t('ws.effectsComputing') : undefined}>
      <table className="data game-effects" data-testid={kind === 'deltas' ? 'game-effects' : 'game-shapley'} data-state={state}>
        <caption>{kind === 'deltas' ? t('ws.effects') : t('ws.shapley')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ws.team')}</th>
            {board.outcomes.map((o) => <th key={o.id} scope="col" className="num">{t(`key.${o.id}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {effects.map((e) => {
            const team = session.teams.find((x) => x.id === e.teamId)!;
            return (
              <tr key={e.teamId} data-testid={`${kind === 'deltas' ? 'effect' : 'shapley'}-${e.teamId}`}>
                <th scope="row"><span className="team-swatch" style={{ background: team.color }} aria-hidden="true" /> {team.name[lang]}</th>
                {board.outcomes.map((o) => <td key={o.id} className="num" data-delta={e[kind][o.id] ?? ''}>{keyDelta(o.id, e[kind][o.id], lang)}</td>)}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function TeamCard({ session, team, start }: { session: GameSession; team: Team; start: string | GameSession['start'] }) {
  const t = useWsT();
  const tApp = useT();
  const lang = useLang();
  const round = currentRound(session);
  const proposed = session.rounds[round].proposals[team.id] !== undefined;
  const previous = valuesAt(session, round - 1);
  const previousKey = JSON.stringify(previous);
  const before = roundScenario(session, round - 1);
  const mine = teamValuesAt(session, round, team.id);
  const [link, setLink] = useState({ url: '', round: -1 });
  // The QR code is made when the link is opened (six codes at a round's start cost a few hundred ms).
  const [linkOpen, setLinkOpen] = useState(false);
  useEffect(() => {
    let live = true;
    void encodeInvite({ sessionId: session.id, round, team, start, values: previous }).then((code) => {
      if (live) setLink({ url: gameUrl(window.location.href, 'team', code), round });
    });
    return () => { live = false; };
  }, [session.id, round, team, start, previousKey]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <article className="team-card" data-testid={`team-${team.id}`} style={{ borderTopColor: team.color }}>
      <header>
        <h3>{team.name[lang]}</h3>
        <span className={`badge ${proposed ? 'badge-met' : 'badge-wait'}`} data-testid={`team-status-${team.id}`}>{proposed ? t('ws.proposed') : t('ws.waiting')}</span>
      </header>
      {team.levers.map((id) => {
        const label = leverTitle(id, lang, tApp);
        const why = leverMismatchText(before, id);
        if (why) return <p key={id} className="hint">{label}: {why[lang]}</p>;
        const value = mine[id] ?? gameLeverValue(before, id);
        const { floor, ceiling } = gameLeverBounds(id);
        const scale = gameLeverIsFraction(id) ? 100 : 1;
        const range = leverHelp(id)?.range;
        return (
          <div key={id} className="team-lever">
            <span className="lever-label">{label} <LeverHelpButton id={id} label={label} /></span>
            <PercentInput value={value} onValue={(v) => setTeamLever(gameStore(), session, team.id, id, v)} min={floor} max={ceiling} minExclusive label={`${team.name[lang]}: ${label}`} testId={`team-lever-${team.id}-${id}`} rangeMessage={range ? `${range[0] * scale} … ${range[1] * scale}` : ''} scale={scale} />
          </div>
        );
      })}
      {proposed && (
        <button type="button" className="btn btn-small" onClick={() => gameStore().put(withdrawProposal(session, round, team.id))}>
          {t('ws.clear')}
        </button>
      )}
      {link.url && (
        <details className="team-link" onToggle={(e) => setLinkOpen(e.currentTarget.open)}>
          <summary>{t('ws.teamLink')}</summary>
          {linkOpen && <QrCode text={link.url} label={`${t('ws.teamLink')}: ${team.name[lang]}`} testId={`team-qr-${team.id}`} />}
          <p className="hint">{t('ws.qrHint')}</p>
          <input type="text" readOnly value={link.url} aria-label={`${t('ws.teamLink')}: ${team.name[lang]}`} data-testid={`team-link-${team.id}`} data-round={link.round + 1} onFocus={(e) => e.target.select()} />
        </details>
      )}
    </article>
  );
}

