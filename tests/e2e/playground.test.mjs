// End-to-end tests of the built web app in headless Chromium: the problem list, judging in the
// browser's worker (AC, WA with its diff, TLE and recovery, RE with its traceback link, deep
// recursion, CE, MLE), autosave and notes across a reload, offline use through the service
// worker, the statement sanitiser, a broken `?pack=`, a failing localStorage, custom tests, the
// keyboard shortcuts, "Reset to starter", the page's address, the timer, the list's filters,
// hidden tests that show no data, and a tablet-sized window. They drive only the automation
// hooks the app promises (data-testid, data-judge, data-verdict, window.pyprepEditor.active),
// print benchmark figures on lines starting "bench:" and save screenshots in
// test-results/screenshots/.
// Run from the repository root with `node --test tests/` after `scripts/build-site`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  E2E_PACK, ROOT, SITE, checkPrerequisites, compileE2ePack, describe, launchChromium,
  setCode, shot, waitForJudgeReady as waitForJudge, withPage as withBrowserPage,
} from './helpers.mjs';
import { startServer } from './server.mjs';

const BROKEN_PACK = join(ROOT, 'tests', 'e2e', 'packs', 'broken.json');
const SECOND_LARGEST = join(ROOT, 'problems', 'starter', 'second-largest');

// Timeouts. The machine is slow and shared, so they are generous; no test asserts a duration.
const VERDICT_TIMEOUT = 60_000;
const LOAD_TIMEOUT = 60_000;
// A run that times out may restart the worker after every test, so it is given longer to end.
const TLE_RUN_TIMEOUT = 180_000;
const TEST_TIMEOUT = 300_000;

// The verdict codes, and the words the summary may use for them instead of the code.
const VERDICT_WORDS = [
  ['AC', /accepted/i],
  ['WA', /wrong answer/i],
  ['TLE', /time limit/i],
  ['MLE', /memory limit/i],
  ['OLE', /output limit/i],
  ['RE', /run-?\s?time error/i],
  ['CE', /compil/i],
];

// Programs used by several tests.
const ACCEPTED = readFileSync(join(SECOND_LARGEST, 'submissions', 'accepted', 'single_pass.py'), 'utf8');
const WRONG = readFileSync(join(SECOND_LARGEST, 'submissions', 'wrong_answer', 'ignores_duplicates.py'), 'utf8');
const INFINITE_LOOP = 'while True:\n    pass\n';
const RAISES_ON_LINE_3 = 'n = int(input())\nxs = input().split()\nraise ValueError("boom")';
const DEEP_RECURSION = readFileSync(join(E2E_PACK, 'deep-recursion', 'submissions', 'accepted', 'recursive.py'), 'utf8');
const NO_BASE_CASE = readFileSync(join(E2E_PACK, 'deep-recursion', 'submissions', 'run_time_error', 'no_base_case.py'), 'utf8');

// Shared by the tests: the browser, the site's server (with the e2e pack under /extra/), and the
// directory the e2e pack is compiled into.
let browser;
let server;
let packOut;

