import { describe, expect, it } from 'vitest';
import { createStore } from '../../ui/state/store';
import { reduce } from '../../ui/state/reducer';
import { initialState } from '../../ui/state/app-state';
import { noticeParams } from '../../ui/views/notice-bar';

describe('the notice bar follows renames', () => {
  it('"forked" notice shows the copy\'s current name after a rename, in both languages', () => {
    const store = createStore(reduce, initialState('en'));
    store.dispatch({ type: 'open', id: 'plan-target' });
    store.dispatch({ type: 'setLever', lever: 'deflator', value: 0.03 });
    const s1 = store.getState();
    const copy = s1.userScenarios[0];
    expect(s1.notice?.key).toBe('notice.forked');
    expect(noticeParams(s1.notice!, 'en', s1.userScenarios).name).toBe('Plan target (copy)');
    store.dispatch({ type: 'rename', id: copy.id, name: { zh: '高增长', en: 'High growth' } });
    const s2 = store.getState();
    expect(s2.notice).toBe(s1.notice);
    expect(noticeParams(s2.notice!, 'en', s2.userScenarios).name).toBe('High growth');
    expect(noticeParams(s2.notice!, 'zh', s2.userScenarios).name).toBe('高增长');
    // Without the scenario list (or after the scenario is deleted) the name stored at notice time is shown.
    expect(noticeParams(s2.notice!, 'en').name).toBe('Plan target (copy)');
  });
});
