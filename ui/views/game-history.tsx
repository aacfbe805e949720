/**
 * The round history (test id `round-history`): the key targets round by round from the start; and the
 * debrief (test id `game-debrief`): first round against last, the GDP path of every round, and who
 * moved which lever in each round.
 */
import { useMemo } from 'react';
import type { Lang } from '../../engine/index';
import { ChartFrame } from '../charts/chart-frame';
import type { Figure } from '../charts/figure';
import { COLORS, SCENARIO_COLORS, baseLayout, targetYearShape } from '../charts/theme';
import { KEY_TARGETS, keyOutcomes, type KeyOutcome } from '../game/board';
import { roundProjection } from '../game/combine';
import { useWsT, type WsTranslate } from '../game/game-messages';
import { keyDelta, keyValue } from '../game/key-format';
import type { GameSession } from '../game/session-types';
import { useLang, useT } from '../i18n/use-t';
import { plan } from '../state/scenarios';
import { leverTitle } from './lever-help';
import { gameLeverIsFraction } from '../game/game-levers';

function useRounds(session: GameSession) {
  return useMemo(() => [-1, ...session.rounds.map((_, i) => i)].map((r) => ({ round: r, projection: roundProjection(session, r) })), [session]);
}

function Cell({ o, lang, t }: { o: KeyOutcome | undefined; lang: Lang; t: WsTranslate }) {
  if (!o) return <td>-</td>;
  return (
    <td className="num" data-value={o.projected ?? ''} data-met={o.met ? 'true' : 'false'}>
      <span aria-hidden="true" className={o.met ? 'mark-met' : 'mark-missed'}>{o.met ? '✓' : '✗'}</span> {keyValue(o.id, o.projected, lang)}
      <span className="sr-only"> {o.met ? t('ws.met') : t('ws.missed')}</span>
    </td>
  );
}

export function RoundHistory({ session }: { session: GameSession }) {
  const t = useWsT();
  const lang = useLang();
  const rounds = useRounds(session);
  return (
    <section data-testid="round-history" className="round-history">
      <div className="table-wrap">
        <table className="data">
          <caption>{t('ws.history')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ws.roundRow', { round: '' }).trim() || '#'}</th>
              {KEY_TARGETS.map((id) => <th key={id} scope="col" className="num">{t(`key.${id}`)}</th>)}
            </tr>
          </thead>
          <tbody>
            {rounds.map(({ round, projection }) => {
              const outcomes = keyOutcomes(projection);
              return (
                <tr key={round} data-testid={round < 0 ? 'history-start' : `history-round-${round + 1}`}>
                  <th scope="row">{round < 0 ? t('ws.startRow') : t('ws.roundRow', { round: round + 1 })}</th>
                  {KEY_TARGETS.map((id) => <Cell key={id} o={outcomes.find((x) => x.id === id)} lang={lang} t={t} />)}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function Debrief({ session }: { session: GameSession }) {
  const t = useWsT();
  const tApp = useT();
  const lang = useLang();
  const rounds = useRounds(session);
  const first = keyOutcomes(rounds[1].projection);
  const lastRound = rounds[rounds.length - 1];
  const last = keyOutcomes(lastRound.projection);
  const figure = useMemo<Figure>(() => {
    const unit = lang === 'zh' ? ' 亿元' : ' (CNY 100 million)';
    const target = rounds[0].projection.targets.find((r) => r.id === 'gdpNominal');
    const data: Figure['data'] = rounds.map(({ round, projection }, i) => ({
      type: 'scatter', mode: 'lines', name: round < 0 ? t('ws.startRow') : t('ws.roundRow', { round: round + 1 }), x: projection.years, y: projection.series.gdpNominal,
      line: { color: round < 0 ? '#9ca3af' : SCENARIO_COLORS[(i - 1) % SCENARIO_COLORS.length], width: round < 0 ? 2 : 2.5, dash: round < 0 ? 'dash' : 'solid' }, hovertemplate: `%{y:,.0f}${unit}`,
    }));
    if (target) data.push({ type: 'scatter', mode: 'markers', name: t('ws.goal'), x: [target.year], y: [target.target], marker: { symbol: 'diamond', size: 12, color: COLORS.target }, hoverinfo: 'skip' });
    const x = rounds[0].projection.years;
    return { title: t('ws.debrief'), data, layout: { ...baseLayout({ yTitle: lang === 'zh' ? '亿元' : 'CNY 100 million', xRange: [x[0] - 0.3, x[x.length - 1] + 0.3] }), shapes: [targetYearShape(plan.period.to)] }, summary: t('ws.debrief') };
  }, [rounds, lang, t]);
  return (
    <section data-testid="game-debrief" className="game-debrief">
      <div className="table-wrap">
        <table className="data">
          <caption>{t('ws.debrief')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ws.target')}</th>
              <th scope="col" className="num">{t('ws.first')}</th>
              <th scope="col" className="num">{t('ws.last', { round: lastRound.round + 1 })}</th>
              <th scope="col" className="num">{t('ws.change')}</th>
            </tr>
          </thead>
          <tbody>
            {KEY_TARGETS.map((id) => {
              const a = first.find((o) => o.id === id);
              const b = last.find((o) => o.id === id);
              const d = a?.projected != null && b?.projected != null ? b.projected - a.projected : undefined;
              return (
                <tr key={id} data-testid={`debrief-${id}`}>
                  <th scope="row">{t(`key.${id}`)}</th>
                  <Cell o={a} lang={lang} t={t} />
                  <Cell o={b} lang={lang} t={t} />
                  <td className="num" data-delta={d ?? ''}>{keyDelta(id, d, lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ChartFrame id="chart-debrief-gdp" figure={figure} lang={lang} fileStem={`${session.id}-debrief-gdp`} />
      <div className="table-wrap">
        <table className="data">
          <caption>{t('ws.whoMoved')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ws.team')}</th>
              {session.rounds.map((_, r) => <th key={r} scope="col">{t('ws.roundRow', { round: r + 1 })}</th>)}
            </tr>
          </thead>
          <tbody>
            {session.teams.map((team) => (
              <tr key={team.id}>
                <th scope="row"><span className="team-swatch" style={{ background: team.color }} aria-hidden="true" /> {team.name[lang]}</th>
                {session.rounds.map((r, i) => (
                  <td key={i}>
                    {Object.entries(r.proposals[team.id] ?? {}).map(([lever, v]) => (
                      <div key={lever}>{leverTitle(lever, lang, tApp)}: {gameLeverIsFraction(lever) ? `${Number((v * 100).toFixed(2))}%` : Number(v.toFixed(2))}</div>
                    ))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
