/**
 * fast-check arbitraries for scenarios. Rates stay in realistic, valid ranges so every generated
 * scenario is valid input.
 */
import fc from 'fast-check';
import type { ScenarioFile } from '../../engine/index';

/** The fast-check seed: FC_SEED from the environment when set (printed on failure for replay). */
export const fcParams = (): fc.Parameters<unknown> => (process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), numRuns: 100 } : { numRuns: 100 });

export const rate = (min = -0.2, max = 0.4) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

/** A rate path: one number, or one value per year. */
export const ratePath = (years: number, min?: number, max?: number) => fc.oneof(rate(min, max), fc.array(rate(min, max), { minLength: years, maxLength: years }));

/** A valid stand-alone scenario for a plan with base year 2020. */
export const scenarioArb = (endYears: [number, number] = [2021, 2035]): fc.Arbitrary<ScenarioFile> =>
  fc.integer({ min: endYears[0], max: endYears[1] }).chain((endYear) => {
    const n = endYear - 2020;
    return fc.record({
      realGrowth: fc.oneof(ratePath(n), fc.record({ primary: ratePath(n), secondary: ratePath(n), tertiary: ratePath(n) })),
      deflator: fc.oneof(ratePath(n, -0.05, 0.1), fc.record({ primary: ratePath(n, -0.05, 0.1), secondary: ratePath(n, -0.05, 0.1), tertiary: ratePath(n, -0.05, 0.1) })),
      population: fc.record({ growth: ratePath(n, -0.05, 0.2) }),
      energyIntensityChange: ratePath(n, -0.2, 0.1),
      co2IntensityChange: ratePath(n, -0.2, 0.1),
    }).map((assumptions) => ({
      schemaVersion: 1 as const,
      id: 'generated',
      name: { zh: '生成', en: 'Generated' },
      baseYear: 2020,
      endYear,
      assumptions,
    }));
  });
