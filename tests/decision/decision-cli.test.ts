/**
 * The decision commands end to end, JSON shapes as documented, both languages, bad input as sentences.
 */
import { describe, it, expect } from 'vitest';
import { runCli, hasStackTrace } from '../cli/run-cli';

describe('decision CLI', () => {
  it('solve: values, achieved, exact and residuals when not square; the over-determined case says so', () => {
    const r = runCli(['solve', 'historical-trend', '--target', 'gdpNominal@2025=4000', '--target', 'shares.tertiary@2025=0.5', '--vary', 'realGrowth.tertiary', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.values).toHaveLength(1);
    expect(doc.achieved).toHaveLength(2);
    expect(doc.exact).toBe(false);
    expect(doc.residuals).toHaveLength(2);
    expect(doc.method).toBe('least-squares');
    const zh = runCli(['solve', 'historical-trend', '--target', 'gdpNominal@2025=4000', '--target', 'shares.tertiary@2025=0.5', '--vary', 'realGrowth.tertiary', '--lang', 'zh']);
    expect(zh.stdout).toContain('无法同时达到全部目标');
  });

  it('solve: bad bounds and a lever that moves nothing are sentences, exit 2, no stack trace', () => {
    const bad = runCli(['solve', 'plan-target', '--target', 'gdpNominal@2025=4000', '--vary', 'realGrowth=0.3:0.1']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--vary\[0\]/);
    const dead = runCli(['solve', 'plan-target', '--target', 'gdpNominal@2025=5000', '--vary', 'population.growth', '--lang', 'en']);
    expect(dead.code).toBe(2);
    expect(dead.stderr).toMatch(/Population growth does not change/);
    expect(hasStackTrace(dead.stderr)).toBe(false);
  });

  it('margins, map, attribute and audit give the documented JSON', () => {
    const m = JSON.parse(runCli(['margins', 'historical-trend', '--vary', 'realGrowth', '--format', 'json']).stdout);
    const gdp = m.rows.find((x: { target: string }) => x.target === 'gdpNominal');
    for (const key of ['target', 'year', 'lever', 'current', 'breakeven', 'margin']) expect(gdp).toHaveProperty(key);
    const map = JSON.parse(runCli(['map', 'historical-trend', '--x', 'realGrowth.secondary=0:0.25', '--y', 'realGrowth.tertiary=0:0.35', '--steps', '5', '--format', 'json']).stdout);
    for (const key of ['x', 'y', 'targets', 'metCount', 'allMet', 'metBy']) expect(map).toHaveProperty(key);
    expect(map.metCount).toHaveLength(5);
    const a = JSON.parse(runCli(['attribute', 'plan-target', 'historical-trend', '--output', 'gdpNominal@2025', '--format', 'json']).stdout);
    expect(a.output).toBe('gdpNominal');
    expect(a.year).toBe(2025);
    expect(a.difference).toBeCloseTo(a.b - a.a, 9);
    expect(a.contributions.reduce((s: number, c: { value: number }) => s + c.value, 0)).toBeCloseTo(a.difference, 6);
    const audit = JSON.parse(runCli(['audit', '--format', 'json']).stdout);
    for (const f of audit.findings) for (const key of ['id', 'targets', 'identity', 'values', 'message']) expect(f).toHaveProperty(key);
    expect(runCli(['audit', '--lang', 'zh']).stdout).toContain('工业增加值率须从 0.366 降至 0.253');
  });
});
