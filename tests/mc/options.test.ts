/**
 * Bad requests fail before any work, with a PlanpathError whose issues name the field, the value and
 * what is allowed; a bad correlation matrix is rejected when the scenario is read.
 */
import { describe, it, expect } from 'vitest';
import { compileMonteCarlo, isPlanpathError, resolveScenario, type McOptions, type PlanpathError } from '../../engine/index';
import { builtinScenario } from '../../scenarios/index';
import { builtin, defaultPlan, samplePlan, sampleScenario } from './support/fixtures';

function issuesOf(run: () => unknown): PlanpathError['issues'] {
  try {
    run();
  } catch (error) {
    if (isPlanpathError(error)) return error.issues;
    throw error;
  }
  throw new Error('expected a PlanpathError');
}

const compile = (options: McOptions) => compileMonteCarlo(defaultPlan, builtin('historical-trend'), options);

describe('Monte Carlo options', () => {
  it.each<[string, McOptions, string]>([
    ['paths 0', { paths: 0 }, 'paths'],
    ['fractional paths', { paths: 10.5 }, 'paths'],
    ['negative seed', { seed: -1 }, 'seed'],
    ['tolerance 0', { tolerance: 0 }, 'tolerance'],
    ['quantiles out of order', { quantiles: [0.5, 0.25] }, 'quantiles'],
    ['quantile 1', { quantiles: [1] }, 'quantiles'],
    ['unknown series', { series: ['gdp'] }, 'series[0]'],
    ['unknown joint target', { joint: ['nope'] }, 'joint[0]'],
    ['histogram year out of range', { histograms: [{ series: 'gdpNominal', year: 2020 }] }, 'histograms[0].year'],
    ['histogram of an unknown series', { histograms: [{ series: 'x', year: 2025 }] }, 'histograms[0].series'],
    ['per-path samples of too many paths', { paths: 20_000_000, samples: [{ series: 'gdpNominal', year: 2025 }] }, 'samples'],
  ])('%s is reported at its field', (_, options, field) => {
    const issues = issuesOf(() => compile(options));
    expect(issues.map((i) => i.path)).toContain(field);
    for (const i of issues) expect(i.allowed.en.length).toBeGreaterThan(0);
  });

  it('a scenario without an uncertainty block is reported at "uncertainty"', () => {
    const issues = issuesOf(() => compileMonteCarlo(samplePlan, sampleScenario(undefined), {}));
    expect(issues.map((i) => i.path)).toEqual(['uncertainty']);
  });

  it('a correlation matrix that is not positive semi-definite is bad input', () => {
    const bad = { ...builtinScenario('historical-trend'), uncertainty: { realGrowthVolatility: 0.05, correlation: [[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]] } };
    const issues = issuesOf(() => resolveScenario(bad, () => undefined, defaultPlan));
    expect(issues.map((i) => i.path)).toEqual(['uncertainty.correlation']);
  });

  it('a semi-definite matrix of all ones is valid and runs', () => {
    const setup = compileMonteCarlo(samplePlan, sampleScenario({ realGrowthVolatility: 0.05, correlation: [[1, 1, 1], [1, 1, 1], [1, 1, 1]] }), { paths: 10 });
    expect(Array.from(setup.model.factor)).toEqual([1, 0, 0, 1, 0, 0, 1, 0, 0]);
  });
});
