// Carers and parents: a parent books for her child; an adult invites someone to
// act for him, who accepts and asks his GP surgery for help for him; he ends it
// and her next click is refused; he reads who did what. axe on every page, error
// states included. Run with JavaScript on and off.
import { test, expect } from '@playwright/test';
import { AISHA, DAVID, DEMO, checkA11y, chooseWhom, otherBrowser, ready, signIn, visit, triageFinish, triageNoRedFlags, triageSlowlyWorse } from './helpers.mjs';

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

async function next(page) {
  await page.getByRole('button', { name: 'Continue' }).click();
}

test('a parent books an appointment for her son', async ({ page }, testInfo) => {
  await signIn(page, testInfo, DEMO, { actFor: 'Ben Thompson' });
  const banner = page.getByRole('region', { name: 'Who you are acting for' });
  await expect(banner).toContainText('You are acting for Ben Thompson (son, 9)');
  await expect(page).toHaveTitle(/acting for Ben Thompson/);
  await checkA11y(page, 'home, acting for a child');

  // The switch is always there, and says what she can do for each child.
  await banner.getByRole('link', { name: 'Switch to yourself or someone else' }).click();
  await heading(page, testInfo, 'Who are you using Front Door for?');
  const main = page.locator('main');
  await expect(main).toContainText('Lily Thompson (daughter, 12)');
  await expect(main).toContainText('From a child\'s 11th birthday');
  await checkA11y(page, 'who are you using Front Door for');
  await chooseWhom(page, testInfo, 'Ben Thompson');

  await page.getByRole('link', { name: 'Your appointments' }).click();
  await heading(page, testInfo, 'Your appointments');
  await expect(banner).toContainText('Ben Thompson (son, 9)');
  await checkA11y(page, 'a child\'s appointments');
  await page.getByRole('button', { name: 'Book an appointment' }).or(page.getByRole('link', { name: 'Book an appointment' })).click();
  await heading(page, testInfo, 'What do you need an appointment for?');
  await page.getByLabel('Blood test').check();
  await next(page);
  await heading(page, testInfo, 'Choose a time: blood test');
  await checkA11y(page, 'choose a time for a child');
  await page.locator('input[name="slot"]').first().check();
  await next(page);
  await heading(page, testInfo, 'Check your appointment details');
  await checkA11y(page, 'check, for a child');
  await page.getByRole('button', { name: 'Book appointment' }).click();
  await heading(page, testInfo, 'Appointment booked');
  await expect(banner).toContainText('Ben Thompson');
  await checkA11y(page, 'booked for a child');

  // Lily is 12: her record is closed to her mother, with the reason.
  await visit(page, testInfo, '/act-for');
  await chooseWhom(page, testInfo, 'Lily Thompson');
  const res = await page.goto('/record');
  expect(res.status()).toBe(403);
  await ready(page, testInfo);
  await heading(page, testInfo, 'You cannot do this for this person');
  await expect(main).toContainText('From a child\'s 11th birthday');
  await checkA11y(page, 'a 12-year-old\'s record, refused');
});

