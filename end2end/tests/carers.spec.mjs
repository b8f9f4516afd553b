// Carers and parents: a parent books for her child; an adult invites someone to
// act for him, who accepts and asks his GP surgery for help for him; he ends it
// and her next click is refused; he reads who did what. axe on every page, error
// states included. Run with JavaScript on and off, in the low-data version, and in
// Welsh and Polish (the words come from the translation files).
import { test, expect } from '@playwright/test';
import { AISHA, DAVID, DEMO, checkA11y, chooseWhom, otherBrowser, ready, signIn, visit, triageFinish, triageNoRedFlags, triageSlowlyWorse, wordsIn } from './helpers.mjs';

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

async function next(page, testInfo) {
  await page.getByRole('button', { name: wordsIn(testInfo)('appt-continue') }).click();
}

test('a parent books an appointment for her son', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO, { actFor: 'Ben Thompson' });
  const banner = page.getByRole('region', { name: w('carer-who-you-are-acting-for') });
  await expect(banner).toContainText(w('carer-you-are-acting-for', { who: `Ben Thompson (${w('rel-son')}, 9)` }));
  expect(await page.title()).toContain(w('title-acting', { page: '\n', name: 'Ben Thompson' }).split('\n')[1]);
  await checkA11y(page, 'home, acting for a child');

  // The switch is always there, and says what she can do for each child.
  await banner.getByRole('link', { name: w('carer-switch-to-yourself-or-someone') }).click();
  await heading(page, testInfo, w('carer-who-are-you-using-front'));
  const main = page.locator('main');
  await expect(main).toContainText(`Lily Thompson (${w('rel-daughter')}, 12)`);
  await expect(main).toContainText(w('refused-not-from-this-age'));
  await checkA11y(page, 'who are you using Front Door for');
  await chooseWhom(page, testInfo, 'Ben Thompson');

  await page.getByRole('link', { name: w('home-card-appointments-title') }).click();
  await heading(page, testInfo, w('appt-your-appointments'));
  await expect(banner).toContainText(`Ben Thompson (${w('rel-son')}, 9)`);
  await checkA11y(page, 'a child\'s appointments');
  await page.getByRole('button', { name: w('appt-book-an-appointment') }).or(page.getByRole('link', { name: w('appt-book-an-appointment') })).click();
  await heading(page, testInfo, w('appt-what-do-you-need-an'));
  await page.getByLabel(w.need('blood-test').label).check();
  await next(page, testInfo);
  await heading(page, testInfo, w('appt-choose-a-time-for', { need: w.need('blood-test').label.toLowerCase() }));
  await checkA11y(page, 'choose a time for a child');
  await page.locator('input[name="slot"]').first().check();
  await next(page, testInfo);
  await heading(page, testInfo, w('appt-check-your-appointment-details'));
  await checkA11y(page, 'check, for a child');
  await page.getByRole('button', { name: w('appt-book-appointment') }).click();
  await heading(page, testInfo, w('appt-booked'));
  await expect(banner).toContainText('Ben Thompson');
  await checkA11y(page, 'booked for a child');

  // Lily is 12: her record is closed to her mother, with the reason.
  await visit(page, testInfo, '/act-for');
  await chooseWhom(page, testInfo, 'Lily Thompson');
  const res = await page.goto('/record');
  expect(res.status()).toBe(403);
  await ready(page, testInfo);
  await heading(page, testInfo, w('refused-title-this-person'));
  await expect(main).toContainText(w('refused-not-from-this-age'));
  await checkA11y(page, 'a 12-year-old\'s record, refused');
});