// Reads a pack.yaml's id and problem list. Only the two forms the bundled packs use are needed:
// `problems: [a, b]` on one line, or a block list of `- a` lines.
function readPackYaml(dir) {
  const text = readFileSync(join(dir, 'pack.yaml'), 'utf8');
  const unquote = (s) => s.trim().replace(/^["']|["']$/g, '');
  const id = unquote(text.match(/^id:\s*(.+?)\s*(#.*)?$/m)?.[1] ?? '');
  const lines = text.split('\n');
  const start = lines.findIndex((line) => /^problems:/.test(line));
  assert.ok(id && start >= 0, `${relative(ROOT, dir)}/pack.yaml: could not read its id and problems`);
  const inline = lines[start].replace(/^problems:/, '').replace(/#.*$/, '').trim();
  let problems = [];
  if (inline.startsWith('[')) {
    problems = inline.replace(/^\[|\]$/g, '').split(',').map(unquote).filter(Boolean);
  } else {
    for (const line of lines.slice(start + 1)) {
      const item = line.match(/^\s*-\s*([^#\s]+)\s*(#.*)?$/);
      if (item) problems.push(unquote(item[1]));
      else if (/^\S/.test(line)) break;
    }
  }
  return { id, problems };
}

// The bundled packs: every problems/*/pack.yaml.
function bundledPacks() {
  const dir = join(ROOT, 'problems');
  return readdirSync(dir)
    .filter((name) => existsSync(join(dir, name, 'pack.yaml')))
    .sort()
    .map((name) => readPackYaml(join(dir, name)));
}

// The names the judge gives a problem's tests: the path below data/ without `.in`.
function testNames(problemDir) {
  const data = join(problemDir, 'data');
  const names = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.in')) names.push(relative(data, path).slice(0, -'.in'.length).split('\\').join('/'));
    }
  };
  for (const part of ['sample', 'secret']) if (existsSync(join(data, part))) walk(join(data, part));
  return names.sort();
}

// Runs `body({ context, page })` in a fresh context of this file's browser (see helpers.mjs).
const withPage = (name, options, body) => withBrowserPage(browser, name, options, body);

// The URL of the start page, with the e2e pack or another compiled pack added by `?pack=`.
const startUrl = (base = server.url) => `${base}/`;
const packUrl = (file) => `${server.url}/?pack=${encodeURIComponent(`${server.url}/extra/${file}`)}`;

// Waits until the judge can start a run (see helpers.mjs).
const waitForJudgeReady = (page, timeout = LOAD_TIMEOUT) => waitForJudge(page, timeout);

// Waits for a problem's entry in the list.
async function waitForEntry(page, id, timeout = LOAD_TIMEOUT) {
  try {
    await page.locator(`[data-testid="problem-${id}"]`).waitFor({ state: 'visible', timeout });
  } catch {
    assert.fail(`the problem list shows no [data-testid="problem-${id}"] within ${timeout / 1000} s${await describe(page)}`);
  }
}

// Opens a problem from the list by clicking its entry's button, and waits for its editor.
async function openProblem(page, id) {
  await waitForEntry(page, id);
  await page.locator(`[data-testid="problem-${id}"] button`).first().click();
  try {
    await page.locator('[data-testid="editor"] .cm-content').waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForFunction(() => Boolean(window.pyprepEditor?.active), null, { timeout: 10_000 });
  } catch {
    assert.fail(`opening ${id} showed no editor ([data-testid="editor"] .cm-content with window.pyprepEditor.active)${await describe(page)}`);
  }
}

// Reads the overall verdict from `.results-summary .verdict`, as a code (AC, WA, ...), waiting
// until it shows one (it reads "Judging…" or similar while a run is in progress).
async function summaryVerdict(page, timeout = 15_000) {
  const summary = page.locator('.results-summary .verdict').first();
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = ((await summary.textContent({ timeout: 1_000 }).catch(() => '')) || '').trim();
    const code = text.match(/\b(AC|WA|TLE|MLE|OLE|RE|CE)\b/)?.[1] ?? VERDICT_WORDS.find(([, words]) => words.test(text))?.[0];
    if (code) return code;
    await page.waitForTimeout(200);
  }
  assert.fail(`.results-summary .verdict shows no verdict (text: ${JSON.stringify(text)})${await describe(page)}`);
}

// The result rows in page order, as { name, verdict }.
async function resultRows(page) {
  return page.locator('[data-testid^="result-"][data-verdict]').evaluateAll((rows) =>
    rows.map((row) => ({ name: row.dataset.testid.slice('result-'.length), verdict: row.dataset.verdict })));
}

// Starts a run ('run') or a submission ('submit') with its button, or with its keyboard shortcut
// in the editor when `keys` is set, and waits until body[data-judge] becomes "running". Returns
// a mark for `finishRun`: where the judge's history stood and the page's clock at the start.
// With `focus` (a locator), the shortcut is pressed after clicking that element instead of the
// editor, to try the page-wide shortcuts.
async function startRun(page, action, { keys = false, focus = null } = {}) {
  await waitForJudgeReady(page);
  const mark = await page.evaluate(() => ({ n: window.__judgeLog.length, t: performance.now() }));
  mark.action = action;
  mark.how = keys ? (action === 'submit' ? 'Ctrl+Shift+Enter' : 'Ctrl+Enter') : `the ${action} button`;
  if (keys) {
    if (focus) mark.how += ' outside the editor';
    await (focus ?? page.locator('[data-testid="editor"] .cm-content')).click();
    await page.keyboard.press(action === 'submit' ? 'Control+Shift+Enter' : 'Control+Enter');
  } else {
    await page.locator(`[data-testid="${action}"]`).click();
  }
  try {
    await page.waitForFunction((n) => window.__judgeLog.slice(n).some((e) => e.state === 'running'), mark.n, { timeout: 30_000, polling: 50 });
  } catch {
    assert.fail(`${mark.how} did not start a run (body data-judge never became "running")${await describe(page)}`);
  }
  return mark;
}

// Waits until the run that `mark` started has ended (body[data-judge] back from "running" to
// "ready"). Returns the overall verdict, the rows, and the milliseconds from the click to the end.
async function finishRun(page, mark, timeout = VERDICT_TIMEOUT) {
  const ended = (n) => {
    const log = window.__judgeLog.slice(n);
    const start = log.findIndex((e) => e.state === 'running');
    return start < 0 ? undefined : log.slice(start + 1).find((e) => e.state === 'ready' || e.state === 'failed');
  };
  try {
    await page.waitForFunction(ended, mark.n, { timeout, polling: 100 });
  } catch {
    assert.fail(`the ${mark.action} started with ${mark.how} did not finish within ${timeout / 1000} s${await describe(page)}`);
  }
  const end = await page.evaluate(ended, mark.n);
  assert.equal(end.state, 'ready', `the judge went to "${end.state}" instead of back to "ready" after the ${mark.action}${await describe(page)}`);
  const verdict = await summaryVerdict(page);
  const rows = await resultRows(page);
  return { verdict, rows, ms: end.t - mark.t };
}

// A whole run or submission: `startRun` then `finishRun`.
async function judgeRun(page, action, { keys = false, focus = null, timeout = VERDICT_TIMEOUT } = {}) {
  return finishRun(page, await startRun(page, action, { keys, focus }), timeout);
}

// Fails with `message` and the offending items unless `items` is empty.
function assertNone(items, message) {
  assert.ok(items.length === 0, `${message}; found ${items.length}: ${items.join('; ')}`);
}

// The rows that are not AC, as "name: verdict".
const notAccepted = (rows) => rows.filter((r) => r.verdict !== 'AC').map((r) => `${r.name}: ${r.verdict}`);

// Opens a result row's body (its `.result-head` button toggles it) unless it is open already.
async function openRow(row) {
  const body = row.locator('.result-body');
  if (!(await body.isVisible().catch(() => false))) await row.locator('.result-head').click();
  await body.waitFor({ state: 'visible', timeout: 10_000 });
  return body;
}

// Whether the problem list is on screen within `timeout` milliseconds.
async function listShown(page, timeout) {
  return page.locator('[data-testid="problem-second-largest"]').waitFor({ state: 'visible', timeout }).then(() => true, () => false);
}

// Goes back from a problem to the list. The contract names no back control, so this tries a
// "back" test id, then a button or link named "Problems", then the browser's history, and as a
// last resort loads the start page again (the state is in localStorage). Returns how it went back.
async function backToList(page) {
  const controls = [
    page.getByTestId('back'),
    page.locator('button.back, a.back'),
    page.getByRole('button', { name: /problems/i }),
    page.getByRole('link', { name: /problems/i }),
  ];
  for (const control of controls) {
    const first = control.first();
    if (await first.isVisible().catch(() => false)) {
      await first.click();
      if (await listShown(page, 5_000)) return 'back control';
    }
  }
  await page.goBack().catch(() => {});
  if (await listShown(page, 5_000)) return 'browser history';
  await page.goto(startUrl());
  assert.ok(await listShown(page, LOAD_TIMEOUT), `the problem list did not come back${await describe(page)}`);
  return 'reloading the start page';
}

before(async () => {
  checkPrerequisites();
  // The e2e pack, compiled as the app reads it, with the broken pack beside it, under /extra/.
  packOut = compileE2ePack('pyprep-e2e-');
  copyFileSync(BROKEN_PACK, join(packOut, 'broken.json'));
  server = await startServer({ root: SITE, extra: { '/extra/': packOut } });
  browser = await launchChromium();
  console.log(`e2e: site ${SITE} served at ${server.url}; e2e pack compiled into ${packOut}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (packOut) rmSync(packOut, { recursive: true, force: true });
});

test('a. the start page lists every problem of every bundled pack and the judge becomes ready', { timeout: TEST_TIMEOUT }, async () => {
  const packs = bundledPacks();
  const packIds = packs.map((p) => p.id).sort();
  for (const id of ['oa-core', 'oa-warmup', 'python-concepts', 'starter']) {
    assert.ok(packIds.includes(id), `problems/ should hold the bundled pack ${id} (found ${packIds.join(', ')})`);
  }
  const ids = packs.flatMap((p) => p.problems);
  assert.ok(ids.includes('second-largest'), 'the starter pack should list second-largest');

  await withPage('start-page', {}, async ({ page }) => {
    await page.goto(startUrl());
    await waitForEntry(page, 'second-largest');
    const allListed = await page.waitForFunction((wanted) => wanted.every((id) => document.querySelector(`[data-testid="problem-${id}"]`)),
      ids, { timeout: LOAD_TIMEOUT, polling: 200 }).then(() => true, () => false);
    if (!allListed) {
      const missing = await page.evaluate((wanted) => wanted.filter((id) => !document.querySelector(`[data-testid="problem-${id}"]`)), ids);
      const byPack = packs.map((p) => [p.id, p.problems.filter((id) => missing.includes(id))]).filter(([, m]) => m.length);
      assert.fail(`the problem list lacks ${missing.length} of the ${ids.length} bundled problems: `
        + byPack.map(([pack, m]) => `${pack}: ${m.join(', ')}`).join('; '));
    }

    const states = await page.evaluate((wanted) => wanted.map((id) => {
      const state = document.querySelector(`[data-testid="problem-${id}"] .state`);
      const classes = state ? ['state-solved', 'state-attempted', 'state-untried'].filter((c) => state.classList.contains(c)) : null;
      return { id, classes };
    }), ids);
    const withoutState = states.filter((s) => !s.classes || s.classes.length !== 1).map((s) => s.id);
    assertNone(withoutState, 'every list entry should hold a .state element with exactly one of state-solved, state-attempted, state-untried');
    const notUntried = states.filter((s) => s.classes[0] !== 'state-untried').map((s) => `${s.id} (${s.classes[0]})`);
    assertNone(notUntried, 'in a fresh browser profile every problem should be state-untried');

    await waitForJudgeReady(page);
    const readyAt = await page.evaluate(() => window.__judgeLog.find((e) => e.state === 'ready')?.t);
    console.log(`bench: page load to judge ready: ${Math.round(readyAt)} ms (navigation start to body data-judge="ready")`);
    await shot(page, '01-problem-list');
  });
});

test('b. the accepted second-largest solution gets AC on every test and the problem shows as solved', { timeout: TEST_TIMEOUT }, async () => {
  const expected = testNames(SECOND_LARGEST);
  await withPage('accepted', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, ACCEPTED);
    const { verdict, rows, ms } = await judgeRun(page, 'submit');
    console.log(`bench: submit to all verdicts, second-largest (${rows.length} tests): ${Math.round(ms)} ms`);
    await shot(page, '02-second-largest-accepted');

    const names = rows.map((r) => r.name).sort();
    assert.deepEqual(names, expected, 'Submit should show one result row per test of second-largest, named as the judge '
      + `names them: expected ${expected.join(', ')}; got ${names.join(', ')}`);
    assertNone(notAccepted(rows), 'every test of the accepted single_pass.py should be AC');
    assert.equal(verdict, 'AC', 'the summary (.results-summary .verdict) should say AC / Accepted');

    const how = await backToList(page);
    console.log(`e2e: went back from the problem to the list by ${how}`);
    const solved = await page.waitForFunction(
      () => document.querySelector('[data-testid="problem-second-largest"] .state')?.classList.contains('state-solved'),
      null, { timeout: 10_000 }).then(() => true, () => false);
    const classes = await page.locator('[data-testid="problem-second-largest"] .state').first().getAttribute('class').catch(() => null);
    assert.ok(solved, `after going back (by ${how}) the second-largest entry should show state-solved, but its .state has class ${JSON.stringify(classes)}`);
    await shot(page, '02-problem-list-solved');
  });
});

test('c. a wrong answer on a sample shows WA with the differing line marked', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('wrong-answer', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, WRONG);
    const { verdict, rows } = await judgeRun(page, 'run');
    assert.ok(rows.length > 0 && rows.every((r) => r.name.startsWith('sample/')),
      `Run should judge the samples only (no custom tests exist), got rows ${JSON.stringify(rows)}`);
    const wrong = rows.find((r) => r.verdict === 'WA');
    assert.ok(wrong, `ignores_duplicates.py prints 9 for sample 1 (expected 4), so a sample row should be WA; rows: ${JSON.stringify(rows)}`);
    assert.equal(verdict, 'WA', 'the summary should say WA / Wrong answer');

    const row = page.locator(`[data-testid="result-${wrong.name}"]`);
    const body = await openRow(row);
    const blocks = await body.locator('pre.io.diff').allTextContents();
    assert.ok(blocks.length >= 2, `the open row should show expected and actual output as pre.io.diff blocks, found ${blocks.length}`);
    assert.ok(blocks.some((b) => b.trim() === '4') && blocks.some((b) => b.trim() === '9'),
      `the diff blocks should hold the expected "4" and the actual "9" of sample 1, got ${JSON.stringify(blocks)}`);
    const marked = await body.locator('pre.io.diff .line-diff').allTextContents();
    assert.ok(marked.length >= 1, 'the differing line should carry the class line-diff');
    assert.ok(marked.some((line) => line.trim() === '9' || line.trim() === '4'),
      `the line marked line-diff should be the differing output line ("4" or "9"), got ${JSON.stringify(marked)}`);
    const message = (await row.locator('.result-message').first().textContent().catch(() => '')) || '';
    assert.match(message, /line 1\b/, `the row's .result-message should name the differing line ("line 1: ..."), got ${JSON.stringify(message)}`);
    await shot(page, '03-wrong-answer-diff-open');
  });
});

test('d. an infinite loop gets TLE, and the next submission in the same page gets AC', { timeout: 600_000 }, async () => {
  await withPage('time-limit', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, INFINITE_LOOP);
    const mark = await startRun(page, 'submit');
    try {
      await page.locator('[data-testid^="result-"][data-verdict="TLE"]').first().waitFor({ state: 'attached', timeout: VERDICT_TIMEOUT });
    } catch {
      assert.fail(`no result row got data-verdict="TLE" within ${VERDICT_TIMEOUT / 1000} s for while True: pass${await describe(page)}`);
    }
    const tleSeen = Date.now();
    // The app may stop at the first TLE or go on (restarting the worker after each), so the rest
    // of the run is given longer.
    const { verdict: tleVerdict, rows } = await finishRun(page, mark, TLE_RUN_TIMEOUT);
    assert.equal(rows[0]?.verdict, 'TLE', `the first result row should be TLE, rows: ${JSON.stringify(rows)}`);
    assert.equal(tleVerdict, 'TLE', 'the summary should say TLE / Time limit exceeded');
    await shot(page, '04-time-limit-exceeded');

    await setCode(page, ACCEPTED);
    const { verdict, rows: after } = await judgeRun(page, 'submit');
    const recovery = Date.now() - tleSeen;
    assertNone(notAccepted(after), 'after a TLE, the accepted solution submitted in the same page should get AC on every test');
    assert.equal(verdict, 'AC', 'after a TLE, the next accepted submission should be AC overall');
    console.log(`bench: worker recovery after TLE (TLE verdict shown to the next accepted submission finished): ${recovery} ms`);
    await shot(page, '04-accepted-after-time-limit');
  });
});

test('e. an exception on line 3 gets RE naming line 3, and its traceback link moves the cursor there', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('run-time-error', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    // Typed, as a candidate would: auto-closed brackets and quotes are stepped over by typing them.
    const content = page.locator('[data-testid="editor"] .cm-content');
    await content.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(RAISES_ON_LINE_3);
    const typed = await page.evaluate(() => window.pyprepEditor.active.getDoc());
    assert.equal(typed, RAISES_ON_LINE_3, 'typing into the editor should produce exactly the typed program (auto-indent and auto-closing brackets included)');

    const { verdict, rows } = await judgeRun(page, 'run', { keys: true });
    const crashed = rows.find((r) => r.verdict === 'RE');
    assert.ok(crashed, `a program raising ValueError should get RE on a sample, rows: ${JSON.stringify(rows)}`);
    assert.equal(verdict, 'RE', 'the summary should say RE / Run-time error');

    const row = page.locator(`[data-testid="result-${crashed.name}"]`);
    const body = await openRow(row);
    const message = (await row.locator('.result-message').first().textContent().catch(() => '')) || '';
    assert.ok(message.includes('line 3'), `the RE message should name line 3 ("... (line 3)"), got ${JSON.stringify(message)}`);
    const links = body.locator('pre.traceback a.trace-line');
    const texts = await links.allTextContents();
    assert.ok(texts.length > 0, 'the traceback (pre.traceback) should hold a.trace-line links');
    const link = links.filter({ hasText: /\b3\b/ }).first();
    assert.ok(await link.count(), `a traceback link should name line 3, links: ${JSON.stringify(texts)}`);

    // Put the cursor on line 1 first, so that the link visibly moves it.
    await page.locator('[data-testid="editor"] .cm-line').first().click();
    await page.keyboard.press('Control+Home');
    const activeLine = () => page.evaluate(() => document.querySelector('[data-testid="editor"] .cm-activeLine')?.textContent ?? null);
    assert.equal(await activeLine(), 'n = int(input())', 'before clicking the link the cursor should be on line 1');
    await link.click();
    const lineThree = RAISES_ON_LINE_3.split('\n')[2];
    const moved = await page.waitForFunction((text) => document.querySelector('[data-testid="editor"] .cm-activeLine')?.textContent === text,
      lineThree, { timeout: 10_000 }).then(() => true, () => false);
    assert.ok(moved, `clicking the traceback link should move the cursor to line 3 (${lineThree}); the active line is ${JSON.stringify(await activeLine())}`);
    await shot(page, '05-run-time-error-traceback');
  });
});

test('f. a recursion 900 deep is accepted, and a runaway one is RE with RecursionError (deep-recursion from ?pack=)', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('deep-recursion', {}, async ({ page }) => {
    await page.goto(packUrl('e2e.json'));
    await openProblem(page, 'deep-recursion');
    await setCode(page, DEEP_RECURSION);
    const { verdict, rows } = await judgeRun(page, 'submit');
    await shot(page, '06-deep-recursion-accepted');
    const deep = rows.find((r) => r.name === 'secret/02-deep-900');
    assert.ok(deep, `Submit should show the hidden test secret/02-deep-900 (n = 900), rows: ${JSON.stringify(rows)}`);
    assert.equal(deep.verdict, 'AC', 'the recursive depth(900) should be AC: the judge allows recursion 900 deep in the browser');
    assertNone(notAccepted(rows), 'every test of deep-recursion should be AC');
    assert.equal(verdict, 'AC', 'the summary should say AC / Accepted');

    // A recursion without a base case is RE with RecursionError on every test, and the judge
    // still works afterwards (the instance never dies).
    await setCode(page, NO_BASE_CASE);
    const runaway = await judgeRun(page, 'run');
    await shot(page, '06-runaway-recursion-re');
    assert.equal(runaway.verdict, 'RE', 'a recursion without a base case should get RE');
    assert.ok(runaway.rows.length > 0 && runaway.rows.every((r) => r.verdict === 'RE'),
      `every sample should be RE, rows: ${JSON.stringify(runaway.rows)}`);
    const row = page.locator(`[data-testid="result-${runaway.rows[0].name}"]`);
    await openRow(row);
    const message = (await row.locator('.result-message').first().textContent().catch(() => '')) || '';
    assert.match(message, /RecursionError/, `the RE message should name RecursionError, got ${JSON.stringify(message)}`);
    await setCode(page, DEEP_RECURSION);
    const again = await judgeRun(page, 'run');
    assert.equal(again.verdict, 'AC', 'the accepted solution should pass again after the runaway recursion');
  });
});

