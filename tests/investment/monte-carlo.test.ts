/**
 * The Monte Carlo on an investment-mode scenario: its deterministic (median) path is the investment
 * projection, and it agrees with the scenario's sectoral equivalent (same planned growth, same shocks).
 */
import { describe, it, expect } from 'vitest';
import { project, resolveScenario, sectoralEquivalent } from '../../engine/index';
import { builtinScenario } from '../../scenarios/index';
import { createInProcessRunner } from '../../runtime/in-process-runner';
import { plan } from './helpers';

describe('Monte Carlo in investment mode', () => {
  it('the median path is the investment projection, and the result equals the sectoral equivalent\'s (1e-9)', async () => {
    const s = resolveScenario(builtinScenario('investment-led'), (id) => builtinScenario(id), plan);
    const runner = createInProcessRunner();
    const a = await runner.runMonteCarlo({ plan, scenario: s, options: { paths: 8192, seed: 3 } });
    const b = await runner.runMonteCarlo({ plan, scenario: sectoralEquivalent(plan, s), options: { paths: 8192, seed: 3 } });
    runner.terminate();
    const gdp = project(plan, s).series.gdpNominal;
    a.deterministic.gdpNominal.forEach((v, t) => expect(Math.abs(v - gdp[t]) / gdp[t]).toBeLessThan(1e-12));
    a.quantiles.gdpNominal['0.5'].forEach((v, t) => expect(Math.abs(v - b.quantiles.gdpNominal['0.5'][t]) / v).toBeLessThan(1e-9));
    for (const t of a.targets) expect(t.probability).toBeCloseTo(b.targets.find((x) => x.id === t.id)!.probability, 9);
  });
});
