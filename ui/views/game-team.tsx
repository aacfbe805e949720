/**
 * The team view (a phone or a team's laptop, opened from the team link or its QR code): the team's
 * briefing card and levers, what its values would give with the other teams as in the last round,
 * and the short proposal link to send to the facilitator. Nothing is saved on the device.
 */
import { useEffect, useMemo, useState } from 'react';
import { project } from '../../engine/index';
import { applyValues } from '../game/combine';
import { gameLeverBounds, gameLeverIsFraction, gameLeverValue, isKnownLever, leverApplies } from '../game/game-levers';
import { problemText } from '../game/game-errors';
import { useWsT } from '../game/game-messages';
import { decodeInvite, encodeProposal, gameUrl, type TeamInvite } from '../game/links';
import type { LeverValues } from '../game/session-types';
import { money, pct, people } from '../i18n/format';
import { useLang, useT } from '../i18n/use-t';
import { plan, resolveFile, resolveId } from '../state/scenarios';
import { leverHelp, leverTitle } from './lever-help';
import { LeverHelpButton } from './lever-help-button';
import { PercentInput } from './percent-input';

export function TeamView({ code, onLeave }: { code: string; onLeave: () => void }) {
  const t = useWsT();
  const lang = useLang();
  const [invite, setInvite] = useState<TeamInvite | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setInvite(null);
    setError(null);
    void decodeInvite(code).then((r) => {
      if (r.ok) setInvite(r.value);
      else setError(problemText(r.problem, lang));
    });
  }, [code, lang]);
  return (
    <main id="main" className="team-view" data-testid="team-view">
      {error && <p role="alert" className="field-error">{t('team.bad', { problem: error })}</p>}
      {invite && <TeamPanel key={code} invite={invite} />}
      <p>
        <button type="button" className="btn btn-small" onClick={onLeave} data-testid="team-leave">{t('team.leave')}</button>
      </p>
    </main>
  );
}

function TeamPanel({ invite }: { invite: TeamInvite }) {
  const t = useWsT();
  const tApp = useT();
  const lang = useLang();
  const team = invite.team;
  const before = useMemo(() => applyValues(typeof invite.start === 'string' ? resolveId(invite.start, []) : resolveFile(invite.start, []), invite.values), [invite]);
  const [values, setValues] = useState<LeverValues>({});
  const [link, setLink] = useState('');
  const p = useMemo(() => project(plan, applyValues(before, values)), [before, values]);
  const i = Math.min(plan.period.to - p.baseYear, p.years.length - 1);
  const make = () => setLink(gameUrl(window.location.href, 'proposal', encodeProposal({ sessionId: invite.sessionId, round: invite.round, teamId: team.id, values })));
  return (
    <section aria-labelledby="team-title">
      <h1 id="team-title" style={{ borderBottom: `4px solid ${team.color}` }}>{t('team.title', { team: team.name[lang] })}</h1>
      <p className="hint">{t('team.round', { session: invite.sessionId, round: invite.round + 1 })}</p>
      <dl className="team-brief">
        <dt>{t('ws.card.mandate')}</dt>
        <dd>{team.card.mandate[lang]}</dd>
        <dt>{t('ws.card.judgedOn')}</dt>
        <dd>{team.card.judgedOn[lang]}</dd>
      </dl>
      {team.levers.filter((id) => isKnownLever(id) && leverApplies(before, id)).map((id) => {
        const label = leverTitle(id, lang, tApp);
        const { floor, ceiling } = gameLeverBounds(id);
        const scale = gameLeverIsFraction(id) ? 100 : 1;
        const range = leverHelp(id)?.range;
        return (
          <div key={id} className="team-lever">
            <span className="lever-label">{label} <LeverHelpButton id={id} label={label} /></span>
            <PercentInput value={values[id] ?? gameLeverValue(before, id)} onValue={(v) => { setValues({ ...values, [id]: v }); setLink(''); }} min={floor} max={ceiling} minExclusive label={label} testId={`proposal-lever-${id}`} rangeMessage={range ? `${range[0] * scale} … ${range[1] * scale}` : ''} scale={scale} />
          </div>
        );
      })}
      <p className="team-preview" data-testid="team-preview">
        {t('team.preview', { year: p.years[i], gdp: money(p.series.gdpNominal[i], lang), share: pct(p.series.shares.tertiary[i]), pop: people(p.series.population[i], lang) })}
      </p>
      <button type="button" className="btn btn-primary" onClick={make} data-testid="proposal-make">{t('team.make')}</button>
      {link && (
        <p className="proposal-out">
          <label className="field">
            <span>{t('team.send')}</span>
            <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} data-testid="proposal-link" />
          </label>
          <button type="button" className="btn btn-small" onClick={() => void navigator.clipboard?.writeText(link).catch(() => undefined)}>{t('team.copy')}</button>
        </p>
      )}
    </section>
  );
}
