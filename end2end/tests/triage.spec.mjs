// Digital triage: the demo resident asks their GP surgery for help. A red-flag
// answer stops the questions and says to call 999; a routine request is sent to
// the practice's system and shows on "Your requests" with its status, which
// moves when the practice works on it. axe on every page, errors included.
// Run with JavaScript on and off; the first two also in Welsh and Polish (the
// words come from the translation files and the triage content's translations).
import { test, expect } from '@playwright/test';
import { ALEX, DEMO, checkA11y, ready, signIn, triageFinish, triageNoRedFlags, visit, wordsIn } from './helpers.mjs';

// The simulator each e2e portal starts (FRONTDOOR_DEMO_PROVIDERS_ADDR in the config):
// 3910 for the portal on 3100, 3912 for the Welsh one on 3102, and so on.
const simOf = (testInfo) =>
  `http://127.0.0.1:${3910 + Number(new URL(testInfo.project.use.baseURL || 'http://x:3100').port) - 3100}`;

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
  await heading(page, testInfo, w('triage-ask-your-gp-surgery-for'));
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
  await signIn(page, testInfo, DEMO, { actFor: 'Noah Thompson' });
  await visit(page, testInfo, '/triage');
  await heading(page, testInfo, 'Ask for help for Noah Thompson');
  await expect(page.locator('main')).toContainText('Answer the questions about Noah Thompson');
  await checkA11y(page, 'triage start, for a child');
  await page.getByRole('button', { name: /Start now|Start a new request/ }).click();
  await triageNoRedFlags(page, testInfo);
  await page.getByLabel('A new symptom or health problem').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'What is your main symptom?');
  await page.getByLabel('A high temperature (fever)').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'Have you had a high temperature?');
  // Someone who has no thermometer can still answer.
  await expect(page.getByLabel('Felt hot or shivery, but not measured')).toBeVisible();
  await checkA11y(page, 'temperature');
  await page.getByLabel('Yes, 39C or higher').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'How long has the high temperature lasted?');
  await page.getByLabel('Less than 5 days').check();
  await next(page, testInfo);
  await heading(page, testInfo, "What colour are your child's skin, lips and tongue?");
  await checkA11y(page, 'traffic light: colour');
  await page.getByLabel('Their usual colour').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'How is your child behaving?');
  await page.getByLabel(/^Floppy, will not wake/).check();
  await next(page, testInfo);
  await heading(page, testInfo, 'Immediate action required: Call 999 now');
  await expect(page.locator('main .nhsuk-card--care--emergency')).toBeVisible();
  await expect(page.locator('main')).toContainText('We have not sent a request to your GP surgery');
  await checkA11y(page, 'a child with a red feature: call 999');
});

test('a possible cancer symptom goes to the GP within 2 working days and is sent', async ({ page }, testInfo) => {
  await start(page, testInfo);
  await triageNoRedFlags(page, testInfo);
  await page.getByLabel('A new symptom or health problem').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'What is your main symptom?');
  await page.getByLabel(/^A lump, bleeding you cannot explain/).check();
  await next(page, testInfo);
  await heading(page, testInfo, 'What sex were you registered with at birth?');
  await page.getByLabel('Female').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'Which of these do you have?');
  await checkA11y(page, 'possible cancer symptoms');
  await next(page, testInfo);
  await expect(page.locator('.nhsuk-error-summary')).toBeVisible();
  await ready(page, testInfo);
  await checkA11y(page, 'possible cancer symptoms, with an error');
  await page.getByLabel(/^A new lump anywhere/).check();
  await next(page, testInfo);
  await triageFinish(page, testInfo, `A lump in my left breast for two weeks (${testInfo.project.name}).`);
  await heading(page, testInfo, 'Your GP surgery should see you within 2 working days');
  const main = page.locator('main');
  await expect(main).toContainText('need to be checked by a GP soon');
  await expect(main).toContainText(/will contact you within 2 working days, by the end of/);
  await checkA11y(page, 'possible cancer: outcome');
  await page.getByRole('button', { name: 'Send request' }).click();
  await heading(page, testInfo, 'Request sent');
  await expect(main).toContainText('will contact you by the end of');
  await checkA11y(page, 'possible cancer: sent');
});

test('someone whose request cannot be sent is told at the start, and screening still works', async ({ page }, testInfo) => {
  await signIn(page, testInfo, ALEX);
  await visit(page, testInfo, '/triage');
  await heading(page, testInfo, 'Ask your GP surgery for help');
  const main = page.locator('main');
  await expect(main).toContainText('You cannot send a request online yet');
  await expect(main).toContainText('do not have a registration that matches');
  await checkA11y(page, 'triage start, cannot send');
  await page.getByRole('button', { name: /Start now|Start a new request/ }).click();
  await triageNoRedFlags(page, testInfo);
  await page.getByLabel('A health condition you already have is getting worse').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'Which condition is getting worse?');
  await page.getByLabel('Asthma').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'Do you have any of these signs that your asthma is getting worse?');
  await page.getByLabel('More breathless or wheezy than usual').check();
  await next(page, testInfo);
  await heading(page, testInfo, 'How quickly is your condition getting worse?');
  await page.getByLabel('Over a few days').check();
  await next(page, testInfo);
  await triageFinish(page, testInfo, `Wheezy since Tuesday (${testInfo.project.name}).`);
  // Help today, and nothing can be sent: one message, call.
  await heading(page, testInfo, 'Urgent advice: Call 111 now');
  await expect(main).toContainText('Nothing has been sent to your GP surgery');
  await expect(main.getByRole('button', { name: 'Send request' })).toHaveCount(0);
  await checkA11y(page, 'cannot send: call 111');
});
