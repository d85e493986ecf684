// The differential corpus (issue 4): runs every program in tests/corpus/ under CPython 3.11,
// which gives the expected stdout and exception type, and under the judge's RustPython, natively
// (`pyprep run`) and in the browser (the built site's judge worker in headless Chromium), then
// reports every disagreement that docs/python-compat.md does not list as a known divergence.
// It also measures how deep recursion really goes in each build.
//
// Usage: node scripts/corpus.mjs --native PYPREP_BIN [--browser SITE_DIR] [--filter SUBSTR]
// Exit status 0 when every disagreement is a known divergence, 1 otherwise, 2 on a usage error.
// Its functions are exported for a node:test wrapper; the command-line part runs only when this
// file is the program Node.js was asked to run.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const CORPUS_DIR = join(ROOT, 'tests/corpus');
export const COMPAT_DOC = join(ROOT, 'docs/python-compat.md');

/** The CPython run's time limit, and the native and browser runs' (they are slower). */
export const CPYTHON_TIMEOUT_MS = 20_000;
export const NATIVE_TIMEOUT_MS = 60_000;
export const BROWSER_DEADLINE_MS = 30_000;
export const OUTPUT_LIMIT = 1_048_576;

/**
 * Lists the corpus programs (`NNN_name.py`), sorted by name, optionally only those whose name
 * contains `filter`. Each is `{ name, file, stdinFile, stdin }`: a sibling `NNN_name.in` is the
 * program's stdin, otherwise stdin is empty.
 */
export function listPrograms({ dir = CORPUS_DIR, filter = '' } = {}) {
  return readdirSync(dir)
    .filter((f) => /^\d{3}_.+\.py$/.test(f) && f.includes(filter))
    .sort()
    .map((name) => {
      const file = join(dir, name);
      const inFile = file.replace(/\.py$/, '.in');
      const stdinFile = existsSync(inFile) ? inFile : null;
      return { name, file, stdinFile, stdin: stdinFile ? readFileSync(stdinFile, 'utf8') : '' };
    });
}

/** Reduces a qualified exception name (`json.decoder.JSONDecodeError`) to its class name. */
export function className(name) {
  return name ? name.split('.').pop() : name;
}

/**
 * Finds how a process-run program ended from its exit status and stderr: `null` for a normal
 * end, the exception's class name for an uncaught exception (the line after the last
 * traceback's frames, or the last line of a compile error's report), or `exit N` for a
 * `sys.exit` with a non-zero status.
 */
export function endingFromStderr(stderr, status) {
  if (status === 0) return null;
  const lines = stderr.split('\n').filter((l) => l.trim() !== '');
  const header = lines.lastIndexOf('Traceback (most recent call last):');
  const nameOf = (line) => {
    const m = /^([A-Za-z_][\w.]*)(:|$)/.exec(line ?? '');
    return m ? className(m[1]) : null;
  };
  if (header >= 0) {
    let i = header + 1;
    while (i < lines.length && /^\s/.test(lines[i])) i += 1;
    const found = nameOf(lines[i]);
    if (found) return found;
  }
  // A compile error has a `File ..., line N` report and no traceback header.
  if (lines.some((l) => /^\s+File ".*", line \d+/.test(l))) {
    const found = nameOf(lines[lines.length - 1]);
    if (found) return found;
  }
  return `exit ${status}`;
}

// Runs a command with `input` on stdin; resolves to { stdout, stderr, status, timedOut }.
function runProcess(command, args, { input = '', timeoutMs, cwd }) {
  return new Promise((resolvePromise) => {
    const child = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolvePromise({ stdout: '', stderr: String(error), status: null, timedOut: false, failed: true });
    });
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolvePromise({
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        status: status ?? (signal ? `signal ${signal}` : null),
        timedOut,
      });
    });
  });
}

// Turns a finished process into a result: `{ stdout, ending, problem }`, where `problem` is set
// when the run could not be judged (a timeout, a signal, a missing program).
function processResult(run) {
  if (run.failed) return { stdout: '', ending: null, problem: `could not start: ${run.stderr}`, stderr: run.stderr };
  if (run.timedOut) return { stdout: run.stdout, ending: null, problem: 'timed out', stderr: run.stderr };
  if (typeof run.status !== 'number') {
    return { stdout: run.stdout, ending: null, problem: `killed by ${run.status}`, stderr: run.stderr };
  }
  return { stdout: run.stdout, ending: endingFromStderr(run.stderr, run.status), problem: null, stderr: run.stderr };
}

