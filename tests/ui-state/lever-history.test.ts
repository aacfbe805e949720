import { describe, expect, it } from 'vitest';
import { createStore } from '../../ui/state/store';
import { reduce } from '../../ui/state/reducer';
import { initialState } from '../../ui/state/app-state';
import { createLeverHistory } from '../../ui/state/lever-history';
import { canReset, parentLeverValue } from '../../ui/state/lever-reset';
import { leverValue } from '../../ui/state/scenario-edit';
import { resolveId } from '../../ui/state/scenarios';

const tertiary = (s: ReturnType<typeof initialState>) => leverValue(resolveId(s.openId, s.userScenarios), 'realGrowth.tertiary');

describe('undo, redo and reset of lever changes', () => {
  it('a drag is one step; undo goes back to before it, redo forward again', () => {
    let clock = 0;
    const store = createStore(reduce, initialState('en'));
    const h = createLeverHistory(store, () => clock);
    for (const v of [0.2, 0.21, 0.22]) {
      store.dispatch({ type: 'setLever', lever: 'realGrowth.tertiary', value: v });
      clock += 100;
    }
    clock += 5000;
    store.dispatch({ type: 'setLever', lever: 'realGrowth.tertiary', value: 0.1 });
    expect(tertiary(store.getState())).toBeCloseTo(0.1, 9);
    h.undo();
    expect(tertiary(store.getState())).toBeCloseTo(0.22, 9);
    h.undo();
    expect(store.getState().userScenarios).toEqual([]);
    expect(store.getState().openId).toBe('plan-target');
    expect(h.canUndo()).toBe(false);
    h.redo();
    expect(tertiary(store.getState())).toBeCloseTo(0.22, 9);
    h.redo();
    expect(tertiary(store.getState())).toBeCloseTo(0.1, 9);
    expect(h.canRedo()).toBe(false);
  });
  it('reset all brings the copy back to its parent; reset one lever returns the parent value', () => {
    const store = createStore(reduce, initialState('en'));
    const parent = tertiary(store.getState());
    store.dispatch({ type: 'setLever', lever: 'realGrowth.tertiary', value: 0.3 });
    store.dispatch({ type: 'setLever', lever: 'deflator', value: 0.03 });
    expect(canReset(store.getState())).toBe(true);
    expect(parentLeverValue(store.getState(), 'realGrowth.tertiary')).toBeCloseTo(parent, 12);
    store.dispatch({ type: 'resetLevers' });
    expect(tertiary(store.getState())).toBeCloseTo(parent, 12);
    expect(canReset(store.getState())).toBe(false);
  });
});