test('g. the draft and a note survive a reload', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('persistence', {}, async ({ page }) => {
    const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const draft = `# draft ${token}\ndef max_profit(prices):\n    return 0\n`;
    const note = `Approach ${token}: track the lowest price so far.`;

    await page.goto(startUrl());
    await openProblem(page, 'max-profit');
    await setCode(page, draft);
    const notes = page.getByTestId('notes');
    await notes.locator('textarea.note-input').fill(note);
    await notes.locator('form.note-form button[type="submit"]').click();
    const added = await notes.locator('li.note .note-text', { hasText: token }).first()
      .waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    assert.ok(added, 'submitting the note form should add an li.note with the note in .note-text');
    await page.waitForTimeout(1_500);

    await page.reload();
    await page.locator('[data-testid="editor"] .cm-content, [data-testid="problem-max-profit"]').first()
      .waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    await page.waitForTimeout(500);
    const restored = await page.locator('[data-testid="editor"] .cm-content').isVisible().catch(() => false);
    if (!restored) await openProblem(page, 'max-profit');
    await page.waitForFunction(() => Boolean(window.pyprepEditor?.active), null, { timeout: 10_000 });
    const same = await page.waitForFunction((text) => window.pyprepEditor.active.getDoc() === text, draft, { timeout: 15_000 })
      .then(() => true, () => false);
    const doc = await page.evaluate(() => window.pyprepEditor.active.getDoc());
    assert.ok(same, `after a reload the editor should hold the draft typed before it; getDoc() returned ${JSON.stringify(doc)}`);

    const kept = page.getByTestId('notes').locator('li.note', { hasText: token }).first();
    const noteBack = await kept.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    assert.ok(noteBack, 'after a reload the note should still be listed as an li.note');
    assert.equal((await kept.locator('.note-text').textContent())?.trim(), note, 'the note\'s .note-text should be the text entered');
    const time = ((await kept.locator('.note-time').textContent().catch(() => '')) || '').trim();
    assert.ok(time.length > 0, 'the note should carry a non-empty .note-time');
    console.log(`e2e: after the reload the app ${restored ? 'reopened the problem itself' : 'showed the list; the test reopened the problem'}`);
    await shot(page, '07-draft-and-notes-after-reload');
  });
});

