// Page-weight benchmark: crawls the demo's pages in Debian's Chromium, signed out
// and signed in, in the standard and the low-data version (then weighs the pages
// that have an Easy Read version in it), each page in a new browser context (an
// empty cache), and prints the bytes transferred for each (compressed, headers
// included) and the largest. Exits non-zero when a budget is broken:
//   low-data: every page <= 30 KB in all (HTML and CSS), its HTML <= 14 KB, no script;
//   standard: every page <= 250 KB in all (HTML, CSS, JavaScript and WebAssembly).
// In the low-data version it also checks that every rule of the whole stylesheet
// that applies to something on the page is in the trimmed stylesheet too.
//
//   node end2end/page-weight.mjs [--modes low,standard] [--server target/release/front-door]
//                                [--site target/site-release]
//
// It starts its own Front Door (SQLite, the demo providers and NHS login) on ports
// 3200, 3210 and 3230. `make bench` runs both halves on the release build; CI runs
// the low-data half on the debug build (its wasm is not what people would get).
import { chromium } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, option, signInState, startDemo } from './demo-server.mjs';

const modes = option('modes', 'low,standard').split(',');
const server = option('server', 'target/release/front-door');
const site = option('site', 'target/site');
const MAX_PAGES = Number(option('max-pages', '60'));
const KB = 1024;
const BUDGETS = {
  low: { total: 30 * KB, html: 14 * KB },
  standard: { total: 250 * KB, html: Infinity },
};
let BASE;

// Links a crawl never follows: they change something, leave the site, or are files.
const SKIP = [
  /^\/data-mode\//, /^\/auth\//, /^\/signed-out/, /^\/session\//, /^\/pkg\//, /^\/assets\//,
  /^\/record\/download\/file/, /\.ics$/, /^\/invitation\/open/, /^\/set-up-staff-account\/open/,
];

/** The same page pattern (ids made general), so a crawl takes a few of each. */
const pattern = (path) =>
  path.replace(/\/[0-9a-f-]{8,}(?=\/|$)/gi, '/:id').replace(/\/\d+(?=\/|$)/g, '/:n').replace(/\?.*$/, '?…');

