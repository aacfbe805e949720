/**
 * The workspace charts' baseline: by default the scenario as it was before the user's edits (the
 * built-in or scenario the open copy extends), or any chosen scenario, or none. Its paths are drawn
 * in grey next to the current ones (charts/baseline.ts).
 */
import { useMemo } from 'react';
import type { Projection } from '../../engine/index';
import { withBaseline } from '../charts/baseline';
import type { Figure } from '../charts/figure';
import { useWsT } from '../game/game-messages';
import { useLang } from '../i18n/use-t';
import { evaluate } from '../state/derived';
import { allScenarios, findScenario } from '../state/scenarios';
import { useAppState } from '../state/store';
import { setViewPrefs, useViewPref } from '../state/view-prefs';

/** The baseline's id for the open scenario, or null. */
function useBaselineId(): string | null {
  const choice = useViewPref('baseline');
  const openId = useAppState((s) => s.openId);
  const parent = useAppState((s) => s.userScenarios.find((f) => f.id === s.openId)?.extends);
  if (choice === 'none') return null;
  if (choice === 'parent') return parent ?? null;
  return choice === openId ? null : choice;
}

/** The baseline's projection and name, or null. */
export function useBaseline(): { projection: Projection; name: { zh: string; en: string } } | null {
  const id = useBaselineId();
  const file = useAppState((s) => (id ? findScenario(id, s.userScenarios) : undefined));
  const user = useAppState((s) => s.userScenarios);
  return useMemo(() => {
    if (!id || !file) return null;
    const e = evaluate(id, user);
    return e.ok ? { projection: e.value.projection, name: e.value.scenario.name } : null;
  }, [id, file]); // eslint-disable-line react-hooks/exhaustive-deps
}

/** Every figure of `current` with the matching figure of `baseline` drawn as its baseline. */
export function withBaselines<K extends string>(current: Record<K, Figure>, baseline: Record<K, Figure> | null, label: string): Record<K, Figure> {
  if (!baseline) return current;
  return Object.fromEntries(Object.entries(current).map(([k, f]) => [k, withBaseline(f as Figure, baseline[k as K] ?? null, label)])) as Record<K, Figure>;
}

export function BaselinePicker() {
  const t = useWsT();
  const lang = useLang();
  const choice = useViewPref('baseline');
  const user = useAppState((s) => s.userScenarios);
  return (
    <label className="field field-inline baseline-picker">
      <span>{t('baseline.label')}</span>
      <select value={choice} onChange={(e) => setViewPrefs({ baseline: e.target.value })} data-testid="baseline-picker">
        <option value="parent">{t('baseline.parent')}</option>
        <option value="none">{t('baseline.none')}</option>
        {allScenarios(user).map(({ file }) => (
          <option key={file.id} value={file.id}>{file.name[lang]}</option>
        ))}
      </select>
    </label>
  );
}
