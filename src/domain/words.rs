//! The words of the pages, from the Fluent files in `data/locales/<code>/`
//! (one folder per [`Language`], one file per part of the service), embedded
//! in the server at build time by `fluent-templates`. Pages ask for words by
//! key: `t("sign-out")`, or `t_with("title-acting", [("name", name.into())])`
//! when the words have placeholders.

use super::{Choice, Language};
use fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::{borrow::Cow, collections::HashMap, sync::LazyLock};

fluent_templates::static_loader! {
    static WORDS = {
        locales: "./data/locales",
        fallback_language: "en",
        // No Unicode isolation marks around placeholders: the pages are HTML,
        // which isolates text by itself, and the marks would land in copied text.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static IDS: LazyLock<Vec<LanguageIdentifier>> = LazyLock::new(|| {
    Language::ALL
        .iter()
        .map(|l| {
            l.code()
                .parse()
                .expect("a language code is a valid BCP 47 tag")
        })
        .collect()
});

fn id(language: Language) -> &'static LanguageIdentifier {
    let at = Language::ALL
        .iter()
        .position(|l| *l == language)
        .unwrap_or(0);
    &IDS[at]
}

/// The words for `key` in the language of the page being drawn.
pub fn t(key: &str) -> String {
    words(Language::current(), key, None)
}

/// The words for `key` with its placeholders filled in.
pub fn t_with<const N: usize>(
    key: &str,
    args: [(&'static str, FluentValue<'static>); N],
) -> String {
    let args: HashMap<Cow<'static, str>, FluentValue<'static>> = args
        .into_iter()
        .map(|(k, v)| (Cow::Borrowed(k), v))
        .collect();
    words(Language::current(), key, Some(&args))
}

/// Names in a sentence: "A", "A and B", "A, B and C", with the language's "and".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => t_with(
            "frame-and-list",
            [
                ("first", rest.join(", ").into()),
                ("last", last.clone().into()),
            ],
        ),
    }
}

