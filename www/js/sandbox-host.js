// Runs one job in a fresh instance of the judge's WebAssembly sandbox, with an in-memory WASI:
// the job as JSON on stdin, the sandbox's JSON answer on stdout, no files at all. Shared by the
// browser's judge worker and by the Node.js runner that CI uses, so both run the same code.
import { ConsoleStdout, File, OpenFile, WASI } from '@bjorn3/browser_wasi_shim';

const decoder = () => new TextDecoder('utf-8', { fatal: false });

function collector() {
  const chunks = [];
  return { fd: new ConsoleStdout((bytes) => chunks.push(bytes.slice())), text: () => {
    const d = decoder();
    return chunks.map((c) => d.decode(c, { stream: true })).join('') + d.decode();
  } };
}

/**
 * Runs `jobJson` in a new instance of the compiled sandbox `module`.
 * Returns `{ code, trap, stdout, stderr }`: `trap` is set when the instance died (a stack
 * overflow, running out of memory, a panic); the instance is discarded either way.
 */
export function runJob(module, jobJson) {
  const stdin = new OpenFile(new File(new TextEncoder().encode(jobJson), { readonly: true }));
  const stdout = collector();
  const stderr = collector();
  const wasi = new WASI(['pyprep-sandbox'], [], [stdin, stdout.fd, stderr.fd], { debug: false });
  let code = null;
  let trap = null;
  try {
    const instance = new WebAssembly.Instance(module, { wasi_snapshot_preview1: wasi.wasiImport });
    code = wasi.start(instance);
  } catch (error) {
    trap = `${error && error.name}: ${error && error.message}`;
  }
  return { code, trap, stdout: stdout.text(), stderr: stderr.text() };
}
