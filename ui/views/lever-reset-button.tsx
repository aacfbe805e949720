/** "Reset this lever": back to the value of the scenario the open copy extends (shown only when the lever differs from it). */
import { useMemo } from 'react';
import type { AnyLeverId, ResolvedScenario } from '../../engine/index';
import { useWsT } from '../game/game-messages';
import { leverValue } from '../state/scenario-edit';
import { findScenario, resolveId } from '../state/scenarios';
import { useAppState, useDispatch, useStore } from '../state/store';

/** The resolved scenario the open user copy extends (undefined for a built-in or a file without `extends`). */
export function useParentScenario(): ResolvedScenario | undefined {
  const parentId = useAppState((s) => s.userScenarios.find((f) => f.id === s.openId)?.extends);
  const parentFile = useAppState((s) => (parentId ? findScenario(parentId, s.userScenarios) : undefined));
  const store = useStore();
  return useMemo(() => {
    try {
      // Read the list once when the parent changes (not a subscription: a lever drag must not re-render every reset button).
      return parentId ? resolveId(parentId, store.getState().userScenarios) : undefined;
    } catch {
      return undefined;
    }
  }, [parentId, parentFile]); // eslint-disable-line react-hooks/exhaustive-deps
}

export function LeverResetButton({ id, label, value }: { id: AnyLeverId; label: string; value: number }) {
  const t = useWsT();
  const dispatch = useDispatch();
  const parent = useParentScenario();
  const target = useMemo(() => {
    try {
      return parent ? leverValue(parent, id) : undefined;
    } catch {
      return undefined;
    }
  }, [parent, id]);
  if (target === undefined || Math.abs(target - value) < 1e-9) return null;
  return (
    <button type="button" className="btn-icon" onClick={() => dispatch({ type: 'setLever', lever: id, value: target })} aria-label={t('levers.resetOne', { label })} title={t('levers.resetOne', { label })} data-testid={`reset-${id}`}>
      ⟲
    </button>
  );
}
