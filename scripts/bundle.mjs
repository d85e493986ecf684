// Bundles the web app's JavaScript with esbuild: the CodeMirror editor (www/js/editor.js) and the
// judge's Web Worker (www/js/judge-worker.js), each as one minified classic script.
// Usage: node scripts/bundle.mjs OUTDIR
import { stat } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: node scripts/bundle.mjs OUTDIR');
  process.exit(2);
}

// Each output: where its entry point is and what it is called in OUTDIR.
const outputs = [
  { entry: 'www/js/editor.js', name: 'editor.js' },
  { entry: 'www/js/judge-worker.js', name: 'judge-worker.js' },
];

for (const { entry, name } of outputs) {
  const outfile = join(outDir, name);
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const { size } = await stat(outfile);
  console.log(`${name}: ${(size / 1024).toFixed(1)} KB`);
}
