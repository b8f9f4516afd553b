// Languages: the start page, signing in (with its error state), the home page
// and asking for help, in Welsh and in Polish, chosen from the page and
// remembered; then back to English. axe on every page (it checks `lang`).
// Runs in every project (JavaScript on, off, low-data).
import { test, expect } from '@playwright/test';
import { DEMO, atProvider, checkA11y, ready, visit } from './helpers.mjs';

const LANGUAGES = [
  {
    code: 'cy',
    name: 'Cymraeg',
    start: "Eich iechyd a'ch gofal mewn un lle",
    signIn: 'Mewngofnodi',
    nhsLogin: 'Parhau gyda NHS login',
    chooser: "Ar gyfer pwy rydych yn defnyddio Front Door?",
    continue: 'Parhau',
    goHome: "Mynd i'ch tudalen gartref",
    problem: 'Mae problem',
    hello: 'Helo, Sarah',
    ask: "Gofyn i'ch meddygfa am help",
    call999: 'Ffoniwch 999 os oes gennych:',
  },
  {
    code: 'pl',
    name: 'Polski',
    start: 'Twoje zdrowie i opieka w jednym miejscu',
    signIn: 'Zaloguj się',
    nhsLogin: 'Kontynuuj przez NHS login',
    chooser: 'W czyim imieniu korzystasz z Front Door?',
    continue: 'Dalej',
    goHome: 'Przejdź do swojej strony głównej',
    problem: 'Wystąpił problem',
    hello: 'Dzień dobry, Sarah',
    ask: 'Poproś przychodnię GP o pomoc',
    call999: 'Zadzwoń pod numer 999, jeśli masz:',
  },
];

async function heading(page, testInfo, text) {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text);
  await ready(page, testInfo);
}

for (const lang of LANGUAGES) {
  test(`${lang.name}: start, sign in, home and asking for help, remembered`, async ({ page }, testInfo) => {
    await page.goto('/');
    await ready(page, testInfo);
    // Each language is offered in its own words, marked with its lang.
    const choice = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: lang.name });
    await expect(choice).toHaveAttribute('lang', lang.code);
    await choice.click();
    await heading(page, testInfo, lang.start);
    await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
    await checkA11y(page, `${lang.name}: start`);

    // Signing in, remembered; the error state in the same language.
    await page.locator('main').getByRole('link', { name: lang.signIn, exact: true }).click();
    await heading(page, testInfo, lang.signIn);
    await page.locator('main').getByRole('button', { name: lang.signIn, exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: lang.problem })).toBeVisible();
    await expect(page).toHaveTitle(/^[^–]+: /);
    await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
    await checkA11y(page, `${lang.name}: sign in, with errors`);
    // NHS login, asked for in the language; its own pages are NHS login's.
    await page.getByRole('button', { name: lang.nhsLogin }).click();
    await atProvider(page, DEMO);
    await expect(page).toHaveURL(/\/(home|act-for|account\/identity\?welcome=yes)$/);
    await ready(page, testInfo);
    if (/welcome=yes$/.test(page.url())) {
      // The first NHS login made the account: its welcome, in the language.
      await checkA11y(page, `${lang.name}: welcome`);
      await page.getByRole('link', { name: lang.goHome }).click();
      await expect(page).toHaveURL(/\/home$/);
      await ready(page, testInfo);
    }
    if (/act-for$/.test(page.url())) {
      // Sarah acts for her children: first, for whom, in the language.
      await heading(page, testInfo, lang.chooser);
      await checkA11y(page, `${lang.name}: for whom`);
      await page.locator('input[value="self"]').check();
      await page.locator('main').getByRole('button', { name: lang.continue }).click();
      await expect(page).toHaveURL(/\/home$/);
    }
    await heading(page, testInfo, lang.hello);
    await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
    await checkA11y(page, `${lang.name}: home`);

    // Asking for help starts with what to do in an emergency, in the language.
    await visit(page, testInfo, '/triage');
    await heading(page, testInfo, lang.ask);
    await expect(page.locator('main')).toContainText(lang.call999);
    await expect(page.locator('main')).toContainText('111');
    await checkA11y(page, `${lang.name}: asking for help`);

    // Back to English from the same chooser, on the same page.
    await page.getByRole('link', { name: 'English' }).click();
    await heading(page, testInfo, 'Ask your GP surgery for help');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
}
