// The same verdicts natively and in WebAssembly: every fixture problem's submissions and every
// hostile program are judged by the native judge and by the WASI sandbox under Node.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.PYPREP_BIN;
const wasm = process.env.PYPREP_SANDBOX_WASM;

test('the test command provides the pyprep binary and the WebAssembly sandbox', () => {
  assert.ok(bin && existsSync(bin), `PYPREP_BIN must name the pyprep binary (got ${bin})`);
  assert.ok(wasm && existsSync(wasm), `PYPREP_SANDBOX_WASM must name the sandbox (got ${wasm})`);
});

function judge(problem, file, engine) {
  const args = ['judge', problem, file, '--json', '--engine', engine];
  const run = spawnSync(bin, args, { encoding: 'utf8', env: { ...process.env, PYPREP_SANDBOX_WASM: wasm } });
  assert.ok(run.status === 0 || run.status === 1, `pyprep ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
  const report = JSON.parse(run.stdout);
  return { verdict: report.verdict, tests: report.tests.map((t) => `${t.name}:${t.verdict}`) };
}

function submissions(problem) {
  const dir = join(problem, 'submissions');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((kind) =>
    readdirSync(join(dir, kind)).filter((f) => f.endsWith('.py')).map((f) => join(dir, kind, f)));
}

const fixtures = join(root, 'crates/pyprep-cli/tests/fixtures');
const problemDirs = [
  ...readdirSync(fixtures).map((d) => join(fixtures, d)).filter((d) => existsSync(join(d, 'problem.yaml'))),
  ...readdirSync(join(root, 'problems/starter')).map((d) => join(root, 'problems/starter', d))
    .filter((d) => statSync(d).isDirectory() && existsSync(join(d, 'problem.yaml'))),
];
const cases = problemDirs.flatMap((p) => submissions(p).map((s) => [p, s]));
const hostile = join(fixtures, 'hostile');
for (const f of readdirSync(hostile)) cases.push([join(fixtures, 'echo-sum'), join(hostile, f)]);

for (const [problem, file] of cases) {
  test(`same verdicts: ${relative(root, problem)} ${relative(problem, file).replace(/^\.\.\//, '')}`, () => {
    const native = judge(problem, file, 'native');
    const web = judge(problem, file, 'wasm');
    assert.deepEqual(web, native);
  });
}

// The interpreter itself: the same modules, os functions and limits in both builds.
function sandbox(engine, source) {
  const job = JSON.stringify({ source, kind: { kind: 'program', stdin: '' }, output_limit: 1 << 20 });
  const [cmd, args] = engine === 'native'
    ? [bin, ['sandbox']]
    : ['node', ['--single-threaded', join(dirname(wasm), 'wasi-run.mjs'), wasm]];
  const run = spawnSync(cmd, args, { input: job, encoding: 'utf8' });
  assert.equal(run.status, 0, `${engine} sandbox failed: ${run.stderr}`);
  return JSON.parse(run.stdout).stdout;
}

test('the same interpreter natively and in WebAssembly', () => {
  const probe = [
    'import sys, os',
    "print(sorted(m for m in sys.builtin_module_names if not m.startswith('_sysconfigdata')))",
    "print(sorted(n for n in dir(os) if callable(getattr(os, n))))",
    'print(sys.getrecursionlimit(), sys.version_info[:2], os.getcwd(), sys.argv, sys.path)',
    'for name in ("random", "dataclasses", "contextlib", "traceback", "inspect", "statistics", "socket", "subprocess", "ctypes", "threading", "locale", "uuid"):',
    '    try:',
    '        __import__(name)',
    '        print(name, "ok")',
    '    except ImportError as e:',
    '        print(name, type(e).__name__)',
  ].join('\n');
  const native = sandbox('native', probe);
  assert.match(native, /random ok/);
  assert.equal(sandbox('wasm', probe), native);
});
