// Who you are: NHS login through the demo identity provider (a real OpenID
// Provider), identity levels and what each opens, linking an existing account,
// and a sign-in the person stops at the provider. Axe on every page, the
// provider's included. Run with JavaScript on and off, in the low-data version,
// and in Welsh and Polish (the words come from the translation files; the demo
// NHS login's own pages stay in English, as a real provider's would).
import { test, expect } from '@playwright/test';
import { DEMO_P5, OWN, atProvider, checkA11y, perProject, ready, signIn, simOf, totp, uniqueEmail, visit, wordsIn } from './helpers.mjs';

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

/** Makes a Front Door account with a password only (no NHS number) and ends on
 * its home page, greeted by first name. */
async function register(page, testInfo, { name, born: [day, month, year], email, password = 'a long walk by the river' }) {
  const w = wordsIn(testInfo);
  await visit(page, testInfo, '/register');
  await page.getByLabel(w('account-full-name')).fill(name);
  await page.getByLabel(w('date-day')).fill(day);
  await page.getByLabel(w('date-month')).fill(month);
  await page.getByLabel(w('date-year')).fill(year);
  await page.getByLabel(w('account-email-address')).fill(email);
  await page.getByLabel(w('account-create-a-password')).fill(password);
  await page.getByRole('button', { name: w('account-create-account') }).click();
  await heading(page, testInfo, w('account-hello', { name: name.split(' ')[0] }));
}

test('at P5: appointments open, the record explains how to prove who you are', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO_P5);
  await heading(page, testInfo, w('account-hello', { name: 'Patrick' }));
  await expect(page.locator('main')).toContainText(w('identity-p5'));
  await checkA11y(page, 'home at P5');
  await page.getByRole('link', { name: w('home-card-record-title') }).click();
  await heading(page, testInfo, w('prove-title-record'));
  await expect(page.locator('main')).toContainText(w('prove-why-record'));
  await checkA11y(page, 'record refused at P5');
  await visit(page, testInfo, '/appointments');
  await heading(page, testInfo, w('appt-your-appointments'));
  await page.getByRole('button', { name: w('appt-book-an-appointment') }).or(page.getByRole('link', { name: w('appt-book-an-appointment') })).click();
  await heading(page, testInfo, w('appt-what-do-you-need-an'));
  await page.getByLabel(w.need('blood-test').label).check();
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await heading(page, testInfo, w('appt-choose-a-time-for', { need: w.need('blood-test').label.toLowerCase() }));
  await page.locator('input[name="slot"]').first().check();
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await heading(page, testInfo, w('appt-check-your-appointment-details'));
  await page.getByRole('button', { name: w('appt-book-appointment') }).click();
  await heading(page, testInfo, w('appt-booked'));
  await visit(page, testInfo, '/account/identity');
  await heading(page, testInfo, w('acct-your-identity'));
  await expect(page.locator('main')).toContainText(w('acct-you-cannot-yet', { s: w('acct-cannot-see-record') }));
  await checkA11y(page, 'your identity at P5');
});

test('an account of Front Door\'s own with a typed NHS number opens no record', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, OWN);
  await heading(page, testInfo, w('account-hello', { name: 'Sam' }));
  await expect(page.locator('.nhsuk-warning-callout')).toContainText(w('account-we-have-changed-how-front'));
  await checkA11y(page, 'home for a typed NHS number');
  await page.getByRole('link', { name: w('home-card-record-title') }).click();
  await heading(page, testInfo, w('prove-title-record'));
  await checkA11y(page, 'record refused at P0');
  await page.getByRole('link', { name: w('acct-other-ways-to-prove-who') }).click();
  await heading(page, testInfo, w('site-how-to-prove-who-you'));
  await checkA11y(page, 'how to prove who you are');
});

test('an existing account links NHS login and then sees the record', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  // A different demo person per run, used by no other journey: each NHS login
  // links to one account only.
  const who = perProject(testInfo, {
    jsOn: ['fatima.clarke@example.org', 'Fatima Clarke'],
    jsOff: ['priya.murphy@example.org', 'Priya Murphy'],
    low: ['zainab.evans@example.org', 'Zainab Evans'],
  });
  const person = { email: who[0], password: 'front-door-demo-2026' };
  await register(page, testInfo, { name: 'Link Test', born: ['1', '2', '1980'], email: uniqueEmail('link') });
  await page.getByRole('link', { name: w('home-card-account-identity-title') }).first().click();
  await heading(page, testInfo, w('acct-your-identity'));
  await expect(page.locator('main')).toContainText(w('identity-p0'));
  await checkA11y(page, 'your identity at P0');
  await page.getByRole('button', { name: w('acct-link-nhs-login') }).click();
  await atProvider(page, person, { check: true });
  await heading(page, testInfo, w('acct-heading-linked'));
  await checkA11y(page, 'linked');
  await visit(page, testInfo, '/record');
  await heading(page, testInfo, w('record-your-health-record'));
  await visit(page, testInfo, '/account');
  await expect(page.locator('main')).toContainText(who[1]);
});

