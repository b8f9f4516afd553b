// Assisted digital: a helper at a library starts a help session; the resident
// signs in on the same screen and agrees to what the helper may do; the helper
// books an appointment and sends a request to the GP surgery for them; the
// resident ends it and keeps a summary; the computer is cleared, and going back
// or reloading shows nothing of the resident. axe on every page, error states
// included. Run with JavaScript on and off.
import { test, expect } from '@playwright/test';
import { DAVID, atProvider, checkA11y, ready, totp, visit, triageFinish, triageNoRedFlags, triageSlowlyWorse } from './helpers.mjs';

/** The demo helper (printed by `make run`). */
const AMIR = {
  email: 'amir.khan@northbridge-libraries.example',
  password: 'front-door-demo-2026',
  key: 'FRONTDOORDEMOHELPERAMIRKHANKEYAB',
};

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

async function next(page) {
  await page.getByRole('button', { name: 'Continue' }).click();
}

/** A code is accepted once: waits for a 30-second step no earlier sign-in used. */
async function freshCode(key) {
  const step = 30_000;
  const wait = step - (Date.now() % step) + 1_000;
  await new Promise((resolve) => setTimeout(resolve, wait));
  return totp(key);
}

test('a helper helps a resident book and ask for help, and the computer is cleared', async ({ page }, testInfo) => {
  // Amir signs in with his password and a security code.
  await visit(page, testInfo, '/sign-in');
  await page.getByLabel('Email address').fill(AMIR.email);
  await page.getByLabel('Password', { exact: true }).fill(AMIR.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await heading(page, testInfo, 'Enter your security code');
  await page.getByLabel('Security code').fill(await freshCode(AMIR.key));
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Help someone now');
  await checkA11y(page, 'help someone now');

  await page.getByRole('button', { name: 'Start helping someone' }).click();
  await heading(page, testInfo, 'Sign in to get help');
  await checkA11y(page, 'sign in to get help');
  // A wrong code is refused, with the error summary.
  await page.getByLabel('Code from their phone').fill('ABCD-EFGH');
  await page.getByRole('button', { name: 'Use code' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('This code is not right');
  await ready(page, testInfo);
  await checkA11y(page, 'a wrong code');

  // David signs in himself, on the same screen.
  await page.getByRole('link', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await page.getByRole('button', { name: 'Continue with NHS login' }).click();
  await atProvider(page, DAVID);
  await heading(page, testInfo, 'Do you want Amir to help you?');
  await checkA11y(page, 'consent');
  await page.getByRole('button', { name: 'Yes, Amir can help me' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Select what the helper can help you with');
  await ready(page, testInfo);
  await checkA11y(page, 'consent, with an error');
  await page.getByLabel('See, book, change and cancel your appointments').check();
  await page.getByLabel('Ask your GP surgery for help, and see those requests').check();
  await expect(page.getByLabel('30 minutes')).toBeChecked();
  await page.getByRole('button', { name: 'Yes, Amir can help me' }).click();
  await heading(page, testInfo, 'Help someone now');
  const banner = page.getByRole('region', { name: 'Who is being helped' });
  await expect(banner).toContainText('Helping: David Okafor');
  await expect(banner).toContainText('with Amir Khan from Northbridge Libraries');
  await expect(page.locator('main')).toContainText('You are helping David Okafor until');
  await checkA11y(page, 'helping');

  // An appointment.
  await page.getByRole('link', { name: 'Appointments' }).click();
  await heading(page, testInfo, 'Your appointments');
  await page.getByRole('button', { name: 'Book an appointment' }).or(page.getByRole('link', { name: 'Book an appointment' })).click();
  await heading(page, testInfo, 'What do you need an appointment for?');
  await page.getByLabel('Blood test').check();
  await next(page);
  await heading(page, testInfo, 'Choose a time: blood test');
  await page.locator('input[name="slot"]').first().check();
  await next(page);
  await heading(page, testInfo, 'Check your appointment details');
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await heading(page, testInfo, 'Appointment booked');
  await expect(banner).toContainText('Helping: David Okafor');
  await checkA11y(page, 'booked, with a helper');

  // A request to his GP surgery.
  await visit(page, testInfo, '/helping');
  await page.getByRole('link', { name: 'Ask the GP surgery for help' }).click();
  await heading(page, testInfo, 'Ask for help for David Okafor');
  await page.getByRole('button', { name: /Start now|Start a new request/ }).click();
  await triageNoRedFlags(page, testInfo);
  await triageSlowlyWorse(page, testInfo);
  await triageFinish(page, testInfo, `My knee is slowly getting worse (${testInfo.project.name}).`);
  await heading(page, testInfo, 'Your GP surgery will look at your request');
  await page.getByRole('button', { name: 'Send request' }).click();
  await heading(page, testInfo, 'Request sent');
  await checkA11y(page, 'request sent, with a helper');

  // Not what he agreed to: his record.
  const refused = await page.goto('/record');
  expect(refused.status()).toBe(403);
  await heading(page, testInfo, 'You cannot do this for this person');
  await checkA11y(page, 'record, not agreed');

  // David ends it and keeps a summary.
  await visit(page, testInfo, '/helping');
  await banner.getByRole('button', { name: 'End help now' }).click();
  await heading(page, testInfo, 'What was done today');
  const done = page.locator('#done');
  await expect(done).toContainText('Appointment booked: Blood test');
  await expect(done).toContainText('Reference FD-');
  await expect(done).toContainText('Request sent to Riverside Medical Practice');
  await expect(done).toContainText('Reference RQ-');
  await checkA11y(page, 'what was done today');

  // The computer is cleared: back and reload show nothing of him.
  await page.getByRole('button', { name: 'Clear this computer for the next person' }).click();
  await heading(page, testInfo, 'Help someone now');
  await expect(page.locator('main')).toContainText('This computer has been cleared');
  await checkA11y(page, 'cleared');
  await page.goBack();
  await expect(page.locator('body')).not.toContainText('David Okafor');
  await page.reload();
  await expect(page.locator('body')).not.toContainText('David Okafor');
  await expect(page.locator('body')).not.toContainText('Blood test');
  await page.goBack();
  await page.reload();
  await expect(page.locator('body')).not.toContainText('David Okafor');
});
