//! The triage content in other languages. English is the content of record
//! (`questions.json`, `rules.json`); each other language is one Fluent file,
//! `words/<code>.ftl` beside them, read with `fluent-bundle` when the content
//! is loaded (so an ICS that brings its own content brings its own
//! translations). Each message is keyed by the id of what it translates:
//!
//! - `q-<question>`, `q-<question>--hint`, `q-<question>--easy`, `q-<question>--easy-hint`;
//! - `q-<question>--<answer>`, `...--<answer>--hint`, `...--<answer>--easy`;
//! - `d-<outcome>--title`, `--body`, `--safety-net`; `card-<card>--...` likewise;
//! - `r-<rule>--advice`, `r-<rule>--pharmacy-first`.
//!
//! A file names the content version it translates (`content-version = ...`):
//! when the content changes version, a file that has not been brought up to
//! date is not used, and the content is shown in English. A question, or an
//! outcome's words, is translated whole or not at all: never half in English.

use crate::domain::Language;
use fluent_bundle::{concurrent::FluentBundle, FluentResource};
use std::{collections::HashMap, fmt, sync::Arc};

/// The message that names the content version a file translates.
pub const VERSION_KEY: &str = "content-version";

/// A Fluent identifier made from content ids (letters, digits and hyphens
/// already; anything else becomes `_`).
fn id(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

pub fn question(q: &str) -> String {
    format!("q-{}", id(q))
}
pub fn question_part(q: &str, part: &str) -> String {
    format!("q-{}--{part}", id(q))
}
pub fn answer(q: &str, value: &str) -> String {
    format!("q-{}--{}", id(q), id(value))
}
pub fn answer_part(q: &str, value: &str, part: &str) -> String {
    format!("q-{}--{}--{part}", id(q), id(value))
}
pub fn wording(prefix: &str, name: &str, part: &str) -> String {
    format!("{prefix}-{}--{part}", id(name))
}
pub fn rule(rule: &str, part: &str) -> String {
    format!("r-{}--{part}", id(rule))
}

type Bundle = FluentBundle<FluentResource>;

/// The translations there are, by language (English has none: it is the content).
#[derive(Clone, Default)]
pub struct Translations {
    bundles: HashMap<Language, Arc<Bundle>>,
}

impl fmt::Debug for Translations {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut codes: Vec<&str> = self.bundles.keys().map(|l| l.code()).collect();
        codes.sort();
        write!(f, "Translations({})", codes.join(", "))
    }
}

impl Translations {
    /// Reads each language's file. A file that is not valid Fluent is an
    /// error (the content does not load); a file for another content version
    /// is left out with a warning.
    pub fn parse(version: &str, files: Vec<(Language, String)>) -> Result<Self, String> {
        let mut bundles = HashMap::new();
        for (language, text) in files {
            let resource = FluentResource::try_new(text)
                .map_err(|(_, errors)| format!("words/{}.ftl: {errors:?}", language.code()))?;
            let lang_id = language
                .code()
                .parse()
                .map_err(|e| format!("{}: {e}", language.code()))?;
            let mut bundle = Bundle::new_concurrent(vec![lang_id]);
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|e| format!("words/{}.ftl: {e:?}", language.code()))?;
            let translates = say(&bundle, VERSION_KEY);
            if translates.as_deref() != Some(version) {
                tracing::warn!(
                    language = language.code(),
                    translates = translates.as_deref().unwrap_or("nothing"),
                    content = version,
                    "triage translations are for another content version: shown in English"
                );
                continue;
            }
            bundles.insert(language, Arc::new(bundle));
        }
        Ok(Self { bundles })
    }

    /// The translation of `key` in `language`, if there is one.
    pub fn say(&self, language: Language, key: &str) -> Option<String> {
        say(self.bundles.get(&language)?, key)
    }

    pub fn has(&self, language: Language) -> bool {
        self.bundles.contains_key(&language)
    }
}

