/**
 * Runs the planpath CLI and captures its output: the bundle a user runs (build/cli/planpath.mjs, which
 * `npm run -s planpath` starts through cli/bin.mjs; tests/global-setup.ts has built it once), in a
 * worker thread of the test's process (cli-in-thread.mjs) with its own argv and environment: about 0.1 s
 * instead of 0.3 s of CPU for a Node process per call, and the suite makes about a hundred calls.
 * `runCliProcess` starts it as a process through cli/bin.mjs (and runCli does so when given a working
 * folder or standard input), for tests about the process itself.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BUNDLE = pathToFileURL(`${root}build/cli/planpath.mjs`).href;
const IN_THREAD = fileURLToPath(new URL('./cli-in-thread.mjs', import.meta.url));
const TIMEOUT_MS = 60_000;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, options: { cwd?: string; input?: string } = {}): CliResult {
  if (options.cwd !== undefined || options.input !== undefined) return runCliProcess(args, env, options);
  const flag = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(IN_THREAD, { argv: args, execArgv: [], env: { ...process.env, LANG: 'en_US.UTF-8', ...env }, stdout: true, stderr: true, workerData: { cli: BUNDLE, port: port2, flag }, transferList: [port2] });
  try {
    // The test waits, as spawnSync does; the thread runs on its own (its output is kept in the thread).
    if (Atomics.wait(flag, 0, 0, TIMEOUT_MS) === 'timed-out') return { code: -1, stdout: '', stderr: `planpath did not finish within ${TIMEOUT_MS} ms` };
    const result = receiveMessageOnPort(port1)?.message as CliResult | undefined;
    return result ?? { code: -1, stdout: '', stderr: 'planpath ended without a result' };
  } finally {
    port1.close();
    void worker.terminate();
  }
}

/** The CLI as a process, as a user starts it (cli/bin.mjs), with its output. */
export function runCliProcess(args: string[], env: Record<string, string> = {}, options: { cwd?: string; input?: string } = {}): CliResult {
  const r = spawnSync(process.execPath, [`${root}cli/bin.mjs`, ...args], { cwd: options.cwd ?? root, input: options.input, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', ...env }, timeout: 60_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** True when the text holds anything like a stack trace. */
export const hasStackTrace = (text: string) => /\n\s+at .+\(.+:\d+:\d+\)/.test(text) || /node:internal/.test(text);
