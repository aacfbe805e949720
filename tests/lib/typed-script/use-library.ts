// Compiled by tests/lib/library.test.ts against the built declarations (build/lib/types): a script that
// uses the library must type-check, and a misuse must not (see the @ts-expect-error line).
import { defaultPlan, builtinScenario, project, resolveScenario, type Projection } from 'planpath';
import { createNodePoolRunner, type Runner } from 'planpath/node';

const scenario = resolveScenario(builtinScenario('plan-target'), builtinScenario, defaultPlan);
const projection: Projection = project(defaultPlan, scenario);
const years: number[] = projection.years;
const runner: Runner = createNodePoolRunner({ workers: 1 });
// @ts-expect-error project takes the plan first, then the resolved scenario
project(scenario, defaultPlan);
export { years, runner };
