// Appointments: the demo resident's appointments from every provider, then
// booking a blood test, changing its time and cancelling it, with axe on every
// page (error states included). Run with JavaScript on and off, in the low-data
// version, and in Welsh and Polish (the words come from the translation files).
import { test, expect } from '@playwright/test';
import { DEMO, checkA11y, ready, signIn, visit, wordsIn } from './helpers.mjs';

const BLOOD = /Practice nurse: blood test|Outpatient phlebotomy|Community blood clinic/;

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

test('the demo resident books, changes and cancels an appointment', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('home-card-appointments-title') }).click();
  await heading(page, testInfo, w('appt-your-appointments'));
  const main = page.locator('main');
  await expect(main).toContainText('Cardiology outpatient appointment');
  await expect(main).toContainText('Talking therapies review');
  await expect(main).toContainText('Blood pressure review');
  await checkA11y(page, 'appointments');

  // One appointment, with how to prepare and a calendar file.
  await page.getByRole('link', { name: /Cardiology outpatient appointment/ }).click();
  await heading(page, testInfo, 'Cardiology outpatient appointment');
  await expect(main).toContainText('Dr Joseph Osei');
  await expect(main).toContainText('Bring a list of the medicines you take');
  await expect(page.getByRole('link', { name: w('appt-add-to-your-calendar-ics') })).toHaveAttribute('href', /calendar\.ics$/);
  await checkA11y(page, 'one appointment');
  await page.getByRole('link', { name: w('appt-back-to-your-appointments') }).click();
  await heading(page, testInfo, w('appt-your-appointments'));

  // Book: what for (one question), then a time, then check, then confirmation.
  await page.getByRole('button', { name: w('appt-book-an-appointment') }).or(page.getByRole('link', { name: w('appt-book-an-appointment') })).click();
  await heading(page, testInfo, w('appt-what-do-you-need-an'));
  await checkA11y(page, 'what for');
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-appt-select-what-you-need-an'));
  await ready(page, testInfo);
  await checkA11y(page, 'what for, with an error');
  await page.getByLabel(w.need('blood-test').label).check();
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await heading(page, testInfo, w('appt-choose-a-time-for', { need: w.need('blood-test').label.toLowerCase() }));
  await expect(main).toContainText('Riverside Medical Practice, 12 River Street');
  await checkA11y(page, 'choose a time');
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-appt-select-a-time-for-your'));
  await ready(page, testInfo);
  await checkA11y(page, 'choose a time, with an error');
  await page.locator('input[name="slot"]').first().check();
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await heading(page, testInfo, w('appt-check-your-appointment-details'));
  await checkA11y(page, 'check your answers');
  await page.getByRole('button', { name: w('appt-book-appointment') }).click();
  await heading(page, testInfo, w('appt-booked'));
  const reference = (await page.locator('.nhsuk-panel__body strong').textContent()).trim();
  expect(reference).toMatch(/^FD-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await checkA11y(page, 'appointment booked');

  // Change the time: the new one is booked, then the old one cancelled.
  await page.getByRole('link', { name: w('appt-see-your-appointments') }).click();
  await heading(page, testInfo, w('appt-your-appointments'));
  await page.locator('.fd-appointments').first().getByRole('link', { name: BLOOD }).first().click();
  await expect(main).toContainText(reference);
  await ready(page, testInfo);
  await checkA11y(page, 'the booked appointment');
  await page.getByRole('link', { name: w('appt-change-the-time-of-this') }).click();
  await heading(page, testInfo, w('appt-choose-new-time'));
  await checkA11y(page, 'choose a new time');
  await page.locator('input[name="slot"]').nth(1).check();
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await heading(page, testInfo, w('appt-check-your-appointment-details'));
  await expect(main).toContainText(w('appt-when-booked-we-cancel', { when: '\n' }).split('\n')[0].trim());
  await page.getByRole('button', { name: w('appt-book-appointment') }).click();
  await heading(page, testInfo, w('appt-changed'));
  const changed = (await page.locator('.nhsuk-panel__body strong').textContent()).trim();
  expect(changed).not.toEqual(reference);
  await checkA11y(page, 'appointment changed');

  // Cancel, with a reason.
  await page.getByRole('link', { name: w('appt-see-your-appointments') }).click();
  await heading(page, testInfo, w('appt-your-appointments'));
  await page.locator('.fd-appointments').first().getByRole('link', { name: BLOOD }).first().click();
  await expect(main).toContainText(changed);
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('appt-cancel-this-appointment') }).click();
  await heading(page, testInfo, w('appt-cancel-your-appointment'));
  await checkA11y(page, 'cancel');
  await page.getByRole('button', { name: w('appt-cancel-appointment') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-appt-select-why-you-are-cancelling'));
  await ready(page, testInfo);
  await checkA11y(page, 'cancel, with an error');
  await page.getByLabel(w('appt-cancel-reason-feeling-better')).check();
  await page.getByRole('button', { name: w('appt-cancel-appointment') }).click();
  await heading(page, testInfo, w('appt-appointment-cancelled'));
  await checkA11y(page, 'appointment cancelled');
  await page.getByRole('link', { name: w('appt-see-your-appointments') }).click();
  await heading(page, testInfo, w('appt-your-appointments'));
  await expect(page.locator('.fd-appointments').first().getByRole('link', { name: BLOOD })).toHaveCount(0);
});

test('a type booked only after triage explains what to do instead', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
  await visit(page, testInfo, '/appointments/book');
  await page.getByLabel(w.need('gp-new-problem').label).check();
  await page.getByRole('button', { name: w('appt-continue') }).click();
  await heading(page, testInfo, w('appt-you-cannot-book-this-online'));
  await expect(page.locator('main')).toContainText(w('appt-phone-provider', { provider: 'Riverside Medical Practice', number: '01632 960 123' }).split('. ')[0]);
  await checkA11y(page, 'after triage only');
});
