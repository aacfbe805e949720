// Drives the Planpath engine from a Node script, without the CLI (see docs/library.md).
// Run from the repository after `npm ci`: node docs/examples/library.mjs
import { builtinScenario, defaultPlan, parseTarget, project, resolveScenario, seriesAt, solveOne } from 'planpath';
import { createNodePoolRunner } from 'planpath/node';

// 1. Resolve a built-in scenario (its `extends` chain is looked up among the built-ins) and project it.
const scenario = resolveScenario(builtinScenario('historical-trend'), builtinScenario, defaultPlan);
const projection = project(defaultPlan, scenario);
// Every series is one value per year of projection.years; GDP is in 亿元 (100 million CNY), current prices.
const gdp2025 = seriesAt(projection.series, 'gdpNominal')[projection.years.indexOf(2025)];
console.log(`GDP 2025 under ${scenario.id}: ${gdp2025.toFixed(1)} 亿元`);

// 2. Goal seek: the real growth rate (every sector, every year) that reaches 4,000 亿元 in 2025.
const solved = solveOne(defaultPlan, scenario, parseTarget('gdpNominal@2025=4000'), { lever: 'realGrowth' });
console.log(`real growth needed: ${(solved.levers[0].value * 100).toFixed(2)}% a year`);

// 3. Monte Carlo on two worker threads: the probability of meeting the GDP target.
const runner = createNodePoolRunner({ workers: 2 });
try {
  const mc = await runner.runMonteCarlo({ plan: defaultPlan, scenario, options: { paths: 20000, seed: 7 } });
  const gdp = mc.targets.find((t) => t.id === 'gdpNominal');
  console.log(`P(GDP 2025 >= 4000) = ${(gdp.probability * 100).toFixed(1)}% over ${mc.paths} paths`);
} finally {
  runner.terminate();
}
