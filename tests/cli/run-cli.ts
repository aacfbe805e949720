/** Runs the planpath CLI as a user would (through tsx, no build step) and captures its output. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}): CliResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/main.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** True when the text holds anything like a stack trace. */
export const hasStackTrace = (text: string) => /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /node:internal/.test(text);
