// Digital inclusion: the low-data version is one click away from every page and
// one click back. (The low-data project runs every other journey in it, with
// the choice made, and checks on each page that no script arrived.) Also in
// Welsh and Polish, with the words from the translation files.
import { test, expect } from '@playwright/test';
import { checkA11y, lowData, wordsIn } from './helpers.mjs';

async function version(page) {
  const css = await page.locator('link[rel="stylesheet"]').getAttribute('href');
  return {
    low: css.startsWith('/assets/low-data.'),
    scripts: await page.locator('script').count(),
  };
}

test('the low-data version is one click away and one click back', async ({ page }, testInfo) => {
  const w = wordsIn(testInfo);
  await page.goto('/sign-in');
  if (!lowData(testInfo)) {
    expect((await version(page)).low).toBe(false);
    await page.getByRole('banner').getByRole('link', { name: w('data-mode-use-low') }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
  }
  // Low-data: no script at all, the trimmed stylesheet, the same page.
  expect(await version(page)).toEqual({ low: true, scripts: 0 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(w('account-sign-in'));
  await checkA11y(page, 'sign in, low-data version');
  // Remembered on the next page.
  await page.goto('/privacy');
  expect(await version(page)).toEqual({ low: true, scripts: 0 });
  await expect(page.locator('main')).toContainText('fd-data');
  // One click back, from the footer, to the same page.
  await page.getByRole('contentinfo').getByRole('link', { name: w('data-mode-use-standard') }).click();
  await expect(page).toHaveURL(/\/privacy$/);
  // The standard version; signed out, no page has an island, so no script either.
  expect(await version(page)).toEqual({ low: false, scripts: 0 });
  await expect(page.getByRole('banner').getByRole('link', { name: w('data-mode-use-low') })).toBeVisible();
  await checkA11y(page, 'privacy, standard version');
});
