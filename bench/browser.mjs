// Browser benchmark of the judge's sandbox in a Chromium Web Worker: prints the time to a ready
// judge, per-job times, and the deepest recursion each kind of call reaches before an error or a
// trap. Figures only: nothing is asserted. Usage: node bench/browser.mjs (after scripts/test has
// built the sandbox). Needs Debian's chromium.
import { createServer } from 'node:http';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname, extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = process.env.CARGO_TARGET_DIR || join(process.env.HOME, '.cache/pyprep/target');
const wasm = join(target, 'sandbox/pyprep-sandbox.wasm');
if (!existsSync(wasm)) throw new Error(`${wasm} is missing: run scripts/test first`);
const bundle = join(target, 'sandbox/judge-worker.bundle.js');
execFileSync('npx', ['esbuild', join(root, 'www/js/judge-worker.js'), '--bundle', '--format=esm',
  '--log-level=warning', `--outfile=${bundle}`], { cwd: root, stdio: 'inherit' });

const files = { '/': join(root, 'bench/browser.html'), '/judge-worker.bundle.js': bundle, '/pyprep-sandbox.wasm': wasm };
const types = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((req, res) => {
  const file = files[req.url];
  if (!file) { res.writeHead(404).end(); return; }
  res.writeHead(200, { 'content-type': types[extname(file)] || 'text/html' }).end(readFileSync(file));
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
    '--disable-sync', '--no-first-run', ...(process.env.CHROMIUM_ARGS ? process.env.CHROMIUM_ARGS.split(' ') : [])],
});
try {
  const page = await browser.newPage();
  await page.goto(url);
  const ready = await page.evaluate(() => window.ready);
  console.log(`judge ready: ${ready.loadMs.toFixed(0)} ms after page start (compile ${ready.compileMs.toFixed(0)} ms)`);
  const run = (source, stdin = '') => page.evaluate((job) => window.runJob(job),
    { source, kind: { kind: 'program', stdin }, output_limit: 1 << 20 });
  for (let i = 0; i < 3; i++) {
    const r = await run('print(sum(i * i for i in range(10**6)))');
    const out = JSON.parse(r.stdout);
    console.log(`job ${i + 1}: generator sum 10**6: ${out.time_ms.toFixed(0)} ms in Python, ${r.wallMs.toFixed(0)} ms with a fresh instance`);
  }
  const kinds = {
    plain: 'def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)',
    method: 'class A:\n    def g(self, n):\n        return 0 if n == 0 else 1 + self.g(n - 1)\nf = A().g',
    lru_cache: 'import functools\n@functools.lru_cache(None)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)',
    star_args: 'def w(*a):\n    return g(*a)\ndef g(n):\n    return 0 if n == 0 else 1 + w(n - 1)\nf = g',
    fixed_arity_memo: 'cache = {}\ndef w(n):\n    if n in cache:\n        return cache[n]\n    r = g(n)\n    cache[n] = r\n    return r\ndef g(n):\n    return 0 if n == 0 else 1 + w(n - 1)\nf = w',
  };
  for (const [name, def] of Object.entries(kinds)) {
    let ok = 0;
    let failure = '';
    for (const depth of [100, 200, 300, 400, 490, 600, 800, 995, 1500, 2000, 2900]) {
      const source = `import sys\nsys.setrecursionlimit(10**6)\n${def}\ntry:\n    print(f(${depth}))\nexcept RecursionError:\n    print('RecursionError')`;
      const r = await run(source);
      const text = r.trap ? `trap (${r.trap})` : JSON.parse(r.stdout).stdout.trim();
      if (text !== String(depth)) { failure = `${depth}: ${text}`; break; }
      ok = depth;
    }
    console.log(`recursion through ${name}: deepest ${ok}; first failure ${failure || 'none up to 2900'}`);
  }
} finally {
  await browser.close();
  server.close();
}