test('h. with the network off and the server gone, a reload still lists problems and judges (service worker)', { timeout: 600_000 }, async () => {
  // A server of its own, so that closing it leaves the other tests' server alone.
  const own = await startServer({ root: SITE });
  let closed = false;
  try {
    await withPage('offline', {}, async ({ context, page }) => {
      await page.goto(startUrl(own.url));
      await waitForEntry(page, 'second-largest');
      await waitForJudgeReady(page);
      const hasWorkers = await page.evaluate(() => 'serviceWorker' in navigator);
      assert.ok(hasWorkers, 'navigator.serviceWorker should exist on an http://127.0.0.1 page');
      await page.evaluate(() => { navigator.serviceWorker.ready.then(() => { window.__swReady = true; }); });
      const ready = await page.waitForFunction(() => window.__swReady === true, null, { timeout: 120_000 }).then(() => true, () => false);
      assert.ok(ready, 'navigator.serviceWorker.ready should resolve (the app registers a service worker and its precache completes)');
      if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) {
        await page.reload();
        await waitForJudgeReady(page);
      }
      const controlled = await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), null, { timeout: 30_000 })
        .then(() => true, () => false);
      assert.ok(controlled, 'the service worker should control the page (navigator.serviceWorker.controller), at the latest after one reload');

      await context.setOffline(true);
      await own.close();
      closed = true;
      try {
        await page.reload();
      } catch (error) {
        assert.fail(`with the network off, reloading failed (${error.message.split('\n')[0]}): the service worker did not serve the page`);
      }
      await waitForEntry(page, 'second-largest');
      await waitForJudgeReady(page);
      const readyAt = await page.evaluate(() => window.__judgeLog.find((e) => e.state === 'ready')?.t);
      console.log(`bench: offline reload to judge ready (from the service worker's cache): ${Math.round(readyAt)} ms`);
      await openProblem(page, 'second-largest');
      await setCode(page, ACCEPTED);
      const { verdict, rows } = await judgeRun(page, 'run');
      assert.ok(rows.length > 0, 'Run should show result rows offline');
      assertNone(notAccepted(rows), 'offline, the accepted solution should be AC on every sample');
      assert.equal(verdict, 'AC', 'offline, the summary should say AC / Accepted');
      await shot(page, '08-offline-accepted');
    });
  } finally {
    if (!closed) await own.close();
  }
});

test('i. a hostile statement runs no script and keeps no handler or javascript: link', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('hostile-statement', {}, async ({ page }) => {
    const dialogs = [];
    page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      dialog.dismiss().catch(() => {});
    });
    await page.goto(packUrl('e2e.json'));
    await openProblem(page, 'hostile-statement');
    const rendered = await page.locator('.markdown', { hasText: 'Read two integers' }).first()
      .waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
    assert.ok(rendered, 'the statement (.markdown) should show its ordinary text ("Read two integers and print their sum.")');
    // The broken image's error event and any handler fire asynchronously: give them time.
    await page.waitForTimeout(1_500);

    const found = await page.evaluate(() => {
      const markdown = [...document.querySelectorAll('.markdown')];
      const inside = markdown.flatMap((m) => [...m.querySelectorAll('*')]);
      const clean = (value) => value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      return {
        pwned: typeof window.__pwned === 'undefined' ? 'undefined' : String(window.__pwned),
        scripts: markdown.reduce((n, m) => n + m.querySelectorAll('script').length, 0),
        onerror: [...document.querySelectorAll('[onerror]')].map((e) => e.outerHTML.slice(0, 120)),
        handlers: inside.flatMap((e) => [...e.attributes].filter((a) => a.name.toLowerCase().startsWith('on')).map((a) => `<${e.localName} ${a.name}>`)),
        javascriptUrls: [...document.querySelectorAll('[href], [src], [action], [formaction]')]
          .flatMap((e) => ['href', 'src', 'action', 'formaction'].map((name) => e.getAttribute(name)).filter(Boolean))
          .concat(inside.map((e) => e.getAttribute('xlink:href')).filter(Boolean))
          .filter((value) => clean(value).startsWith('javascript:')),
      };
    });
    await shot(page, '09-hostile-statement');
    const problems = [
      ...(found.pwned === 'undefined' ? [] : [`window.__pwned is ${found.pwned}: a script, handler or link in the statement ran`]),
      ...(found.scripts ? [`the statement (.markdown) holds ${found.scripts} <script> element(s)`] : []),
      ...found.onerror.map((e) => `an element has an onerror attribute: ${e}`),
      ...found.handlers.map((h) => `an element in the statement keeps an event handler: ${h}`),
      ...found.javascriptUrls.map((u) => `a javascript: URL is on the page: ${u}`),
      ...dialogs.map((d) => `a dialog opened: ${d}`),
    ];
    assertNone(problems, 'the hostile statement should be inert: no script runs, no <script>, no onerror or other on* attribute, no javascript: URL, no dialog');
  });
});

