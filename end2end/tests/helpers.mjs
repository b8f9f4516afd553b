// Shared steps: axe-core on every page reached, waiting for hydration, demo sign-in
// (with the demo NHS login, a real OpenID Provider, or a Front Door password).
import { expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { wordsIn } from './words.mjs';

export { language, wordsIn } from './words.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Demo people of the demo NHS login (data/identity-provider/people.json). */
export const DEMO = { email: 'sarah.thompson@example.org', password: 'front-door-demo-2026', nhsLogin: true };
export const DEMO_P5 = { email: 'patrick.murphy@example.org', password: 'front-door-demo-2026', nhsLogin: true };
/** The demo adult with a carer (David), his daughter who acts for him (Grace), and Aisha,
 * who holds a lasting power of attorney for her grandmother. */
export const HAROLD = { email: 'harold.bennett@example.org', password: 'front-door-demo-2026', nhsLogin: true };
export const DAVID = { email: 'david.okafor@example.org', password: 'front-door-demo-2026', nhsLogin: true };
export const GRACE = { email: 'grace.okafor@example.org', password: 'front-door-demo-2026', nhsLogin: true };
export const AISHA = { email: 'aisha.rahman@example.org', password: 'front-door-demo-2026', nhsLogin: true };
/** A demo person proved by NHS login whose practice is not one Front Door knows. */
export const ALEX = { email: 'alex.jones@example.org', password: 'front-door-demo-2026', nhsLogin: true };
/** The demo account of Front Door's own: P0, with a typed NHS number. */
export const OWN = { email: 'sam.patel@example.org', password: 'front-door-demo-2026' };

/** True when the app's own scripts run: JavaScript on, and not the low-data
 * version (which sends no script; the browser's JavaScript is on there). */
export function jsEnabled(testInfo) {
  return testInfo.project.use.javaScriptEnabled !== false && !lowData(testInfo);
}

/** The low-data project: the browser starts with the choice made (the fd-data cookie). */
export function lowData(testInfo) {
  return testInfo.project.name === 'low-data';
}

/** The provider simulator this project's portal uses (FRONTDOOR_DEMO_PROVIDERS_ADDR in
 * the config): 3910 for the portal on 3100, 3912 for the Welsh one on 3102, and so on. */
export function simOf(testInfo) {
  const port = Number(new URL(testInfo.project.use.baseURL || 'http://x:3100').port);
  return `http://127.0.0.1:${3910 + port - 3100}`;
}

/** A second browser of the same kind as this project's (another person's). */
export async function otherBrowser(browser, testInfo) {
  return browser.newContext({
    javaScriptEnabled: testInfo.project.use.javaScriptEnabled !== false,
    storageState: testInfo.project.use.storageState,
  });
}

/** A different demo person for each project, for journeys that use one up (the
 * Welsh and Polish projects have servers of their own, so they reuse the JavaScript
 * off and on people). */
export function perProject(testInfo, { jsOn, jsOff, low }) {
  if (lowData(testInfo)) return low;
  return jsEnabled(testInfo) ? jsOn : jsOff;
}

/** Runs axe-core (WCAG 2.0/2.1/2.2 A and AA) on the page as it is now; fails on any violation.
 * The source is evaluated through the DevTools protocol, which works even when
 * the page's own scripts are disabled, so JS-off pages are checked as served. */
export async function checkA11y(page, label) {
  // With page scripts off, timers never fire and axe cannot finish, so axe runs
  // on a copy of the same HTML at the same address in a page with scripting on,
  // the app's own scripts removed (nothing hydrates or changes it).
  let target = page;
  let scratch;
  if (!(await timersRun(page))) {
    const html = await page.content();
    const url = page.url();
    scratch = await page.context().browser().newContext({ javaScriptEnabled: true });
    target = await scratch.newPage();
    const copy = html.replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<link rel="modulepreload"[^>]*>/gi, '');
    await target.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: copy }));
    await target.goto(url);
  }
  await target.evaluate(axeSource);
  const results = await target.evaluate(() =>
    // eslint-disable-next-line no-undef
    window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  // WCAG 1.4.10 reflow: at 320 CSS pixels wide, nothing scrolls sideways.
  const size = target.viewportSize();
  await target.setViewportSize({ width: 320, height: 640 });
  const overflow = await target.evaluate(() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
      .filter((el) => !el.closest('.nhsuk-u-visually-hidden, .nhsuk-skip-link'))
      .slice(0, 3)
      .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
    return { by: root.scrollWidth - root.clientWidth, wide };
  });
  if (size) await target.setViewportSize(size);
  if (scratch) await scratch.close();
  expect(overflow.by, `horizontal scroll at 320 px on ${label || page.url()}: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(0);
  const summary = results.violations.filter((v) => !isTimeoutRefresh(v)).map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations on ${label || page.url()}`).toEqual([]);
  expect(results.passes.length, 'axe actually ran checks').toBeGreaterThan(10);
}

