/**
 * Target probabilities in the game setup: on/off (off by default), the Monte Carlo's path count and
 * seed. Both are saved with the session, so reopening it reproduces the board's probabilities.
 */
import { useState } from 'react';
import { BOARD_PATH_CHOICES } from '../game/board-probability';
import { useWsT } from '../game/game-messages';
import type { GameSettings } from '../game/session-types';
import { useLang } from '../i18n/use-t';

const MAX_SEED = 0xffffffff;

export function GameMcSettings({ settings, onChange }: { settings: GameSettings; onChange: (s: GameSettings) => void }) {
  const t = useWsT();
  const lang = useLang();
  const [seedText, setSeedText] = useState(String(settings.seed));
  const seedOk = /^\d+$/.test(seedText.trim()) && Number(seedText) <= MAX_SEED;
  return (
    <fieldset className="mc-settings">
      <legend>{t('prob.toggle')}</legend>
      <div className="field-row">
        <label className="check">
          <input type="checkbox" checked={settings.uncertainty} onChange={(e) => onChange({ ...settings, uncertainty: e.target.checked })} data-testid="setup-mc-toggle" /> {t('prob.show')}
        </label>
        <label className="field">
          <span>{t('prob.paths')}</span>
          <select value={settings.paths} disabled={!settings.uncertainty} onChange={(e) => onChange({ ...settings, paths: Number(e.target.value) })} data-testid="setup-mc-paths">
            {BOARD_PATH_CHOICES.map((n) => <option key={n} value={n}>{n.toLocaleString('en-US')}</option>)}
          </select>
        </label>
        <label className="field">
          <span>{t('prob.seed')}</span>
          <input
            type="text"
            inputMode="numeric"
            value={seedText}
            disabled={!settings.uncertainty}
            aria-invalid={!seedOk}
            onChange={(e) => {
              setSeedText(e.target.value);
              const v = e.target.value.trim();
              if (/^\d+$/.test(v) && Number(v) <= MAX_SEED) onChange({ ...settings, seed: Number(v) });
            }}
            data-testid="setup-mc-seed"
          />
        </label>
      </div>
      {!seedOk && (
        <p role="alert" className="field-error">
          {lang === 'zh' ? `随机种子“${seedText}”无效(允许:0至${MAX_SEED}的整数);仍使用 ${settings.seed}。` : `Seed "${seedText}" is not valid (allowed: a whole number from 0 to ${MAX_SEED}); ${settings.seed} stays in use.`}
        </p>
      )}
      <p className="hint">{t('prob.hint')}</p>
    </fieldset>
  );
}