test('an adult invites a carer, who asks for help for him until he ends it', async ({ page, browser }, testInfo) => {
  // David invites Aisha (errors first, answers kept).
  await signIn(page, testInfo, DAVID);
  await page.getByRole('link', { name: 'People who can act for you' }).click();
  await heading(page, testInfo, 'People who can act for you');
  await checkA11y(page, 'people who can act for you');
  await page.getByRole('link', { name: 'Invite someone to act for you' }).or(page.getByRole('button', { name: 'Invite someone to act for you' })).click();
  await heading(page, testInfo, 'Invite someone to act for you');
  await checkA11y(page, 'invite');
  await page.getByLabel('Their full name').fill('Aisha Rahman');
  await page.getByRole('button', { name: 'Make the invitation' }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText('Select what they can do for you');
  await ready(page, testInfo);
  await expect(page.getByLabel('Their full name')).toHaveValue('Aisha Rahman');
  await checkA11y(page, 'invite, with errors');
  await page.getByLabel('Their email address').fill(AISHA.email);
  await page.getByLabel('Friend').check();
  await page.getByLabel('See, book, change and cancel their appointments').check();
  await page.getByLabel('Ask their GP surgery for help for them, and see those requests').check();
  const until = new Date(Date.now() + 60 * 86_400_000);
  await page.getByLabel('Day').fill(String(until.getDate()));
  await page.getByLabel('Month').fill(String(until.getMonth() + 1));
  await page.getByLabel('Year').fill(String(until.getFullYear()));
  await page.getByRole('button', { name: 'Make the invitation' }).click();
  await heading(page, testInfo, 'Invitation made');
  const link = (await page.locator('#invitation-link').textContent()).trim();
  expect(link).toMatch(/\/invitation\/open\?token=[0-9a-f]{64}$/);
  await checkA11y(page, 'invitation made');

  // Aisha, in her own browser, opens the link, signs in and accepts.
  const other = await otherBrowser(browser, testInfo);
  const carer = await other.newPage();
  await carer.goto(new URL(link).pathname + new URL(link).search);
  await heading(carer, testInfo, 'David Okafor has invited you to act for them');
  await expect(carer).toHaveURL(/\/invitation$/);
  await checkA11y(carer, 'an invitation, not signed in');
  await carer.getByRole('link', { name: 'Sign in to accept' }).or(carer.getByRole('button', { name: 'Sign in to accept' })).click();
  await carer.getByRole('button', { name: 'Continue with NHS login' }).click();
  await expect(carer.getByRole('heading', { level: 1 })).toHaveText('Sign in with NHS login');
  await carer.getByLabel('Email address').fill(AISHA.email);
  await carer.getByLabel('Password').fill(AISHA.password);
  await carer.getByRole('button', { name: 'Continue' }).click();
  await expect(carer).toHaveURL(/\/invitation$/);
  await heading(carer, testInfo, 'David Okafor has invited you to act for them');
  await checkA11y(carer, 'an invitation, signed in');
  await carer.getByRole('button', { name: 'Accept the invitation' }).click();
  await heading(carer, testInfo, 'Who are you using Front Door for?');
  await checkA11y(carer, 'accepted');
  await chooseWhom(carer, testInfo, 'David Okafor');
  await expect(carer.getByRole('region', { name: 'Who you are acting for' })).toContainText('You are acting for David Okafor');

  // She asks his GP surgery for help for him.
  await carer.getByRole('link', { name: 'Ask your GP surgery for help' }).click();
  await heading(carer, testInfo, 'Ask for help for David Okafor');
  await expect(carer.locator('main')).toContainText('Answer the questions about David Okafor');
  await checkA11y(carer, 'triage start, for someone else');
  await carer.getByRole('button', { name: /Start now|Start a new request/ }).click();
  await triageNoRedFlags(carer, testInfo);
  await triageSlowlyWorse(carer, testInfo);
  await triageFinish(carer, testInfo, `His knee has been slowly getting worse (${testInfo.project.name}).`);
  await heading(carer, testInfo, 'Your GP surgery will look at your request');
  await carer.getByRole('button', { name: 'Send request' }).click();
  await heading(carer, testInfo, 'Request sent');
  await checkA11y(carer, 'request sent for someone else');

  // Her access does not include his record.
  const refused = await carer.goto('/record');
  expect(refused.status()).toBe(403);
  await heading(carer, testInfo, 'You cannot do this for this person');
  await checkA11y(carer, 'record, not given');

  // David ends her access; her next click is refused, her session still live.
  await visit(page, testInfo, '/account/people');
  const card = page.locator('.nhsuk-card', { hasText: 'Aisha Rahman' });
  await card.getByRole('link', { name: /Change or end/ }).click();
  await heading(page, testInfo, 'Change Aisha Rahman\'s access');
  await checkA11y(page, 'change access');
  await page.getByRole('button', { name: 'End access now' }).click();
  await heading(page, testInfo, 'People who can act for you');
  await expect(page.locator('main')).toContainText('Their access has ended');
  await expect(page.locator('.nhsuk-card', { hasText: 'Aisha Rahman' })).toHaveCount(0);

  const after = await carer.goto('/requests');
  expect(after.status()).toBe(403);
  await heading(carer, testInfo, 'You cannot do this for this person');
  await expect(carer.locator('main')).toContainText('Your access to act for this person has ended');
  await checkA11y(carer, 'access ended');
  await carer.getByRole('link', { name: 'Choose who you are using Front Door for' }).click();
  await heading(carer, testInfo, 'Who are you using Front Door for?');
  await other.close();

  // David reads who looked at or acted on his record.
  await visit(page, testInfo, '/account/access-history');
  await heading(page, testInfo, 'Who has looked at or acted on your record');
  const history = page.locator('main table');
  await expect(history).toContainText('Aisha Rahman');
  await expect(history).toContainText('Carer');
  await expect(history).toContainText('Sent a request for help to the GP surgery');
  await checkA11y(page, 'access history');
});
