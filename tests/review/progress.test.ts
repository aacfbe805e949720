/**
 * The mid-term classification (提前实现 / 快于预期 / 基本符合预期 / 滞后于预期): hand-computed progress
 * ratios against the thresholds, monotonicity in the observed value (fast-check), and the review on the
 * published statistics: GDP and retail sales behind (ratios by hand), high-tech enterprises with only a
 * lower bound, an observation below its straight path re-anchored and assessed from there.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  BEHIND_BELOW, classifyProgress, DEFAULT_PUBLISHED_STATUSES, FASTER_AT_LEAST, PROGRESS_CLASSES, publishedReviewInputs, reviewActuals, summarizeProgress, type ProgressInput,
} from '../../engine/index';
import { publishedSources } from '../../data/published';
import { plan, resolved } from './helpers';

const gdpPath2022 = 1650 * Math.pow(4000 / 1650, 2 / 5); // constant growth from 1,650 (2020) to 4,000 (2025), two years in
const base: Omit<ProgressInput, 'observed'> = { year: 2022, start: { year: 2020, value: 1650 }, pathValue: gdpPath2022, targetYear: 2025, comparator: '>=', target: 4000 };

describe('classifyProgress', () => {
  it('GDP 2,008.8 in 2022 made 51% of the progress the path expects: behind', () => {
    const a = classifyProgress({ ...base, observed: 2008.8 });
    expect(gdpPath2022).toBeCloseTo(2351.3, 1);
    expect(a.progressRatio).toBeCloseTo((2008.8 - 1650) / (gdpPath2022 - 1650), 12);
    expect(a.progressRatio).toBeCloseTo(0.5116, 3);
    expect(a.class).toBe('behind');
  });

  it('applies the documented thresholds (ratio >= 1.1 faster, >= 0.9 as expected, else behind) and "already met" first', () => {
    const at = (ratio: number) => classifyProgress({ ...base, observed: 1650 + ratio * (gdpPath2022 - 1650) }).class;
    expect([FASTER_AT_LEAST, BEHIND_BELOW]).toEqual([1.1, 0.9]);
    expect(at(1.2)).toBe('faster-than-expected');
    expect(at(1.1 + 1e-9)).toBe('faster-than-expected');
    expect(at(1.0)).toBe('as-expected');
    expect(at(0.9 + 1e-9)).toBe('as-expected');
    expect(at(0.9 - 1e-6)).toBe('behind');
    expect(classifyProgress({ ...base, observed: 4100 }).class).toBe('achieved-early');
  });

  it('works for falling targets (a smaller value is progress) and for targets that hold the base', () => {
    // From 10 (2020) straight down to 5 (2025): 8 expected in 2022; 7.5 is 125% of the expected progress.
    const down = classifyProgress({ year: 2022, observed: 7.5, start: { year: 2020, value: 10 }, pathValue: 8, targetYear: 2025, comparator: '<=', target: 5 });
    expect(down.progressRatio).toBeCloseTo(1.25, 12);
    expect(down.class).toBe('faster-than-expected');
    // Keep above 99.4: no movement expected, so the ratio is meaningless; meeting it is as expected, missing it behind.
    const hold = { year: 2022, start: { year: 2020, value: 99.4 }, pathValue: 99.4, targetYear: 2025, comparator: '>' as const, target: 99.4 };
    expect(classifyProgress({ ...hold, observed: 99.4 })).toEqual({ class: 'as-expected', progressRatio: null });
    expect(classifyProgress({ ...hold, observed: 99.0 })).toEqual({ class: 'behind', progressRatio: null });
  });

  it('a larger observation never gives a worse class for a rising target (property)', () => {
    fc.assert(fc.property(fc.double({ min: 1000, max: 5000, noNaN: true }), fc.double({ min: 0, max: 1000, noNaN: true }), (x, dx) => {
      const rank = (obs: number) => PROGRESS_CLASSES.indexOf(classifyProgress({ ...base, observed: obs }).class);
      expect(rank(x + dx)).toBeLessThanOrEqual(rank(x));
    }));
  });
});

describe('the review on the published statistics (historical-trend)', () => {
  const scenario = resolved('historical-trend');
  const inputs = publishedReviewInputs(publishedSources[plan.id], plan, scenario, DEFAULT_PUBLISHED_STATUSES);
  const review = reviewActuals(plan, scenario, inputs.observations, { lowerBounds: inputs.lowerBounds });
  const target = (id: string) => review.targets.find((t) => t.id === id)!;

  it('re-anchors at 2022 and classifies GDP behind', () => {
    expect(review.anchorYear).toBe(2022);
    const gdp = target('gdpNominal');
    expect(gdp.progress).toMatchObject({ class: 'behind', year: 2022, observed: 2008.8, start: { year: 2020, value: 1650 } });
    expect(gdp.progress.progressRatio).toBeCloseTo((2008.8 - 1650) / (gdpPath2022 - 1650), 9);
    expect(gdp.requiredAnnualChange).toBeCloseTo(Math.pow(4000 / 2008.8, 1 / 3) - 1, 12);
    expect(gdp.status).toBe('missed');
  });

  it('retail sales (target 330 in 2025, no plan base) is re-anchored on its 2021 and 2022 figures and assessed from there', () => {
    const retail = target('retailSales');
    expect(retail.lastObservedYear).toBe(2022);
    expect(retail.lastObserved).toBe(178.74);
    expect(review.reanchored.series.indicators.retailSales[0]).toBeCloseTo(178.74, 9);
    // The straight path starts at the first observation (162.52 in 2021): 162.52 + (330 - 162.52) / 4 in 2022.
    const path2022 = 162.52 + (330 - 162.52) / 4;
    expect(retail.progress.pathValue).toBeCloseTo(path2022, 9);
    expect(retail.progress.progressRatio).toBeCloseTo((178.74 - 162.52) / (path2022 - 162.52), 9);
    expect(retail.progress.class).toBe('behind');
    expect(retail.requiredAnnualChange).toBeCloseTo(Math.pow(330 / 178.74, 1 / 3) - 1, 12);
    // Its path after 2022 is the default straight line to the target: an assumption, not "met".
    expect(retail.status).toBe('assumed');
    // At the pace observed in 2021-2022 (+16.22 a year), 2025 reaches 178.74 + 3 x 16.22 = 227.40: missed.
    expect(retail.observedPace!.projected).toBeCloseTo(178.74 + 3 * (178.74 - 162.52), 9);
    expect(retail.observedPace!.met).toBe(false);
  });

  it('high-tech enterprises: ">500" in 2022 is only a lower bound below the path (1,398.6), so it is not classified', () => {
    const ht = target('highTechEnterprises');
    expect(inputs.observations.some((o) => o.series === 'highTechEnterprises' && o.year === 2022)).toBe(false);
    expect(ht.progress).toMatchObject({ class: null, reason: 'lower-bound', lowerBound: true, observed: 500, year: 2022 });
    expect(ht.progress.pathValue).toBeCloseTo(331 + (3000 - 331) * 2 / 5, 9);
  });

  it('industrial output (no target) is compared with the model series industrialOutput', () => {
    const c = review.comparisons.find((x) => x.series === 'industrialOutputAboveScale' && x.year === 2021)!;
    expect(c.modelSeries).toBe('industrialOutput');
    expect(c.status).toBe('final');
    const model = (review.original.series as unknown as Record<string, number[] | undefined>).industrialOutput;
    if (model) {
      expect(c.modelSeriesMissing).toBe(false);
      expect(c.scenario).toBeCloseTo(model[1], 9);
    } else {
      expect(c.modelSeriesMissing).toBe(true);
      expect(c.scenario).toBeNull();
    }
  });

  it('the summary counts the classes in both languages', () => {
    const s = summarizeProgress(review, plan);
    expect(s.byClass.behind.sort()).toEqual(['gdpNominal', 'retailSales']);
    expect(s.lowerBoundOnly).toEqual(['highTechEnterprises']);
    expect(s.classified + s.lowerBoundOnly.length + s.notObserved).toBe(review.targets.length);
    expect(s.text.en).toContain(`Of ${review.targets.length} quantified targets, 2 can be judged from figures observed since 2020: 0 achieved early, 0 faster than expected, 0 broadly as expected, 2 behind`);
    expect(s.text.zh).toContain('提前实现0项,快于预期0项,基本符合预期0项,滞后于预期2项');
    expect(s.text.zh).toContain('完成2022年预期进度的51%');
  });
});

describe('an indicator observed below its straight path', () => {
  it('is re-anchored on the observation: behind, required change from there, and its assumed path is not "met"', () => {
    const scenario = resolved('historical-trend');
    const obs = [{ year: 2022, series: 'highTechEnterprises', value: 560, key: 'indicators.highTechEnterprises', keyValue: 560, scale: 1, line: 2 }];
    const ht = reviewActuals(plan, scenario, obs).targets.find((t) => t.id === 'highTechEnterprises')!;
    expect(ht.progress.class).toBe('behind');
    expect(ht.progress.progressRatio).toBeCloseTo((560 - 331) / ((3000 - 331) * 2 / 5), 12);
    expect(ht.requiredAnnualChange).toBeCloseTo(Math.pow(3000 / 560, 1 / 3) - 1, 12);
    expect(ht.status).toBe('assumed');
    // From 331 (2020) to 560 (2022) is +114.5 a year; carried on, 2025 reaches 903.5, far from 3,000.
    expect(ht.observedPace).toMatchObject({ fromYear: 2020, toYear: 2022, met: false });
    expect(ht.observedPace!.projected).toBeCloseTo(560 + 3 * 114.5, 9);
  });
});
