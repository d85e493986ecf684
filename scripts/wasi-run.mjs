// Runs the judge's WebAssembly sandbox under Node.js with the browser's WASI host code:
// one job as JSON on stdin, the sandbox's answer on stdout. Bundled beside the sandbox by
// scripts/lib.sh. Usage: node wasi-run.mjs pyprep-sandbox.wasm < job.json
import { readFileSync } from 'node:fs';
import { runJob } from '../www/js/sandbox-host.js';

const [wasmPath] = process.argv.slice(2);
if (!wasmPath) {
  console.error('usage: node wasi-run.mjs pyprep-sandbox.wasm < job.json');
  process.exit(2);
}
const module = new WebAssembly.Module(readFileSync(wasmPath));
const result = runJob(module, readFileSync(0, 'utf8'));
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
if (result.trap) {
  process.stderr.write(`pyprep sandbox trapped: ${result.trap}\n`);
  process.exitCode = 134;
} else {
  process.exitCode = result.code;
}