/** axe's meta-refresh rule flags any timed refresh. The only one Front Door sends
 * (as a plain element in the low-data version, inside <noscript> otherwise) takes a
 * signed-in person to the timeout warning, where one button gives them more time,
 * then to the signed-out page: the "extend" way of meeting WCAG 2.2.1, and what
 * clears the screen of a shared computer. Exactly that refresh is let through. */
function isTimeoutRefresh(violation) {
  return violation.id === 'meta-refresh' && violation.nodes.every((n) =>
    /^<meta http-equiv="refresh" content="\d+;url=\/(session\/warning\?return=\/[^"]*|signed-out\?reason=timeout)">$/.test(n.html));
}

/** True when the page can run timers (JavaScript on). Decided in Node, with a deadline. */
async function timersRun(page) {
  const probe = page.evaluate(() => new Promise((resolve) => setTimeout(() => resolve(true), 0))).catch(() => false);
  const deadline = new Promise((resolve) => setTimeout(() => resolve(false), 1500));
  return Promise.race([probe, deadline]);
}

/** With JavaScript on, waits until the page's islands are hydrated. */
export async function ready(page, testInfo) {
  if (lowData(testInfo)) {
    // "Finish and clear this computer" clears every cookie, the choice too.
    const chosen = (await page.context().cookies()).some((c) => c.name === 'fd-data' && c.value === 'low');
    if (!chosen) return;
    // The low-data version: no script of any kind, the trimmed stylesheet.
    await expect(page.locator('script')).toHaveCount(0);
    await expect(page.locator('link[rel="stylesheet"][href^="/assets/low-data."]')).toHaveCount(1);
    return;
  }
  if (jsEnabled(testInfo) && (await page.locator('leptos-island').count()) > 0) {
    // Only islands (the timeout warning, signed in) load the WebAssembly.
    await expect(page.locator('html[data-hydrated="true"]')).toHaveCount(1, { timeout: 30_000 });
  } else if (jsEnabled(testInfo)) {
    // A page without an island sends no script at all.
    await expect(page.locator('script')).toHaveCount(0);
  } else {
    await expect(page.locator('html[data-hydrated]')).toHaveCount(0);
  }
}

export async function visit(page, testInfo, path) {
  await page.goto(path);
  await ready(page, testInfo);
}

/** Signs in from the sign-in page: with NHS login for `nhsLogin` people (ending on
 * the home page, through the welcome page the first time, or through "Who are you
 * using Front Door for?" for people who act for others: `actFor` names whom to
 * choose there, else themselves), else with a password. */
export async function signIn(page, testInfo, who, { shared = false, actFor = null } = {}) {
  const w = wordsIn(testInfo);
  await visit(page, testInfo, '/sign-in');
  if (who.nhsLogin) {
    if (shared) await page.locator('#nhs-login-shared-device').check();
    await page.getByRole('button', { name: w('acct-continue-with-nhs-login') }).click();
    await atProvider(page, who);
    await expect(page).toHaveURL(/\/(home|act-for|account\/identity\?welcome=yes)$/);
    await ready(page, testInfo);
    if (/act-for$/.test(page.url())) {
      await chooseWhom(page, testInfo, actFor);
      return;
    }
    if (/welcome=yes/.test(page.url())) {
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('acct-heading-created'));
      await checkA11y(page, 'welcome after the first NHS login');
      await page.getByRole('link', { name: w('acct-go-to-your-home-page') }).click();
      await expect(page).toHaveURL(/\/home$/);
      await ready(page, testInfo);
      if (actFor) {
        await visit(page, testInfo, '/act-for');
        await chooseWhom(page, testInfo, actFor);
      }
    }
    return;
  }
  await page.getByLabel(w('account-email-address')).fill(who.email);
  await page.getByLabel(w('account-password'), { exact: true }).fill(who.password);
  if (shared) await page.locator('#shared-device').check();
  await page.getByRole('button', { name: w('account-sign-in'), exact: true }).click();
}

