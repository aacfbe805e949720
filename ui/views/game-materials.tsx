/**
 * Printable materials (print CSS; the browser's "save as PDF" makes the files): team briefing cards,
 * the facilitator's run sheet and the debrief handout with its charts. Each button marks which one to
 * print (html[data-print]) and opens the print dialog.
 */
import { useEffect } from 'react';
import { useWsT } from '../game/game-messages';
import type { GameSession } from '../game/session-types';
import { useLang, useT } from '../i18n/use-t';
import { Debrief, RoundHistory } from './game-history';
import { leverHelp, leverTitle } from './lever-help';

type Material = 'cards' | 'runSheet' | 'debrief';

function printMaterial(m: Material): void {
  document.documentElement.dataset.print = m;
  window.print();
}

export function GameMaterials({ session }: { session: GameSession }) {
  const t = useWsT();
  const tApp = useT();
  const lang = useLang();
  useEffect(() => {
    const after = () => { delete document.documentElement.dataset.print; };
    window.addEventListener('afterprint', after);
    return () => window.removeEventListener('afterprint', after);
  }, []);
  return (
    <section className="game-materials" data-testid="game-materials">
      <p className="no-print">
        <button type="button" className="btn" onClick={() => printMaterial('cards')} data-testid="print-cards">{t('ws.print.cards')}</button>{' '}
        <button type="button" className="btn" onClick={() => printMaterial('runSheet')} data-testid="print-run-sheet">{t('ws.print.runSheet')}</button>{' '}
        <button type="button" className="btn" onClick={() => printMaterial('debrief')} data-testid="print-debrief">{t('ws.print.debrief')}</button>
      </p>
      <div className="printable" data-material="cards">
        <div className="briefing-cards">
          {session.teams.map((team) => (
            <article key={team.id} className="briefing-card" style={{ borderTopColor: team.color }} data-testid={`card-${team.id}`}>
              <h3>{team.name[lang]}</h3>
              <p className="hint">{session.name[lang]}</p>
              <dl>
                <dt>{t('ws.card.mandate')}</dt>
                <dd>{team.card.mandate[lang]}</dd>
                <dt>{t('ws.card.interests')}</dt>
                <dd>{team.card.interests[lang]}</dd>
                <dt>{t('ws.card.judgedOn')}</dt>
                <dd>{team.card.judgedOn[lang]}</dd>
                <dt>{t('ws.card.levers')}</dt>
                <dd>
                  <ul>
                    {team.levers.map((id) => (
                      <li key={id}>
                        <strong>{leverTitle(id, lang, tApp)}</strong>
                        {leverHelp(id) ? ` — ${leverHelp(id)!.what[lang]}` : ''}
                      </li>
                    ))}
                  </ul>
                </dd>
              </dl>
            </article>
          ))}
        </div>
      </div>
      <div className="printable" data-material="runSheet">
        <h3>{t('ws.runSheet')}: {session.name[lang]}</h3>
        <ol className="run-sheet">
          {t('ws.runSheet.steps').split('|').map((step) => <li key={step}>{step}</li>)}
        </ol>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t('ws.team')}</th>
              <th scope="col">{t('ws.card.levers')}</th>
              {Array.from({ length: session.roundCount }, (_, r) => <th key={r} scope="col">{t('ws.roundRow', { round: r + 1 })}</th>)}
            </tr>
          </thead>
          <tbody>
            {session.teams.map((team) => (
              <tr key={team.id}>
                <th scope="row">{team.name[lang]}</th>
                <td>{team.levers.map((id) => leverTitle(id, lang, tApp)).join(lang === 'zh' ? '、' : ', ')}</td>
                {Array.from({ length: session.roundCount }, (_, r) => <td key={r}>☐</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="printable" data-material="debrief">
        <h3>{session.name[lang]}</h3>
        <RoundHistory session={session} />
        <Debrief session={session} />
      </div>
    </section>
  );
}