test('stopping at NHS login comes back to the sign-in page with a clear message', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await visit(page, testInfo, '/sign-in');
  await checkA11y(page, 'sign in with NHS login offered');
  await page.getByRole('button', { name: w('acct-continue-with-nhs-login') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in with NHS login');
  // A wrong password at the provider: its own error summary.
  await page.getByLabel('Email address').fill(DEMO_P5.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a correct email address and password');
  await checkA11y(page, 'NHS login sign-in page with an error');
  await page.getByRole('button', { name: 'Cancel and go back to the service' }).click();
  await heading(page, testInfo, w('account-sign-in'));
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-acct-nhs-login-not-finished'));
  await checkA11y(page, 'sign in after stopping at NHS login');
});

test('two-step sign-in: set up with an authenticator app, then a password and a code', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  const email = uniqueEmail('twostep');
  const password = 'a long walk by the river';
  await register(page, testInfo, { name: 'Two Step', born: ['3', '4', '1975'], email, password });
  await visit(page, testInfo, '/account/two-step');
  await heading(page, testInfo, w('acct-two-step-sign-in'));
  await checkA11y(page, 'two-step setup');
  await page.getByRole('button', { name: w('acct-turn-on-two-step-sign') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-acct-enter-the-6-digit-code'));
  await ready(page, testInfo);
  await checkA11y(page, 'two-step setup with an error');
  const key = (await page.locator('#two-step-key').textContent()).replace(/\s/g, '');
  await page.getByLabel(w('acct-security-code')).fill(await totp(key));
  await page.getByRole('button', { name: w('acct-turn-on-two-step-sign') }).click();
  await heading(page, testInfo, w('acct-two-step-sign-in-is-3'));
  const codes = await page.locator('#recovery-codes code').allTextContents();
  expect(codes).toHaveLength(10);
  await checkA11y(page, 'recovery codes');
  await page.getByRole('button', { name: w('sign-out') }).first().click();
  await heading(page, testInfo, w('account-you-have-signed-out'));

  await signIn(page, testInfo, { email, password });
  await heading(page, testInfo, w('acct-enter-your-security-code'));
  await checkA11y(page, 'security code');
  await page.getByLabel(w('acct-security-code')).fill('not a code');
  await page.getByRole('button', { name: w('acct-continue') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-acct-the-security-code-is-not'));
  await ready(page, testInfo);
  await checkA11y(page, 'security code with an error');
  await page.getByLabel(w('acct-security-code')).fill(codes[0]);
  await page.getByRole('button', { name: w('acct-continue') }).click();
  await heading(page, testInfo, w('account-hello', { name: 'Two' }));
});

test('the linkage key from a GP surgery proves who you are', async ({ page, request }, testInfo) => {
  const w = wordsIn(testInfo);
  const all = await (await request.get(`${simOf(testInfo)}/_admin/linkage`)).json();
  const details = all.find((l) => l.nhs_number === '9990000018');
  await register(page, testInfo, { name: 'Linkage Test', born: ['14', '3', '1984'], email: uniqueEmail('linkage') });
  await visit(page, testInfo, '/account/identity');
  await page.getByRole('link', { name: w('acct-enter-the-details-from-your') }).click();
  await heading(page, testInfo, w('acct-prove-who-you-are-with'));
  await checkA11y(page, 'GP linkage');
  await page.getByRole('button', { name: w('acct-check-these-details') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-acct-enter-your-gp-surgerys-ods'));
  await ready(page, testInfo);
  await checkA11y(page, 'GP linkage with errors');
  await page.getByLabel(w('acct-gp-surgery-ods-code')).fill(details.ods_code);
  await page.getByLabel(w('acct-account-id')).fill(details.account_id);
  await page.getByLabel(w('acct-linkage-key')).fill('WRONGKEY1234');
  await page.getByRole('button', { name: w('acct-check-these-details') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-acct-these-details-do-not-match'));
  await expect(page.getByLabel(w('acct-account-id'))).toHaveValue(details.account_id);
  await ready(page, testInfo);
  await page.getByLabel(w('acct-linkage-key')).fill(details.linkage_key);
  await page.getByRole('button', { name: w('acct-check-these-details') }).click();
  await heading(page, testInfo, w('acct-heading-gp-confirmed'));
  await checkA11y(page, 'proved by the GP surgery');
  // A password alone does not open the record: the page says what to do.
  await visit(page, testInfo, '/record');
  await heading(page, testInfo, w('sign-in-again-title'));
  await checkA11y(page, 'record after a password only');
});
