/** The "what it takes" card: the GDP target's required growth, computed from the open scenario, against the plan's record. */
import type { Lang, PlanData, Projection } from '../../engine/index';
import { useWsT } from '../game/game-messages';
import { money, pct } from '../i18n/format';
import { whatItTakes } from '../state/what-it-takes';

export function WhatItTakes({ projection, plan, lang }: { projection: Projection; plan: PlanData; lang: Lang }) {
  const t = useWsT();
  const w = whatItTakes(plan, projection);
  if (!w) return null;
  return (
    <aside className="what-it-takes" data-testid="what-it-takes" data-nominal={w.nominalRate} data-real={w.realRate}>
      <h3>{t('wit.title')}</h3>
      <p className="wit-headline">{t('wit.headline', { target: money(w.targetYi, lang), year: w.targetYear, nominal: pct(w.nominalRate), real: pct(w.realRate) })}</p>
      {w.past && <p className="wit-past">{t('wit.past', { from: w.past.from, to: w.past.to, past: pct(w.past.rate), scenario: pct(w.scenarioRealRate) })}</p>}
    </aside>
  );
}