/** Runs a program under CPython (`python3 -I`), the reference. */
export async function runCpython(program, { python = 'python3' } = {}) {
  const run = await runProcess(python, ['-I', program.file], {
    input: program.stdin, timeoutMs: CPYTHON_TIMEOUT_MS, cwd: tmpdir(),
  });
  return processResult(run);
}

/** Runs a program natively with `pyprep run`, the judge's interpreter configuration. */
export async function runNative(bin, program) {
  const args = ['run', program.file];
  if (program.stdinFile) args.push('--stdin', program.stdinFile);
  const run = await runProcess(bin, args, { input: '', timeoutMs: NATIVE_TIMEOUT_MS, cwd: tmpdir() });
  return processResult(run);
}

/** Runs `task(item)` for every item with at most `limit` at a time; keeps the items' order. */
export async function mapLimit(items, limit, task) {
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next;
      next += 1;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** The job the browser's judge runs for a program: the sandbox's `Job` as JSON text. */
export function programJob(source, stdin) {
  return JSON.stringify({ source, kind: { kind: 'program', stdin }, output_limit: OUTPUT_LIMIT });
}

/**
 * Turns the browser judge's answer (`{ timedOut, code, trap, stdout, stderr, wallMs }`, with the
 * sandbox's JobOutput JSON in `stdout`) into a result like the process runs'.
 */
export function browserResult(answer) {
  if (answer.timedOut) return { stdout: '', ending: null, problem: 'timed out', stderr: '' };
  if (answer.trap) return { stdout: '', ending: null, problem: `trap: ${answer.trap}`, stderr: answer.stderr ?? '' };
  if (answer.code !== 0) {
    return { stdout: '', ending: null, problem: `the sandbox exited with ${answer.code}: ${answer.stderr}`, stderr: answer.stderr ?? '' };
  }
  let output;
  try {
    output = JSON.parse(answer.stdout);
  } catch {
    return { stdout: '', ending: null, problem: `the sandbox's answer is not JSON: ${answer.stdout.slice(0, 200)}`, stderr: '' };
  }
  const { outcome } = output;
  let ending = null;
  if (outcome.outcome === 'exception' || outcome.outcome === 'compile_error') ending = className(outcome.type_name);
  else if (outcome.outcome === 'exit') ending = outcome.code === 0 ? null : `exit ${outcome.code}`;
  const problem = output.output_exceeded ? 'output limit exceeded' : null;
  const stderr = [output.stderr, outcome.traceback].filter(Boolean).join('\n');
  return { stdout: output.stdout, ending, problem, stderr, timeMs: output.time_ms };
}

/**
 * Serves the built site, opens it in Debian's Chromium and waits for its judge. Resolves to
 * `{ run(source, stdin, deadlineMs) → answer object, close() }`, where `run` goes through the
 * page's own `window.pyprepJudge`.
 */
export async function openBrowserJudge(siteDir, { readyTimeoutMs = 120_000 } = {}) {
  if (!existsSync(join(siteDir, 'index.html'))) throw new Error(`${siteDir}/index.html is missing: build the site first`);
  const { startServer } = await import('../tests/e2e/server.mjs');
  const { launchChromium } = await import('../tests/e2e/helpers.mjs');
  const server = await startServer({ root: siteDir });
  let browser;
  try {
    browser = await launchChromium();
    const page = await browser.newPage();
    const pageErrors = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    await page.goto(`${server.url}/`);
    try {
      await page.waitForFunction(
        () => document.body.dataset.judge === 'ready' && typeof window.pyprepJudge?.run === 'function',
        null, { timeout: readyTimeoutMs, polling: 200 });
    } catch (error) {
      const state = await page.evaluate(() => `judge=${document.body.dataset.judge}, pyprepJudge=${typeof window.pyprepJudge}`);
      throw new Error(`the site's judge did not become ready (${state}) ${pageErrors.join('; ')}: ${error.message}`);
    }
    return {
      async run(source, stdin = '', deadlineMs = BROWSER_DEADLINE_MS) {
        const text = await page.evaluate(([job, deadline]) => window.pyprepJudge.run(job, deadline),
          [programJob(source, stdin), deadlineMs]);
        return JSON.parse(text);
      },
      /** Evaluates `fn` in the page (for what the page's engine offers). */
      evaluate(fn) {
        return page.evaluate(fn);
      },
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    if (browser) await browser.close();
    await server.close();
    throw error;
  }
}

// Shortens a line for a report.
function clip(text, max = 160) {
  const shown = JSON.stringify(text);
  return shown.length > max ? `${shown.slice(0, max)}...` : shown;
}

/**
 * Compares a run with CPython's. Returns null when they agree (same stdout, same exception
 * class or none, no run problem), or a short description of the difference.
 */
export function difference(expected, actual) {
  if (expected.problem) return `CPython itself: ${expected.problem}`;
  const parts = [];
  if (actual.problem) parts.push(actual.problem);
  if (expected.ending !== actual.ending) {
    parts.push(`ends with ${actual.ending ?? 'no exception'}, CPython with ${expected.ending ?? 'no exception'}`);
  }
  if (expected.stdout !== actual.stdout) {
    const want = expected.stdout.split('\n');
    const got = actual.stdout.split('\n');
    let i = 0;
    while (i < want.length && i < got.length && want[i] === got[i]) i += 1;
    parts.push(`stdout line ${i + 1}: expected ${clip(want[i] ?? '<end>')}, got ${clip(got[i] ?? '<end>')}`);
  }
  return parts.length ? parts.join('; ') : null;
}

/**
 * Reads the known divergences from the Markdown table of docs/python-compat.md: the first column
 * names a corpus program in backticks; the second, when it says `native` or `browser`, limits the
 * divergence to that build (anything else, `both` included, means both). Returns a Map from the
 * program's file name to the Set of builds ("native", "browser") where it is known to differ.
 */
export function knownDivergences(doc = COMPAT_DOC) {
  const known = new Map();
  if (!existsSync(doc)) return known;
  for (const line of readFileSync(doc, 'utf8').split('\n')) {
    const m = /^\|\s*`([^`]+\.py)`\s*\|([^|]*)\|/.exec(line);
    if (!m) continue;
    const builds = m[2].trim().toLowerCase();
    known.set(m[1], new Set(builds === 'native' || builds === 'browser' ? [builds] : ['native', 'browser']));
  }
  return known;
}

// Whether a program is a known divergence in an engine.
function isKnown(known, name, engine) {
  return Boolean(known.get(name)?.has(engine));
}

/** The `corpus: known divergences: ...` line. */
export function knownLine(known) {
  const names = [...known.keys()].sort().map((name) => {
    const builds = known.get(name);
    return builds.size === 1 ? `${name} (${[...builds][0]})` : name;
  });
  return `corpus: known divergences: ${names.join(', ') || 'none'}`;
}

/**
 * Compares every program's results in one engine with CPython's. Returns
 * `{ engine, total, agree, disagreements: [{ name, diff, known }], unknown, fixed }`, where
 * `fixed` lists known divergences that now agree.
 */
export function summarize(engine, programs, expected, actual, known) {
  const disagreements = [];
  const fixed = [];
  programs.forEach((program, i) => {
    const diff = difference(expected[i], actual[i]);
    const isKnownHere = isKnown(known, program.name, engine);
    if (diff) disagreements.push({ name: program.name, diff, known: isKnownHere, stderr: actual[i].stderr });
    else if (isKnownHere) fixed.push(program.name);
  });
  return {
    engine,
    total: programs.length,
    agree: programs.length - disagreements.length,
    disagreements,
    unknown: disagreements.filter((d) => !d.known),
    fixed,
  };
}

/** The `corpus: ENGINE N/M agree (P%)` line. */
export function rateLine(summary) {
  const pct = summary.total ? (100 * summary.agree) / summary.total : 0;
  return `corpus: ${summary.engine} ${summary.agree}/${summary.total} agree (${pct.toFixed(1)}%)`;
}

/** Prints a summary: a line per disagreement, the pass rate, and the known divergences. */
export function report(summary, log = console.log) {
  for (const d of summary.disagreements) {
    log(`corpus: ${summary.engine} ${d.known ? 'known divergence' : 'DISAGREES'}: ${d.name}: ${d.diff}`);
  }
  for (const name of summary.fixed) log(`corpus: ${summary.engine} now agrees on known divergence ${name}`);
  log(rateLine(summary));
}

// The recursions whose depth is measured: a plain function and one through lru_cache (the
// `limits:` line), and other interview idioms whose calls leave the interpreter's fast path for
// plain positional calls: a default argument left out (`memo={}` helpers), a keyword argument, a
// generator expression consumed by max(), a decorator's `*args, **kwargs` wrapper, a dunder
// method (`len()` calling `__len__`), and a nested function made again after its calls ran
// (a `dfs` inside a function called once per test case), whose calls the interpreter no longer
// runs on its fast path.
const RECURSION_KINDS = {
  plain: 'def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n',
  lru_cache: 'import functools\n\n@functools.lru_cache(maxsize=None)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n',
  default_argument: 'def f(n, memo=None):\n    return 0 if n == 0 else 1 + f(n - 1)\n',
  keyword_argument: 'def f(n):\n    return 0 if n == 0 else 1 + f(n=n - 1)\n',
  generator_in_max: 'def f(n):\n    return 0 if n == 0 else 1 + max((f(m) for m in (n - 1,)), default=0)\n',
  decorator: 'import functools\n\ndef logged(g):\n    @functools.wraps(g)\n    def wrapper(*args, **kwargs):\n        return g(*args, **kwargs)\n    return wrapper\n\n'
    + '@logged\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n',
  dunder_method: 'class Chain:\n    def __init__(self, n):\n        self.n = n\n\n    def __len__(self):\n'
    + '        return 0 if self.n == 0 else 1 + len(Chain(self.n - 1))\n\n\ndef f(n):\n    return len(Chain(n))\n',
  nested_function_again: 'def solve(n):\n    def g(k):\n        return 0 if k == 0 else 1 + g(k - 1)\n    return g(n)\n\n'
    + 'solve(3)\nsolve(3)\n\n\ndef f(n):\n    return solve(n)\n',
};

/** The names of the kinds of recursion whose limits are measured. */
export const recursionKinds = () => Object.keys(RECURSION_KINDS);

/** The program that recurses `depth` levels through a kind of call and prints the depth reached. */
export function recursionSource(kind, depth) {
  return `import sys\nsys.setrecursionlimit(10**6)\n${RECURSION_KINDS[kind]}`
    + `try:\n    print(f(${depth}))\nexcept RecursionError:\n    print("RecursionError")\n`;
}

/**
 * Finds the deepest recursion that works by doubling and then bisecting. `attempt(depth)`
 * resolves to `{ ok, what }`, where `what` says how a failing run ended. Resolves to
 * `{ deepest, firstFailure, past }` (firstFailure null when no failure up to `ceiling`).
 */
export async function deepestWorking(attempt, { start = 100, ceiling = 100_000 } = {}) {
  let good = 0;
  let bad = null;
  let past = null;
  let depth = start;
  while (depth <= ceiling) {
    const r = await attempt(depth);
    if (!r.ok) {
      bad = depth;
      past = r.what;
      break;
    }
    good = depth;
    depth *= 2;
  }
  if (bad === null) return { deepest: good, firstFailure: null, past: `none up to ${good}` };
  while (bad - good > 1) {
    const mid = Math.floor((good + bad) / 2);
    const r = await attempt(mid);
    if (r.ok) good = mid;
    else {
      bad = mid;
      past = r.what;
    }
  }
  return { deepest: good, firstFailure: bad, past };
}

// How a recursion probe ended: ok when it printed its depth.
function probeOutcome(result, depth) {
  if (result.problem) return { ok: false, what: result.problem };
  if (result.stdout === `${depth}\n` && !result.ending) return { ok: true };
  if (result.stdout.trim() === 'RecursionError') return { ok: false, what: 'RecursionError (caught)' };
  return { ok: false, what: `ended with ${result.ending ?? 'no exception'}, printed ${clip(result.stdout, 60)}` };
}

/** Measures the recursion limits with `runSource(source) → result` (a result as above). */
export async function measureLimits(runSource) {
  const limits = {};
  for (const kind of Object.keys(RECURSION_KINDS)) {
    limits[kind] = await deepestWorking(async (depth) => probeOutcome(await runSource(recursionSource(kind, depth)), depth));
  }
  return limits;
}

// How a measured recursion ended past its deepest working depth.
function pastText(l) {
  return l.firstFailure === null ? l.past : `at ${l.firstFailure}, ${l.past}`;
}

/** The `limits:` line, and a second one for the other recursion idioms. */
export function limitsLine(engine, limits) {
  const main = `limits: ${engine} plain recursion ${limits.plain.deepest}, lru_cache recursion ${limits.lru_cache.deepest}, `
    + `past the limit: plain ${pastText(limits.plain)}; lru_cache ${pastText(limits.lru_cache)}`;
  const more = Object.keys(limits).filter((k) => k !== 'plain' && k !== 'lru_cache')
    .map((k) => `${k} recursion ${limits[k].deepest} (past it: ${pastText(limits[k])})`);
  return more.length ? `${main}\nlimits: ${engine} also ${more.join(', ')}` : main;
}

/** Runs a source text natively with `pyprep run` (through a temporary file). */
export async function runNativeSource(bin, source) {
  const dir = mkdtempSync(join(tmpdir(), 'pyprep-corpus-'));
  try {
    const file = join(dir, 'probe.py');
    writeFileSync(file, source);
    return await runNative(bin, { name: 'probe.py', file, stdinFile: null, stdin: '' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// CPython's results, computed once per process and program list.
let cpythonCache = null;

/** CPython's results for the programs (run two at a time), computed once per process. */
export async function cpythonResults(programs) {
  const key = programs.map((p) => p.name).join('\n');
  if (!cpythonCache || cpythonCache.key !== key) {
    cpythonCache = { key, results: mapLimit(programs, 2, (p) => runCpython(p)) };
  }
  return cpythonCache.results;
}

/** Compares the programs natively; resolves to a summary (see `summarize`). */
export async function compareNative(bin, programs, known = knownDivergences()) {
  const expected = await cpythonResults(programs);
  const actual = await mapLimit(programs, 2, (p) => runNative(bin, p));
  return summarize('native', programs, expected, actual, known);
}

/** Compares the programs in the browser, one at a time through the page's judge. */
export async function compareBrowser(judge, programs, known = knownDivergences()) {
  const expected = await cpythonResults(programs);
  const actual = [];
  for (const program of programs) {
    const source = readFileSync(program.file, 'utf8');
    try {
      actual.push(browserResult(await judge.run(source, program.stdin, BROWSER_DEADLINE_MS)));
    } catch (error) {
      actual.push({ stdout: '', ending: null, problem: `the page failed: ${error.message}`, stderr: '' });
    }
  }
  return summarize('browser', programs, expected, actual, known);
}

/**
 * The whole comparison, as the command line runs it. Resolves to
 * `{ summaries, limits, ok }`; `ok` is false when some disagreement is not a known one.
 */
export async function runCorpus({ native, browser, filter = '', log = console.log, limits: measure = true }) {
  const programs = listPrograms({ filter });
  const known = knownDivergences();
  const summaries = [];
  const limits = {};
  log(`corpus: ${programs.length} programs, expected results from ${await cpythonVersion()}`);
  if (native) {
    const summary = await compareNative(native, programs, known);
    report(summary, log);
    summaries.push(summary);
    if (measure) {
      limits.native = await measureLimits((source) => runNativeSource(native, source));
      log(limitsLine('native', limits.native));
    }
  }
  if (browser) {
    const judge = await openBrowserJudge(browser);
    try {
      const summary = await compareBrowser(judge, programs, known);
      report(summary, log);
      summaries.push(summary);
      if (measure) {
        limits.browser = await measureLimits(async (source) => browserResult(await judge.run(source, '', BROWSER_DEADLINE_MS)));
        log(limitsLine('browser', limits.browser));
      }
    } finally {
      await judge.close();
    }
  }
  log(knownLine(known));
  return { summaries, limits, ok: summaries.every((s) => s.unknown.length === 0) };
}

/** The reference interpreter's version, for the report. */
export async function cpythonVersion(python = 'python3') {
  const run = await runProcess(python, ['-I', '-c', 'import sys; print(sys.version.split()[0])'], { timeoutMs: CPYTHON_TIMEOUT_MS });
  return `CPython ${run.stdout.trim()}`;
}

// Parses the command line: --native BIN, --browser DIR, --filter TEXT, --no-limits.
function parseArgs(argv) {
  const options = { native: null, browser: null, filter: '', limits: true };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--native' || arg === '--browser' || arg === '--filter') {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      options[arg.slice(2)] = argv[i + 1];
      i += 1;
    } else if (arg === '--no-limits') {
      options.limits = false;
    } else {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  if (!options.native) throw new Error('--native PYPREP_BIN is required');
  options.native = resolve(options.native);
  if (options.browser) options.browser = resolve(options.browser);
  return options;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  let options;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`corpus: ${error.message}`);
    console.error('usage: node scripts/corpus.mjs --native PYPREP_BIN [--browser SITE_DIR] [--filter SUBSTR] [--no-limits]');
    process.exit(2);
  }
  const result = await runCorpus(options);
  process.exit(result.ok ? 0 : 1);
}
