// Digital triage: the demo resident asks their GP surgery for help. A red-flag
// answer stops the questions and says to call 999; a routine request is sent to
// the practice's system and shows on "Your requests" with its status, which
// moves when the practice works on it. axe on every page, errors included.
// Run with JavaScript on and off, in the low-data version, and in Welsh and
// Polish (the words come from the translation files and the triage content's
// translations).
import { test, expect } from '@playwright/test';
import { ALEX, DEMO, checkA11y, ready, signIn, simOf, triageFinish, triageNoRedFlags, visit, wordsIn } from './helpers.mjs';

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

async function start(page, testInfo) {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('home-card-triage-title') }).click();
  await heading(page, testInfo, w('triage-ask-your-gp-surgery'));
  await checkA11y(page, 'triage start');
  // An earlier run may have left a request unsent: start afresh either way.
  await page.getByRole('button', { name: w('triage-start-now') }).or(page.getByRole('button', { name: w('triage-start-new-request') })).click();
  await heading(page, testInfo, w.q('q-emergency'));
}

async function next(page, testInfo) {
  await page.getByRole('button', { name: wordsIn(testInfo)('triage-continue') }).click();
}

test('a red flag stops the questions and says call 999 at once', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await start(page, testInfo);
  await checkA11y(page, 'emergency symptoms');
  // Nothing chosen: an error, not a pass.
  await next(page, testInfo);
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await ready(page, testInfo);
  await checkA11y(page, 'emergency symptoms, with an error');
  await page.getByLabel(w.q('q-emergency--chest-pain')).check();
  await next(page, testInfo);
  await heading(page, testInfo, `${w('care-card-emergency')}: ${w.q('d-call-999--title')}`);
  const main = page.locator('main');
  await expect(main.locator('.nhsuk-card--care--emergency')).toBeVisible();
  await expect(main).toContainText('999');
  await expect(main).toContainText(w('triage-we-have-not-sent-a'));
  await checkA11y(page, 'call 999');
  // A mistake can be put right: back to the question, the answer still ticked.
  await page.getByRole('link', { name: w('triage-i-chose-an-answer-by') }).click();
  await heading(page, testInfo, w.q('q-emergency'));
  await expect(page.getByLabel(w.q('q-emergency--chest-pain'))).toBeChecked();
});

