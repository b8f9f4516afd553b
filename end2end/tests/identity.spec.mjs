// Who you are: NHS login through the demo identity provider (a real OpenID
// Provider), identity levels and what each opens, linking an existing account,
// and a sign-in the person stops at the provider. Axe on every page, the
// provider's included. Run with JavaScript on and off.
import { test, expect } from '@playwright/test';
import { DEMO_P5, OWN, atProvider, checkA11y, jsEnabled, perProject, ready, signIn, totp, uniqueEmail, visit } from './helpers.mjs';

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

test('at P5: appointments open, the record explains how to prove who you are', async ({ page }, testInfo) => {
  await signIn(page, testInfo, DEMO_P5);
  await heading(page, testInfo, 'Hello, Patrick');
  await expect(page.locator('main')).toContainText('Your details have been matched to your NHS record');
  await checkA11y(page, 'home at P5');
  await page.getByRole('link', { name: 'Your health record' }).click();
  await heading(page, testInfo, 'You need to prove who you are to see your health record');
  await expect(page.locator('main')).toContainText('photo ID');
  await checkA11y(page, 'record refused at P5');
  await visit(page, testInfo, '/appointments');
  await heading(page, testInfo, 'Your appointments');
  await page.getByRole('button', { name: 'Book an appointment' }).or(page.getByRole('link', { name: 'Book an appointment' })).click();
  await heading(page, testInfo, 'What do you need an appointment for?');
  await page.getByLabel('Blood test').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Choose a time: blood test');
  await page.locator('input[name="slot"]').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Check your appointment details');
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await heading(page, testInfo, 'Appointment booked');
  await visit(page, testInfo, '/account/identity');
  await heading(page, testInfo, 'Your identity');
  await expect(page.locator('main')).toContainText('You cannot see your health record, test results and letters yet');
  await checkA11y(page, 'your identity at P5');
});

test('an account of Front Door\'s own with a typed NHS number opens no record', async ({ page }, testInfo) => {
  await signIn(page, testInfo, OWN);
  await heading(page, testInfo, 'Hello, Sam');
  await expect(page.locator('.nhsuk-warning-callout')).toContainText('The NHS number you typed when you made your account no longer opens a health record');
  await checkA11y(page, 'home for a typed NHS number');
  await page.getByRole('link', { name: 'Your health record' }).click();
  await heading(page, testInfo, 'You need to prove who you are to see your health record');
  await checkA11y(page, 'record refused at P0');
  await page.getByRole('link', { name: /Other ways to prove who you are/ }).click();
  await heading(page, testInfo, 'How to prove who you are');
  await checkA11y(page, 'how to prove who you are');
});

test('an existing account links NHS login and then sees the record', async ({ page }, testInfo) => {
  // A different demo person per run, used by no other journey: each NHS login
  // links to one account only.
  const who = perProject(testInfo, {
    jsOn: ['fatima.clarke@example.org', 'Fatima Clarke'],
    jsOff: ['priya.murphy@example.org', 'Priya Murphy'],
    low: ['zainab.evans@example.org', 'Zainab Evans'],
  });
  const person = { email: who[0], password: 'front-door-demo-2026' };
  await visit(page, testInfo, '/register');
  await page.getByLabel('Full name').fill('Link Test');
  await page.getByLabel('Day').fill('1');
  await page.getByLabel('Month').fill('2');
  await page.getByLabel('Year').fill('1980');
  await page.getByLabel('Email address').fill(uniqueEmail('link'));
  await page.getByLabel('Create a password').fill('a long walk by the river');
  await page.getByRole('button', { name: 'Create account' }).click();
  await heading(page, testInfo, 'Hello, Link');
  await page.getByRole('link', { name: 'Your identity' }).first().click();
  await heading(page, testInfo, 'Your identity');
  await expect(page.locator('main')).toContainText('You have not proved who you are yet');
  await checkA11y(page, 'your identity at P0');
  await page.getByRole('button', { name: 'Link NHS login' }).click();
  await atProvider(page, person, { check: true });
  await heading(page, testInfo, 'NHS login is now linked to your account');
  await checkA11y(page, 'linked');
  await visit(page, testInfo, '/record');
  await heading(page, testInfo, 'Your health record');
  await visit(page, testInfo, '/account');
  await expect(page.locator('main')).toContainText(who[1]);
});