/// Marks a key chosen in code away from the page that shows it (an error's
/// explanation, say), so the test that every key has words finds it too.
pub const fn t_key(key: &'static str) -> &'static str {
    key
}

/// The words for `key` in `language`. A key with no words (a test stops that
/// reaching a release) is logged and shown as the key, never a blank.
pub fn words(
    language: Language,
    key: &str,
    args: Option<&HashMap<Cow<'static, str>, FluentValue<'static>>>,
) -> String {
    match WORDS.try_lookup_complete(id(language), key, args) {
        Some(text) => text,
        None => {
            tracing::error!(key, language = language.code(), "no words for this key");
            key.to_string()
        }
    }
}

/// The numbers written in `text` (999, 116 and 123, 37 and 5 ...), sorted: a
/// translation must write the same ones.
#[cfg(test)]
pub(crate) fn numbers_in(text: &str) -> Vec<String> {
    let mut n: Vec<String> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect();
    n.sort();
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::ast;
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::Path;

    /// Every message and term of a language: its id, its placeholders, the
    /// numbers written in it (999, 111 ...).
    fn messages(code: &str) -> BTreeMap<String, (BTreeSet<String>, Vec<String>, String)> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("data/locales")
            .join(code);
        let mut out = BTreeMap::new();
        let mut files: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for path in files {
            let text = std::fs::read_to_string(&path).unwrap();
            let resource = fluent_syntax::parser::parse(text.as_str())
                .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
            for entry in resource.body {
                let (id, value, attributes) = match entry {
                    ast::Entry::Message(m) => (m.id.name.to_string(), m.value, m.attributes),
                    ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(t.value), t.attributes),
                    _ => continue,
                };
                assert!(attributes.is_empty(), "{id}: attributes are not used");
                let Some(pattern) = value else {
                    panic!("{id} has no value")
                };
                let mut vars = BTreeSet::new();
                let mut plain = String::new();
                walk(&pattern, &mut vars, &mut plain);
                let numbers = numbers_in(&plain);
                let name = path.file_name().unwrap().to_string_lossy().to_string();
                assert!(
                    out.insert(id.clone(), (vars, numbers, name)).is_none(),
                    "{code}: {id} is written twice"
                );
            }
        }
        out
    }

    fn walk(pattern: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, plain: &mut String) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => plain.push_str(value),
                ast::PatternElement::Placeable { expression } => expr(expression, vars, plain),
            }
        }
    }

    fn expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, plain: &mut String) {
        match e {
            ast::Expression::Inline(i) => inline(i, vars, plain),
            ast::Expression::Select { selector, variants } => {
                inline(selector, vars, plain);
                for v in variants {
                    walk(&v.value, vars, plain);
                }
            }
        }
    }

    fn inline(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>, plain: &mut String) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::StringLiteral { value } => plain.push_str(value),
            ast::InlineExpression::Placeable { expression } => expr(expression, vars, plain),
            _ => {}
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_placeholders_and_numbers() {
        let english = messages("en");
        assert!(english.len() > 10, "the English words were not found");
        for language in Language::ALL.into_iter().skip(1) {
            let code = language.code();
            let other = messages(code);
            for (id, (vars, numbers, file)) in &english {
                let Some((their_vars, their_numbers, their_file)) = other.get(id) else {
                    panic!("{code} has no words for `{id}` (data/locales/en/{file})");
                };
                assert_eq!(file, their_file, "{code}: `{id}` belongs in {file}");
                assert_eq!(vars, their_vars, "{code}: `{id}` has other placeholders");
                // 999, 111, 116 123, hours, ages: a translation never changes a number.
                assert_eq!(numbers, their_numbers, "{code}: `{id}` has other numbers");
            }
            for id in other.keys() {
                assert!(
                    english.contains_key(id),
                    "{code} has `{id}`, which English has not"
                );
            }
        }
    }

    #[test]
    fn every_key_the_code_asks_for_has_english_words_and_every_word_is_asked_for() {
        let english = messages("en");
        let mut missing = Vec::new();
        let mut used = BTreeSet::new();
        let mut asked = 0;
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut dirs = vec![src];
        while let Some(dir) = dirs.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    dirs.push(path);
                    continue;
                }
                if path.extension().is_none_or(|x| x != "rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                for call in ["t(", "t_with(", "t_key("] {
                    for (at, _) in text.match_indices(call) {
                        let before = text[..at].chars().last();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                            continue;
                        }
                        // The key, a literal, may be on the next line.
                        let Some(rest) = text[at + call.len()..].trim_start().strip_prefix('"')
                        else {
                            continue;
                        };
                        let key = &rest[..rest.find('"').unwrap_or(0)];
                        let is_key = !key.is_empty()
                            && key
                                .bytes()
                                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
                        if !is_key {
                            continue;
                        }
                        asked += 1;
                        used.insert(key.to_string());
                        if !english.contains_key(key) {
                            missing.push(format!("{}: {key}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(asked > 10, "no calls found");
        assert!(
            missing.is_empty(),
            "keys with no English words: {missing:#?}"
        );
        // And no words nobody asks for (left behind when a page changed).
        let unused: Vec<&String> = english.keys().filter(|k| !used.contains(*k)).collect();
        assert!(
            unused.is_empty(),
            "English words no code asks for: {unused:#?}"
        );
    }

    #[test]
    fn words_come_in_the_language_asked_for_with_placeholders_filled() {
        assert_eq!(
            words(Language::English, "language-choose", None),
            "Language"
        );
        assert_eq!(words(Language::Welsh, "language-choose", None), "Iaith");
        assert_eq!(
            words(Language::Welsh, "title-end", None),
            "– Front Door – GIG"
        );
        let args: HashMap<Cow<'static, str>, FluentValue<'static>> = [
            (Cow::Borrowed("page"), FluentValue::from("Apwyntiadau")),
            (Cow::Borrowed("name"), FluentValue::from("Ben Thompson")),
        ]
        .into();
        assert_eq!(
            words(Language::Welsh, "title-acting", Some(&args)),
            "Apwyntiadau (yn gweithredu ar ran Ben Thompson)"
        );
        assert_eq!(words(Language::Polish, "no-such-key", None), "no-such-key");
    }
}