test('a routine request is sent to the surgery and shows with its status', async ({ page, request }, testInfo) => {
  const w = wordsIn(testInfo);
  await start(page, testInfo);
  await page.getByLabel(w.q('q-emergency--none')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-urgent'));
  await checkA11y(page, 'urgent symptoms');
  await page.getByLabel(w.q('q-urgent--none')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-reason'));
  await checkA11y(page, 'what for');
  await next(page, testInfo);
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await ready(page, testInfo);
  await checkA11y(page, 'what for, with an error');
  await page.getByLabel(w.q('q-reason--worse')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-wc-condition'));
  await page.getByLabel(w.q('q-wc-condition--other')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-wc-how'));
  await checkA11y(page, 'how quickly');
  // Back keeps the answer.
  await page.getByRole('link', { name: w('triage-back'), exact: true }).click();
  await heading(page, testInfo, w.q('q-wc-condition'));
  await expect(page.getByLabel(w.q('q-wc-condition--other'))).toBeChecked();
  await checkA11y(page, 'which condition');
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-wc-how'));
  await page.getByLabel(w.q('q-wc-how--weeks')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-describe'));
  await checkA11y(page, 'tell us more');
  const words = `My asthma has been slowly getting worse (${testInfo.project.name}).`;
  await page.getByLabel(w.q('q-describe')).fill(words);
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-contact'));
  await checkA11y(page, 'contact');
  await page.getByLabel(w.q('q-contact--phone')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w('triage-check-your-answers'));
  const main = page.locator('main');
  await expect(main).toContainText(words);
  await checkA11y(page, 'check your answers');
  await page.getByRole('button', { name: w('triage-continue') }).or(page.getByRole('link', { name: w('triage-continue') })).click();
  await heading(page, testInfo, w.q('d-gp-routine--title'));
  await expect(main).toContainText(w.q('d-gp-routine--safety-net'));
  // The practice's own time frame, and plainly not sent yet.
  await expect(main).toContainText(w('triage-if-you-send-promise', { practice: 'Riverside Medical Practice', promise: '\n' }).split('\n')[0]);
  await expect(main).toContainText(w('triage-they-will-see-your-answers'));
  await checkA11y(page, 'outcome');
  await page.getByRole('button', { name: w('triage-send-request') }).click();
  await heading(page, testInfo, w('triage-request-sent'));
  const reference = (await page.locator('.nhsuk-panel__body strong').textContent()).trim();
  expect(reference).toMatch(/^RQ-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  await expect(main).toContainText(w('triage-will-contact-you', { practice: 'Riverside Medical Practice' }).replace(/\.$/, ''));
  await checkA11y(page, 'request sent');

  await page.getByRole('link', { name: w('triage-see-your-requests') }).click();
  await heading(page, testInfo, w('triage-your-requests'));
  const card = main.locator('.fd-requests li', { hasText: reference });
  await expect(card).toContainText(w('status-sent-to-your-surgery'));
  await checkA11y(page, 'your requests');

  // The practice accepts it in its own system; the portal shows that, read live.
  const tasks = await (await request.get(`${simOf(testInfo)}/_admin/providers/riverside-gp/tasks`)).json();
  const task = (Array.isArray(tasks) ? tasks : Object.values(tasks)).find((t) =>
    (t.identifier || []).some((i) => i.value === reference),
  );
  expect(task, 'the Task reached the practice').toBeTruthy();
  expect(task.focus.reference).toMatch(/^QuestionnaireResponse\//);
  const put = await request.put(`${simOf(testInfo)}/_admin/providers/riverside-gp/tasks/${task.id}`, {
    data: { status: 'accepted', business_status: 'A GP will phone you on Thursday' },
  });
  expect(put.ok()).toBeTruthy();
  await page.reload();
  await heading(page, testInfo, w('triage-your-requests'));
  await expect(card).toContainText(w('status-accepted'));
  await expect(card).toContainText('A GP will phone you on Thursday');
  await checkA11y(page, 'your requests, accepted');
});

test('a child under 5 with a fever and a red feature is told to call 999', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO, { actFor: 'Noah Thompson' });
  await visit(page, testInfo, '/triage');
  await heading(page, testInfo, w('triage-ask-for-help-for', { name: 'Noah Thompson' }));
  await expect(page.locator('main')).toContainText(w('triage-answer-about', { name: 'Noah Thompson' }));
  await checkA11y(page, 'triage start, for a child');
  await page.getByRole('button', { name: w('triage-start-now') }).or(page.getByRole('button', { name: w('triage-start-new-request') })).click();
  await triageNoRedFlags(page, testInfo);
  await page.getByLabel(w.q('q-reason--new-symptom')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-symptom'));
  await page.getByLabel(w.q('q-symptom--fever')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-fever'));
  // Someone who has no thermometer can still answer.
  await expect(page.getByLabel(w.q('q-fever--not-measured'))).toBeVisible();
  await checkA11y(page, 'temperature');
  await page.getByLabel(w.q('q-fever--39')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-fv-days'));
  await page.getByLabel(w.q('q-fv-days--under-5')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-cf-colour'));
  await checkA11y(page, 'traffic light: colour');
  await page.getByLabel(w.q('q-cf-colour--usual')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-cf-activity'));
  await page.getByLabel(w.q('q-cf-activity--unresponsive')).check();
  await next(page, testInfo);
  await heading(page, testInfo, `${w('care-card-emergency')}: ${w.q('d-call-999--title')}`);
  await expect(page.locator('main .nhsuk-card--care--emergency')).toBeVisible();
  await expect(page.locator('main')).toContainText(w('triage-we-have-not-sent-a'));
  await checkA11y(page, 'a child with a red feature: call 999');
});

test('a possible cancer symptom goes to the GP within 2 working days and is sent', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await start(page, testInfo);
  await triageNoRedFlags(page, testInfo);
  await page.getByLabel(w.q('q-reason--new-symptom')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-symptom'));
  await page.getByLabel(w.q('q-symptom--lump-or-change')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-sex'));
  await page.getByLabel(w.q('q-sex--female')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-ca-signs'));
  await checkA11y(page, 'possible cancer symptoms');
  await next(page, testInfo);
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await ready(page, testInfo);
  await checkA11y(page, 'possible cancer symptoms, with an error');
  await page.getByLabel(w.q('q-ca-signs--lump')).check();
  await next(page, testInfo);
  await triageFinish(page, testInfo, `A lump in my left breast for two weeks (${testInfo.project.name}).`);
  await heading(page, testInfo, w.q('d-gp-2-days--title'));
  const main = page.locator('main');
  await expect(main).toContainText(w.q('r-cancer-lump--advice'));
  await expect(main).toContainText(w.like('triage-if-you-send-promise', {
    practice: /.+?/,
    promise: w.like('triage-promise-within', { days: 2, by: w.like('triage-by-end-of', { day: /.+/ }) }),
  }));
  await checkA11y(page, 'possible cancer: outcome');
  await page.getByRole('button', { name: w('triage-send-request') }).click();
  await heading(page, testInfo, w('triage-request-sent'));
  await expect(main).toContainText(w.like('triage-will-contact-you-by', { practice: /.+?/, by: w.like('triage-by-end-of', { day: /.+/ }) }));
  await checkA11y(page, 'possible cancer: sent');
});

test('someone whose request cannot be sent is told at the start, and screening still works', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, ALEX);
  await visit(page, testInfo, '/triage');
  await heading(page, testInfo, w('triage-ask-your-gp-surgery'));
  const main = page.locator('main');
  await expect(main).toContainText(w('triage-you-cannot-send-a-request'));
  await expect(main).toContainText(w.like('say-triage-cannot-send-not-registered', { name: /.+?/ }));
  await checkA11y(page, 'triage start, cannot send');
  await page.getByRole('button', { name: w('triage-start-now') }).or(page.getByRole('button', { name: w('triage-start-new-request') })).click();
  await triageNoRedFlags(page, testInfo);
  await page.getByLabel(w.q('q-reason--worse')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-wc-condition'));
  await page.getByLabel(w.q('q-wc-condition--asthma')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-lt-asthma'));
  await page.getByLabel(w.q('q-lt-asthma--more-breathless')).check();
  await next(page, testInfo);
  await heading(page, testInfo, w.q('q-wc-how'));
  await page.getByLabel(w.q('q-wc-how--days')).check();
  await next(page, testInfo);
  await triageFinish(page, testInfo, `Wheezy since Tuesday (${testInfo.project.name}).`);
  // Help today, and nothing can be sent: one message, call.
  await heading(page, testInfo, `${w('care-card-urgent')}: ${w.q('d-urgent-111--title')}`);
  await expect(main).toContainText(w('triage-nothing-has-been-sent-to'));
  await expect(main.getByRole('button', { name: w('triage-send-request') })).toHaveCount(0);
  await checkA11y(page, 'cannot send: call 111');
});
