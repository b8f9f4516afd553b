// Starts a Front Door binary for a benchmark: SQLite in a fresh folder, the demo
// provider systems and the demo NHS login, on ports given by `port` (the portal),
// port + 10 (providers) and port + 30 (NHS login). Used by page-weight.mjs and
// lighthouse.mjs; the Playwright suite starts its own servers (playwright.config.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Reads `--name value` from the command line. */
export function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
}

/** Starts `server` (a path under the project) with `site` as its site root and
 * waits until it answers; returns { base, stop }. */
export async function startDemo({ server, site, port, name }) {
  const dir = join(root, 'target', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(join(root, server), [], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite://${dir}/demo.db`,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: site,
      FRONTDOOR_DEMO_PROVIDERS_ADDR: `127.0.0.1:${port + 10}`,
      FRONTDOOR_DEMO_IDP_ADDR: `127.0.0.1:${port + 30}`,
      FRONTDOOR_THROTTLE_PER_CLIENT: '100000',
      FRONTDOOR_LOG_FORMAT: 'pretty',
      RUST_LOG: 'warn',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${server} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${server} did not answer within 2 minutes`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return { base, stop: () => child.kill('SIGINT') };
}

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Signs in as the demo resident with the demo NHS login; returns the browser's storage state. */
export async function signInState(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByRole('button', { name: 'Continue with NHS login' }).click();
  await page.getByLabel('Email address').fill('sarah.thompson@example.org');
  await page.getByLabel('Password').fill('front-door-demo-2026');
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.waitForURL(/\/(home|act-for|account\/identity\?welcome=yes)$/);
  if (/act-for$/.test(page.url())) {
    // "Who are you using Front Door for?": herself.
    await page.getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.waitForURL(/\/home$/);
  }
  const state = await context.storageState();
  await context.close();
  return state;
}
