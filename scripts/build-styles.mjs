// Builds Front Door's two stylesheets into public/assets, where cargo-leptos
// picks them up (it copies public/ into the site root):
//
// - standard: the NHS.UK frontend's compiled CSS (nhsuk-frontend) and style/main.css;
// - low-data: the same, trimmed by PurgeCSS to the selectors whose classes and
//   elements appear in Front Door's source (src/**/*.rs), for the low-data mode.
//
// Each file is named by a hash of its content (so it can be cached for a year),
// written beside a brotli (.br) and a gzip (.gz) copy (served as they are, never
// compressed per request), and named in public/assets/styles.json, which the
// server reads at start. The @font-face rules are dropped: Frutiger is served
// from assets.nhs.uk and Front Door makes no third-party requests; Arial is the
// fallback. Run by scripts/setup.sh and `make build`; run it again after
// changing style/main.css.
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PurgeCSS } from 'purgecss';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'node_modules', 'nhsuk-frontend', 'dist', 'nhsuk');
const out = join(root, 'public', 'assets');

mkdirSync(out, { recursive: true });
cpSync(join(dist, 'assets'), out, { recursive: true });

const nhsuk = readFileSync(join(dist, 'nhsuk-frontend.min.css'), 'utf8')
  .replace(/@font-face\{[^}]*\}/g, '')
  .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
const own = readFileSync(join(root, 'style', 'main.css'), 'utf8');
const standard = `${nhsuk}\n${own}`;

// Every Rust source file: class names are string literals in the views.
const sources = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (entry.name.endsWith('.rs')) sources.push(path);
  }
};
walk(join(root, 'src'));

const [purged] = await new PurgeCSS().purge({
  content: sources.map((file) => ({ raw: readFileSync(file, 'utf8'), extension: 'html' })),
  css: [{ raw: standard }],
  // Words of letters, digits, '-' and '_': class names, element names and ids.
  defaultExtractor: (content) => content.match(/[A-Za-z0-9_-]+/g) || [],
  safelist: {
    // Class names put together at run time: `nhsuk-card--care--{variant}`,
    // `nhsuk-input--width-{width}`.
    greedy: [/^nhsuk-card--care--/, /^nhsuk-input--width-/],
  },
  // Keyframes and variables that kept rules use; drop the rest.
  keyframes: true,
  variables: true,
});
// PurgeCSS keeps the rules; strip the comments and blank lines it leaves.
const low = purged.css.replace(/\/\*[^*]*\*+([^/*][^*]*\*+)*\//g, '').replace(/\n\s*\n/g, '\n');

// Old builds' files go, so the folder holds only what styles.json names.
for (const name of readdirSync(out)) {
  if (/^(front-door|low-data)\.[0-9a-f]{16}\.css(\.br|\.gz)?$/.test(name)) unlinkSync(join(out, name));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const write = (stem, css) => {
  const body = Buffer.from(css, 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
  const name = `${stem}.${hash}.css`;
  const br = brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });
  const gz = gzipSync(body, { level: 9 });
  writeFileSync(join(out, name), body);
  writeFileSync(join(out, `${name}.br`), br);
  writeFileSync(join(out, `${name}.gz`), gz);
  console.log(`  ${name}: ${kb(body.length)} raw, ${kb(gz.length)} gzip, ${kb(br.length)} brotli`);
  return `/assets/${name}`;
};

const version = JSON.parse(readFileSync(join(root, 'node_modules', 'nhsuk-frontend', 'package.json'), 'utf8')).version;
console.log(`nhsuk-frontend ${version}: stylesheets and images in public/assets`);
const manifest = { standard: write('front-door', standard), low_data: write('low-data', low) };
writeFileSync(join(out, 'styles.json'), `${JSON.stringify(manifest, null, 2)}\n`);