test('an adult invites a carer, who asks for help for him until he ends it', async ({ page, browser }, testInfo) => {
  const w = wordsIn(testInfo);
  // David invites Aisha (errors first, answers kept).
  await signIn(page, testInfo, DAVID);
  await page.getByRole('link', { name: w('home-card-account-people-title') }).click();
  await heading(page, testInfo, w('carer-people-who-can-act-for'));
  await checkA11y(page, 'people who can act for you');
  await page.getByRole('link', { name: w('carer-invite-someone-to-act-for') }).or(page.getByRole('button', { name: w('carer-invite-someone-to-act-for') })).click();
  await heading(page, testInfo, w('carer-invite-someone-to-act-for'));
  await checkA11y(page, 'invite');
  await page.getByLabel(w('carer-their-full-name')).fill('Aisha Rahman');
  await page.getByRole('button', { name: w('carer-make-the-invitation') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-carer-select-what-they-can-do'));
  await ready(page, testInfo);
  await expect(page.getByLabel(w('carer-their-full-name'))).toHaveValue('Aisha Rahman');
  await checkA11y(page, 'invite, with errors');
  await page.getByLabel(w('carer-their-email-address')).fill(AISHA.email);
  await page.getByLabel(w('relation-friend'), { exact: true }).check();
  await page.getByLabel(w('scope-see-book-change-and-cancel')).check();
  await page.getByLabel(w('scope-ask-their-gp-surgery-for')).check();
  const until = new Date(Date.now() + 60 * 86_400_000);
  await page.getByLabel(w('date-day')).fill(String(until.getDate()));
  await page.getByLabel(w('date-month')).fill(String(until.getMonth() + 1));
  await page.getByLabel(w('date-year')).fill(String(until.getFullYear()));
  await page.getByRole('button', { name: w('carer-make-the-invitation') }).click();
  await heading(page, testInfo, w('carer-invitation-made'));
  const link = (await page.locator('#invitation-link').textContent()).trim();
  expect(link).toMatch(/\/invitation\/open\?token=[0-9a-f]{64}$/);
  await checkA11y(page, 'invitation made');

  // Aisha, in her own browser, opens the link, signs in and accepts.
  const other = await otherBrowser(browser, testInfo);
  const carer = await other.newPage();
  await carer.goto(new URL(link).pathname + new URL(link).search);
  await heading(carer, testInfo, w('carer-has-invited-you-to-act', { from: 'David Okafor' }));
  await expect(carer).toHaveURL(/\/invitation$/);
  await checkA11y(carer, 'an invitation, not signed in');
  await carer.getByRole('link', { name: w('carer-sign-in-to-accept') }).or(carer.getByRole('button', { name: w('carer-sign-in-to-accept') })).click();
  await carer.getByRole('button', { name: w('acct-continue-with-nhs-login') }).click();
  await expect(carer.getByRole('heading', { level: 1 })).toHaveText('Sign in with NHS login');
  await carer.getByLabel('Email address').fill(AISHA.email);
  await carer.getByLabel('Password').fill(AISHA.password);
  await carer.getByRole('button', { name: 'Continue' }).click();
  await expect(carer).toHaveURL(/\/invitation$/);
  await heading(carer, testInfo, w('carer-has-invited-you-to-act', { from: 'David Okafor' }));
  await checkA11y(carer, 'an invitation, signed in');
  await carer.getByRole('button', { name: w('carer-accept-the-invitation') }).click();
  await heading(carer, testInfo, w('carer-who-are-you-using-front'));
  await checkA11y(carer, 'accepted');
  await chooseWhom(carer, testInfo, 'David Okafor');
  await expect(carer.getByRole('region', { name: w('carer-who-you-are-acting-for') })).toContainText(w('carer-you-are-acting-for', { who: 'David Okafor' }));

  // She asks his GP surgery for help for him.
  await carer.getByRole('link', { name: w('home-card-triage-title') }).click();
  await heading(carer, testInfo, w('triage-ask-for-help-for', { name: 'David Okafor' }));
  await expect(carer.locator('main')).toContainText(w('triage-answer-about', { name: 'David Okafor' }));
  await checkA11y(carer, 'triage start, for someone else');
  await carer.getByRole('button', { name: w('triage-start-now') }).or(carer.getByRole('button', { name: w('triage-start-new-request') })).click();
  await triageNoRedFlags(carer, testInfo);
  await triageSlowlyWorse(carer, testInfo);
  await triageFinish(carer, testInfo, `His knee has been slowly getting worse (${testInfo.project.name}).`);
  await heading(carer, testInfo, w.q('d-gp-routine--title'));
  await carer.getByRole('button', { name: w('triage-send-request') }).click();
  await heading(carer, testInfo, w('triage-request-sent'));
  await checkA11y(carer, 'request sent for someone else');

  // Her access does not include his record.
  const refused = await carer.goto('/record');
  expect(refused.status()).toBe(403);
  await heading(carer, testInfo, w('refused-title-this-person'));
  await checkA11y(carer, 'record, not given');

  // David ends her access; her next click is refused, her session still live.
  await visit(page, testInfo, '/account/people');
  const card = page.locator('.nhsuk-card', { hasText: 'Aisha Rahman' });
  await card.getByRole('link', { name: new RegExp(w('carer-change-or-end')) }).click();
  await heading(page, testInfo, w('carer-change-access', { name: 'Aisha Rahman' }));
  await checkA11y(page, 'change access');
  await page.getByRole('button', { name: w('carer-end-access-now') }).click();
  await heading(page, testInfo, w('carer-people-who-can-act-for'));
  await expect(page.locator('main')).toContainText(w('carer-notice-ended'));
  await expect(page.locator('.nhsuk-card', { hasText: 'Aisha Rahman' })).toHaveCount(0);

  const after = await carer.goto('/requests');
  expect(after.status()).toBe(403);
  await heading(carer, testInfo, w('refused-title-this-person'));
  await expect(carer.locator('main')).toContainText(w('refused-ended'));
  await checkA11y(carer, 'access ended');
  await carer.getByRole('link', { name: w('refused-back-act-for') }).click();
  await heading(carer, testInfo, w('carer-who-are-you-using-front'));
  await other.close();

  // David reads who looked at or acted on his record.
  await visit(page, testInfo, '/account/access-history');
  await heading(page, testInfo, w('carer-who-has-looked-at-or'));
  const history = page.locator('main table');
  await expect(history).toContainText('Aisha Rahman');
  await expect(history).toContainText(w('role-carer'));
  await expect(history).toContainText(w('hist-triage-sent'));
  await checkA11y(page, 'access history');
});
