// What the browser test files share: where things are, the checks and set-up before a file runs
// (the built site, the pyprep binary, Chromium, the e2e pack compiled as the app reads it), and
// the page helpers (the judge probe, failure screenshots with the page's state, waiting for the
// judge, setting the editor's code). Not a test file itself: node --test runs *.test.mjs only.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

// Where things are: the repository, the built site, the pyprep binary, Chromium, the e2e pack
// and the screenshots.
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TARGET = process.env.CARGO_TARGET_DIR || join(process.env.HOME || homedir(), '.cache', 'pyprep', 'target');
export const SITE = process.env.PYPREP_SITE || join(TARGET, 'site');
export const BIN = process.env.PYPREP_BIN || join(TARGET, 'debug', 'pyprep');
export const CHROMIUM = '/usr/bin/chromium';
export const E2E_PACK = join(ROOT, 'tests', 'e2e', 'packs', 'e2e');
export const SHOTS = join(ROOT, 'test-results', 'screenshots');

// Chromium's flags for a headless run on a machine without a display or network.
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync'];

/** Launches Debian's Chromium headless, with the flags this machine needs. */
export function launchChromium() {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Fails with what to do when the built site, the pyprep binary or Chromium is missing. */
export function checkPrerequisites() {
  if (!existsSync(SITE) || !existsSync(join(SITE, 'index.html'))) {
    throw new Error(`The built site is missing: ${SITE} (from PYPREP_SITE, or $CARGO_TARGET_DIR/site) has no index.html. `
      + 'Run scripts/build-site first, or set PYPREP_SITE to the built site.');
  }
  if (!existsSync(BIN)) {
    throw new Error(`The pyprep binary is missing: ${BIN} (from PYPREP_BIN, or $CARGO_TARGET_DIR/debug/pyprep). `
      + 'Run scripts/build-site (or scripts/test) first, or set PYPREP_BIN.');
  }
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: install Debian's chromium package.`);
  mkdirSync(SHOTS, { recursive: true });
}

/** Compiles the e2e pack with `pyprep build` into a new temporary directory named `prefix…`. */
export function compileE2ePack(prefix) {
  const out = mkdtempSync(join(tmpdir(), prefix));
  try {
    execFileSync(BIN, ['build', E2E_PACK, '--out', out], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`pyprep build ${relative(ROOT, E2E_PACK)} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
  }
  assert.ok(existsSync(join(out, 'e2e.json')), `pyprep build wrote no e2e.json into ${out}`);
  return out;
}

// Runs in every page before its own scripts: records each change of body[data-judge] with its
// time (performance.now(), so milliseconds since navigation), so that a run that starts and ends
// between two polls is still seen.
function installJudgeProbe() {
  window.__judgeLog = [];
  const push = (state) => {
    const log = window.__judgeLog;
    if (state !== undefined && (log.length === 0 || log[log.length - 1].state !== state)) {
      log.push({ state, t: performance.now() });
    }
  };
  new MutationObserver((records) => {
    const onBody = records.filter((r) => r.target === document.body);
    onBody.forEach((record, i) => {
      push(i + 1 < onBody.length ? onBody[i + 1].oldValue ?? undefined : document.body.dataset.judge);
    });
  }).observe(document, { subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-judge'] });
  document.addEventListener('DOMContentLoaded', () => push(document.body.dataset.judge));
}

// Pages' errors and console errors, kept to explain a failure.
const pageLogs = new WeakMap();

/** A new page in `context` whose errors and console errors are kept for `describe`. */
export async function newPage(context) {
  const page = await context.newPage();
  const log = [];
  page.on('pageerror', (error) => log.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') log.push(`console ${message.type()}: ${message.text()}`);
  });
  pageLogs.set(page, log);
  return page;
}

/**
 * A short description of the page's state for failure messages: its address, the judge's state
 * and history, the results summary, the OA clock, a banner, and the last errors the page logged.
 */
export async function describe(page) {
  const state = await page.evaluate(() => ({
    url: location.href,
    judge: document.body?.dataset.judge,
    history: (window.__judgeLog || []).map((e) => `${e.state}@${Math.round(e.t)}ms`).join(' → '),
    summary: document.querySelector('.results-summary')?.textContent?.trim().slice(0, 200),
    clock: document.querySelector('[data-testid="oa-clock"]')?.textContent?.trim(),
    banner: document.querySelector('.banner')?.textContent?.trim().slice(0, 200),
  })).catch((error) => ({ error: error.message }));
  const log = (pageLogs.get(page) || []).slice(-8);
  return `\n  page state: ${JSON.stringify(state)}${log.length ? `\n  page log:\n    ${log.join('\n    ')}` : ''}`;
}

/** Saves a full-page screenshot under test-results/screenshots/. */
export async function shot(page, name) {
  const path = join(SHOTS, `${name}.png`);
  try {
    await page.screenshot({ path, fullPage: true });
  } catch (error) {
    console.log(`screenshot ${name} failed: ${error.message}`);
  }
}

/** A fresh browser context (a fresh profile: empty localStorage) with the judge probe. */
export async function newContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', ...options });
  await context.addInitScript(installJudgeProbe);
  return context;
}

/**
 * Runs `body({ context, page })` with a fresh browser context and page, screenshots the page if
 * the test fails (failed-<name>.png) and adds the page's state to the error, then closes the
 * context.
 */
export async function withPage(browser, name, options, body) {
  const context = await newContext(browser, options);
  const page = await newPage(context);
  try {
    await body({ context, page });
  } catch (error) {
    await shot(page, `failed-${name}`);
    const state = await describe(page);
    console.log(`e2e: ${name} failed; screenshot test-results/screenshots/failed-${name}.png${state}`);
    if (error && typeof error.message === 'string' && !error.message.includes('page state:')) {
      const first = error.message;
      error.message += state;
      if (typeof error.stack === 'string') error.stack = error.stack.replace(first, error.message);
    }
    throw error;
  } finally {
    await context.close();
  }
}

/** Waits until the judge can start a run, and fails if it reports `failed` instead. */
export async function waitForJudgeReady(page, timeout) {
  try {
    await page.waitForFunction(() => ['ready', 'failed'].includes(document.body?.dataset.judge), null, { timeout, polling: 100 });
  } catch {
    assert.fail(`the judge did not become ready within ${timeout / 1000} s (body data-judge stayed loading or missing)${await describe(page)}`);
  }
  const state = await page.evaluate(() => document.body.dataset.judge);
  assert.equal(state, 'ready', `the judge reported "${state}" instead of becoming ready${await describe(page)}`);
}

/** Replaces the editor's code through the documented hook and checks it took. */
export async function setCode(page, code) {
  await page.evaluate((text) => window.pyprepEditor.active.setDoc(text), code);
  const doc = await page.evaluate(() => window.pyprepEditor.active.getDoc());
  assert.equal(doc, code, 'window.pyprepEditor.active.getDoc() should return what setDoc() was given');
}
