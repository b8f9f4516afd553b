// Copies the NHS.UK frontend's compiled CSS and images from node_modules into
// public/assets, where cargo-leptos picks them up. The @font-face rules are
// dropped: Frutiger is served from assets.nhs.uk, and Front Door makes no
// third-party requests (the CSP would block them anyway); Arial is the fallback.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'node_modules', 'nhsuk-frontend', 'dist', 'nhsuk');
const out = join(root, 'public', 'assets');

mkdirSync(out, { recursive: true });
cpSync(join(dist, 'assets'), out, { recursive: true });
const css = readFileSync(join(dist, 'nhsuk-frontend.min.css'), 'utf8')
  .replace(/@font-face\{[^}]*\}/g, '')
  .replace(/\/\*# sourceMappingURL=[^*]*\*\//g, '');
writeFileSync(join(out, 'nhsuk-frontend.min.css'), css);
const version = JSON.parse(readFileSync(join(root, 'node_modules', 'nhsuk-frontend', 'package.json'), 'utf8')).version;
console.log(`nhsuk-frontend ${version}: CSS and images copied to public/assets`);
