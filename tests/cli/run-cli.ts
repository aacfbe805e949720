/**
 * Runs the planpath CLI as a user does (`npm run -s planpath` runs cli/bin.mjs, which starts the bundled
 * build/cli/planpath.mjs; tests/global-setup.ts has built it once) and captures its output.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, options: { cwd?: string; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [`${root}cli/bin.mjs`, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** True when the text holds anything like a stack trace. */
export const hasStackTrace = (text: string) => /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /node:internal/.test(text);