fn say(bundle: &Bundle, key: &str) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, None, &mut errors);
    errors.is_empty().then(|| text.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::words::numbers_in;
    use crate::features::triage::content::Content;
    use std::collections::BTreeMap;

    /// Every message of a built-in translation file, by key.
    fn file(language: Language) -> BTreeMap<String, String> {
        let path = format!(
            "{}/data/triage/words/{}.ftl",
            env!("CARGO_MANIFEST_DIR"),
            language.code()
        );
        let text = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, e)| panic!("{path}: {e:?}"));
        let mut out = BTreeMap::new();
        for entry in resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let value = m.value.expect("every message has words");
                let mut words = String::new();
                for element in value.elements {
                    match element {
                        fluent_syntax::ast::PatternElement::TextElement { value } => {
                            words.push_str(value)
                        }
                        other => {
                            panic!("{path}: {}: placeables are not used: {other:?}", m.id.name)
                        }
                    }
                }
                assert!(
                    out.insert(m.id.name.to_string(), words).is_none(),
                    "{path}: {} twice",
                    m.id.name
                );
            }
        }
        out
    }

    #[test]
    fn the_built_in_content_is_translated_in_full_in_every_language() {
        let c = Content::built_in();
        for language in Language::ALL.into_iter().skip(1) {
            let missing: Vec<String> = c
                .english_words()
                .into_iter()
                .filter(|(key, _)| c.translations.say(language, key).is_none())
                .map(|(key, _)| key)
                .collect();
            assert!(
                missing.is_empty(),
                "{}: not translated: {missing:?}",
                language.code()
            );
        }
    }

    #[test]
    fn every_translation_is_of_this_content_and_keeps_every_number() {
        let c = Content::built_in();
        let english: BTreeMap<String, String> = c.english_words().into_iter().collect();
        for language in Language::ALL.into_iter().skip(1) {
            let code = language.code();
            assert!(
                c.translations.has(language),
                "{code}: the built-in file is used"
            );
            let words = file(language);
            assert_eq!(
                words.get(VERSION_KEY),
                Some(&c.version),
                "{code}: content version"
            );
            for (key, text) in words.iter().filter(|(k, _)| *k != VERSION_KEY) {
                let Some(source) = english.get(key) else {
                    panic!("{code}: `{key}` translates nothing in the content");
                };
                // 999, 111, 116 123, 85258, hours, days, kilograms: never changed.
                assert_eq!(
                    numbers_in(text),
                    numbers_in(source),
                    "{code}: `{key}` has other numbers"
                );
            }
        }
    }

    #[test]
    fn red_flags_and_every_outcome_are_translated_whole_in_every_language() {
        let c = Content::built_in();
        for language in Language::ALL.into_iter().skip(1) {
            let code = language.code();
            for q in c
                .questions
                .iter()
                .filter(|q| q.options.iter().any(|o| o.red_flag.is_some()))
            {
                let shown = c.question_in(language, q);
                assert_ne!(
                    shown.text, q.text,
                    "{code}: red-flag question {} is in English",
                    q.id
                );
                for (theirs, ours) in shown.options.iter().zip(&q.options) {
                    assert_ne!(
                        theirs.label, ours.label,
                        "{code}: {}: {} is in English",
                        q.id, ours.value
                    );
                }
            }
            // Every outcome's words and every care card, all three parts.
            let names: Vec<(&str, String)> = c
                .wording
                .keys()
                .map(|d| ("d", d.as_str().to_string()))
                .chain(c.cards.keys().map(|n| ("card", n.clone())))
                .collect();
            for (prefix, name) in names {
                for part in ["title", "body", "safety-net"] {
                    let key = wording(prefix, &name, part);
                    assert!(
                        c.translations.say(language, &key).is_some(),
                        "{code}: no `{key}`"
                    );
                }
            }
        }
    }
}

#[cfg(test)]
mod fallback {
    use super::*;
    use crate::features::triage::content::Content;

    #[test]
    fn a_file_for_another_version_or_a_half_translated_question_shows_english_whole() {
        let base = Content::built_in();
        let emergency = base.question("emergency").unwrap().clone();
        // Only the question's words, not its answers: the question stays English, whole.
        let half = format!(
            "content-version = {}\nq-emergency = Oes gennych unrhyw un o'r symptomau hyn nawr?\n",
            base.version
        );
        let c = base
            .clone()
            .with_translations(vec![(Language::Welsh, half)])
            .unwrap();
        let shown = c.question_in(Language::Welsh, &emergency);
        assert_eq!(shown.text, emergency.text);
        assert_eq!(shown.options[0].label, emergency.options[0].label);
        // A whole file for an older version is not used at all.
        let old = include_str!("../../../data/triage/words/cy.ftl").replace(
            &format!("content-version = {}", base.version),
            "content-version = 2000-01-01.1",
        );
        let c = base
            .clone()
            .with_translations(vec![(Language::Welsh, old)])
            .unwrap();
        assert!(!c.translations.has(Language::Welsh));
        assert_eq!(
            c.question_in(Language::Welsh, &emergency).text,
            emergency.text
        );
        // Not Fluent at all: the content does not load.
        assert!(base
            .with_translations(vec![(Language::Welsh, "q-emergency = {".into())])
            .is_err());
    }
}
