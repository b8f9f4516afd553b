// The portal's words in the language a project runs in, read from the same
// files the server reads (data/locales/<code>/*.ftl, and the triage content
// with its translations), with Fluent itself (@fluent/bundle), so a journey
// written once runs in English, Welsh and Polish and finds what each page says.
import { FluentBundle, FluentResource } from '@fluent/bundle';
import { readFileSync, readdirSync } from 'node:fs';

const DATA = new URL('../../data/', import.meta.url);
const cache = new Map();

/** The language a project's pages are in (`metadata.lang`, else English). */
export function language(testInfo) {
  return testInfo.project.metadata?.lang || 'en';
}

/** The words of the project's language: `w(key, args)`, with `w.q(...)` for the
 * triage content's words (`q-<question>`, `q-<question>--<answer>`, `d-<outcome>--title`,
 * `r-<rule>--advice`, and Easy Read's `q-<question>--easy`, `q-<question>--<answer>--easy`). */
export function wordsIn(testInfo) {
  const code = language(testInfo);
  if (!cache.has(code)) cache.set(code, load(code));
  return cache.get(code);
}

function bundleOf(code, sources) {
  const bundle = new FluentBundle(code, { useIsolating: false });
  for (const source of sources) {
    const errors = bundle.addResource(new FluentResource(source));
    if (errors.length) throw new Error(`${code}: ${errors.join('; ')}`);
  }
  return bundle;
}

function format(bundle, code, key, args) {
  const message = bundle.getMessage(key);
  if (!message?.value) throw new Error(`no words for ${key} in ${code}`);
  const errors = [];
  const text = bundle.formatPattern(message.value, args, errors);
  if (errors.length) throw new Error(`${key} in ${code}: ${errors.join('; ')}`);
  return text;
}

function load(code) {
  const folder = new URL(`locales/${code}/`, DATA);
  const pages = bundleOf(code, readdirSync(folder).filter((f) => f.endsWith('.ftl'))
    .map((f) => readFileSync(new URL(f, folder), 'utf8')));
  const content = code === 'en'
    ? englishContent()
    : bundleOf(code, [readFileSync(new URL(`triage/words/${code}.ftl`, DATA), 'utf8')]);
  const w = (key, args) => format(pages, code, key, args);
  w.q = (key) => format(content, code, key);
  // What a need in the booking catalogue is called (data/booking.json, the ICS's
  // words beside the English), with its hint.
  // A need without words in this language shows in English, whole, as the server does.
  const needs = JSON.parse(readFileSync(new URL('booking.json', DATA), 'utf8')).needs;
  w.need = (id) => {
    const need = needs.find((n) => n.id === id);
    if (!need) throw new Error(`no need ${id} in booking.json`);
    return need.words?.[code] ?? { label: need.label, hint: need.hint };
  };
  // The words before placeholder `at` (for a sentence that goes on with a value
  // the test cannot know, such as a time).
  w.before = (key, args, at) => w(key, { ...args, [at]: '\u0001' }).split('\u0001')[0].trimEnd();
  // A pattern for a message whose placeholders are patterns themselves (RegExp
  // arguments), for sentences with values the test cannot know exactly.
  w.like = (key, args) => {
    const marks = [];
    const marked = Object.fromEntries(Object.entries(args).map(([name, value]) => {
      if (!(value instanceof RegExp)) return [name, value];
      marks.push(value.source);
      return [name, `\u0001${marks.length - 1}\u0001`];
    }));
    const escaped = w(key, marked).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(escaped.replace(/\u0001(\d+)\u0001/g, (_, i) => `(?:${marks[i]})`));
  };
  return w;
}

/** The triage content's English words under the keys its translations use. */
function englishContent() {
  const read = (name) => JSON.parse(readFileSync(new URL(`triage/${name}`, DATA), 'utf8'));
  const { questions } = read('questions.json');
  const { dispositions, cards, rules } = read('rules.json');
  const words = new Map();
  for (const q of questions) {
    words.set(`q-${q.id}`, q.text);
    if (q.hint) words.set(`q-${q.id}--hint`, q.hint);
    if (q.easy?.text) words.set(`q-${q.id}--easy`, q.easy.text);
    if (q.easy?.hint) words.set(`q-${q.id}--easy-hint`, q.easy.hint);
    for (const o of [...(q.options || []), ...(q.none ? [q.none].flat() : [])]) {
      words.set(`q-${q.id}--${o.value}`, o.label);
      if (o.easy) words.set(`q-${q.id}--${o.value}--easy`, o.easy);
    }
  }
  for (const rule of rules) if (rule.advice) words.set(`r-${rule.id}--advice`, rule.advice);
  for (const [prefix, all] of [['d', dispositions], ['card', cards]]) {
    for (const [name, w] of Object.entries(all)) {
      words.set(`${prefix}-${name}--title`, w.title);
      words.set(`${prefix}-${name}--body`, w.body);
      words.set(`${prefix}-${name}--safety-net`, w.safety_net);
    }
  }
  return {
    getMessage: (key) => (words.has(key) ? { value: words.get(key) } : undefined),
    formatPattern: (value) => value,
  };
}
