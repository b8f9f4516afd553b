// Foundation journeys, each run with JavaScript on and off, in the low-data
// version, and in Welsh and Polish (see the projects in playwright.config.mjs),
// with axe-core on every page reached; the words come from the translation files.
import { test, expect } from '@playwright/test';
import { DEMO, OWN, checkA11y, jsEnabled, language, ready, signIn, uniqueEmail, visit, wordsIn } from './helpers.mjs';

test('start page, information pages and not found', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  const title = (words) => `${words} ${w('title-end')}`;
  await visit(page, testInfo, '/');
  await expect(page).toHaveTitle(title(w('site-your-health-and-care-in')));
  await expect(page.locator('html')).toHaveAttribute('lang', language(testInfo));
  await expect(page.getByRole('link', { name: w('skip-to-main') })).toHaveAttribute('href', '#maincontent');
  await checkA11y(page, 'start page');

  await page.getByRole('link', { name: w('footer-accessibility') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('site-accessibility-statement'));
  await checkA11y(page, 'accessibility statement');

  await page.getByRole('link', { name: w('footer-privacy') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('site-privacy-and-cookies'));
  await checkA11y(page, 'privacy');

  // Help getting online, from the sign-in page: help points from configuration
  // (the ICS's own words, in the language the ICS wrote them).
  await visit(page, testInfo, '/sign-in');
  await page.getByRole('link', { name: w('account-get-help-getting-online') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('acct-get-help-getting-online'));
  await ready(page, testInfo);
  await expect(page.locator('main')).toContainText('Northbridge Central Library');
  await expect(page.locator('main')).toContainText('Free mobile data');
  await checkA11y(page, 'get help getting online');

  const res = await page.goto('/no-such-page');
  expect(res.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('site-page-not-found'));
  await expect(page).toHaveTitle(title(w('site-page-not-found')));
  await checkA11y(page, 'not found');
});

test('create an account: errors in the summary, answers kept, then signed in', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await visit(page, testInfo, '/');
  await page.getByRole('button', { name: w('site-create-an-account') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-create-an-account'));
  await ready(page, testInfo);
  await checkA11y(page, 'create an account');

  const email = uniqueEmail('new');
  await page.getByLabel(w('account-full-name')).fill('Priya Shah');
  await page.getByLabel(w('date-day')).fill('7');
  await page.getByLabel(w('date-month')).fill('11');
  await page.getByLabel(w('date-year')).fill('1990');
  await page.getByLabel(w('account-email-address')).fill(email);
  await page.getByLabel(w('account-create-a-password')).fill('password123');
  await page.getByLabel(w('account-nhs-number-optional')).fill('943 476 5918');
  await page.getByRole('button', { name: w('account-create-account') }).click();

  const summary = page.locator('.nhsuk-error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText(w('error-summary-title'));
  await expect(page).toHaveTitle(new RegExp(`^${w('title-error', { page: w('account-create-an-account') })}`));
  await expect(summary.getByRole('link', { name: w('say-form-enter-a-valid-nhs-number') })).toHaveAttribute('href', '#nhs-number');
  await expect(summary.getByRole('link', { name: w('say-acct-choose-a-password-that-is') })).toHaveAttribute('href', '#password');
  // Other answers are kept; the password is not.
  await expect(page.getByLabel(w('account-full-name'))).toHaveValue('Priya Shah');
  await expect(page.getByLabel(w('account-email-address'))).toHaveValue(email);
  await expect(page.getByLabel(w('date-year'))).toHaveValue('1990');
  await expect(page.getByLabel(w('account-nhs-number-optional'))).toHaveValue('943 476 5918');
  expect(page.url()).not.toContain('Priya');
  await ready(page, testInfo);
  await checkA11y(page, 'create an account with errors');

  // The error link takes you to the field.
  await summary.getByRole('link', { name: w('say-form-enter-a-valid-nhs-number') }).click();
  await expect(page.getByLabel(w('account-nhs-number-optional'))).toBeFocused();

  await page.getByLabel(w('account-create-a-password')).fill('a walk by the river Aire');
  await page.getByLabel(w('account-nhs-number-optional')).fill('943 476 5919');
  await page.getByRole('button', { name: w('account-create-account') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Priya' }));
  await expect(page).toHaveURL(/\/home$/);
  await ready(page, testInfo);
  await checkA11y(page, 'home');

  await page.getByRole('link', { name: w('header-your-details') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-your-details'));
  await expect(page.locator('.nhsuk-summary-list')).toContainText('943 476 5919');
  await expect(page.locator('.nhsuk-summary-list')).toContainText(w('date-long', { day: '7', month: w('month-11'), year: '1990' }));
  await checkA11y(page, 'your details');
});

test('sign in as the demo resident and sign out', async ({ page, context }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
  const session = (await context.cookies()).find((c) => c.name === 'frontdoor_session');
  expect(session.httpOnly).toBe(true);
  expect(session.sameSite).toBe('Lax');
  expect(session.expires).toBe(-1); // a browser-session cookie
  await ready(page, testInfo);
  await page.getByRole('button', { name: w('sign-out') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-you-have-signed-out'));
  await ready(page, testInfo);
  await checkA11y(page, 'signed out');
  await page.goto('/home');
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-sign-in'));
});

test('wrong password: same message, then throttled with a clear message', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await visit(page, testInfo, '/sign-in');
  await checkA11y(page, 'sign in');
  const email = uniqueEmail('throttle');
  for (let i = 0; i < 5; i++) {
    await signIn(page, testInfo, { email, password: 'not the password' });
    await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-acct-enter-a-correct-email-address'));
    await expect(page.getByLabel(w('account-email-address'))).toHaveValue(email);
  }
  await checkA11y(page, 'sign in with errors');
  await signIn(page, testInfo, { email, password: 'not the password' });
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w.before('say-acct-too-many-sign-ins', {}, 'wait'));
  await checkA11y(page, 'sign in throttled');
});

test('shared or public computer: remembered choice and nothing stored on the device', async ({ page, context }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, OWN, { shared: true });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sam' }));
  // Only the session cookie, which ends with the browser (and, where the person
  // chose the low-data version or a language, that choice: it holds nothing else).
  const all = await context.cookies();
  for (const c of all.filter((c) => c.name === 'fd-data')) expect(c.value).toBe('low');
  for (const c of all.filter((c) => c.name === 'fd-lang')) expect(c.value).toBe(language(testInfo));
  const cookies = all.filter((c) => !['fd-data', 'fd-lang'].includes(c.name));
  expect(cookies.map((c) => c.name)).toEqual(['frontdoor_session']);
  expect(cookies[0].expires).toBe(-1);
  await ready(page, testInfo);
  const storage = await page.evaluate(() => localStorage.length + sessionStorage.length).catch(() => 0);
  expect(storage).toBe(0);
  await page.getByRole('link', { name: w('header-your-details') }).first().click();
  await expect(page.locator('main')).toContainText('sam.patel@example.org');
  await ready(page, testInfo);
  // Finishing clears the computer: going back or reloading shows nothing personal.
  await page.getByRole('button', { name: w('sign-out-shared') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-you-have-signed-out'));
  await ready(page, testInfo);
  await checkA11y(page, 'finished on a shared computer');
  await page.goBack();
  await expect(page.locator('body')).not.toContainText('sam.patel@example.org');
  await expect(page.locator('body')).not.toContainText(w('account-hello', { name: 'Sam' }));
  await page.reload();
  await expect(page.locator('body')).not.toContainText('sam.patel@example.org');
  await page.goBack();
  await expect(page.locator('body')).not.toContainText(w('account-hello', { name: 'Sam' }));
});

test.describe('session timeout (short timeouts on a second server)', () => {
  test.use({ baseURL: 'http://127.0.0.1:3101' });

  test('warning, stay signed in, then signed out when idle', async ({ page }, testInfo) => {
    const w = wordsIn(testInfo);
    await signIn(page, testInfo, DEMO);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
    if (jsEnabled(testInfo)) {
      const warning = page.locator('.app-timeout-warning');
      await expect(warning).toBeVisible({ timeout: 20_000 });
      await expect(warning).toContainText(w('timeout-title'));
      await checkA11y(page, 'timeout warning (in page)');
      await warning.getByRole('button', { name: w('timeout-stay') }).click();
      await expect(warning).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
    } else {
      await page.waitForURL(/\/session\/warning\?return=\/home/, { timeout: 20_000 });
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-you-will-be-signed-out'));
      await checkA11y(page, 'timeout warning page');
      await page.getByRole('button', { name: w('timeout-stay') }).click();
      await expect(page).toHaveURL(/\/home$/);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
    }
    // Now do nothing: the browser is taken to the signed-out page.
    await page.waitForURL(/\/signed-out\?reason=timeout/, { timeout: 45_000 });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-you-have-been-signed-out'));
    await checkA11y(page, 'signed out after timeout');
    await page.goto('/home');
    await expect(page).toHaveURL(/\/sign-in$/);
  });
});

test('the accessibility check itself fails on a page with a violation', async ({ page }, testInfo) => {
  // Guards the harness: with JavaScript on and off, axe must report a missing label.
  await page.route('**/__axe-self-check', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html',
      body: '<!DOCTYPE html><html lang="en"><head><title>Self check</title></head><body><main><h1>Self check</h1><input type="text"></main></body></html>',
    }),
  );
  await page.goto('/__axe-self-check');
  let failed = false;
  try {
    await checkA11y(page, 'self check');
  } catch (e) {
    failed = /label/.test(String(e.message));
  }
  expect(failed, `axe must catch the unlabelled input (${testInfo.project.name})`).toBe(true);
});
