// The bundled CLI (build/cli/planpath.mjs) run in a worker thread for tests/cli/run-cli.ts: what it writes
// to stdout and stderr is kept as text, and when the thread ends (the CLI's process.exitCode, or its
// process.exit) the code and the text are posted to the test and a flag wakes it. An uncaught error is
// written to stderr with its stack and ends with code 1, as Node does for a process, so that the tests'
// "no stack trace" checks see what a user would.
import { workerData } from 'node:worker_threads';

const { cli, port, flag } = workerData;
const out = [];
const err = [];
const capture = (into) =>
  function write(chunk, encoding, callback) {
    into.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString(typeof encoding === 'string' ? encoding : 'utf8'));
    const done = typeof encoding === 'function' ? encoding : callback;
    if (done) queueMicrotask(() => done());
    return true;
  };
process.stdout.write = capture(out);
process.stderr.write = capture(err);
let posted = false;
function finish(code) {
  if (posted) return;
  posted = true;
  port.postMessage({ code, stdout: out.join(''), stderr: err.join('') });
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
}
process.on('uncaughtException', (error) => {
  err.push(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
process.on('exit', (code) => finish(code ?? process.exitCode ?? 0));
await import(cli);
