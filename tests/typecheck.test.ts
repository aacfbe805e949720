/**
 * The whole tree type-checks (TypeScript strict), and the engine type-checks without DOM or Node types,
 * which keeps it pure. Runs the project's own tsc (typescript 7, under a second).
 */
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsc = (project: string) => spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', project], { cwd: root, encoding: 'utf8' });

describe('type check', () => {
  it('the whole project', () => {
    const r = tsc('tsconfig.json');
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('the engine alone, without DOM or Node types', () => {
    const r = tsc('engine/tsconfig.json');
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
