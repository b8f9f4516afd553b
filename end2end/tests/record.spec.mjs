// The joined-up record: the demo resident's record from all five demo provider
// systems, every record page with axe, and a provider fault shown as a notice
// with the last good copy. Run with JavaScript on and off.
import { test, expect } from '@playwright/test';
import { DEMO, checkA11y, ready, signIn } from './helpers.mjs';

// The demo provider systems started by the portal on port 3100 (see playwright.config.mjs).
const SIM = 'http://127.0.0.1:3910';
const HOSPITAL = 'Northbridge Hospitals NHS Foundation Trust';

async function setFault(request, slug, faults) {
  const res = await request.put(`${SIM}/_admin/providers/${slug}/faults`, { data: faults });
  expect(res.ok()).toBeTruthy();
}

test('the demo resident sees one record from five providers, every page', async ({ page }, testInfo) => {
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Sarah');
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Your health record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your health record');
  await ready(page, testInfo);
  const main = page.locator('main');
  await expect(main).toContainText('High blood pressure');
  await expect(main).toContainText(`Recorded by your GP surgery (Riverside Medical Practice) and by ${HOSPITAL}`);
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
    ['Health problems', 'Lower back pain'],
    ['Medicines', 'Sertraline 50mg tablets'],
    ['Allergies and reactions', 'Reaction: Skin rash'],
    ['Vaccinations', 'Flu vaccine'],
    ['Test results', 'This is higher than the usual range.'],
    ['Letters and documents', 'Outpatient clinic letter'],
    ['Timeline of care', 'Outpatient appointment: cardiology'],
  ];
  for (const [title, text] of pages) {
    await page.getByRole('navigation', { name: 'Your health record' }).getByRole('link', { name: title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await ready(page, testInfo);
    await expect(main).toContainText(text);
    await checkA11y(page, title);
  }

  // Each letter opens on its own page; the list names them, newest first.
  await page.getByRole('navigation', { name: 'Your health record' }).getByRole('link', { name: 'Letters and documents' }).click();
  await ready(page, testInfo);
  await page.getByRole('link', { name: 'Read the letter: Outpatient clinic letter' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outpatient clinic letter');
  await ready(page, testInfo);
  await expect(main).toContainText('Her blood pressure is well controlled on amlodipine');
  await checkA11y(page, 'one letter');
  await page.getByRole('link', { name: 'Back to letters and documents' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Letters and documents');
  await ready(page, testInfo);

  await page.getByRole('link', { name: 'Printable summary' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your health record summary');
  await ready(page, testInfo);
  await expect(main).toContainText('999 000 0018');
  await expect(main).toContainText('Printed');
  await checkA11y(page, 'printable summary');
  // On paper: no header, footer or record navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.nhsuk-header')).toBeHidden();
  await expect(page.locator('footer.nhsuk-footer')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  // The download is a FHIR Bundle file.
  const res = await page.request.get('/record/download');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-disposition']).toContain('attachment');
  const bundle = await res.json();
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.type).toBe('collection');
});

test('a provider that fails is named, and its last good copy is shown', async ({ page, request }, testInfo) => {
  await signIn(page, testInfo, DEMO);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hello, Sarah');
  await page.goto('/record/timeline');
  await ready(page, testInfo);
  await expect(page.locator('main')).toContainText('Outpatient appointment: cardiology');
  try {
    await setFault(request, 'northbridge-hospital', { status: 503 });
    await page.goto('/record/timeline');
    await ready(page, testInfo);
    const notice = page.locator('.nhsuk-warning-callout');
    await expect(notice).toContainText(`We could not get information from ${HOSPITAL} just now.`);
    await expect(notice).toContainText('This page shows what they sent at');
    await expect(page.locator('main')).toContainText('Outpatient appointment: cardiology');
    await expect(page.locator('main')).toContainText('Talking therapies: video session');
    await checkA11y(page, 'record with a provider notice');
  } finally {
    await request.delete(`${SIM}/_admin/providers/northbridge-hospital/faults`);
  }
});