test('j. a broken ?pack= is reported in .pack-errors and the bundled packs still show', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('broken-pack', {}, async ({ page }) => {
    await page.goto(packUrl('broken.json'));
    const errors = page.locator('.pack-errors');
    const shown = await errors.first().waitFor({ state: 'visible', timeout: LOAD_TIMEOUT }).then(() => true, () => false);
    assert.ok(shown, 'loading a broken pack with ?pack= should show .pack-errors');
    const text = (await errors.first().textContent()) || '';
    assert.ok(text.includes('broken.json'), `.pack-errors should name the file broken.json, got ${JSON.stringify(text.trim())}`);
    await waitForEntry(page, 'second-largest');
    assert.equal(await page.locator('[data-testid="problem-lacks-required-fields"]').count(), 0,
      'the broken pack\'s problem should not be listed');
    await shot(page, '10-broken-pack-error');
  });
});

test('k. screenshots: dark theme, and a tablet-sized window (820x1180)', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('dark-theme', {}, async ({ page }) => {
    await page.goto(startUrl());
    await waitForEntry(page, 'second-largest');
    const toggle = page.locator('.theme-toggle').first();
    if (await toggle.count()) {
      await toggle.click();
      await page.waitForTimeout(300);
      await shot(page, '11-dark-problem-list');
      await openProblem(page, 'second-largest');
      await page.waitForTimeout(300);
      await shot(page, '11-dark-problem');
    } else {
      console.log('e2e: the page has no .theme-toggle, so there is no dark-theme screenshot');
    }
  });
  await withPage('tablet', { viewport: { width: 820, height: 1180 } }, async ({ page }) => {
    await page.goto(startUrl());
    await waitForEntry(page, 'second-largest');
    await shot(page, '12-tablet-problem-list');
    await openProblem(page, 'second-largest');
    await waitForJudgeReady(page);
    await setCode(page, WRONG);
    await judgeRun(page, 'run');
    await shot(page, '12-tablet-problem-with-results');
  });
});

// ---------------------------------------------------------------------------------------------
// Storage failure, compile and memory errors, custom tests, shortcuts, reset, the address,
// the timer, the list's filters, hidden tests, and a tablet-sized window.

const MAX_PROFIT = join(ROOT, 'problems', 'starter', 'max-profit');
// A problem with starter code (starter.py), for "Reset to starter".
const STARTER_PROBLEM = { pack: 'oa-core', id: 'count-islands' };
const STARTER_CODE = readFileSync(join(ROOT, 'problems', STARTER_PROBLEM.pack, STARTER_PROBLEM.id, 'starter.py'), 'utf8');
const COMPILE_ERROR = 'def f(:\n';
const HUGE_LIST = 'x = [0] * (10**10)\n';
// The prefix of the localStorage keys that hold a problem's record (its draft, tests, notes).
const RECORD_PREFIX = 'pyprep.v1.record.';

// The `name:` of a problem.yaml.
function problemName(dir) {
  return readFileSync(join(dir, 'problem.yaml'), 'utf8').match(/^name:\s*(.+?)\s*$/m)?.[1].replace(/^["']|["']$/g, '');
}

// Runs in the page before its scripts: once window.__failStorage is true, every write of a
// problem's record to localStorage throws the DOMException a full storage throws.
function failRecordWritesOnFlag() {
  window.__failStorage = false;
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function setItemUnlessFull(key, value) {
    if (window.__failStorage && String(key).startsWith('pyprep.v1.record.')) {
      throw new DOMException('full', 'QuotaExceededError');
    }
    return setItem.call(this, key, value);
  };
}

// The code stored for a problem in localStorage (its record's `code`), or undefined.
async function storedCode(page, key) {
  const json = await page.evaluate((name) => localStorage.getItem(name), `${RECORD_PREFIX}${key}`);
  if (!json) return undefined;
  try {
    return JSON.parse(json).code ?? null;
  } catch {
    return undefined;
  }
}

// After a reload on a problem's page: waits for the problem to show again (the address names it),
// with its editor and the hook window.pyprepEditor.active.
async function waitForProblemAgain(page, id) {
  try {
    await page.locator('[data-testid="editor"] .cm-content').waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    await page.waitForFunction(() => Boolean(window.pyprepEditor?.active), null, { timeout: 10_000 });
  } catch {
    assert.fail(`after a reload on ${id}'s page (${page.url()}) the problem did not show again with its editor${await describe(page)}`);
  }
}

// The ids of the problems the list shows, in page order.
async function listedProblems(page) {
  return page.locator('li.problem-entry[data-testid^="problem-"]').evaluateAll((entries) =>
    entries.filter((e) => e.offsetParent !== null).map((e) => e.dataset.testid.slice('problem-'.length)));
}

// Waits until the list shows `shown` and none of `hidden`, and fails with what it shows instead.
async function expectListed(page, { shown = [], hidden = [] }, what) {
  const ok = await page.waitForFunction(({ shown, hidden }) => {
    const visible = (id) => {
      const entry = document.querySelector(`[data-testid="problem-${id}"]`);
      return Boolean(entry && entry.offsetParent !== null);
    };
    return shown.every(visible) && !hidden.some(visible);
  }, { shown, hidden }, { timeout: 10_000, polling: 100 }).then(() => true, () => false);
  if (!ok) {
    const listed = await listedProblems(page);
    assert.fail(`${what}: the list should show ${shown.join(', ') || 'nothing in particular'} and hide ${hidden.join(', ') || 'nothing'}; `
      + `it shows ${listed.length} problem(s): ${listed.join(', ')}`);
  }
}

// Reads the timer: its text (`.timer-time`), that text in seconds, data-remaining-ms, its classes.
async function readTimer(page) {
  const timer = page.getByTestId('timer');
  const text = ((await timer.locator('.timer-time').textContent()) || '').trim();
  const parts = text.match(/^(?:(\d+):)?(\d\d):(\d\d)$/);
  const seconds = parts ? Number(parts[1] ?? 0) * 3600 + Number(parts[2]) * 60 + Number(parts[3]) : NaN;
  const remaining = Number(await timer.getAttribute('data-remaining-ms'));
  const classes = ((await timer.getAttribute('class')) || '').split(/\s+/);
  return { text, seconds, remaining, classes };
}

// Clicks the custom tests tab (`.tabs .tab` named "Custom tests").
async function openCustomTestsTab(page) {
  const tab = page.locator('.tabs .tab', { hasText: 'Custom tests' });
  assert.equal(await tab.count(), 1, 'the bottom panel should have one .tabs .tab named "Custom tests"');
  await tab.click();
}

// Whether the element is on screen, inside the viewport's width, and the topmost element at its
// centre (nothing covers it).
async function usable(locator) {
  await locator.scrollIntoViewIfNeeded();
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const top = document.elementFromPoint(x, y);
    return {
      box: { left: Math.round(box.left), right: Math.round(box.right), top: Math.round(box.top), bottom: Math.round(box.bottom) },
      inside: box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= window.innerWidth,
      uncovered: Boolean(top && (top === element || element.contains(top))),
      covering: top && top !== element && !element.contains(top) ? `${top.localName}.${[...top.classList].join('.')}` : null,
    };
  });
}

