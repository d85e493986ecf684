// End-to-end tests of the timed OA sessions (issue 6) in headless Chromium: a 2-minute set that
// runs out (automatic submissions, locked editing, the report's scores, groups and timeline), the
// same set left while it runs and opened again after its time is up, a reload in the middle of a
// session (same clock, same code) and "End now", the report's Markdown and JSON exports, moving
// the history to a fresh browser profile by export and import, and clearing all data. They drive only the automation hooks the app promises (README.md's table:
// data-testid, data-judge, data-score, window.pyprepEditor.active) and save screenshots named
// oa-*.png in test-results/screenshots/. The conventions (helpers, timeouts, failure screenshots)
// are those of playground.test.mjs; the helpers both use are in helpers.mjs.
// Run from the repository root with `node --test tests/` after `scripts/build-site`.
import { describe as suite, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import {
  E2E_PACK, ROOT, SITE, checkPrerequisites, compileE2ePack, describe, launchChromium, setCode, shot,
  waitForJudgeReady as waitForJudge, withPage as withBrowserPage,
} from './helpers.mjs';
import { startServer } from './server.mjs';

// Timeouts. The machine is slow and shared, so they are generous; no test asserts a duration
// except that a reload keeps the session's clock (within a few seconds).
const VERDICT_TIMEOUT = 60_000;
const LOAD_TIMEOUT = 60_000;
// The automatic submissions at the end judge every problem of the session.
const FINALISE_TIMEOUT = 120_000;
const TEST_TIMEOUT = 300_000;
// The expiry test waits out the whole 2-minute session.
const EXPIRY_TEST_TIMEOUT = 240_000;
// How far the clock may be from the expected time after a reload.
const CLOCK_TOLERANCE_MS = 5_000;

// The OA set of the e2e pack and its two problems, read from the pack's source.
const SET_ID = 'e2e-short';
const PACK_YAML = readFileSync(join(E2E_PACK, 'pack.yaml'), 'utf8');
const SET_TITLE = PACK_YAML.match(new RegExp(`-\\s*id:\\s*${SET_ID}\\s*\\n\\s*title:\\s*(.+)`))?.[1]?.trim().replace(/^["']|["']$/g, '');
const SET_MINUTES = Number(PACK_YAML.match(new RegExp(`-\\s*id:\\s*${SET_ID}[\\s\\S]*?minutes:\\s*(\\d+)`))?.[1]);
const FIRST = 'hostile-statement';
const SECOND = 'deep-recursion';
const problemName = (id) => readFileSync(join(E2E_PACK, id, 'problem.yaml'), 'utf8').match(/^name:\s*(.+)$/m)?.[1]?.trim();
const TITLES = { [FIRST]: problemName(FIRST), [SECOND]: problemName(SECOND) };

// Programs: the accepted solution of problem 1, and for problem 2 one that runs without an error
// and passes the samples and the first hidden test but not the one 900 deep (so it scores 50).
const ACCEPTED_FIRST = readFileSync(join(E2E_PACK, FIRST, 'submissions', 'accepted', 'sum.py'), 'utf8');
const WRONG_SECOND = '# Right for small n only: wrong, but it never crashes.\ndef depth(n):\n    return n if n < 100 else 0\n';

// Shared by the tests: the browser, the site's server (with the e2e pack under /extra/), the
// directory the e2e pack is compiled into, and a scratch directory for downloads.
let browser;
let server;
let packOut;
let scratch;

// Runs `body({ context, page })` in a fresh context of this file's browser, downloads allowed;
// a failure saves failed-oa-<name>.png (see helpers.mjs).
const withPage = (name, options, body) => withBrowserPage(browser, `oa-${name}`, { acceptDownloads: true, ...options }, body);

// The start page, and the start page with the e2e pack added by `?pack=`.
const startUrl = () => `${server.url}/`;
const packUrl = () => `${server.url}/?pack=${encodeURIComponent(`${server.url}/extra/e2e.json`)}`;

// Waits for a locator to be visible, failing with `what` and the page's state otherwise.
async function visible(page, locator, what, timeout = LOAD_TIMEOUT) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    assert.fail(`${what} did not show within ${timeout / 1000} s${await describe(page)}`);
  }
  return locator.first();
}

// Waits until the judge can start a run (see helpers.mjs).
const waitForJudgeReady = (page, timeout = LOAD_TIMEOUT) => waitForJudge(page, timeout);

const getDoc = (page) => page.evaluate(() => window.pyprepEditor?.active?.getDoc() ?? null);

// Submits the open problem with the Submit button and waits until the judge is back to ready.
// Returns the overall verdict of [data-testid="results"] (data-verdict).
async function submit(page) {
  await waitForJudgeReady(page);
  const n = await page.evaluate(() => window.__judgeLog.length);
  await page.getByTestId('submit').click();
  const ended = (start) => {
    const log = window.__judgeLog.slice(start);
    const running = log.findIndex((e) => e.state === 'running');
    return running >= 0 && log.slice(running + 1).some((e) => e.state === 'ready' || e.state === 'failed');
  };
  try {
    await page.waitForFunction(ended, n, { timeout: VERDICT_TIMEOUT, polling: 100 });
  } catch {
    assert.fail(`the submission did not start and finish within ${VERDICT_TIMEOUT / 1000} s${await describe(page)}`);
  }
  const verdict = await page.locator('[data-testid="results"][data-verdict]').first()
    .getAttribute('data-verdict', { timeout: 10_000 }).catch(() => null);
  return verdict;
}

// Adds a think-aloud note to the open problem and waits until it is listed.
async function addNote(page, text) {
  const notes = page.getByTestId('notes');
  await notes.locator('textarea.note-input').fill(text);
  await notes.locator('form.note-form button[type="submit"]').click();
  await visible(page, notes.locator('li.note .note-text', { hasText: text }), `the note "${text}" (li.note .note-text)`, 10_000);
}

// The problem open in the session, by its heading, once the editor for it is ready.
async function waitForProblem(page, title) {
  await visible(page, page.locator('.oa-session .problem-heading', { hasText: title }), `the session's problem "${title}" (.problem-heading)`);
  await visible(page, page.locator('[data-testid="editor"] .cm-content'), 'the session\'s editor ([data-testid="editor"] .cm-content)', 30_000);
  await page.waitForFunction(() => Boolean(window.pyprepEditor?.active), null, { timeout: 10_000 });
}

// Opens the start page with the e2e pack, picks the OA set, checks the rules screen and starts
// the session. Returns the session's id (from the address `#/oa/<id>`).
async function startSet(page, { screenshot } = {}) {
  await page.goto(packUrl());
  const set = await visible(page, page.locator(`[data-testid="oa-set-${SET_ID}"] button`), `the OA set [data-testid="oa-set-${SET_ID}"] button`);
  await set.click();
  const rules = await visible(page, page.getByTestId('oa-rules'), 'the rules screen [data-testid="oa-rules"]', 15_000);
  const text = (await rules.textContent()) || '';
  assert.ok(text.includes(SET_TITLE), `the rules screen should name the set "${SET_TITLE}", got ${JSON.stringify(text.slice(0, 200))}`);
  assert.ok(text.includes(`${SET_MINUTES} minutes`), `the rules screen should give the duration (${SET_MINUTES} minutes)`);
  for (const title of Object.values(TITLES)) assert.ok(text.includes(title), `the rules screen should list the problem "${title}"`);
  if (screenshot) await shot(page, screenshot);
  await page.getByTestId('oa-start').click();
  await visible(page, page.getByTestId('oa-clock'), 'the session clock [data-testid="oa-clock"]', 15_000);
  let id = null;
  try {
    await page.waitForFunction(() => /^#\/oa\/[^/]+$/.test(location.hash), null, { timeout: 10_000 });
    id = await page.evaluate(() => decodeURIComponent(location.hash.slice('#/oa/'.length)));
  } catch {
    assert.fail(`after starting, the address should be #/oa/<session id>, it is ${page.url()}`);
  }
  await waitForProblem(page, TITLES[FIRST]);
  return id;
}

// The session clock's remaining time in ms (data-remaining-ms) and its MM:SS text.
async function clockReading(page) {
  const clock = page.getByTestId('oa-clock');
  const ms = Number(await clock.getAttribute('data-remaining-ms'));
  const text = ((await clock.locator('.timer-time').textContent()) || '').trim();
  assert.ok(Number.isFinite(ms), `[data-testid="oa-clock"] should carry a number in data-remaining-ms, got ${ms}`);
  assert.match(text, /^\d{2}:\d{2}$/, `the clock's .timer-time should read MM:SS, got ${JSON.stringify(text)}`);
  return { ms, text };
}

// "End now" and its confirmation; waits for the report that opens when every problem has been
// submitted automatically.
async function endNow(page, { screenshot } = {}) {
  await page.getByTestId('oa-end').click();
  const ok = await visible(page, page.getByTestId('confirm-ok'), '"End now"\'s confirmation ([data-testid="confirm-ok"])', 10_000);
  if (screenshot) {
    await page.waitForTimeout(400);
    await shot(page, screenshot);
  }
  await ok.click();
  return waitForReport(page);
}

// Waits for the report and returns it.
async function waitForReport(page, timeout = FINALISE_TIMEOUT) {
  return visible(page, page.getByTestId('oa-report'), 'the report [data-testid="oa-report"]', timeout);
}

// A problem's part of the report, as numbers.
async function reportProblem(page, id) {
  const section = page.getByTestId(`oa-problem-${id}`);
  await visible(page, section, `the report's [data-testid="oa-problem-${id}"]`, 10_000);
  const read = async (name) => Number(await section.getAttribute(name));
  return { section, best: await read('data-best'), last: await read('data-last'), submissions: await read('data-submissions') };
}

// The report's totals.
async function reportScore(page) {
  const report = page.getByTestId('oa-report');
  return { score: Number(await report.getAttribute('data-score')), max: Number(await report.getAttribute('data-max-score')) };
}

// The timeline's entries, as text.
async function timelineEntries(page) {
  await visible(page, page.getByTestId('oa-timeline'), 'the timeline [data-testid="oa-timeline"]', 10_000);
  return (await page.getByTestId('oa-timeline').locator('li.timeline-entry').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

// Clicks a control that saves a file and returns the file's name and text.
async function download(page, testId) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByTestId(testId).click(),
  ]);
  const failure = await file.failure();
  assert.equal(failure, null, `the download from [data-testid="${testId}"] (${file.suggestedFilename()}) failed: ${failure}`);
  const path = join(scratch, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path, text: readFileSync(path, 'utf8') };
}

// A token that makes a note or a draft unique to one test run.
const token = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

before(async () => {
  checkPrerequisites();
  assert.ok(SET_TITLE && SET_MINUTES > 0, `${relative(ROOT, E2E_PACK)}/pack.yaml should hold the OA set ${SET_ID} with a title and minutes`);
  assert.ok(TITLES[FIRST] && TITLES[SECOND], 'the e2e problems should have names in their problem.yaml');
  packOut = compileE2ePack('pyprep-e2e-oa-');
  scratch = mkdtempSync(join(tmpdir(), 'pyprep-e2e-oa-downloads-'));
  server = await startServer({ root: SITE, extra: { '/extra/': packOut } });
  browser = await launchChromium();
  console.log(`e2e: site ${SITE} served at ${server.url}; e2e pack compiled into ${packOut}`);
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (packOut) rmSync(packOut, { recursive: true, force: true });
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

// The two tests that wait out a whole session run side by side, so that the file takes one wait.
suite('sessions whose time runs out', { concurrency: 2 }, () => {
  test('oa 1. when the time runs out every problem is submitted automatically, editing locks and the report adds up', { timeout: EXPIRY_TEST_TIMEOUT }, async () => {
    await withPage('expiry', {}, async ({ page }) => {
      const note = `Expiry note ${token()}: read both numbers, print the sum.`;
      const id = await startSet(page, { screenshot: 'oa-01-rules' });
      const start = await clockReading(page);
      assert.ok(start.ms > 0 && start.ms <= SET_MINUTES * 60_000, `a new ${SET_MINUTES}-minute session should show at most ${SET_MINUTES}:00 left, got ${start.ms} ms`);

      // Problem 1: the accepted solution, submitted once by hand, and a note.
      assert.equal(await page.getByTestId('oa-tab-1').getAttribute('aria-selected'), 'true', 'the session should open on problem 1');
      await setCode(page, ACCEPTED_FIRST);
      const verdict = await submit(page);
      assert.equal(verdict, 'AC', `the accepted ${FIRST} solution submitted by hand should be AC`);
      await addNote(page, note);

      // Problem 2: a wrong program, left unsubmitted.
      await page.getByTestId('oa-tab-2').click();
      await waitForProblem(page, TITLES[SECOND]);
      await page.waitForFunction(() => /def depth/.test(window.pyprepEditor.active.getDoc()), null, { timeout: 10_000 })
        .catch(() => {});
      await setCode(page, WRONG_SECOND);
      await page.waitForTimeout(500);
      await shot(page, 'oa-01-session-running');

      // Wait out the clock. The locked editor shows while the automatic submissions run; then the
      // report opens by itself.
      const left = (await clockReading(page)).ms;
      console.log(`e2e: waiting ${Math.round(left / 1000)} s for session ${id} to run out`);
      const lockedOrReport = page.locator('[data-testid="editor"].editor-locked, [data-testid="oa-report"]');
      await visible(page, lockedOrReport, 'the locked editor (.editor-locked) or the report after the time ran out', left + FINALISE_TIMEOUT);
      if (await page.locator('[data-testid="editor"].editor-locked').isVisible().catch(() => false)) {
        await shot(page, 'oa-01-time-up-submitting');
      }
      await waitForReport(page);
      await page.waitForFunction((sid) => location.hash === `#/report/${sid}`, id, { timeout: 10_000 }).catch(() => {});
      assert.equal(new URL(page.url()).hash, `#/report/${id}`, 'the report\'s address should be #/report/<session id>');
      await page.waitForTimeout(300);
      await shot(page, 'oa-01-report-after-expiry');

      // The scores: problem 1 has its manual and its automatic submission, problem 2 only the
      // automatic one; the total is the sum of the best scores.
      const first = await reportProblem(page, FIRST);
      const second = await reportProblem(page, SECOND);
      assert.equal(first.submissions, 2, `${FIRST} should have 2 submissions (one by hand, one automatic at expiry), data-submissions is ${first.submissions}`);
      assert.equal(second.submissions, 1, `${SECOND} should have 1 submission (the automatic one at expiry), data-submissions is ${second.submissions}`);
      assert.equal(first.best, 100, `${FIRST}'s best score should be 100 (accepted), data-best is ${first.best}`);
      assert.equal(first.last, 100, `${FIRST}'s last (automatic) submission of the accepted code should score 100, data-last is ${first.last}`);
      assert.ok(second.best < 100, `${SECOND}'s best score should be below 100 (a wrong program), data-best is ${second.best}`);
      assert.equal(second.best, 50, `the wrong ${SECOND} program passes 1 of the 2 hidden tests, so it should score 50, data-best is ${second.best}`);
      const { score, max } = await reportScore(page);
      assert.equal(score, first.best + second.best, `data-score (${score}) should be the sum of the problems' data-best (${first.best} + ${second.best})`);
      assert.equal(max, 200, `data-max-score should be 200 for two problems, got ${max}`);
      const head = ((await page.getByTestId('oa-report').locator('.report-head').textContent()) || '').replace(/\s+/g, ' ');
      assert.match(head, /ended when time ran out/, `the report should say the session ended when time ran out, its head reads ${JSON.stringify(head)}`);

      // The groups: every hidden group of problem 1 passed; problem 2's failed one carries the hint.
      const firstGroups = await first.section.locator('li.group').evaluateAll((items) => items.map((li) => ({ group: li.dataset.group, cls: li.className })));
      assert.ok(firstGroups.length > 0, `${FIRST}'s report should list its hidden test groups (li.group)`);
      assert.ok(firstGroups.every((g) => g.group && g.cls.includes('group-passed')), `every group of ${FIRST} should be group-passed: ${JSON.stringify(firstGroups)}`);
      const failed = second.section.locator('li.group.group-failed');
      assert.ok(await failed.count() > 0, `${SECOND}'s report should list a group-failed group`);
      const hint = ((await failed.first().locator('.hint').textContent().catch(() => '')) || '').trim();
      assert.ok(hint.includes('900'), `the failed group of ${SECOND} should show the hint of its first failed test (about n = 900), got ${JSON.stringify(hint)}`);

      // The timeline: the manual submission, the note, and one automatic submission per problem.
      const entries = await timelineEntries(page);
      const automatic = entries.filter((e) => /automatic/i.test(e));
      assert.equal(automatic.length, 2, `the timeline should have 2 automatic submissions (one per problem), entries: ${JSON.stringify(entries)}`);
      for (const title of Object.values(TITLES)) {
        assert.ok(automatic.some((e) => e.includes(title)), `the timeline should show the automatic submission of "${title}", entries: ${JSON.stringify(entries)}`);
      }
      assert.ok(entries.some((e) => e.includes(TITLES[FIRST]) && /submitted/i.test(e) && !/automatic/i.test(e)),
        `the timeline should show the submission of "${TITLES[FIRST]}" made by hand, entries: ${JSON.stringify(entries)}`);
      assert.ok(entries.some((e) => e.includes(note)), `the timeline should show the note, entries: ${JSON.stringify(entries)}`);
      assert.equal(entries.length, 4, `the timeline should hold 4 entries (3 submissions and 1 note), entries: ${JSON.stringify(entries)}`);
      // The page scrolls inside the app, so the full-page screenshot above may stop short of it.
      await page.getByTestId('oa-timeline').scrollIntoViewIfNeeded();
      await shot(page, 'oa-01-report-timeline');

      // Back in the ended session, editing is locked: typing changes nothing.
      await page.evaluate((sid) => { location.hash = `#/oa/${sid}`; }, id);
      await visible(page, page.getByTestId('oa-session'), 'the ended session at #/oa/<id>', 15_000);
      const locked = await visible(page, page.locator('[data-testid="editor"].editor-locked'), 'the locked editor (.editor.editor-locked)', 15_000);
      assert.ok(await locked.isVisible(), 'the editor should carry .editor-locked');
      const clock = await clockReading(page);
      assert.equal(clock.ms, 0, `the ended session's clock should show 0 ms left, data-remaining-ms is ${clock.ms}`);
      assert.equal(clock.text, '00:00', `the ended session's clock should read 00:00, reads ${clock.text}`);
      assert.equal(await page.getByTestId('oa-end').count(), 0, 'an ended session should offer no "End now"');
      assert.ok(await page.getByTestId('submit').isDisabled(), 'Submit should be disabled once the session has ended');
      assert.ok(await page.getByTestId('run').isDisabled(), 'Run should be disabled once the session has ended');
      for (const [tab, problem, code] of [[1, FIRST, ACCEPTED_FIRST], [2, SECOND, WRONG_SECOND]]) {
        await page.getByTestId(`oa-tab-${tab}`).click();
        await waitForProblem(page, TITLES[problem]);
        await page.waitForFunction((text) => window.pyprepEditor.active.getDoc() === text, code, { timeout: 10_000 }).catch(() => {});
        const before = await getDoc(page);
        assert.equal(before, code, `the ended session's problem ${tab} should keep the code that was in its editor`);
        const editable = await page.locator('[data-testid="editor"] .cm-content').getAttribute('contenteditable');
        assert.equal(editable, 'false', `the locked CodeMirror should not be editable (contenteditable="${editable}")`);
        await page.locator('[data-testid="editor"] .cm-content').click({ force: true });
        await page.keyboard.press('Control+End');
        await page.keyboard.type('x = 1');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Backspace');
        await page.waitForTimeout(300);
        assert.equal(await getDoc(page), before, `typing into the locked editor of problem ${tab} should change nothing`);
      }
      await shot(page, 'oa-01-locked-after-expiry');
    });
  });

  test('oa 6. a session left while it runs is still submitted automatically when its page comes back after the time ran out', { timeout: EXPIRY_TEST_TIMEOUT }, async () => {
    await withPage('come-back-after-expiry', {}, async ({ page }) => {
      const id = await startSet(page);
      await setCode(page, ACCEPTED_FIRST);
      await page.getByTestId('oa-tab-2').click();
      await waitForProblem(page, TITLES[SECOND]);
      await page.waitForFunction(() => /def depth/.test(window.pyprepEditor.active.getDoc()), null, { timeout: 10_000 })
        .catch(() => {});
      await setCode(page, WRONG_SECOND);
      await page.waitForTimeout(1_500);
      const left = (await clockReading(page)).ms;

      // Leave the app (as closing the tab would) until the time is up, then open the session again.
      await page.goto('about:blank');
      console.log(`e2e: left session ${id}; coming back in ${Math.round(left / 1000) + 5} s, after its time ran out`);
      await new Promise((resolveWait) => setTimeout(resolveWait, left + 5_000));
      await page.goto(`${packUrl()}#/oa/${id}`);
      await waitForReport(page);
      await page.waitForTimeout(500);
      await shot(page, 'oa-06-report-after-coming-back');

      const first = await reportProblem(page, FIRST);
      const second = await reportProblem(page, SECOND);
      assert.equal(first.submissions, 1, `coming back after the time ran out, ${FIRST} should have been submitted automatically once with the code left in its editor; data-submissions is ${first.submissions}`);
      assert.equal(second.submissions, 1, `coming back after the time ran out, ${SECOND} should have been submitted automatically once with the code left in its editor; data-submissions is ${second.submissions}`);
      assert.equal(first.best, 100, `${FIRST}'s automatic submission of the accepted code should score 100, data-best is ${first.best}`);
      assert.equal(second.best, 50, `${SECOND}'s automatic submission of the wrong code should score 50, data-best is ${second.best}`);
      const { score } = await reportScore(page);
      assert.equal(score, first.best + second.best, `data-score (${score}) should be the sum of the problems' data-best`);
      const entries = await timelineEntries(page);
      assert.equal(entries.filter((e) => /automatic/i.test(e)).length, 2, `the timeline should show one automatic submission per problem: ${JSON.stringify(entries)}`);
    });
  });
});

test('oa 2. a reload in the middle keeps the session, its clock and the code; End now then shows the report', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('reload', {}, async ({ page }) => {
    const id = await startSet(page);
    const typed = `# typed before the reload ${token()}\na, b = map(int, input().split())\nprint(a + b)`;
    const content = page.locator('[data-testid="editor"] .cm-content');
    await content.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(typed);
    assert.equal(await getDoc(page), typed, 'typing into the session\'s editor should produce exactly the typed program');
    await page.waitForTimeout(1_500);

    const before = await clockReading(page);
    const readAt = Date.now();
    await page.reload();
    await visible(page, page.getByTestId('oa-clock'), 'the session clock after the reload', LOAD_TIMEOUT);
    assert.equal(new URL(page.url()).hash, `#/oa/${id}`, 'after the reload the address should still be the session\'s #/oa/<id>');
    await waitForProblem(page, TITLES[FIRST]);
    const kept = await page.waitForFunction((text) => window.pyprepEditor.active.getDoc() === text, typed, { timeout: 15_000 })
      .then(() => true, () => false);
    assert.ok(kept, `after the reload the editor should hold the code typed before it; it holds ${JSON.stringify(await getDoc(page))}`);
    // Read the clock a little later, so that the time since the first reading is plain to see.
    await page.waitForTimeout(2_000);
    const after = await clockReading(page);
    const elapsed = Date.now() - readAt;
    const expected = before.ms - elapsed;
    console.log(`e2e: clock before the reload ${before.ms} ms (${before.text}), ${elapsed} ms later ${after.ms} ms (${after.text}); expected about ${Math.round(expected)} ms`);
    assert.ok(after.ms < before.ms, `the clock should keep running through a reload: ${before.ms} ms left before, ${after.ms} ms after`);
    assert.ok(Math.abs(after.ms - expected) <= CLOCK_TOLERANCE_MS,
      `after the reload the clock should show the time left before it minus the time since (${before.ms} - ${elapsed} = ${Math.round(expected)} ms, give or take ${CLOCK_TOLERANCE_MS / 1000} s), it shows ${after.ms} ms`);

    await shot(page, 'oa-02-after-reload');

    // "End now" asks first: Cancel keeps the session running.
    await page.getByTestId('oa-end').click();
    const cancel = await visible(page, page.getByTestId('confirm-cancel'), '"End now"\'s confirmation ([data-testid="confirm-cancel"])', 10_000);
    await cancel.click();
    await page.getByTestId('confirm-ok').waitFor({ state: 'detached', timeout: 10_000 });
    assert.ok(await page.getByTestId('oa-end').isVisible(), 'after Cancel the session should still be running (End now shown)');
    assert.equal(await page.locator('[data-testid="editor"].editor-locked').count(), 0, 'after Cancel the editor should not be locked');

    await endNow(page, { screenshot: 'oa-02-end-now-confirm' });
    await page.waitForTimeout(300);
    await shot(page, 'oa-02-report-after-end-now');
    assert.equal(new URL(page.url()).hash, `#/report/${id}`, 'after End now the address should be the report\'s #/report/<id>');
    const first = await reportProblem(page, FIRST);
    const second = await reportProblem(page, SECOND);
    assert.equal(first.submissions, 1, `End now should submit ${FIRST} automatically once, data-submissions is ${first.submissions}`);
    assert.equal(second.submissions, 1, `End now should submit ${SECOND} automatically once, data-submissions is ${second.submissions}`);
    assert.equal(first.best, 100, `the typed ${FIRST} program is correct, so its automatic submission should score 100, data-best is ${first.best}`);
    const finalCode = ((await first.section.locator('.final-code').textContent()) || '');
    assert.equal(finalCode, typed, `${FIRST}'s final code in the report should be the code typed before the reload`);
    const { score } = await reportScore(page);
    assert.equal(score, first.best + second.best, `data-score (${score}) should be the sum of the problems' data-best`);
    const entries = await timelineEntries(page);
    assert.equal(entries.filter((e) => /automatic/i.test(e)).length, 2, `End now should add one automatic submission per problem to the timeline: ${JSON.stringify(entries)}`);
    const head = ((await page.getByTestId('oa-report').locator('.report-head').textContent()) || '').replace(/\s+/g, ' ');
    assert.match(head, /ended early/, `the report should say the session was ended early, its head reads ${JSON.stringify(head)}`);
  });
});

test('oa 3. the report exports Markdown and JSON with the problems, the notes, the submissions and the timeline', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('exports', {}, async ({ page }) => {
    const note = `Export note ${token()}: two numbers, one line.`;
    const id = await startSet(page);
    await setCode(page, ACCEPTED_FIRST);
    assert.equal(await submit(page), 'AC', `the accepted ${FIRST} solution should be AC`);
    await addNote(page, note);
    await endNow(page);
    const { score, max } = await reportScore(page);
    const first = await reportProblem(page, FIRST);
    const second = await reportProblem(page, SECOND);

    const md = await download(page, 'export-md');
    assert.match(md.name, /\.md$/, `the Markdown export should be a .md file, it is ${md.name}`);
    assert.ok(md.text.includes(SET_TITLE), `the Markdown export should hold the set's title "${SET_TITLE}"`);
    for (const title of Object.values(TITLES)) assert.ok(md.text.includes(title), `the Markdown export should hold the problem title "${title}"`);
    assert.ok(md.text.includes(note), 'the Markdown export should hold the note');
    assert.ok(md.text.includes('Timeline'), 'the Markdown export should hold the timeline ("Timeline")');
    assert.ok(md.text.includes(`${score} / ${max}`), `the Markdown export should give the score ${score} / ${max}`);
    assert.ok(md.text.includes(ACCEPTED_FIRST.trim()), `the Markdown export should hold ${FIRST}'s final code`);

    const json = await download(page, 'export-json');
    assert.match(json.name, /\.json$/, `the JSON export should be a .json file, it is ${json.name}`);
    let data;
    try {
      data = JSON.parse(json.text);
    } catch (error) {
      assert.fail(`the JSON export should parse with JSON.parse: ${error.message}`);
    }
    assert.equal(data.id, id, 'the JSON export should be the session\'s (its id)');
    assert.equal(data.title, SET_TITLE, 'the JSON export should hold the set\'s title');
    assert.ok(Array.isArray(data.problems) && data.problems.length === 2, 'the JSON export should hold the session\'s 2 problems');
    const [p1, p2] = data.problems;
    assert.deepEqual([p1.title, p2.title], [TITLES[FIRST], TITLES[SECOND]], 'the JSON export should hold the problems in order, with their titles');
    assert.ok(p1.notes?.some((n) => n.text === note), `the JSON export should hold the note of ${FIRST}: ${JSON.stringify(p1.notes)}`);
    assert.equal(p1.submissions?.length, first.submissions, `the JSON export should hold ${FIRST}'s ${first.submissions} submissions`);
    assert.equal(p2.submissions?.length, second.submissions, `the JSON export should hold ${SECOND}'s ${second.submissions} submissions`);
    assert.deepEqual(p1.submissions.map((s) => s.automatic), [false, true], `${FIRST}'s submissions should be one by hand, then the automatic one`);
    assert.equal(Math.max(...p1.submissions.map((s) => s.report?.score)), first.best, `the JSON scores of ${FIRST} should give its best (${first.best})`);
    assert.equal(p1.code, ACCEPTED_FIRST, `the JSON export should hold ${FIRST}'s final code`);
    await shot(page, 'oa-03-report-exported');
  });
});

test('oa 4. the history moves to a fresh profile by export and import, with the same score and its report', { timeout: TEST_TIMEOUT }, async () => {
  let exported;
  let session;
  await withPage('history-export', {}, async ({ page }) => {
    session = await startSet(page);
    await setCode(page, ACCEPTED_FIRST);
    await endNow(page);
    const { score, max } = await reportScore(page);
    const entries = await timelineEntries(page);
    await page.getByTestId('nav-history').click();
    await visible(page, page.getByTestId('history'), 'the History page [data-testid="history"]', 15_000);
    const entry = await visible(page, page.getByTestId(`session-${session}`), `the session in the history [data-testid="session-${session}"]`, 15_000);
    const shown = ((await entry.locator('.score').textContent()) || '').trim();
    assert.equal(shown, `${score} / ${max}`, `the history should show the session's score ${score} / ${max}`);
    await shot(page, 'oa-04-history-before-export');
    exported = { ...(await download(page, 'export-data')), score, max, shown, timeline: entries.length };
  });

  let backup;
  try {
    backup = JSON.parse(exported.text);
  } catch (error) {
    assert.fail(`the data export (${exported.name}) should parse with JSON.parse: ${error.message}`);
  }
  assert.ok(backup.sessions?.[session], `the data export should hold the session ${session}`);

  await withPage('history-import', {}, async ({ page }) => {
    await page.goto(startUrl());
    const nav = await visible(page, page.getByTestId('nav-history'), 'the History link [data-testid="nav-history"]');
    await nav.click();
    await visible(page, page.getByTestId('history'), 'the History page in the fresh profile', 15_000);
    assert.equal(await page.locator('[data-testid^="session-"]').count(), 0, 'a fresh profile should list no session');
    await page.getByTestId('import-data').setInputFiles(exported.path);
    const entry = await visible(page, page.getByTestId(`session-${session}`), `the imported session [data-testid="session-${session}"]`, 15_000);
    const shown = ((await entry.locator('.score').textContent()) || '').trim();
    assert.equal(shown, exported.shown, `the imported session should show the same score as before (${exported.shown}), it shows ${shown}`);
    await shot(page, 'oa-04-history-after-import');

    await entry.locator('button').first().click();
    await waitForReport(page, 15_000);
    const { score, max } = await reportScore(page);
    assert.equal(score, exported.score, `the imported session's report should have data-score ${exported.score}, it has ${score}`);
    assert.equal(max, exported.max, `the imported session's report should have data-max-score ${exported.max}, it has ${max}`);
    assert.equal((await timelineEntries(page)).length, exported.timeline, 'the imported report should have the same timeline');
    assert.equal((await reportProblem(page, FIRST)).best, 100, `the imported report should keep ${FIRST}'s best score`);
    await shot(page, 'oa-04-imported-report');

    // The import is stored: the report opens again after a reload.
    await page.reload();
    await waitForReport(page, LOAD_TIMEOUT);
    assert.equal((await reportScore(page)).score, exported.score, 'after a reload the imported report should still show the same score');
  });
});

test('oa 5. "Clear all data" asks first, then empties the history', { timeout: TEST_TIMEOUT }, async () => {
  await withPage('clear-data', {}, async ({ page }) => {
    const session = await startSet(page);
    await endNow(page);
    await page.getByTestId('nav-history').click();
    await visible(page, page.getByTestId('history'), 'the History page', 15_000);
    await visible(page, page.getByTestId(`session-${session}`), 'the session in the history', 15_000);

    await page.getByTestId('clear-data').click();
    const cancel = await visible(page, page.getByTestId('confirm-cancel'), '"Clear all data"\'s confirmation ([data-testid="confirm-cancel"])', 10_000);
    await page.waitForTimeout(400);
    await shot(page, 'oa-05-clear-confirm');
    assert.ok(await page.getByTestId(`session-${session}`).count(), 'asking must not delete anything yet');
    await cancel.click();
    await page.getByTestId('confirm-ok').waitFor({ state: 'detached', timeout: 10_000 });
    assert.ok(await page.getByTestId(`session-${session}`).isVisible(), 'after Cancel the session should still be listed');

    await page.getByTestId('clear-data').click();
    await (await visible(page, page.getByTestId('confirm-ok'), 'the confirmation\'s [data-testid="confirm-ok"]', 10_000)).click();
    await page.getByTestId('confirm-ok').waitFor({ state: 'detached', timeout: 10_000 });
    if (!(await page.getByTestId('history').isVisible().catch(() => false))) await page.getByTestId('nav-history').click();
    await visible(page, page.getByTestId('history'), 'the History page after clearing', 15_000);
    assert.equal(await page.locator('[data-testid^="session-"]').count(), 0, 'after clearing, the history should list no session');
    const stored = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pyprep.')));
    assert.deepEqual(stored.filter((k) => /\.(oa|record|result)\./.test(k)), [], `after clearing, no session, record or result should be stored: ${JSON.stringify(stored)}`);
    await shot(page, 'oa-05-history-cleared');

    await page.reload();
    await page.getByTestId('nav-history').click().catch(() => {});
    await visible(page, page.getByTestId('history'), 'the History page after a reload', LOAD_TIMEOUT);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('[data-testid^="session-"]').count(), 0, 'after clearing and a reload, the history should still list no session');
    assert.ok(await page.getByTestId('oa-resume').count() === 0, 'after clearing, no OA should be running');
  });
});
