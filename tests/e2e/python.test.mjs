// End-to-end tests of the Python in the browser's judge (issue 4), in headless Chromium through
// the built site's own judge (`window.pyprepJudge.run`, README.md's automation hooks): the
// modules that once failed to import there, the clocks and `time.sleep`, `random`'s seeded
// sequence against CPython's, the message for a missing module; and recursion (point 4): the
// default limit is CPython's 1000, plain recursion 995 deep and memoised recursion 490 deep
// work, and past what the worker can hold, whatever `sys.setrecursionlimit` says, every kind of
// recursion ends in a RecursionError the program can catch, never in a dead instance. The
// measured limits are printed by tests/corpus.test.mjs (`limits:` lines).
// Run from the repository root with `node --test tests/` after `scripts/build-site`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { SITE } from './helpers.mjs';
import { browserResult, openBrowserJudge, recursionKinds, recursionSource } from '../../scripts/corpus.mjs';

// A run's deadline: every program here finishes in well under a second.
const DEADLINE_MS = 20_000;
const TEST_TIMEOUT = 300_000;
// Deeper than any build can hold, so that every kind of recursion runs out.
const BOTTOMLESS = 100_000;

let judge;

before(async () => {
  judge = await openBrowserJudge(SITE);
});

after(async () => {
  await judge?.close();
});

// Runs a program in the page's judge; the result as scripts/corpus.mjs describes it.
async function run(source) {
  return browserResult(await judge.run(source, '', DEADLINE_MS));
}

// Fails unless the run printed exactly `expected` and ended normally, with no trap.
function assertPrinted(result, expected, what) {
  assert.equal(result.problem, null, `${what}: the run failed (${result.problem}); stderr: ${result.stderr}`);
  assert.equal(result.ending, null, `${what}: the program ended with ${result.ending}; stderr: ${result.stderr}`);
  assert.equal(result.stdout, expected, `${what}: unexpected output`);
}

// A recursion of `depth` levels at the default limit (no `sys.setrecursionlimit`).
function atDefaultLimit(body, depth) {
  return `import sys\nimport functools\n${body}\nprint(sys.getrecursionlimit(), f(${depth}))\n`;
}

// The modules that did not import in a WebAssembly RustPython before the judge supplied `os`
// (../shared/notes/toolchain-facts.md), and more that interview answers and tools import.
const MODULES = ['dataclasses', 'contextlib', 'random', 'statistics', 'os', 'unittest', 'doctest', 'inspect',
  'traceback', 'secrets', 'uuid', 'pathlib', 'pdb', 'typing', 'enum', 'abc', 'fractions', 'decimal', 'datetime'];

test('the modules that failed in WebAssembly before import and work', { timeout: TEST_TIMEOUT }, async () => {
  const source = `import importlib\nfor name in ${JSON.stringify(MODULES)}:\n    importlib.import_module(name)\n`
    + 'from dataclasses import dataclass\n@dataclass(order=True)\nclass P:\n    x: int\n    y: int = 0\n'
    + 'import statistics, contextlib, inspect, traceback\n'
    + 'with contextlib.suppress(KeyError):\n    {}["k"]\n'
    + 'print(sorted([P(2), P(1, 5)])[0], statistics.median([3, 1, 2]), inspect.isfunction(print), len(traceback.format_stack()) > 0)\n';
  assertPrinted(await run(source), 'P(x=1, y=5) 2 False True\n', `importing ${MODULES.join(', ')}`);
});

test('time.monotonic, time.perf_counter and time.sleep work and never trap', { timeout: TEST_TIMEOUT }, async () => {
  const source = 'import time\nt0, p0 = time.monotonic(), time.perf_counter()\ntime.sleep(0.05)\n'
    + 'print(time.monotonic() - t0 >= 0.04, time.perf_counter() - p0 >= 0.04, time.time() > 1.7e9)\n';
  assertPrinted(await run(source), 'True True True\n', 'the clocks and sleep');
});

