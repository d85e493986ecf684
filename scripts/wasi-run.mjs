// Runs the judge's WebAssembly sandbox under Node.js's WASI: the job on stdin, its output on stdout.
// Usage: node wasi-run.mjs pyprep-sandbox.wasm < job.json
import { readFile } from 'node:fs/promises';
import { WASI } from 'node:wasi';

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error('usage: node wasi-run.mjs pyprep-sandbox.wasm < job.json');
  process.exit(2);
}
const wasi = new WASI({ version: 'preview1', args: ['pyprep-sandbox'], env: {}, returnOnExit: true });
try {
  const module = await WebAssembly.compile(await readFile(wasmPath));
  const instance = await WebAssembly.instantiate(module, wasi.getImportObject());
  process.exit(wasi.start(instance));
} catch (error) {
  // A trap (stack exhaustion, out of memory, a panic) kills only this instance.
  console.error(`pyprep sandbox trapped: ${error && error.name}: ${error && error.message}`);
  process.exit(134);
}
