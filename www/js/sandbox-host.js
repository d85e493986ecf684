// Runs one job in a fresh instance of the judge's WebAssembly sandbox, with an in-memory WASI:
// the job as JSON on stdin, the sandbox's JSON answer on stdout, no files at all. Shared by the
// browser's judge worker and by the Node.js runner that CI uses, so both run the same code.
import { ConsoleStdout, File, OpenFile, WASI, WASIProcExit } from '@bjorn3/browser_wasi_shim';

// The shadow-stack budget (KiB) the sandbox gets when it runs on a JSPI stack of its own, which
// V8 makes about 1 MB (a Chromium worker's own stack is about half that). Measured in headless
// Chromium 156 on that stack: without a budget a decorator's `*args` recursion traps at 378 levels
// and a keyword-argument recursion at 891; with 800 KiB they raise RecursionError at about 255
// and 550, a third short of the trap. Without JSPI the sandbox keeps its built-in 448 KiB.
export const JSPI_STACK_BUDGET_KIB = 800;

/** Whether this engine can run the sandbox on a stack of its own (JavaScript Promise Integration). */
export const hasOwnStack = () => typeof WebAssembly.promising === 'function';

const decoder = () => new TextDecoder('utf-8', { fatal: false });

function collector() {
  const chunks = [];
  return { fd: new ConsoleStdout((bytes) => chunks.push(bytes.slice())), text: () => {
    const d = decoder();
    return chunks.map((c) => d.decode(c, { stream: true })).join('') + d.decode();
  } };
}

// Sets up a fresh instance's WASI: the job on stdin, stdout and stderr collected in memory.
function setUp(jobJson, env) {
  const stdin = new OpenFile(new File(new TextEncoder().encode(jobJson), { readonly: true }));
  const stdout = collector();
  const stderr = collector();
  const wasi = new WASI(['pyprep-sandbox'], env, [stdin, stdout.fd, stderr.fd], { debug: false });
  const finish = (code, trap) => ({ code, trap, stdout: stdout.text(), stderr: stderr.text() });
  return { wasi, finish };
}

const describe = (error) => `${error && error.name}: ${error && error.message}`;

/**
 * Runs `jobJson` in a new instance of the compiled sandbox `module`, on the caller's stack.
 * Returns `{ code, trap, stdout, stderr }`: `trap` is set when the instance died (a stack
 * overflow, running out of memory, a panic); the instance is discarded either way.
 */
export function runJob(module, jobJson) {
  const { wasi, finish } = setUp(jobJson, []);
  try {
    const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi.wasiImport });
    return finish(wasi.start(instance), null);
  } catch (error) {
    return finish(null, describe(error));
  }
}

/**
 * Like `runJob`, but on a stack of the sandbox's own where the engine offers one (JSPI), with
 * the larger recursion budget that stack holds; elsewhere the same as `runJob`. Resolves to
 * the same object.
 */
export async function runJobOnOwnStack(module, jobJson) {
  if (!hasOwnStack()) return runJob(module, jobJson);
  const { wasi, finish } = setUp(jobJson, [`PYPREP_STACK_BUDGET_KIB=${JSPI_STACK_BUDGET_KIB}`]);
  try {
    const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi.wasiImport });
    wasi.inst = instance; // What `wasi.start` does before it calls `_start`.
    await WebAssembly.promising(instance.exports._start)();
    return finish(0, null);
  } catch (error) {
    return error instanceof WASIProcExit ? finish(error.code, null) : finish(null, describe(error));
  }
}
