import { describe, expect, it } from 'vitest';
import { createStore } from '../../ui/state/store';
import { reduce } from '../../ui/state/reducer';
import { initialState } from '../../ui/state/app-state';

describe('names of copies are unique', () => {
  it('two edited copies of one built-in: "(copy)" then "(copy 2)", in both languages; a duplicate gets "(copy 3)"', () => {
    const store = createStore(reduce, initialState('en'));
    store.dispatch({ type: 'setLever', lever: 'deflator', value: 0.03 });
    store.dispatch({ type: 'open', id: 'plan-target' });
    store.dispatch({ type: 'setLever', lever: 'deflator', value: 0.01 });
    store.dispatch({ type: 'duplicate', id: 'plan-target' });
    const names = store.getState().userScenarios.map((s) => s.name);
    expect(names.map((n) => n.en)).toEqual(['Plan target (copy)', 'Plan target (copy 2)', 'Plan target (copy 3)']);
    expect(new Set(names.map((n) => n.zh)).size).toBe(3);
    expect(names[1].zh).toMatch(/副本2\)$/);
  });
});