/** At the demo NHS login's sign-in page: signs in as `who`. */
export async function atProvider(page, who, { check = false } = {}) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in with NHS login');
  if (check) await checkA11y(page, 'NHS login sign-in page');
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Continue' }).click();
}

export function uniqueEmail(prefix) {
  return `${prefix}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** The current RFC 6238 code (SHA-1, 6 digits, 30 s) for a base32 key, as an authenticator app shows it. */
export async function totp(base32Key, at = Date.now()) {
  const { createHmac } = await import('node:crypto');
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of base32Key.replace(/[\s=]/g, '').toUpperCase()) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const key = Buffer.from(bits.match(/.{8}/g).map((b) => parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 1000 / 30)));
  const mac = createHmac('sha1', key).update(counter).digest();
  const offset = mac[mac.length - 1] & 15;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** On "Who are you using Front Door for?": chooses the person whose label starts
 * with `name` (or yourself), and continues to the home page. */
export async function chooseWhom(page, testInfo, name = null) {
  const w = wordsIn(testInfo);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('carer-who-are-you-using-front'));
  await ready(page, testInfo);
  if (name) await page.getByLabel(new RegExp(`^${name}`)).check();
  else await page.locator('input[value="self"]').check();
  await page.getByRole('button', { name: w('carer-continue') }).click();
  await expect(page).toHaveURL(/\/home$/);
  await ready(page, testInfo);
}

async function triageStep(page, testInfo, heading) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  await ready(page, testInfo);
}

async function triageNext(page, w) {
  await page.getByRole('button', { name: w('triage-continue') }).click();
}

/** On a request's first question: no emergency or urgent symptoms; ends on
 * "What do you need help with?". */
export async function triageNoRedFlags(page, testInfo) {
  const w = wordsIn(testInfo);
  await triageStep(page, testInfo, w.q('q-emergency'));
  await page.getByLabel(w.q('q-emergency--none')).check();
  await triageNext(page, w);
  await triageStep(page, testInfo, w.q('q-urgent'));
  await page.getByLabel(w.q('q-urgent--none')).check();
  await triageNext(page, w);
  await triageStep(page, testInfo, w.q('q-reason'));
}

/** From "What do you need help with?": another condition, slowly getting worse. */
export async function triageSlowlyWorse(page, testInfo) {
  const w = wordsIn(testInfo);
  await page.getByLabel(w.q('q-reason--worse')).check();
  await triageNext(page, w);
  await triageStep(page, testInfo, w.q('q-wc-condition'));
  await page.getByLabel(w.q('q-wc-condition--other')).check();
  await triageNext(page, w);
  await triageStep(page, testInfo, w.q('q-wc-how'));
  await page.getByLabel(w.q('q-wc-how--weeks')).check();
  await triageNext(page, w);
}

/** From "Tell us more": the words, a phone call, and on from "Check your answers"
 * to the outcome. */
export async function triageFinish(page, testInfo, words) {
  const w = wordsIn(testInfo);
  await triageStep(page, testInfo, w.q('q-describe'));
  await page.getByLabel(w.q('q-describe')).fill(words);
  await triageNext(page, w);
  await triageStep(page, testInfo, w.q('q-contact'));
  await page.getByLabel(w.q('q-contact--phone')).check();
  await triageNext(page, w);
  await triageStep(page, testInfo, w('triage-check-your-answers'));
  await page.getByRole('button', { name: w('triage-continue') }).or(page.getByRole('link', { name: w('triage-continue') })).click();
}
