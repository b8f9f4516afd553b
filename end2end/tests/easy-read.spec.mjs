// Easy Read: what Front Door is, signing in, asking for help with the red-flag
// question and what to do in an emergency, booking and its confirmation, and
// the record summary, each reached by a clear link and remembered. axe on
// every page. Runs in every project (JavaScript on, off, low-data).
import { test, expect } from '@playwright/test';
import { DEMO, checkA11y, ready, signIn } from './helpers.mjs';

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
  // What Front Door is: one click from the start page.
  await page.goto('/');
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Easy Read version of this page' }).click();
  await heading(page, testInfo, 'Front Door');
  await easyLines(page);
  await expect(page.locator('main')).toContainText('If you are very ill or badly hurt, phone 999 now.');
  await checkA11y(page, 'Easy Read: what Front Door is');

  // Signing in, remembered: the Easy Read words above the usual ways to sign in.
  await page.locator('main').getByRole('button', { name: 'Sign in' }).click();
  await heading(page, testInfo, 'Sign in');
  await expect(page.locator('main')).toContainText('Signing in means you tell us who you are.');
  await easyLines(page);
  await checkA11y(page, 'Easy Read: signing in');
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Sarah');

  // The record summary.
  await page.goto('/record');
  await heading(page, testInfo, 'Your health record');
  await expect(page.locator('main')).toContainText('This is your health record.');
  await expect(page.getByRole('heading', { level: 2, name: 'Your medicines' })).toBeVisible();
  await easyLines(page);
  await checkA11y(page, 'Easy Read: record summary');

  // Asking for help: what to do in an emergency first; the red-flag question
  // in Easy Read words still sends someone to 999.
  await page.goto('/triage');
  await heading(page, testInfo, 'Ask your GP surgery for help');
  await expect(page.getByRole('heading', { level: 2, name: 'What to do in an emergency' })).toBeVisible();
  await expect(page.locator('main')).toContainText('Phone 999 now if you have:');
  await checkA11y(page, 'Easy Read: asking for help');
  await page.getByRole('button', { name: /Start now|Start a new request/ }).click();
  await heading(page, testInfo, 'Do you have any of these now?');
  await checkA11y(page, 'Easy Read: emergency question');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await ready(page, testInfo);
  await checkA11y(page, 'Easy Read: emergency question, with an error');
  await page.getByLabel('Pain or a tight feeling in your chest').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Immediate action required: Call 999 now');
  await expect(page.locator('main .app-easy-read')).toContainText('Phone 999 now.');
  await expect(page.locator('main .nhsuk-card--care--emergency')).toBeVisible();
  await checkA11y(page, 'Easy Read: call 999');
  await page.getByRole('button', { name: 'Finish' }).click();

  // Booking and the confirmation.
  await page.goto('/appointments/book');
  await heading(page, testInfo, 'What do you need an appointment for?');
  await expect(page.locator('main')).toContainText('You can book an appointment here.');
  await checkA11y(page, 'Easy Read: booking');
  await page.getByLabel('Blood test').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Choose a time: blood test');
  await expect(page.locator('main .app-easy-read')).toContainText('Choose a day and a time that are good for you.');
  await checkA11y(page, 'Easy Read: choose a time');
  await page.locator('input[name="slot"]').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Check your appointment details');
  await expect(page.locator('main .app-easy-read')).toContainText('Check that this is right.');
  await checkA11y(page, 'Easy Read: check the appointment');
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await heading(page, testInfo, 'Appointment booked');
  const reference = (await page.locator('.nhsuk-panel__body strong').textContent()).trim();
  const easy = page.locator('main .app-easy-read');
  await expect(easy).toContainText('Your appointment is booked.');
  await expect(easy).toContainText(`Your booking number is ${reference}.`);
  await checkA11y(page, 'Easy Read: appointment booked');

  // Back to the usual words with one click; then put the booking back.
  await page.getByRole('link', { name: 'Standard version of this page' }).click();
  await heading(page, testInfo, 'Appointment booked');
  await expect(page.locator('main .app-easy-read')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Easy Read version of this page' })).toBeVisible();
  await page.getByRole('link', { name: 'See your appointments' }).click();
  await heading(page, testInfo, 'Your appointments');
  await page.locator('.fd-appointments').first().getByRole('link', { name: BLOOD }).first().click();
  await expect(page.locator('main')).toContainText(reference);
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Cancel this appointment' }).click();
  await heading(page, testInfo, 'Cancel your appointment');
  await page.getByLabel('I am feeling better').check();
  await page.getByRole('button', { name: 'Cancel appointment' }).click();
  await heading(page, testInfo, 'Appointment cancelled');
});
