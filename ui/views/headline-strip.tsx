/**
 * The headline strip: the five key targets (GDP, services share, population, energy, CO2) with their
 * projected value and status, on screen in every view. It follows the open scenario, or during a
 * workshop (Planning game tab with an active session) the current round's combined scenario.
 */
import { memo, useMemo } from 'react';
import '../workshop.css';
import type { Lang, Projection } from '../../engine/index';
import { keyOutcomes, type KeyOutcome } from '../game/board';
import { roundProjection } from '../game/combine';
import { currentRound } from '../game/session';
import { useActiveSession } from '../game/game-store';
import { keyNumber, keyUnit } from '../game/key-format';
import { useWsT } from '../game/game-messages';
import { useLang } from '../i18n/use-t';
import { useOpenScenario } from '../state/derived';
import { useAppState } from '../state/store';

export function HeadlineStrip() {
  const open = useOpenScenario();
  const tab = useAppState((s) => s.tab);
  const session = useActiveSession();
  const lang = useLang();
  const t = useWsT();
  const game = tab === 'workshop' && session !== null;
  const round = session ? currentRound(session) : 0;
  const gameProjection = useMemo(() => {
    if (!game || !session) return null;
    try {
      return roundProjection(session, round);
    } catch {
      return null;
    }
  }, [game, session, round]);
  const projection: Projection | null = gameProjection ?? (open.ok ? open.value.projection : null);
  const source = gameProjection ? t('headline.round', { round: round + 1 }) : open.ok ? open.value.scenario.name[lang] : '';
  if (!projection) return <div className="headline-strip" data-testid="headline-strip" />;
  return <Strip outcomes={keyOutcomes(projection)} source={source} lang={lang} />;
}

const Strip = memo(function Strip({ outcomes, source, lang }: { outcomes: KeyOutcome[]; source: string; lang: Lang }) {
  const t = useWsT();
  return (
    <section className="headline-strip" data-testid="headline-strip" aria-label={t('headline.title')}>
      <span className="strip-source" title={source}>{source}</span>
      <ul>
        {outcomes.map((o) => (
          <li key={o.id} className={`strip-item ${o.met ? 'is-met' : 'is-missed'}`} data-testid={`strip-${o.id}`} data-met={o.met ? 'true' : 'false'}>
            <span className="strip-label" title={label(o, lang, t)}>
              {t(`key.${o.id}`)} {o.year}
              {keyUnit(o.id, lang) && <span className="strip-unit">{lang === 'zh' ? `（${keyUnit(o.id, lang)}）` : `, ${keyUnit(o.id, lang)}`}</span>}
            </span>
            <span className="strip-value">{keyNumber(o.id, o.projected, lang)}</span>
            <span className="strip-status">
              <span aria-hidden="true">{o.met ? '✓' : '✗'}</span> {o.met ? t('ws.met') : t('ws.missed')} · <span className="strip-goal">{o.comparator === '<=' || o.comparator === '<' ? '≤' : '≥'} {keyNumber(o.id, o.target, lang)}</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});

/** The card's label line with the unit, so the value line shows the bare number: "GDP 2025, CNY 100 million" / "地区生产总值 2025（亿元）". */
function label(o: KeyOutcome, lang: Lang, t: ReturnType<typeof useWsT>): string {
  const unit = keyUnit(o.id, lang);
  const name = `${t(`key.${o.id}`)} ${o.year}`;
  if (!unit) return name;
  return lang === 'zh' ? `${name}（${unit}）` : `${name}, ${unit}`;
}