test('l. when saving fails a banner says so, and the draft saved before survives a reload', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('storage-full', {}, async ({ page }) => {
    await page.addInitScript(failRecordWritesOnFlag);
    const token = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const saved = `# saved draft ${token}\nprint("NONE")\n`;
    const key = 'starter/second-largest';

    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, saved);
    await page.waitForTimeout(1_500);
    assert.equal(await storedCode(page, key), saved,
      `with saving working, the draft should be in localStorage["${RECORD_PREFIX}${key}"].code within 1.5 s`);
    assert.equal(await page.locator('.banner-warn').count(), 0, 'no warning banner should show while saving works');

    // The storage is now "full": typing more cannot be saved.
    await page.evaluate(() => { window.__failStorage = true; });
    await page.locator('[data-testid="editor"] .cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# not saved');
    const unsaved = await page.evaluate(() => window.pyprepEditor.active.getDoc());
    assert.ok(unsaved.includes('# not saved') && unsaved !== saved, 'typing should have changed the editor\'s text');

    const banner = page.locator('.banner-warn');
    const shown = await banner.first().waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    assert.ok(shown, 'when localStorage.setItem throws QuotaExceededError, a .banner-warn should appear');
    assert.equal(await banner.first().getAttribute('role'), 'alert', 'the warning banner should have role="alert"');
    const message = ((await banner.first().textContent()) || '').trim();
    assert.match(message, /sav/i, `the banner should say that saving failed, got ${JSON.stringify(message)}`);
    assert.equal(await storedCode(page, key), saved, 'the failed save should leave the draft saved before in localStorage');
    await shot(page, '13-storage-full-banner');

    // A fresh load (the flag is false again): the draft saved before is there, not the unsaved one.
    await page.reload();
    await waitForProblemAgain(page, 'second-largest');
    const back = await page.waitForFunction((text) => window.pyprepEditor.active.getDoc() === text, saved, { timeout: 15_000 })
      .then(() => true, () => false);
    const doc = await page.evaluate(() => window.pyprepEditor.active.getDoc());
    assert.ok(back, `after a reload the editor should hold the draft saved before the failure (${JSON.stringify(saved)}), got ${JSON.stringify(doc)}`);
    await page.waitForTimeout(1_000);
    assert.equal(await page.locator('.banner-warn').count(), 0, 'after a reload with saving working again, no warning banner should show');
    await shot(page, '13-storage-full-after-reload');
  });
});

test('m. a syntax error gets CE on every row and a compile-error summary', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('compile-error', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, COMPILE_ERROR);
    const { verdict, rows } = await judgeRun(page, 'run');
    assert.ok(rows.length > 0, 'Run should show result rows for a program that does not compile');
    const notCE = rows.filter((r) => r.verdict !== 'CE').map((r) => `${r.name}: ${r.verdict}`);
    assertNone(notCE, `every row should be CE for ${JSON.stringify(COMPILE_ERROR)}`);
    assert.equal(verdict, 'CE', 'the summary should say CE / Compile error');
    assert.equal(await page.getByTestId('results').getAttribute('data-verdict'), 'CE', '[data-testid="results"] should carry data-verdict="CE"');
    const message = ((await page.locator(`[data-testid="result-${rows[0].name}"] .result-message`).first().textContent().catch(() => '')) || '').trim();
    assert.match(message, /syntax/i, `the first row's .result-message should name the SyntaxError, got ${JSON.stringify(message)}`);
    console.log(`e2e: the compile error reads ${JSON.stringify(message)}`);
    await shot(page, '14-compile-error');
  });
});

test('n. a 10**10-element list gets MLE', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('memory-limit', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, HUGE_LIST);
    const { verdict, rows } = await judgeRun(page, 'submit');
    assert.equal(rows[0]?.verdict, 'MLE', `the first result row should be MLE for ${JSON.stringify(HUGE_LIST.trim())}, rows: ${JSON.stringify(rows)}`);
    assert.equal(verdict, 'MLE', 'the summary should say MLE / Memory limit exceeded');
    await shot(page, '15-memory-limit-exceeded');
  });
});

test('o. a custom test is judged by Run (AC, then WA with another expected output) and survives a reload', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('custom-tests', {}, async ({ page }) => {
    const input = '3\n7 7 2\n';
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, ACCEPTED);
    await openCustomTestsTab(page);
    await page.getByTestId('add-test').click();
    const custom = page.getByTestId('custom-test-1');
    const added = await custom.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    assert.ok(added, 'clicking [data-testid="add-test"] should add [data-testid="custom-test-1"]');
    const fields = custom.locator('textarea');
    assert.equal(await fields.count(), 2, 'a custom test should have two textareas: the input and the expected output');
    await fields.nth(0).fill(input);
    await fields.nth(1).fill('2');
    await shot(page, '16-custom-test-filled');

    let { rows } = await judgeRun(page, 'run');
    const first = rows.find((r) => r.name === 'custom-1');
    assert.ok(first, `Run should judge the custom test as a row result-custom-1, rows: ${JSON.stringify(rows)}`);
    assert.equal(first.verdict, 'AC', 'the accepted solution prints 2 for "3 / 7 7 2", so custom-1 with expected "2" should be AC');
    assert.ok(rows.some((r) => r.name.startsWith('sample/')), `Run should judge the samples too, rows: ${JSON.stringify(rows)}`);

    await openCustomTestsTab(page);
    await custom.locator('textarea').nth(1).fill('5');
    ({ rows } = await judgeRun(page, 'run'));
    const second = rows.find((r) => r.name === 'custom-1');
    assert.ok(second, `the second Run should still judge result-custom-1, rows: ${JSON.stringify(rows)}`);
    assert.equal(second.verdict, 'WA', 'with expected "5" the custom test should be WA');
    await shot(page, '16-custom-test-wrong-answer');

    await page.waitForTimeout(1_500);
    await page.reload();
    await waitForProblemAgain(page, 'second-largest');
    await openCustomTestsTab(page);
    const kept = page.getByTestId('custom-test-1');
    const back = await kept.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    assert.ok(back, 'after a reload the custom test [data-testid="custom-test-1"] should still be listed');
    const values = await kept.locator('textarea').evaluateAll((areas) => areas.map((a) => a.value));
    assert.deepEqual(values, [input, '5'], 'after a reload the custom test should keep its input and its latest expected output');
    await shot(page, '16-custom-test-after-reload');
  });
});

test('p. Ctrl+Enter runs the samples and Ctrl+Shift+Enter submits, outside the editor and in it', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('shortcuts', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, ACCEPTED);
    const statement = page.locator('.statement-pane .problem-heading');

    const mark = await startRun(page, 'run', { keys: true, focus: statement });
    const inEditor = await page.evaluate(() => Boolean(document.activeElement?.closest('[data-testid="editor"]')));
    assert.ok(!inEditor, 'clicking the statement should leave the focus outside the editor');
    let { rows } = await finishRun(page, mark);
    assert.ok(rows.length > 0 && rows.every((r) => r.name.startsWith('sample')),
      `Ctrl+Enter outside the editor should run the samples only, rows: ${JSON.stringify(rows)}`);
    assertNone(notAccepted(rows), 'the accepted solution should be AC on every sample');

    ({ rows } = await judgeRun(page, 'submit', { keys: true, focus: statement }));
    assert.ok(rows.some((r) => r.name.startsWith('secret/')),
      `Ctrl+Shift+Enter outside the editor should submit (hidden secret/ tests included), rows: ${JSON.stringify(rows)}`);
    assertNone(notAccepted(rows), 'the accepted solution should be AC on every test');
    await shot(page, '17-shortcut-submit');

    ({ rows } = await judgeRun(page, 'run', { keys: true }));
    assert.ok(rows.length > 0 && rows.every((r) => r.name.startsWith('sample')),
      `Ctrl+Enter in the editor should run the samples only, rows: ${JSON.stringify(rows)}`);
    const doc = await page.evaluate(() => window.pyprepEditor.active.getDoc());
    assert.equal(doc, ACCEPTED, 'Ctrl+Enter in the editor should run the code, not insert a line break into it');
  });
});