test('random with a seed gives CPython\'s sequence', { timeout: TEST_TIMEOUT }, async () => {
  const source = 'import random\nrandom.seed(42)\nxs = list(range(10))\nrandom.shuffle(xs)\n'
    + 'print([random.randint(1, 100) for _ in range(5)], random.random(), random.choice("abcdef"), random.sample(range(100), 3), xs)\n'
    + 'r = random.Random(7)\nprint(r.uniform(0, 1), r.randrange(0, 1000, 7), r.getrandbits(40), r.gauss(0, 1))\n';
  const expected = execFileSync('python3', ['-I', '-c', source], { encoding: 'utf8' });
  assertPrinted(await run(source), expected, 'seeded random');
});

test('a module the judge lacks fails with a message that names pyprep', { timeout: TEST_TIMEOUT }, async () => {
  for (const name of ['numpy', 'subprocess']) {
    const answer = await judge.run(`import ${name}\n`, '', DEADLINE_MS);
    const { outcome } = JSON.parse(answer.stdout);
    assert.equal(outcome.type_name, 'ModuleNotFoundError', `import ${name}: ${JSON.stringify(outcome).slice(0, 300)}`);
    assert.match(outcome.message, new RegExp(`No module named '${name}': pyprep's judge`), `import ${name}`);
  }
});

const PLAIN = 'def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n';

test('the default recursion limit is 1000 and plain recursion 995 deep works', { timeout: TEST_TIMEOUT }, async () => {
  assertPrinted(await run(atDefaultLimit(PLAIN, 995)), '1000 995\n', 'plain recursion to 995');
});

test('recursion through functools.lru_cache and functools.cache 490 deep works at the default limit', { timeout: TEST_TIMEOUT }, async () => {
  for (const decorator of ['@functools.lru_cache(maxsize=None)', '@functools.lru_cache', '@functools.cache']) {
    const source = atDefaultLimit(`${decorator}\n${PLAIN}`, 490);
    assertPrinted(await run(source), '1000 490\n', `recursion through ${decorator} to 490`);
  }
});

test('past the default limit, plain and memoised recursion raise a RecursionError the program catches', { timeout: TEST_TIMEOUT }, async () => {
  for (const [what, body] of [['plain', PLAIN], ['lru_cache', `@functools.lru_cache(maxsize=None)\n${PLAIN}`]]) {
    const source = `import functools\n${body}\ntry:\n    f(1200)\nexcept RecursionError as e:\n    print("caught", type(e).__name__)\n`;
    assertPrinted(await run(source), 'caught RecursionError\n', `${what} recursion 1200 deep at the default limit`);
  }
});

test('with sys.setrecursionlimit(10**6), every kind of runaway recursion is a catchable RecursionError', { timeout: TEST_TIMEOUT }, async () => {
  const ownStack = await judge.evaluate(() => typeof WebAssembly.promising === 'function');
  console.log(`recursion: the browser's judge runs on a stack of its own (JSPI): ${ownStack ? 'yes' : 'no'}`);
  for (const kind of recursionKinds()) {
    const result = await run(recursionSource(kind, BOTTOMLESS));
    assertPrinted(result, 'RecursionError\n', `recursion through ${kind}, ${BOTTOMLESS} deep`);
  }
  // The worker survived all of that: an ordinary program still runs.
  assertPrinted(await run('print(sum(range(10)))\n'), '45\n', 'a program after the runaway recursions');
});

test('an uncaught runaway recursion ends the program with RecursionError and its message', { timeout: TEST_TIMEOUT }, async () => {
  for (const limit of ['', 'import sys\nsys.setrecursionlimit(10**6)\n']) {
    const answer = await judge.run(`${limit}def f(n):\n    return f(n + 1)\nf(0)\n`, '', DEADLINE_MS);
    assert.equal(answer.trap ?? null, null, `the instance trapped: ${answer.trap}`);
    const { outcome } = JSON.parse(answer.stdout);
    assert.equal(outcome.outcome, 'exception', `the program should end with an exception: ${JSON.stringify(outcome).slice(0, 300)}`);
    assert.equal(outcome.type_name, 'RecursionError');
    assert.match(outcome.message, /maximum recursion depth exceeded/, 'the message says what happened');
  }
});
