// End-to-end tests in Debian's Chromium (never a downloaded browser), each
// journey with JavaScript on, with JavaScript off, and in the low-data version.
import { defineConfig } from '@playwright/test';

const chromium = process.env.CHROME_PATH || '/usr/bin/chromium';
const server = (port, db, extra = '') =>
  `rm -f target/e2e/${db}.db* && mkdir -p target/e2e && env DATABASE_URL=sqlite://target/e2e/${db}.db ` +
  `LEPTOS_SITE_ADDR=127.0.0.1:${port} LEPTOS_SITE_ROOT=target/site FRONTDOOR_LOG_FORMAT=pretty ` +
  `FRONTDOOR_THROTTLE_PER_CLIENT=1000 ${extra} target/debug/front-door`;

const cookie = (name, value) =>
  ({ name, value, domain: '127.0.0.1', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' });
const language = (code, locale, port, javaScriptEnabled) => ({
  name: code,
  metadata: { lang: code },
  // Every journey, its words from the translation files (words.mjs); choosing a
  // language from the page, and back to English, is languages.spec's own journey.
  testIgnore: 'languages.spec.mjs',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    javaScriptEnabled,
    // The browser asks for the language too, so it stays after "clear this computer".
    locale,
    storageState: { cookies: [cookie('fd-lang', code)], origins: [] },
  },
});
const webServer = (port, db, extra) => ({
  command: server(port, db, extra),
  cwd: '..',
  url: `http://127.0.0.1:${port}/`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'ignore',
  stderr: 'pipe',
});

export default defineConfig({
  testDir: './tests',
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: 'http://127.0.0.1:3100',
    bypassCSP: true, // only so axe-core can be injected; the app's own CSP is tested in Rust
    launchOptions: {
      executablePath: chromium,
      args: [
        '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'js-on', use: { javaScriptEnabled: true } },
    { name: 'js-off', use: { javaScriptEnabled: false } },
    // The low-data version, chosen (the fd-data cookie): JavaScript is on in the
    // browser, but no page sends any. (Save-Data: on is tested in Rust: Playwright
    // does not send extra headers on a redirect's next request, as browsers do.)
    {
      name: 'low-data',
      use: {
        javaScriptEnabled: true,
        storageState: {
          cookies: [cookie('fd-data', 'low')],
          origins: [],
        },
      },
    },
    // Every journey again in Welsh (JavaScript off) and in Polish (JavaScript on),
    // chosen as a person would (the fd-lang cookie), each on a server of its own so
    // the demo people they use up are their own; the specs find each page's words
    // in the same translation files the server reads (words.mjs).
    language('cy', 'cy-GB', 3102, false),
    language('pl', 'pl-PL', 3103, true),
  ],
  webServer: [
    webServer(3100, 'main', 'FRONTDOOR_DEMO_PROVIDERS_ADDR=127.0.0.1:3910 FRONTDOOR_DEMO_IDP_ADDR=127.0.0.1:3930'),
    webServer(3101, 'timeouts',
      'FRONTDOOR_IDLE_TIMEOUT_SECS=24 FRONTDOOR_SHARED_IDLE_TIMEOUT_SECS=24 FRONTDOOR_TIMEOUT_WARNING_SECS=12 ' +
      'FRONTDOOR_DEMO_PROVIDERS_ADDR=127.0.0.1:3911 FRONTDOOR_DEMO_IDP_ADDR=127.0.0.1:3931'),
    webServer(3102, 'welsh', 'FRONTDOOR_DEMO_PROVIDERS_ADDR=127.0.0.1:3912 FRONTDOOR_DEMO_IDP_ADDR=127.0.0.1:3932'),
    webServer(3103, 'polish', 'FRONTDOOR_DEMO_PROVIDERS_ADDR=127.0.0.1:3913 FRONTDOOR_DEMO_IDP_ADDR=127.0.0.1:3933'),
  ],
});