test('q. "Reset to starter" asks first: Cancel keeps the code, Reset restores the starter code exactly', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('reset-starter', {}, async ({ page }) => {
    const changed = `${STARTER_CODE.trimEnd()}\n\n# my attempt\nprint("changed")\n`;
    await page.goto(startUrl());
    await openProblem(page, STARTER_PROBLEM.id);
    const initial = await page.evaluate(() => window.pyprepEditor.active.getDoc());
    assert.equal(initial, STARTER_CODE, `a fresh ${STARTER_PROBLEM.id} should open with its starter.py in the editor`);
    await setCode(page, changed);

    const dialog = page.getByRole('dialog');
    await page.getByTestId('reset').click();
    const asked = await dialog.waitFor({ state: 'visible', timeout: 10_000 }).then(() => true, () => false);
    assert.ok(asked, 'clicking [data-testid="reset"] should open a dialog (role=dialog) asking first');
    // Let its fade-in (under 200 ms) end, so that the screenshot shows the dialog as it stays.
    await page.waitForTimeout(400);
    await shot(page, '18-reset-dialog');
    await page.getByTestId('confirm-cancel').click();
    const closed = await dialog.waitFor({ state: 'hidden', timeout: 10_000 }).then(() => true, () => false);
    assert.ok(closed, '[data-testid="confirm-cancel"] should close the dialog');
    assert.equal(await page.evaluate(() => window.pyprepEditor.active.getDoc()), changed, 'Cancel should keep the changed code');

    await page.getByTestId('reset').click();
    await dialog.waitFor({ state: 'visible', timeout: 10_000 });
    await page.getByTestId('confirm-ok').click();
    await dialog.waitFor({ state: 'hidden', timeout: 10_000 });
    const restored = await page.waitForFunction((text) => window.pyprepEditor.active?.getDoc() === text, STARTER_CODE, { timeout: 10_000 })
      .then(() => true, () => false);
    const doc = await page.evaluate(() => window.pyprepEditor.active?.getDoc());
    assert.ok(restored, `confirming should restore starter.py exactly (${JSON.stringify(STARTER_CODE)}), got ${JSON.stringify(doc)}`);

    await page.waitForTimeout(1_500);
    await page.reload();
    await waitForProblemAgain(page, STARTER_PROBLEM.id);
    assert.equal(await page.evaluate(() => window.pyprepEditor.active.getDoc()), STARTER_CODE,
      'after a reload the reset should hold: the editor shows the starter code, not the changed code');
  });
});

test('r. a problem\'s page has its own address: a reload shows it again and Back returns to the list', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('address', {}, async ({ page }) => {
    const name = problemName(SECOND_LARGEST);
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    const hash = await page.evaluate(() => location.hash);
    assert.equal(hash, '#/problem/starter/second-largest', 'opening a problem should set location.hash to #/problem/<pack>/<id>');

    await page.reload();
    await waitForProblemAgain(page, 'second-largest');
    const heading = ((await page.locator('.problem-heading').first().textContent()) || '').trim();
    assert.equal(heading, name, `after a reload the page should show the problem again, with .problem-heading "${name}"`);
    assert.equal(await page.evaluate(() => location.hash), hash, 'the reload should keep the address');
    await shot(page, '19-reloaded-problem-page');

    await page.goBack();
    assert.ok(await listShown(page, 15_000), `the browser's Back button should return to the problem list${await describe(page)}`);
    assert.equal(await page.locator('[data-testid="editor"]').count(), 0, 'after Back the editor should be gone');
    assert.equal(await page.evaluate(() => location.hash), '', 'after Back the address should have no #/problem/ hash');
  });
});

test('s. the timer counts down, pauses and resumes, and warns at 5 minutes and at 1', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('timer', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'max-profit');
    const timer = page.getByTestId('timer');
    await timer.waitFor({ state: 'visible', timeout: 10_000 });
    const minutes = Number(readFileSync(join(MAX_PROFIT, 'problem.yaml'), 'utf8').match(/^minutes:\s*(\d+)/m)?.[1]);

    const start = await readTimer(page);
    assert.match(start.text, /^\d\d:\d\d$/, `.timer-time should read MM:SS, got ${JSON.stringify(start.text)}`);
    assert.ok(start.seconds <= minutes * 60 && start.seconds > minutes * 60 - 60,
      `a fresh max-profit should start near its ${minutes} minutes, the timer reads ${start.text}`);
    await page.waitForTimeout(2_200);
    const later = await readTimer(page);
    assert.ok(later.seconds < start.seconds, `the timer should count down: ${start.text} and, 2.2 s later, ${later.text}`);
    assert.ok(later.remaining < start.remaining, `data-remaining-ms should decrease: ${start.remaining} then ${later.remaining}`);

    const toggle = timer.locator('button').first();
    assert.equal(await toggle.getAttribute('aria-label'), 'Pause the timer', 'the timer\'s first button should be "Pause the timer"');
    await toggle.click();
    await page.waitForFunction(() => document.querySelector('[data-testid="timer"]')?.classList.contains('timer-paused'), null, { timeout: 5_000 })
      .catch(() => {});
    await page.waitForTimeout(600);
    const paused = await readTimer(page);
    await page.waitForTimeout(2_200);
    const stillPaused = await readTimer(page);
    assert.equal(stillPaused.text, paused.text, `a paused timer should not move: ${paused.text} then, 2.2 s later, ${stillPaused.text}`);
    assert.equal(stillPaused.remaining, paused.remaining, 'a paused timer\'s data-remaining-ms should not change');
    assert.equal(await toggle.getAttribute('aria-label'), 'Resume the timer', 'while paused, the first button should be "Resume the timer"');
    await shot(page, '20-timer-paused');

    await toggle.click();
    await page.waitForTimeout(2_200);
    const resumed = await readTimer(page);
    assert.ok(resumed.seconds < stillPaused.seconds, `after resuming the timer should count down again: ${stillPaused.text} then ${resumed.text}`);

    // The duration: 3 minutes (Enter) warns, 1 minute (leaving the field) is critical.
    for (const [value, cls, commit] of [[3, 'timer-warn', 'Enter'], [1, 'timer-critical', 'blur']]) {
      await timer.getByRole('button', { name: 'Change the duration' }).click();
      const field = timer.locator('input.timer-minutes');
      const open = await field.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false);
      assert.ok(open, 'the "Change the duration" button should show an input.timer-minutes');
      await field.fill(String(value));
      if (commit === 'Enter') await field.press('Enter');
      else await field.evaluate((input) => input.blur());
      const warned = await page.waitForFunction((c) => document.querySelector('[data-testid="timer"]')?.classList.contains(c), cls,
        { timeout: 5_000 }).then(() => true, () => false);
      const now = await readTimer(page);
      assert.ok(warned, `with ${value} minute(s) (committed with ${commit}) the timer should get class ${cls}, it has ${now.classes.join(' ')} and reads ${now.text}`);
      assert.ok(now.seconds <= value * 60 && now.seconds > 0,
        `with ${value} minute(s) the timer should read at most ${String(value).padStart(2, '0')}:00, it reads ${now.text}`);
      await shot(page, `20-timer-${cls}`);
    }
  });
});

test('t. the list filters by title, difficulty, topic and progress', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('filters', {}, async ({ page }) => {
    await page.goto(startUrl());
    await waitForEntry(page, 'max-profit');
    const search = page.getByTestId('search');
    const difficulty = page.getByTestId('filter-difficulty');
    const topic = page.getByTestId('filter-topic');
    const progress = page.getByTestId('filter-status');

    await search.fill('second');
    await expectListed(page, { shown: ['second-largest'], hidden: ['max-profit'] }, 'searching "second"');
    const titles = await page.locator('li.problem-entry .problem-title').allTextContents();
    assertNone(titles.filter((t) => !/second/i.test(t)), 'searching "second" should list only titles containing it');
    // As the candidate first sees it (the Mock OAs come first), then scrolled to the match.
    await shot(page, '21-filter-search');
    await page.getByTestId('problem-second-largest').scrollIntoViewIfNeeded();
    await shot(page, '21-filter-search-scrolled');
    await difficulty.selectOption('hard');
    await expectListed(page, { hidden: ['second-largest', 'max-profit'] }, 'searching "second" with difficulty hard');
    await search.fill('');
    await difficulty.selectOption('');

    await topic.selectOption('greedy');
    await expectListed(page, { shown: ['max-profit'], hidden: ['second-largest'] }, 'topic greedy');
    const untagged = await page.locator('li.problem-entry').evaluateAll((entries) => entries
      .filter((e) => ![...e.querySelectorAll('.tag')].some((t) => t.textContent.trim() === 'greedy'))
      .map((e) => e.dataset.testid));
    assertNone(untagged, 'with topic greedy every listed problem should carry the tag greedy');
    await page.locator('li.problem-entry').first().scrollIntoViewIfNeeded();
    await shot(page, '21-filter-topic');
    await topic.selectOption('');

    await openProblem(page, 'second-largest');
    await setCode(page, ACCEPTED);
    const { verdict } = await judgeRun(page, 'submit');
    assert.equal(verdict, 'AC', 'the accepted solution should be AC, to mark second-largest solved');
    await backToList(page);
    await progress.selectOption('solved');
    await expectListed(page, { shown: ['second-largest'], hidden: ['max-profit'] }, 'progress "Solved" after solving second-largest');
    const listed = await listedProblems(page);
    assert.deepEqual(listed, ['second-largest'], 'only second-largest has been solved, so "Solved" should list it alone');
    await page.locator('li.problem-entry').first().scrollIntoViewIfNeeded();
    await shot(page, '21-filter-solved');
    await progress.selectOption('untried');
    await expectListed(page, { shown: ['max-profit'], hidden: ['second-largest'] }, 'progress "Not tried" after solving second-largest');
  });
});

