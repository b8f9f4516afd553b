// Appointments: the demo resident's appointments from every provider, then
// booking a blood test, changing its time and cancelling it, with axe on every
// page (error states included). Run with JavaScript on and off.
import { test, expect } from '@playwright/test';
import { DEMO, checkA11y, ready, signIn, visit } from './helpers.mjs';

const BLOOD = /Practice nurse: blood test|Outpatient phlebotomy|Community blood clinic/;

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

test('the demo resident books, changes and cancels an appointment', async ({ page }, testInfo) => {
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Sarah');
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Your appointments' }).click();
  await heading(page, testInfo, 'Your appointments');
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
  await expect(page.getByRole('link', { name: 'Add to your calendar (ICS file)' })).toHaveAttribute('href', /calendar\.ics$/);
  await checkA11y(page, 'one appointment');
  await page.getByRole('link', { name: 'Back to your appointments' }).click();
  await heading(page, testInfo, 'Your appointments');

  // Book: what for (one question), then a time, then check, then confirmation.
  await page.getByRole('button', { name: 'Book an appointment' }).or(page.getByRole('link', { name: 'Book an appointment' })).click();
  await heading(page, testInfo, 'What do you need an appointment for?');
  await checkA11y(page, 'what for');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Select what you need an appointment for');
  await ready(page, testInfo);
  await checkA11y(page, 'what for, with an error');
  await page.getByLabel('Blood test').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Choose a time: blood test');
  await expect(main).toContainText('Riverside Medical Practice, 12 River Street');
  await checkA11y(page, 'choose a time');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Select a time for your appointment');
  await ready(page, testInfo);
  await checkA11y(page, 'choose a time, with an error');
  await page.locator('input[name="slot"]').first().check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Check your appointment details');
  await checkA11y(page, 'check your answers');
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await heading(page, testInfo, 'Appointment booked');
  const reference = (await page.locator('.nhsuk-panel__body strong').textContent()).trim();
  expect(reference).toMatch(/^FD-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await checkA11y(page, 'appointment booked');

  // Change the time: the new one is booked, then the old one cancelled.
  await page.getByRole('link', { name: 'See your appointments' }).click();
  await heading(page, testInfo, 'Your appointments');
  await page.locator('.fd-appointments').first().getByRole('link', { name: BLOOD }).first().click();
  await expect(main).toContainText(reference);
  await ready(page, testInfo);
  await checkA11y(page, 'the booked appointment');
  await page.getByRole('link', { name: 'Change the time of this appointment' }).click();
  await heading(page, testInfo, 'Choose a new time');
  await checkA11y(page, 'choose a new time');
  await page.locator('input[name="slot"]').nth(1).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'Check your appointment details');
  await expect(main).toContainText('we will cancel your appointment at');
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await heading(page, testInfo, 'Appointment changed');
  const changed = (await page.locator('.nhsuk-panel__body strong').textContent()).trim();
  expect(changed).not.toEqual(reference);
  await checkA11y(page, 'appointment changed');

  // Cancel, with a reason.
  await page.getByRole('link', { name: 'See your appointments' }).click();
  await heading(page, testInfo, 'Your appointments');
  await page.locator('.fd-appointments').first().getByRole('link', { name: BLOOD }).first().click();
  await expect(main).toContainText(changed);
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Cancel this appointment' }).click();
  await heading(page, testInfo, 'Cancel your appointment');
  await checkA11y(page, 'cancel');
  await page.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Select why you are cancelling this appointment');
  await ready(page, testInfo);
  await checkA11y(page, 'cancel, with an error');
  await page.getByLabel('I am feeling better').check();
  await page.getByRole('button', { name: 'Cancel appointment' }).click();
  await heading(page, testInfo, 'Appointment cancelled');
  await checkA11y(page, 'appointment cancelled');
  await page.getByRole('link', { name: 'See your appointments' }).click();
  await heading(page, testInfo, 'Your appointments');
  await expect(page.locator('.fd-appointments').first().getByRole('link', { name: BLOOD })).toHaveCount(0);
});

test('a type booked only after triage explains what to do instead', async ({ page }, testInfo) => {
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Sarah');
  await visit(page, testInfo, '/appointments/book');
  await page.getByLabel('GP appointment about a new problem').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await heading(page, testInfo, 'You cannot book this online');
  await expect(page.locator('main')).toContainText('Phone Riverside Medical Practice on 01632 960 123');
  await checkA11y(page, 'after triage only');
});
