/** Plan and indicator ids must be plain identifiers: they reach CSV headers, file names and command lines. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { planIssues } from '../../engine/index';

const plan = JSON.parse(readFileSync(new URL('../../data/plans/wuhan-etdz-14th/plan.json', import.meta.url), 'utf8'));

describe('plan ids', () => {
  it('the shipped plan passes', () => {
    expect(planIssues(plan)).toEqual([]);
  });

  it('an indicator id that starts like a formula, or holds spaces, is named', () => {
    for (const id of ['=HYPERLINK("http://x")', 'gdp nominal', '@sum', '']) {
      const bad = { ...plan, indicators: [{ ...plan.indicators[0], id }, ...plan.indicators.slice(1)] };
      const issues = planIssues(bad);
      expect(issues.map((i) => i.path), id).toContain('indicators[0].id');
      expect(issues.find((i) => i.path === 'indicators[0].id')!.allowed.en).toMatch(/plain identifier/);
    }
  });
});