// Whether `text` holds `line` whole: not as a part of a longer number ("200000" in "1200000").
function containsWhole(text, line) {
  for (let at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
    const before = at > 0 ? text[at - 1] : '';
    const after = text[at + line.length] ?? '';
    if (!/[\d.-]/.test(before) && !/[\d.]/.test(after)) return true;
  }
  return false;
}

// Opens every failed hidden (secret/) row of second-largest and checks what it shows: a
// .hidden-note, the test's hint when data/<name>.hint exists, no pre.io. Returns how many hints
// it checked and the ways the rows give away the test's data (lines of its input, or its
// expected answer quoted in the row's message), for the caller to assert on.
async function checkHiddenRows(page, failed) {
  let hints = 0;
  const leaks = [];
  for (const { name } of failed) {
    const row = page.locator(`[data-testid="result-${name}"]`);
    const body = await openRow(row);
    assert.ok(await body.locator('.hidden-note').count() > 0, `the hidden test ${name} should say so in a .hidden-note`);
    assert.equal(await row.locator('pre.io').count(), 0, `the hidden test ${name} must not show any pre.io (input, expected or output)`);
    const hintFile = join(SECOND_LARGEST, 'data', `${name}.hint`);
    if (existsSync(hintFile)) {
      const hint = readFileSync(hintFile, 'utf8').trim();
      const shown = ((await body.locator('.hint').first().textContent().catch(() => '')) || '').trim();
      assert.ok(shown.includes(hint), `the hidden test ${name} has a hint file, so its row should show .hint ${JSON.stringify(hint)}; got ${JSON.stringify(shown)}`);
      hints += 1;
    }
    const text = (await row.textContent()) || '';
    const message = ((await row.locator('.result-message').first().textContent().catch(() => '')) || '').trim();
    const shown = `message ${JSON.stringify(message.length > 120 ? `${message.slice(0, 120)}…` : message)}, ${message.length} characters`;
    const input = readFileSync(join(SECOND_LARGEST, 'data', `${name}.in`), 'utf8');
    for (const line of input.split('\n').map((l) => l.trim()).filter((l) => l.length >= 5)) {
      if (containsWhole(text, line)) leaks.push(`${name}: its row shows the input line ${JSON.stringify(line.length > 40 ? `${line.slice(0, 40)}…` : line)} (${shown})`);
    }
    const answer = readFileSync(join(SECOND_LARGEST, 'data', `${name}.ans`), 'utf8').split(/\s+/).filter(Boolean);
    for (const token of answer) {
      if (text.includes(`"${token}"`) || text.includes(`'${token}'`)) {
        leaks.push(`${name}: its row quotes the expected answer ${JSON.stringify(token)} (${shown})`);
      }
    }
  }
  return { hints, leaks };
}

test('u. a failed hidden test shows its name, group and hint but never its data', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('hidden-tests', {}, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, WRONG);
    const { rows } = await judgeRun(page, 'submit');
    const failed = rows.filter((r) => r.name.startsWith('secret/') && r.verdict !== 'AC');
    assert.ok(failed.length > 0, `ignores_duplicates.py should fail a hidden test, rows: ${JSON.stringify(rows)}`);

    // A failed sample does show its data, so the absence checked below means something.
    const sample = rows.find((r) => r.name.startsWith('sample/') && r.verdict !== 'AC');
    if (sample) {
      const body = await openRow(page.locator(`[data-testid="result-${sample.name}"]`));
      assert.ok(await body.locator('pre.io').count() > 0, `the failed sample ${sample.name} should show its data in pre.io`);
    }

    const { hints, leaks } = await checkHiddenRows(page, failed);
    await shot(page, '22-hidden-tests-with-hints');
    assert.ok(hints > 0, `at least one failed hidden test (${failed.map((r) => r.name).join(', ')}) should have a hint to show`);
    assertNone(leaks, 'a hidden test\'s row must not give away its data, not even in its one-line .result-message');
  });
});

test('v. a hidden test that raises shows no input data in its message', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('hidden-exception', {}, async ({ page }) => {
    // Reads the line of scores as one number: ValueError quotes the line it could not read.
    const readsScoresAsInt = 'input()\nprint(int(input()))\n';
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await setCode(page, readsScoresAsInt);
    const { rows } = await judgeRun(page, 'submit');
    const failed = rows.filter((r) => r.name.startsWith('secret/') && r.verdict !== 'AC');
    assert.ok(failed.some((r) => r.verdict === 'RE'), `int() of a line of scores should get RE on hidden tests, rows: ${JSON.stringify(rows)}`);
    const { leaks } = await checkHiddenRows(page, failed);
    await shot(page, '22-hidden-tests-exception');
    assertNone(leaks, 'a hidden test\'s row must not give away its data, not even in the exception\'s message');
  });
});

test('w. at tablet size (820x1180) the buttons are reachable and a submission works', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('tablet-submit', { viewport: { width: 820, height: 1180 } }, async ({ page }) => {
    await page.goto(startUrl());
    await openProblem(page, 'second-largest');
    await waitForJudgeReady(page);
    await setCode(page, ACCEPTED);
    for (const id of ['reset', 'run', 'submit']) {
      const state = await usable(page.getByTestId(id));
      assert.ok(state.inside && state.uncovered,
        `at 820 px wide [data-testid="${id}"] should be inside the window and not covered: ${JSON.stringify(state)}`);
    }
    const { verdict, rows } = await judgeRun(page, 'submit');
    assertNone(notAccepted(rows), 'at tablet size the accepted solution should be AC on every test');
    assert.equal(verdict, 'AC', 'at tablet size the summary should say AC / Accepted');
    const lastRow = page.locator(`[data-testid="result-${rows[rows.length - 1].name}"]`);
    const state = await usable(lastRow.locator('.result-head'));
    assert.ok(state.inside && state.uncovered, `at 820 px wide the last result row should be reachable: ${JSON.stringify(state)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `at 820 px wide the page should not scroll sideways, it is ${overflow} px too wide`);
    // Back to the top: a full-page screenshot taken scrolled draws the sticky top bar mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, '23-tablet-submitted');
  });
});

test('x. the Python page says how the judge\'s Python differs from CPython, and keeps its address', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('python-notes', {}, async ({ page }) => {
    await page.goto(startUrl());
    await page.getByTestId('nav-python').click();
    const notes = page.getByTestId('python-notes');
    await notes.waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    assert.equal(new URL(page.url()).hash, '#/python', 'the Python page should have the address #/python');
    const headings = await notes.locator('h1, h2').allTextContents();
    assert.deepEqual(headings, ['Python in pyprep', 'Before you submit', 'What is there', 'Verdicts']);
    const text = await notes.textContent();
    for (const phrase of ['CPython 3.11', 'sorted(s)', 'RecursionError', 'numpy']) {
      assert.ok(text.includes(phrase), `the Python page should mention ${phrase}`);
    }
    await shot(page, '24-python-notes');
    await page.reload();
    await notes.waitFor({ state: 'visible', timeout: LOAD_TIMEOUT });
    await page.getByRole('button', { name: 'Problems' }).click();
    await page.getByTestId('python-notes').waitFor({ state: 'detached', timeout: LOAD_TIMEOUT });
  });
});
