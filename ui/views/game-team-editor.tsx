/**
 * The team editor of the game setup: per team its names (Chinese and English), colour, briefing card
 * (mandate, interests, judged on; both languages) and a remove button; a button adds a team. Edits are
 * pure (ui/game/team-edit.ts); the setup keeps the list and saves it with the session when it starts.
 */
import type { BriefingCard, Team } from '../game/session-types';
import { MAX_TEAMS } from '../game/session-types';
import { addTeam, editTeam, removeTeam, type TeamProblem } from '../game/team-edit';
import { useWsT, type WsKey } from '../game/game-messages';
import { useLang } from '../i18n/use-t';

const CARD_FIELDS: { field: keyof BriefingCard; key: WsKey }[] = [
  { field: 'mandate', key: 'ws.card.mandate' },
  { field: 'interests', key: 'ws.card.interests' },
  { field: 'judgedOn', key: 'ws.card.judgedOn' },
];

export function GameTeamEditor({ teams, problems, onChange }: { teams: Team[]; problems: TeamProblem[]; onChange: (teams: Team[]) => void }) {
  const t = useWsT();
  const lang = useLang();
  const bad = (i: number, field: string) => problems.some((p) => p.field === `teams[${i}].${field}`);
  return (
    <section className="team-editor" aria-labelledby="team-editor-title" data-testid="team-editor">
      <h3 id="team-editor-title">{t('edit.title')}</h3>
      <p className="hint">{t('edit.hint')}</p>
      <div className="team-edit-grid">
        {teams.map((team, i) => (
          <fieldset key={team.id} className="team-edit" style={{ borderLeftColor: team.color }} data-testid={`team-edit-${team.id}`}>
            <legend>
              <span className="team-swatch" style={{ background: team.color }} aria-hidden="true" /> {t('edit.team', { n: i + 1 })} · {t('edit.levers', { count: team.levers.length })}
            </legend>
            <div className="team-edit-row">
              <label className="field">
                <span>{t('edit.nameZh')}</span>
                <input type="text" lang="zh" value={team.name.zh} aria-invalid={bad(i, 'name.zh')} onChange={(e) => onChange(editTeam(teams, team.id, { kind: 'name', lang: 'zh', text: e.target.value }))} data-testid={`team-name-zh-${team.id}`} />
              </label>
              <label className="field">
                <span>{t('edit.nameEn')}</span>
                <input type="text" lang="en" value={team.name.en} aria-invalid={bad(i, 'name.en')} onChange={(e) => onChange(editTeam(teams, team.id, { kind: 'name', lang: 'en', text: e.target.value }))} data-testid={`team-name-en-${team.id}`} />
              </label>
              <label className="field field-color">
                <span>{t('edit.color')}</span>
                <input type="color" value={team.color} onChange={(e) => onChange(editTeam(teams, team.id, { kind: 'color', color: e.target.value }))} data-testid={`team-color-${team.id}`} />
              </label>
            </div>
            <details className="team-edit-card">
              <summary>{t('edit.card')}</summary>
              {CARD_FIELDS.map(({ field, key }) =>
                (['zh', 'en'] as const).map((l) => (
                  <label key={`${field}-${l}`} className="field">
                    <span>{t(l === 'zh' ? 'edit.inZh' : 'edit.inEn', { field: t(key) })}</span>
                    <textarea rows={2} lang={l} value={team.card[field][l]} onChange={(e) => onChange(editTeam(teams, team.id, { kind: 'card', field, lang: l, text: e.target.value }))} data-testid={`team-card-${field}-${l}-${team.id}`} />
                  </label>
                )),
              )}
            </details>
            <button type="button" className="btn btn-small" disabled={teams.length <= 1} onClick={() => onChange(removeTeam(teams, team.id))} aria-label={t('edit.removeLabel', { team: team.name[lang] || team.id })} data-testid={`team-remove-${team.id}`}>
              {t('edit.remove')}
            </button>
          </fieldset>
        ))}
      </div>
      <p>
        <button type="button" className="btn" disabled={teams.length >= MAX_TEAMS} onClick={() => onChange(addTeam(teams))} data-testid="team-add">
          + {t('edit.add')}
        </button>
      </p>
    </section>
  );
}
