// Assisted digital: a helper at a library starts a help session; the resident
// signs in on the same screen and agrees to what the helper may do; the helper
// books an appointment and sends a request to the GP surgery for them; the
// resident ends it and keeps a summary; the computer is cleared, and going back
// or reloading shows nothing of the resident. axe on every page, error states
// included. Run with JavaScript on and off, in the low-data version, and in Welsh
// and Polish (the words come from the translation files).
import { test, expect } from '@playwright/test';
import { DAVID, atProvider, checkA11y, ready, totp, visit, triageFinish, triageNoRedFlags, triageSlowlyWorse, wordsIn } from './helpers.mjs';

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

async function next(page, testInfo) {
  await page.getByRole('button', { name: wordsIn(testInfo)('appt-continue') }).click();
}

/** A code is accepted once: waits for a 30-second step no earlier sign-in used. */
async function freshCode(key) {
  const step = 30_000;
  const wait = step - (Date.now() % step) + 1_000;
  await new Promise((resolve) => setTimeout(resolve, wait));
  return totp(key);
}

test('a helper helps a resident book and ask for help, and the computer is cleared', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  // Amir signs in with his password and a security code.
  await visit(page, testInfo, '/sign-in');
  await page.getByLabel(w('account-email-address')).fill(AMIR.email);
  await page.getByLabel(w('account-password'), { exact: true }).fill(AMIR.password);
  await page.getByRole('button', { name: w('account-sign-in'), exact: true }).click();
  await heading(page, testInfo, w('acct-enter-your-security-code'));
  await page.getByLabel(w('acct-security-code')).fill(await freshCode(AMIR.key));
  await page.getByRole('button', { name: w('acct-continue') }).click();
  await heading(page, testInfo, w('help-help-someone-now'));
  await checkA11y(page, 'help someone now');

  await page.getByRole('button', { name: w('help-start-helping-someone') }).click();
  await heading(page, testInfo, w('help-sign-in-to-get-help'));
  await checkA11y(page, 'sign in to get help');
  // A wrong code is refused, with the error summary.
  await page.getByLabel(w('help-code-from-their-phone')).fill('ABCD-EFGH');
  await page.getByRole('button', { name: w('help-use-code') }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-help-this-code-is-not-right'));
  await ready(page, testInfo);
  await checkA11y(page, 'a wrong code');

  // David signs in himself, on the same screen.
  await page.getByRole('link', { name: w('help-sign-in'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-sign-in'));
  await page.getByRole('button', { name: w('acct-continue-with-nhs-login') }).click();
  await atProvider(page, DAVID);
  await heading(page, testInfo, w('help-do-you-want-to-help-2', { helper: 'Amir' }));
  await checkA11y(page, 'consent');
  await page.getByRole('button', { name: w('help-yes-can-help-me', { helper: 'Amir' }) }).click();
  await expect(page.locator('.nhsuk-error-summary')).toContainText(w('say-help-select-what-the-helper-can'));
  await ready(page, testInfo);
  await checkA11y(page, 'consent, with an error');
  await page.getByLabel(w('helpscope-see-book-change-and-cancel')).check();
  await page.getByLabel(w('helpscope-ask-your-gp-surgery-for')).check();
  await expect(page.getByLabel(w('helpmin-30-minutes'))).toBeChecked();
  await page.getByRole('button', { name: w('help-yes-can-help-me', { helper: 'Amir' }) }).click();
  await heading(page, testInfo, w('help-help-someone-now'));
  const banner = page.getByRole('region', { name: w('help-who-is-being-helped') });
  await expect(banner).toContainText(w('help-helping', { resident: 'David Okafor' }));
  await expect(banner).toContainText(w.before('help-with-from-ends', { helper: 'Amir Khan', organisation: 'Northbridge Libraries' }, 'until'));
  await expect(page.locator('main')).toContainText(w.before('help-you-are-helping-until', { resident: 'David Okafor' }, 'until'));
  await checkA11y(page, 'helping');

  // An appointment.
  await page.getByRole('link', { name: w('help-appointments') }).click();
  await heading(page, testInfo, w('appt-your-appointments'));
  await page.getByRole('button', { name: w('appt-book-an-appointment') }).or(page.getByRole('link', { name: w('appt-book-an-appointment') })).click();
  await heading(page, testInfo, w('appt-what-do-you-need-an'));
  await page.getByLabel(w.need('blood-test').label).check();
  await next(page, testInfo);
  await heading(page, testInfo, w('appt-choose-a-time-for', { need: w.need('blood-test').label.toLowerCase() }));
  await page.locator('input[name="slot"]').first().check();
  await next(page, testInfo);
  await heading(page, testInfo, w('appt-check-your-appointment-details'));
  await page.getByRole('button', { name: w('appt-book-appointment') }).click();
  await heading(page, testInfo, w('appt-booked'));
  await expect(banner).toContainText(w('help-helping', { resident: 'David Okafor' }));
  await checkA11y(page, 'booked, with a helper');

  // A request to his GP surgery.
  await visit(page, testInfo, '/helping');
  await page.getByRole('link', { name: w('help-ask-the-gp-surgery-for') }).click();
  await heading(page, testInfo, w('triage-ask-for-help-for', { name: 'David Okafor' }));
  await page.getByRole('button', { name: w('triage-start-now') }).or(page.getByRole('button', { name: w('triage-start-new-request') })).click();
  await triageNoRedFlags(page, testInfo);
  await triageSlowlyWorse(page, testInfo);
  await triageFinish(page, testInfo, `My knee is slowly getting worse (${testInfo.project.name}).`);
  await heading(page, testInfo, w.q('d-gp-routine--title'));
  await page.getByRole('button', { name: w('triage-send-request') }).click();
  await heading(page, testInfo, w('triage-request-sent'));
  await checkA11y(page, 'request sent, with a helper');

  // Not what he agreed to: his record.
  const refused = await page.goto('/record');
  expect(refused.status()).toBe(403);
  await heading(page, testInfo, w('refused-title-this-person'));
  await checkA11y(page, 'record, not agreed');

  // David ends it and keeps a summary.
  await visit(page, testInfo, '/helping');
  await banner.getByRole('button', { name: w('help-end-help-now') }).click();
  await heading(page, testInfo, w('help-what-was-done-today'));
  const done = page.locator('#done');
  await expect(done).toContainText(w.before('say-appt-booked-today', { what: w.need('blood-test').label, time: '', place: '', reference: '' }, 'day'));
  await expect(done).toContainText(`${w.before('say-appt-booked-today', { what: '', day: '', time: '', place: '' }, 'reference').split('. ').pop().trim()} FD-`);
  await expect(done).toContainText(w.before('say-triage-request-sent-to', { to: 'Riverside Medical Practice' }, 'reference').split('. ')[0]);
  await expect(done).toContainText(`${w.before('say-triage-request-sent-to', { to: '' }, 'reference').split('. ').pop().trim()} RQ-`);
  await checkA11y(page, 'what was done today');

  // The computer is cleared: back and reload show nothing of him.
  await page.getByRole('button', { name: w('help-clear-this-computer-for-the') }).click();
  await heading(page, testInfo, w('help-help-someone-now'));
  await expect(page.locator('main')).toContainText(w('help-notice-cleared').split('. ')[0]);
  await checkA11y(page, 'cleared');
  await page.goBack();
  await expect(page.locator('body')).not.toContainText('David Okafor');
  await page.reload();
  await expect(page.locator('body')).not.toContainText('David Okafor');
  await expect(page.locator('body')).not.toContainText(w.need('blood-test').label);
  await page.goBack();
  await page.reload();
  await expect(page.locator('body')).not.toContainText('David Okafor');
});
