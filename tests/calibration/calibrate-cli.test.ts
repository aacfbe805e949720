/**
 * `planpath calibrate` end to end: estimates with standard errors and observation counts, a saved
 * scenario that validates and runs, never overwriting a file, and bad rows exiting 2 with line and column.
 */
import { describe, it, expect } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, hasStackTrace } from '../cli/run-cli';

const tmp = mkdtempSync(join(tmpdir(), 'planpath-calibrate-'));
const EXAMPLE = 'data/plans/wuhan-etdz-14th/history-example.csv';

describe('planpath calibrate', () => {
  it('--format json gives each series its estimates, standard errors and observation counts', () => {
    const r = runCli(['calibrate', '--history', EXAMPLE, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const tertiary = doc.series.find((s: { key: string }) => s.key === 'realGrowth.tertiary');
    expect(tertiary.trend.observations).toBe(20);
    for (const k of ['trend', 'volatility', 'persistence']) expect(tertiary[k].standardError).toBeGreaterThan(0);
    expect(doc.sectorCorrelation.observations).toBe(20);
    // population: 11 levels give 10 growth observations, fewer than the 20 persistence needs.
    expect(doc.warnings.map((w: { en: string }) => w.en).join('\n')).toMatch(/population: the persistence rests on 10 growth observations/);
    expect(doc.scenario.extends).toBe('historical-trend');
  });

  it('--save writes a new scenario that validates and runs, and never overwrites a file', () => {
    const path = join(tmp, 'calibrated.json');
    const first = runCli(['calibrate', '--history', EXAMPLE, '--save', path, '--id', 'my-calibrated']);
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(path)).toBe(true);
    expect(JSON.parse(readFileSync(path, 'utf8')).id).toBe('my-calibrated');
    expect(runCli(['validate', path]).code).toBe(0);
    expect(runCli(['run', path, '--format', 'json']).code).toBe(0);
    const before = readFileSync(path, 'utf8');
    const again = runCli(['calibrate', '--history', EXAMPLE, '--save', path]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/file exists; not overwritten/);
    expect(readFileSync(path, 'utf8')).toBe(before);
  });

  it('bad rows exit 2 with line and column, never a stack trace', () => {
    const path = join(tmp, 'bad-history.csv');
    writeFileSync(path, 'year,series,value\r\n2019,gdpReal,100\r\n2020,gdpReal,-5\r\n2021,realGrowth,x\r\n1800,gdpReal,90\r\n');
    const r = runCli(['calibrate', '--history', path]);
    expect(r.code).toBe(2);
    expect(hasStackTrace(r.stderr)).toBe(false);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^bad-history\.csv line 3, column 14 \(value\): -5 - out of range for gdpReal/);
    expect(lines[1]).toMatch(/^bad-history\.csv line 4, column 17 \(value\): "x" - not a number/);
    expect(lines[2]).toMatch(/^bad-history\.csv line 5, column 1 \(year\): 1800 - year outside/);
  });
});