test('stopping at NHS login comes back to the sign-in page with a clear message', async ({ page }, testInfo) => {
  await visit(page, testInfo, '/sign-in');
  await checkA11y(page, 'sign in with NHS login offered');
  await page.getByRole('button', { name: 'Continue with NHS login' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in with NHS login');
  // A wrong password at the provider: its own error summary.
  await page.getByLabel('Email address').fill(DEMO_P5.email);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('alert')).toContainText('Enter a correct email address and password');
  await checkA11y(page, 'NHS login sign-in page with an error');
  await page.getByRole('button', { name: 'Cancel and go back to the service' }).click();
  await heading(page, testInfo, 'Sign in');
  await expect(page.locator('.nhsuk-error-summary')).toContainText('You did not finish signing in with NHS login');
  await checkA11y(page, 'sign in after stopping at NHS login');
});

test('two-step sign-in: set up with an authenticator app, then a password and a code', async ({ page }, testInfo) => {
  const email = uniqueEmail('twostep');
  const password = 'a long walk by the river';
  await visit(page, testInfo, '/register');
  await page.getByLabel('Full name').fill('Two Step');
  await page.getByLabel('Day').fill('3');
  await page.getByLabel('Month').fill('4');
  await page.getByLabel('Year').fill('1975');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Create a password').fill(password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await heading(page, testInfo, 'Hello, Two');
  await visit(page, testInfo, '/account/two-step');
  await heading(page, testInfo, 'Two-step sign-in');
  await checkA11y(page, 'two-step setup');
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Enter the 6-digit code your authenticator app shows');
  await ready(page, testInfo);
  await checkA11y(page, 'two-step setup with an error');
  const key = (await page.locator('#two-step-key').textContent()).replace(/\s/g, '');
  await page.getByLabel('Security code').fill(await totp(key));
  await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await heading(page, testInfo, 'Two-step sign-in is on');
  const codes = await page.locator('#recovery-codes code').allTextContents();
  expect(codes).toHaveLength(10);
  await checkA11y(page, 'recovery codes');
  await page.getByRole('button', { name: 'Sign out' }).first().click();
  await heading(page, testInfo, 'You have signed out');

  await signIn(page, testInfo, { email, password });
  await heading(page, testInfo, 'Enter your security code');
  await checkA11y(page, 'security code');
  await page.getByLabel('Security code').fill('not a code');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('The security code is not right');
  await ready(page, testInfo);
  await checkA11y(page, 'security code with an error');
  await page.getByLabel('Security code').fill(codes[0]);
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Hello, Two');
});

test('the linkage key from a GP surgery proves who you are', async ({ page, request }, testInfo) => {
  const all = await (await request.get('http://127.0.0.1:3910/_admin/linkage')).json();
  const details = all.find((l) => l.nhs_number === '9990000018');
  await visit(page, testInfo, '/register');
  await page.getByLabel('Full name').fill('Linkage Test');
  await page.getByLabel('Day').fill('14');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('1984');
  await page.getByLabel('Email address').fill(uniqueEmail('linkage'));
  await page.getByLabel('Create a password').fill('a long walk by the river');
  await page.getByRole('button', { name: 'Create account' }).click();
  await heading(page, testInfo, 'Hello, Linkage');
  await visit(page, testInfo, '/account/identity');
  await page.getByRole('link', { name: 'Enter the details from your GP surgery' }).click();
  await heading(page, testInfo, 'Prove who you are with details from your GP surgery');
  await checkA11y(page, 'GP linkage');
  await page.getByRole('button', { name: 'Check these details' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Enter your GP surgery\'s ODS code');
  await ready(page, testInfo);
  await checkA11y(page, 'GP linkage with errors');
  await page.getByLabel('GP surgery ODS code').fill(details.ods_code);
  await page.getByLabel('Account ID').fill(details.account_id);
  await page.getByLabel('Linkage key').fill('WRONGKEY1234');
  await page.getByRole('button', { name: 'Check these details' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('These details do not match what your GP surgery holds');
  await expect(page.getByLabel('Account ID')).toHaveValue(details.account_id);
  await ready(page, testInfo);
  await page.getByLabel('Linkage key').fill(details.linkage_key);
  await page.getByRole('button', { name: 'Check these details' }).click();
  await heading(page, testInfo, 'Your GP surgery has confirmed who you are');
  await checkA11y(page, 'proved by the GP surgery');
  // A password alone does not open the record: the page says what to do.
  await visit(page, testInfo, '/record');
  await heading(page, testInfo, 'Sign in with NHS login to see this');
  await checkA11y(page, 'record after a password only');
});
