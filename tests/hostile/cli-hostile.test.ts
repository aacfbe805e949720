/**
 * The CLI with broken and hostile input: encodings, directories, FIFOs, missing folders, number
 * options, several bad files, shadowed built-ins, escape sequences, formula cells, unprojectable and
 * oversized input. Every case exits 2 with a message that names the problem, never "internal error".
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, hasStackTrace } from '../cli/run-cli';

let dir: string;
const child = { schemaVersion: 1, id: 'child', name: { zh: '子', en: 'Child' }, extends: 'historical-trend', assumptions: { realGrowth: { tertiary: 0.08 } } };
const write = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

function expectNamedError(r: { code: number; stderr: string }, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/internal error/);
  expect(hasStackTrace(r.stderr)).toBe(false);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'planpath-hostile-'));
});

describe('file reading', () => {
  it('UTF-8 with a BOM and UTF-16 (LE and BE) with a BOM are read; GBK bytes are an encoding error with the byte offset', () => {
    const json = JSON.stringify(child);
    expect(runCli(['validate', write('bom8.json', `\uFEFF${json}`)]).code).toBe(0);
    expect(runCli(['validate', write('le.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]))]).code).toBe(0);
    const be = Buffer.from(json, 'utf16le').swap16();
    expect(runCli(['validate', write('be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))]).code).toBe(0);
    // "中" in GBK is D6 D0, not valid UTF-8; it sits after `{"schemaVersion":1,"id":"child","name":{"zh":"` (46 bytes).
    const gbk = Buffer.concat([Buffer.from('{"schemaVersion":1,"id":"child","name":{"zh":"'), Buffer.from([0xd6, 0xd0]), Buffer.from('","en":"C"},"extends":"historical-trend"}')]);
    const r = runCli(['validate', write('gbk.json', gbk)]);
    expectNamedError(r, /not valid UTF-8 text at byte 46 \(saved as GBK or Latin-1\?\)/);
    expect(r.stderr).not.toContain('\uFFFD');
    expectNamedError(runCli(['validate', write('gbk.json', gbk), '--lang', 'zh']), /不是有效的 UTF-8 文本/);
  });

  it('a directory, a directory named <id>.json, a FIFO and a missing file are named', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    expectNamedError(runCli(['validate', folder]), /a directory, not a file/);
    const nested = join(dir, 'shadow');
    mkdirSync(join(nested, 'parent.json'), { recursive: true });
    writeFileSync(join(nested, 'kid.json'), JSON.stringify({ ...child, id: 'kid', extends: 'parent' }));
    expectNamedError(runCli(['validate', join(nested, 'kid.json')]), /parent\.json.*a directory, not a file/);
    const fifo = join(dir, 'pipe.json');
    execFileSync('mkfifo', [fifo]);
    const started = Date.now();
    expectNamedError(runCli(['validate', fifo]), /not a regular file/);
    expect(Date.now() - started).toBeLessThan(30_000);
    expectNamedError(runCli(['validate', join(dir, 'nope.json')]), /neither a file nor a built-in scenario/);
  });

  it('a file over 8 MB is refused before it is read; JSON nested 100,000 deep is refused with a message', () => {
    expectNamedError(runCli(['validate', write('big.json', `{"notes":"${' '.repeat(9 * 1024 * 1024)}"}`)]), /file too large \(9\.0 MB\); allowed: a file of at most 8 MB/);
    expectNamedError(runCli(['validate', write('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)]), /nested more than 32 levels deep/);
  });
});

describe('options', () => {
  it('--seed= and --seed=0x10 are errors, --paths -1 is named as a bad value (not "ambiguous")', () => {
    expectNamedError(runCli(['mc', 'plan-target', '--paths', '1000', '--seed=']), /--seed: "" - empty; allowed: a whole number from 0 to 4294967295/);
    expectNamedError(runCli(['mc', 'plan-target', '--paths', '1000', '--seed=0x10']), /--seed: "0x10" - not a whole number in decimal digits/);
    const r = runCli(['review', 'plan-target', '--paths', '-1']);
    expectNamedError(r, /--paths: "-1" - not a whole number in decimal digits/);
    expect(r.stderr).not.toMatch(/ambiguous/);
  });

  it('counts may be grouped by thousands as published figures are (1,000 and 1，000 are 1000); a wrong grouping is named', () => {
    const plain = runCli(['mc', 'plan-target', '--paths', '2000', '--seed', '12000']);
    expect(plain.code).toBe(0);
    for (const [paths, seed] of [['2,000', '12,000'], ['2，000', '12_000']]) {
      const grouped = runCli(['mc', 'plan-target', '--paths', paths, '--seed', seed]);
      expect(grouped.stderr).toBe('');
      expect(grouped.stdout).toBe(plain.stdout);
    }
    expect(plain.stdout).toContain('2,000 paths, seed 12000');
    expectNamedError(runCli(['mc', 'plan-target', '--paths', '1,00,000']), /--paths: "1,00,000" - not a whole number in decimal digits; allowed: a whole number from 1 to 100000000, in decimal digits \(thousands may be grouped: 1,000,000\)/);
    expectNamedError(runCli(['mc', 'plan-target', '--paths', '2,000,']), /--paths: "2,000," - not a whole number/);
  });

  it('--save into a missing folder is named; an existing file is not overwritten', () => {
    const r = runCli(['solve', 'plan-target', '--target', 'gdpNominal@2025=4500', '--vary', 'realGrowth', '--save', join(dir, 'no-such-folder', 'x.json')]);
    expectNamedError(r, /--save: .* - the folder .*no-such-folder does not exist/);
    const existing = write('exists.json', '{}');
    expectNamedError(runCli(['solve', 'plan-target', '--target', 'gdpNominal@2025=4500', '--vary', 'realGrowth', '--save', existing]), /--save: .* - file exists; not overwritten/);
    expect(readFileSync(existing, 'utf8')).toBe('{}');
  });
});

describe('several files and shadowed built-ins', () => {
  it('compare names every bad file, not only the first', () => {
    const a = write('bad-a.json', JSON.stringify({ ...child, id: 'Bad A' }));
    const b = write('bad-b.json', '{ not json');
    const r = runCli(['compare', 'plan-target', a, b]);
    expectNamedError(r, /scenarios\[1\].*id: "Bad A"/);
    expect(r.stderr).toMatch(/scenarios\[2\].*not valid JSON/);
  });

  it('a sibling historical-trend.json used for "extends" is announced on stderr', () => {
    const folder = join(dir, 'siblings');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'historical-trend.json'), readFileSync(new URL('../../scenarios/historical-trend.json', import.meta.url)));
    writeFileSync(join(folder, 'mine.json'), JSON.stringify({ ...child, id: 'mine' }));
    const r = runCli(['validate', join(folder, 'mine.json')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/note: extends "historical-trend": the file .*siblings\/historical-trend\.json is used, not the built-in scenario of that id/);
  });
});

describe('output safety', () => {
  it('terminal escape sequences from a file, a path or a command name are printed escaped', () => {
    const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
    const bad = runCli(['validate', write('esc.json', '{"id": \u001b[2J\u001b]0;pwned\u0007}')]);
    expectNamedError(bad, /not valid JSON/);
    expect(bad.stderr).not.toMatch(raw);
    expect(bad.stderr).toContain('\\x1b[2J');
    const value = runCli(['validate', write('esc-id.json', JSON.stringify({ ...child, id: '\u001b[31mred' }))]);
    expect(value.stderr).not.toMatch(raw);
    const command = runCli(['\u001b[2Jwipe']);
    expect(command.stderr).not.toMatch(raw);
    expect(command.stderr).toContain('unknown command: \\x1b[2Jwipe');
  });

  it('CSV cells that start like a formula are written as text; negative numbers stay numbers', () => {
    const plan = JSON.parse(readFileSync(new URL('../../data/plans/wuhan-etdz-14th/plan.json', import.meta.url), 'utf8'));
    plan.indicators[0].label = { zh: '=HYPERLINK("http://x","点")', en: '=HYPERLINK("http://x","click")' };
    const r = runCli(['indicators', '--plan', write('plan.json', JSON.stringify(plan)), '--format', 'csv']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(r.stdout).not.toMatch(/(^|,)"?=HYPERLINK/m);
    const run = runCli(['run', 'slow-recovery', '--format', 'csv']);
    expect(run.stdout).toMatch(/,-0\.\d+/);
    expect(run.stdout).not.toMatch(/'-\d/);
  });
});

describe('the same checks everywhere', () => {
  it('a scenario that validates by schema but cannot be projected fails validate (exit 2) with the projection problem', () => {
    const path = write('collapse.json', JSON.stringify({ ...child, id: 'collapse', endYear: 2050, assumptions: { realGrowth: -0.99999999999, deflator: -0.9999999999 } }));
    expectNamedError(runCli(['validate', path]), /series\.\S+: NaN - /);
    expectNamedError(runCli(['run', path]), /series\.\S+: NaN - /);
  });

  it('saved actuals with a duplicate, an unknown series or year 2040 fail validate as they fail review', () => {
    const actuals = [
      { year: 2021, series: 'gdpNominal', value: 2900 },
      { year: 2021, series: 'gdpNominal', value: 2950 },
      { year: 2022, series: 'noSuchSeries', value: 1 },
      { year: 2040, series: 'population', value: 50 },
    ];
    const path = write('actuals.json', JSON.stringify({ ...child, id: 'with-actuals', actuals }));
    const r = runCli(['validate', path]);
    expectNamedError(r, /actuals\[1\]\.series: .*duplicate/);
    expect(r.stderr).toMatch(/actuals\[2\]\.series/);
    expect(r.stderr).toMatch(/actuals\[3\]\.year/);
  });

  it('a million bad values: 50 problems listed and one line counting the rest', () => {
    const path = write('million.json', JSON.stringify({ ...child, id: 'million', endYear: 2035, assumptions: { energyIntensityChange: new Array(1_000_000).fill('x') } }));
    const r = runCli(['validate', path]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(51);
    expect(lines[50]).toBe('and 999950 more problems, not listed');
  });

  it('solve reports the reachable range of a huge target correctly (not "0 to 0")', () => {
    const r = runCli(['solve', 'plan-target', '--target', 'gdpNominal@2025=1e308', '--vary', 'realGrowth']);
    expect(r.code).toBe(2);
    const m = /only reaches (\S+) to ([\d,.e+-]+);/.exec(r.stderr)!;
    const hi = Number(m[2].replace(/,/g, ''));
    // +100% a year for 5 years multiplies real GDP by 32: far above the 2020 GDP of 2,530 亿元, far below 1e308.
    expect(hi).toBeGreaterThan(2530 * 10);
    expect(hi).toBeLessThan(2530 * 32 * 2);
    expect(runCli(['solve', 'plan-target', '--target', 'gdpNominal@2025=1e20', '--vary', 'realGrowth']).stderr).toContain(`to ${m[2]};`);
  });
});
