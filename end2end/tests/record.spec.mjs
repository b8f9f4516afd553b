// The joined-up record: the demo resident's record from all five demo provider
// systems, every record page with axe, and a provider fault shown as a notice
// with the last good copy. Run with JavaScript on and off, in the low-data
// version, and in Welsh and Polish (the words come from the translation files).
import { test, expect } from '@playwright/test';
import { DEMO, HAROLD, checkA11y, ready, signIn, simOf, wordsIn } from './helpers.mjs';

const HOSPITAL = 'Northbridge Hospitals NHS Foundation Trust';

async function setFault(request, testInfo, slug, faults) {
  const res = await request.put(`${simOf(testInfo)}/_admin/providers/${slug}/faults`, { data: faults });
  expect(res.ok()).toBeTruthy();
}

test('the demo resident sees one record from five providers, every page', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('home-card-record-title') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('record-your-health-record'));
  await ready(page, testInfo);
  const main = page.locator('main');
  await expect(main).toContainText('High blood pressure');
  await expect(main).toContainText(w('rec-recorded-by'));
  await expect(main).toContainText('Penicillin allergy');
  await expect(main).toContainText('Anxiety');
  for (const name of [
    'Riverside Medical Practice', HOSPITAL, 'Northbridge Community Health NHS Trust',
    'Northbridge Mental Health NHS Trust', 'Northbridge City Council Adult Social Care',
  ]) {
    await expect(main.locator('dt', { hasText: name })).toHaveCount(1);
  }
  await checkA11y(page, 'record summary');

  const pages = [
    [w('record-health-problems'), 'Lower back pain'],
    [w('record-medicines'), 'Sertraline 50mg tablets'],
    [w('record-allergies-and-reactions'), w('rec-reaction', { reaction: 'Skin rash' })],
    [w('record-vaccinations'), 'Flu vaccine'],
    [w('record-test-results'), w('say-record-this-is-higher-than-the')],
    [w('record-letters-and-documents'), 'Outpatient clinic letter'],
    [w('record-timeline-of-care'), 'cardiology'],
  ];
  for (const [title, text] of pages) {
    await page.getByRole('navigation', { name: w('record-your-health-record') }).getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await ready(page, testInfo);
    await expect(main).toContainText(text);
    await checkA11y(page, title);
  }

  // Each letter opens on its own page; the list names them, newest first.
  await page.getByRole('navigation', { name: w('record-your-health-record') }).getByRole('link', { name: w('record-letters-and-documents') }).click();
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('rec-read-the-letter', { title: 'Outpatient clinic letter' }) }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outpatient clinic letter');
  await ready(page, testInfo);
  await expect(main).toContainText('Her blood pressure is well controlled on amlodipine');
  await checkA11y(page, 'one letter');
  await page.getByRole('link', { name: w('rec-letter-back') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('record-letters-and-documents'));
  await ready(page, testInfo);

  await page.getByRole('link', { name: w('rec-printable-summary') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('record-your-health-record-summary'));
  await ready(page, testInfo);
  await expect(main).toContainText('999 000 0018');
  await expect(main).toContainText(w('rec-printed'));
  await checkA11y(page, 'printable summary');
  // On paper: no header, footer or record navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.nhsuk-header')).toBeHidden();
  await expect(page.locator('footer.nhsuk-footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The download is prepared in the background, then offered as a FHIR Bundle file.
  await page.goto('/record');
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('rec-download-your-data-fhir-file') }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('rec-download-your-data'));
  await ready(page, testInfo);
  await checkA11y(page, 'download, before');
  await page.getByRole('button', { name: w('rec-prepare-my-file') }).or(page.getByRole('button', { name: w('rec-prepare-new-file') })).click();
  for (let i = 0; i < 30 && !(await page.getByText(w('rec-your-file-is-ready')).isVisible()); i++) {
    await page.waitForTimeout(1000);
    await page.goto('/record/download');
    await ready(page, testInfo);
  }
  await expect(page.getByRole('heading', { name: w('rec-your-file-is-ready') })).toBeVisible();
  await checkA11y(page, 'download, ready');
  const res = await page.request.get('/record/download/file');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-disposition']).toContain('attachment');
  const bundle = await res.json();
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.type).toBe('collection');
});

test('a long history: results grouped by test, one test with its chart, older results and letters', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, HAROLD);
  await page.goto('/record/test-results');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('record-test-results'));
  await ready(page, testInfo);
  const main = page.locator('main');
  await expect(main).toContainText(w.before('rec-results-since', {}, 'since'));
  const hba1c = 'Average blood sugar over the last 2 to 3 months (HbA1c)';
  await expect(main.getByRole('link', { name: hba1c })).toHaveCount(1);
  await expect(main).toContainText(w.like('rec-latest-on', { count: /.+/, value: /[\d.]+ mmol\/mol/, d: /.+/ }));
  await checkA11y(page, 'results grouped by test');

  await main.getByRole('link', { name: hba1c }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(hba1c);
  await ready(page, testInfo);
  await expect(page.getByRole('img', { name: w('rec-chart-of-your-results', { name: hba1c }) })).toBeVisible();
  await expect(main.locator('tbody tr')).toHaveCount(160);
  await checkA11y(page, "one test's history");
  await page.getByRole('link', { name: w('rec-back-to-test-results') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('record-test-results'));
  await ready(page, testInfo);

  await page.getByRole('link', { name: w.like('rec-results-show-before', { since: /.+/ }) })
    .or(page.getByRole('link', { name: w('rec-results-show-older') })).click();
  await expect(page.getByRole('link', { name: w('rec-results-back-latest') })).toBeVisible();
  await ready(page, testInfo);
  await expect(main).toContainText(w('rec-results-older-first'));
  await checkA11y(page, 'older results');

  await page.goto('/record/letters');
  await ready(page, testInfo);
  await page.getByRole('link', { name: w('rec-show-older-letters') }).click();
  await expect(page.getByRole('link', { name: w('rec-show-newer-letters') })).toBeVisible();
  await ready(page, testInfo);
  await expect(main).toContainText(w.before('rec-letters-to-of-newest-first', { 'letters-from-1': 26, 'shown-to': 50 }, 'letters-total'));
  await checkA11y(page, 'older letters');
});

test('a provider that fails is named, and its last good copy is shown', async ({ page, request }, testInfo) => {
  const w = wordsIn(testInfo);
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-hello', { name: 'Sarah' }));
  await page.goto('/record/timeline');
  await ready(page, testInfo);
  await expect(page.locator('main')).toContainText('Outpatient appointment: cardiology');
  try {
    await setFault(request, testInfo, 'northbridge-hospital', { status: 503 });
    await page.goto('/record/timeline');
    await ready(page, testInfo);
    const notice = page.locator('.nhsuk-warning-callout');
    await expect(notice).toContainText(w('rec-we-could-not-get-information', { name: HOSPITAL }));
    await expect(notice).toContainText(w.before('rec-this-page-shows-what-they', {}, 't'));
    await expect(page.locator('main')).toContainText('Outpatient appointment: cardiology');
    await expect(page.locator('main')).toContainText('Talking therapies: video session');
    await checkA11y(page, 'record with a provider notice');
  } finally {
    await request.delete(`${simOf(testInfo)}/_admin/providers/northbridge-hospital/faults`);
  }
});
