import { describe, expect, it } from 'vitest';
import { en } from '../../ui/i18n/index';

describe('English chart titles', () => {
  it('carry no Chinese units (亿元, 万人)', () => {
    const titles = Object.entries(en).filter(([k]) => /title$/i.test(k));
    expect(titles.length).toBeGreaterThan(5);
    for (const [k, v] of titles) expect(`${k}: ${v}`).not.toMatch(/[亿万]/);
  });
});