/** Loads one page in a new context (an empty cache) and counts what arrived. */
async function weigh(browser, storageState, mode, path, reading = 'standard') {
  const context = await browser.newContext({ storageState });
  await context.addCookies([
    { name: 'fd-data', value: mode, url: BASE },
    { name: 'fd-read', value: reading, url: BASE },
  ]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const types = new Map();
  const seen = { total: 0, html: 0, requests: 0, scripts: 0, wasm: 0 };
  cdp.on('Network.responseReceived', (e) => types.set(e.requestId, { type: e.type, url: e.response.url }));
  cdp.on('Network.loadingFinished', (e) => {
    const what = types.get(e.requestId) || {};
    seen.total += e.encodedDataLength;
    seen.requests += 1;
    if (what.type === 'Document') seen.html += e.encodedDataLength;
    if (what.type === 'Script') seen.scripts += 1;
    if ((what.url || '').endsWith('.wasm')) seen.wasm += e.encodedDataLength;
  });
  const res = await page.goto(`${BASE}${path}`, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  const status = res ? res.status() : 0;
  const finalPath = new URL(page.url()).pathname;
  const links = await page.$$eval('a[href]', (as) =>
    as.filter((a) => !a.hasAttribute('download')).map((a) => a.getAttribute('href')),
  );
  const missing = mode === 'low' ? await page.evaluate(missingRules, sheets) : [];
  const scriptTags = await page.locator('script').count();
  const easyLines = await page.locator('.app-easy-read__line').count();
  await context.close();
  return { path, finalPath, status, links, missing, scriptTags, easyLines, ...seen };
}

async function crawl(browser, storageState, mode, starts) {
  const queue = [...starts];
  const done = new Set();
  const perPattern = new Map();
  const results = [];
  while (queue.length && results.length < MAX_PAGES) {
    const path = queue.shift();
    if (done.has(path)) continue;
    done.add(path);
    const key = pattern(path);
    if ((perPattern.get(key) || 0) >= 2) continue;
    perPattern.set(key, (perPattern.get(key) || 0) + 1);
    const r = await weigh(browser, storageState, mode, path);
    // A page that sends the person elsewhere (sign in first, say) is that page's weight.
    if (r.finalPath !== path.replace(/\?.*$/, '') && done.has(r.finalPath)) continue;
    results.push(r);
    for (const href of r.links) {
      if (!href || !href.startsWith('/') || href.startsWith('//')) continue;
      const clean = href.replace(/#.*$/, '');
      if (SKIP.some((re) => re.test(clean))) continue;
      if (!done.has(clean)) queue.push(clean);
    }
  }
  return results;
}

/** The pages that have an Easy Read version, in it (its pictures are inline SVG). */
async function easyRead(browser, storageState, mode, paths) {
  const results = [];
  for (const path of paths) {
    const r = await weigh(browser, storageState, mode, path, 'easy');
    if (!r.easyLines) throw new Error(`${path} did not come in Easy Read`);
    results.push(r);
  }
  return results;
}

/** Runs in the page: the selectors of the whole stylesheet that match something
 * on this page but are not in the low-data stylesheet. */
function missingRules({ standard, low }) {
  const split = (text) => {
    const out = [];
    let depth = 0;
    let cur = '';
    for (const ch of text) {
      if (ch === '(') depth += 1;
      if (ch === ')') depth -= 1;
      if (ch === ',' && depth === 0) {
        out.push(cur.trim());
        cur = '';
      } else cur += ch;
    }
    if (cur.trim()) out.push(cur.trim());
    return out;
  };
  const selectors = (css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const found = [];
    const walk = (rules) => {
      for (const rule of rules) {
        if (rule.selectorText) found.push(...split(rule.selectorText));
        if (rule.cssRules) walk(rule.cssRules);
      }
    };
    walk(sheet.cssRules);
    return found;
  };
  const kept = new Set(selectors(low));
  const missing = new Set();
  for (const sel of selectors(standard)) {
    if (kept.has(sel)) continue;
    // Pseudo-elements and states never match querySelector; the element does.
    const element = sel.replace(/::?(before|after|placeholder|marker|selection|-webkit-[\w-]+|-moz-[\w-]+)/g, '')
      .replace(/:(hover|focus|focus-visible|focus-within|active|visited|link)/g, '');
    try {
      if (element.trim() && document.querySelector(element)) missing.add(sel);
    } catch {
      // a selector this browser cannot test
    }
  }
  return [...missing];
}

const demo = await startDemo({ server, site, port: 3200, name: 'page-weight' });
BASE = demo.base;
const failures = [];
let sheets;
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const signedIn = await signInState(browser, BASE);
  const home = await (await fetch(`${BASE}/`)).text();
  const cssHref = (html) => html.match(/<link rel="stylesheet" href="([^"]+)"/)[1];
  const standardCss = await (await fetch(`${BASE}${cssHref(home)}`)).text();
  const lowHome = await (await fetch(`${BASE}/`, { headers: { cookie: 'fd-data=low' } })).text();
  const lowCss = await (await fetch(`${BASE}${cssHref(lowHome)}`)).text();
  sheets = { standard: standardCss, low: lowCss };

  for (const mode of modes) {
    const budget = BUDGETS[mode];
    if (!budget) throw new Error(`unknown mode ${mode}: low or standard`);
    const rows = [
      ...(await crawl(browser, undefined, mode, ['/', '/sign-in', '/register', '/get-help-online', '/privacy',
        '/accessibility', '/prove-who-you-are', '/no-such-page'])).map((r) => ({ ...r, who: 'signed out' })),
      ...(await crawl(browser, signedIn, mode, ['/home', '/record', '/appointments', '/appointments/book',
        '/triage', '/account', '/account/people', '/account/access-history'])).map((r) => ({ ...r, who: 'signed in' })),
      ...(await easyRead(browser, undefined, mode, ['/', '/sign-in'])).map((r) => ({ ...r, who: 'signed out, Easy Read' })),
      ...(await easyRead(browser, signedIn, mode, ['/record', '/triage', '/appointments/book']))
        .map((r) => ({ ...r, who: 'signed in, Easy Read' })),
    ];
    console.log(`\n${mode === 'low' ? 'Low-data' : 'Standard'} version: ${rows.length} pages, each with an empty cache ` +
      `(budget ${budget.total / KB} KB a page${budget.html < Infinity ? `, HTML ${budget.html / KB} KB` : ''})`);
    console.log('  total KB  HTML KB  requests  page');
    for (const r of rows) {
      console.log(`  ${(r.total / KB).toFixed(1).padStart(8)}  ${(r.html / KB).toFixed(1).padStart(7)}  ` +
        `${String(r.requests).padStart(8)}  ${r.path} (${r.who}${r.status !== 200 ? `, ${r.status}` : ''})`);
      if (r.total > budget.total) failures.push(`${mode}: ${r.path} (${r.who}) is ${(r.total / KB).toFixed(1)} KB > ${budget.total / KB} KB`);
      if (r.html > budget.html) failures.push(`${mode}: ${r.path} (${r.who}) HTML is ${(r.html / KB).toFixed(1)} KB > ${budget.html / KB} KB`);
      if (mode === 'low') {
        if (r.scriptTags || r.scripts || r.wasm) failures.push(`low: ${r.path} (${r.who}) has scripts or wasm`);
        if (r.missing.length) failures.push(`low: ${r.path}: rules that apply to it are missing from the low-data stylesheet: ${r.missing.join(' | ')}`);
      }
    }
    const largest = rows.reduce((a, b) => (b.total > a.total ? b : a), rows[0]);
    const largestHtml = rows.reduce((a, b) => (b.html > a.html ? b : a), rows[0]);
    console.log(`  largest: ${largest.path} (${largest.who}) ${(largest.total / KB).toFixed(1)} KB; ` +
      `largest HTML: ${largestHtml.path} (${largestHtml.who}) ${(largestHtml.html / KB).toFixed(1)} KB`);
    if (mode === 'standard') {
      const wasm = rows.find((r) => r.wasm > 0);
      if (wasm) console.log(`  WebAssembly transferred on a first visit: ${(wasm.wasm / KB).toFixed(1)} KB`);
    }
  }
  await browser.close();
} finally {
  demo.stop();
}
if (failures.length) {
  console.log(`\nBudgets broken (${failures.length}):\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log('\nEvery page is within its budget.');
