// The differential corpus (issue 4) as a test: every program in tests/corpus/ must give the
// same stdout and the same exception type as CPython 3.11, natively (`pyprep run`) and in the
// built site's judge in headless Chromium, except the known divergences listed in
// docs/python-compat.md; and at least 98% of the programs must agree in each. It prints the
// `corpus:` pass-rate lines and the measured recursion limits (`limits:` lines, not asserted).
// Run from the repository root with `node --test tests/` (after `scripts/build-site`).
// PYPREP_BIN defaults to $CARGO_TARGET_DIR/debug/pyprep and PYPREP_SITE to $CARGO_TARGET_DIR/site,
// with CARGO_TARGET_DIR defaulting to ~/.cache/pyprep/target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  BROWSER_DEADLINE_MS, browserResult, compareBrowser, compareNative, cpythonVersion, knownDivergences, knownLine,
  limitsLine, listPrograms, measureLimits, openBrowserJudge, rateLine, report, runNativeSource,
} from '../scripts/corpus.mjs';
import { BIN, SITE } from './e2e/helpers.mjs';


// The share of programs that must agree with CPython in each engine.
const MIN_AGREEMENT = 0.98;
// A whole engine's run, limits included, on a slow shared machine.
const ENGINE_TIMEOUT = 30 * 60_000;

const programs = listPrograms();
const known = knownDivergences();

// Prints the engine's report and checks it: no unknown disagreement, and enough agreement.
function checkSummary(summary) {
  report(summary, (line) => console.log(line));
  const unknown = summary.unknown.map((d) => `${d.name}: ${d.diff}`);
  assert.deepEqual(unknown, [], `${summary.engine}: disagreements that docs/python-compat.md does not list`);
  assert.ok(summary.agree / summary.total >= MIN_AGREEMENT,
    `${rateLine(summary)} is below ${MIN_AGREEMENT * 100}% (known divergences count against it)`);
}

test('the corpus has its programs and the known divergences exist', async () => {
  assert.ok(programs.length >= 200, `tests/corpus/ has only ${programs.length} programs`);
  const names = new Set(programs.map((p) => p.name));
  const stale = [...known.keys()].filter((name) => !names.has(name));
  assert.deepEqual(stale, [], 'docs/python-compat.md lists programs that are not in tests/corpus/');
  console.log(`corpus: ${programs.length} programs, expected results from ${await cpythonVersion()}`);
  console.log(knownLine(known));
});

test('the corpus agrees with CPython natively (pyprep run)', { timeout: ENGINE_TIMEOUT }, async () => {
  assert.ok(existsSync(BIN), `PYPREP_BIN must name the pyprep binary (got ${BIN})`);
  const summary = await compareNative(BIN, programs, known);
  console.log(limitsLine('native', await measureLimits((source) => runNativeSource(BIN, source))));
  checkSummary(summary);
});

test('the corpus agrees with CPython in the browser (the site\'s judge in Chromium)', { timeout: ENGINE_TIMEOUT }, async () => {
  assert.ok(existsSync(join(SITE, 'index.html')), `PYPREP_SITE must name the built site (got ${SITE})`);
  const judge = await openBrowserJudge(SITE);
  try {
    const summary = await compareBrowser(judge, programs, known);
    const limits = await measureLimits(async (source) => browserResult(await judge.run(source, '', BROWSER_DEADLINE_MS)));
    console.log(limitsLine('browser', limits));
    checkSummary(summary);
  } finally {
    await judge.close();
  }
});
