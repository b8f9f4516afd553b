// Easy Read: what Front Door is, signing in, asking for help with the red-flag
// question and what to do in an emergency, booking and its confirmation, and
// the record summary, each reached by a clear link and remembered. axe on
// every page. Runs in every project (JavaScript on, off, low-data, Welsh and
// Polish; the words come from the translation files).
import { test, expect } from '@playwright/test';
import { DEMO, checkA11y, ready, signIn, wordsIn } from './helpers.mjs';

const BLOOD = /Practice nurse: blood test|Outpatient phlebotomy|Community blood clinic/;

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

/** The Easy Read lines of the page: each has a picture hidden from screen readers. */
async function easyLines(page) {
  const lines = page.locator('main .app-easy-read__line');
  expect(await lines.count()).toBeGreaterThan(1);
  await expect(lines.first().locator('svg[aria-hidden="true"]')).toHaveCount(1);
  return lines;
}

test('Easy Read: start, sign in, record, red flags and booking, remembered', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  // What Front Door is: one click from the start page.
  await page.goto('/');
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('easy-read-switch-to-easy') }).click();
  await heading(page, testInfo, w('site-front-door'));
  await easyLines(page);
  await expect(page.locator('main')).toContainText(w('site-if-you-are-very-ill'));
  await checkA11y(page, 'Easy Read: what Front Door is');

  // Signing in, remembered: the Easy Read words above the usual ways to sign in.
  await page.locator('main').getByRole('button', { name: w('site-sign-in') }).click();
  await heading(page, testInfo, w('account-sign-in'));
  await expect(page.locator('main')).toContainText(w('account-signing-in-means-you-tell'));
  await easyLines(page);
  await checkA11y(page, 'Easy Read: signing in');
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));

  // The record summary.
  await page.goto('/record');
  await heading(page, testInfo, w('record-your-health-record'));
  await expect(page.locator('main')).toContainText(w('rec-this-is-your-health-record'));
  await expect(page.getByRole('heading', { level: 2, name: w('rec-easy-medicines') })).toBeVisible();
  await easyLines(page);
  await checkA11y(page, 'Easy Read: record summary');

  // Asking for help: what to do in an emergency first; the red-flag question
  // in Easy Read words still sends someone to 999.
  await page.goto('/triage');
  await heading(page, testInfo, w('triage-ask-your-gp-surgery'));
  await expect(page.getByRole('heading', { level: 2, name: w('triage-what-to-do-in-an') })).toBeVisible();
  await expect(page.locator('main')).toContainText(w('triage-phone-999-now-if-you'));
  await checkA11y(page, 'Easy Read: asking for help');
  await page.getByRole('button', { name: w('triage-start-now') }).or(page.getByRole('button', { name: w('triage-start-new-request') })).click();
  await heading(page, testInfo, w.q('q-emergency--easy'));
  await checkA11y(page, 'Easy Read: emergency question');
  await page.getByRole('button', { name: w('triage-continue') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await ready(page, testInfo);
  await checkA11y(page, 'Easy Read: emergency question, with an error');
  await page.getByLabel(w.q('q-emergency--chest-pain--easy')).check();
  await page.getByRole('button', { name: w('triage-continue') }).click();
  await heading(page, testInfo, `${w('care-card-emergency')}: ${w.q('d-call-999--title')}`);
  await expect(page.locator('main .app-easy-read')).toContainText(w('triage-phone-999-now'));
  await expect(page.locator('main .nhsuk-card--care--emergency')).toBeVisible();
  await checkA11y(page, 'Easy Read: call 999');
  await page.getByRole('button', { name: w('triage-finish') }).click();

  // Booking and the confirmation.
  await page.goto('/appointments/book');
  await heading(page, testInfo, w('appt-what-do-you-need-an'));
  await expect(page.locator('main')).toContainText(w('appt-you-can-book-an-appointment'));
  await checkA11y(page, 'Easy Read: booking');
  await page.getByLabel(w.need('blood-test').label).check();
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await heading(page, testInfo, w('appt-choose-a-time-for', { need: w.need('blood-test').label.toLowerCase() }));
  await expect(page.locator('main .app-easy-read')).toContainText(w('appt-choose-a-day-and-a'));
  await checkA11y(page, 'Easy Read: choose a time');
  await page.locator('input[name="slot"]').first().check();
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await heading(page, testInfo, w('appt-check-your-appointment-details'));
  await expect(page.locator('main .app-easy-read')).toContainText(w('appt-check-that-this-is-right'));
  await checkA11y(page, 'Easy Read: check the appointment');
  await page.getByRole('button', { name: w('appt-book-appointment') }).click();
  await heading(page, testInfo, w('appt-booked'));
  const reference = (await page.locator('.nhsuk-panel__body strong').textContent()).trim();
  const easy = page.locator('main .app-easy-read');
  await expect(easy).toContainText(w('appt-your-appointment-is-booked'));
  await expect(easy).toContainText(`${w('appt-your-booking-number-is')} ${reference}`);
  await checkA11y(page, 'Easy Read: appointment booked');

  // Back to the usual words with one click; then put the booking back.
  await page.getByRole('link', { name: w('easy-read-switch-to-standard') }).click();
  await heading(page, testInfo, w('appt-booked'));
  await expect(page.locator('main .app-easy-read')).toHaveCount(0);
  await expect(page.getByRole('link', { name: w('easy-read-switch-to-easy') })).toBeVisible();
  await page.getByRole('link', { name: w('appt-see-your-appointments') }).click();
  await heading(page, testInfo, w('appt-your-appointments'));
  await page.locator('.fd-appointments').first().getByRole('link', { name: BLOOD }).first().click();
  await expect(page.locator('main')).toContainText(reference);
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('appt-cancel-this-appointment') }).click();
  await heading(page, testInfo, w('appt-cancel-your-appointment'));
  await page.getByLabel(w('appt-cancel-reason-feeling-better')).check();
  await page.getByRole('button', { name: w('appt-cancel-appointment') }).click();
  await heading(page, testInfo, w('appt-appointment-cancelled'));
});
