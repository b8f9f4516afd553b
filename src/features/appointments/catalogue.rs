//! What residents can book, in their words, and which appointment type each
//! provider system uses for it. Configuration, not code: providers name their
//! types differently, and each decides what is bookable online.
//!
//! `data/booking.json` is built in; `FRONTDOOR_BOOKING_FILE` replaces it.
//!
//! The ICS writes what residents choose in English, and may give each need its
//! words in the other languages Front Door speaks beside it (`"words": {"cy":
//! {"label": ..., "hint": ...}}`), so one need's words are edited in one place.
//! A language a need has no words for shows that need in English, whole.

use crate::domain::{Choice, Language};
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Clone, Debug, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Coding {
    pub system: String,
    pub code: String,
}

/// How a provider lets residents book a type online.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Online {
    /// Residents can choose a free time and book it.
    Book,
    /// Only after the practice has triaged the request: never booked directly.
    AfterTriage,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    /// A provider id from the providers configuration.
    pub provider: String,
    pub service_type: Coding,
    pub online: Online,
    /// The number to phone instead, shown when it cannot be booked online.
    #[serde(default)]
    pub phone: Option<String>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Need {
    /// A short stable id, used in addresses (`/appointments/book/{id}`).
    pub id: String,
    /// What residents choose, in plain English.
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
    pub offers: Vec<Offer>,
    /// The label and hint in other languages, by language code ("cy", "pl").
    #[serde(default)]
    pub words: BTreeMap<String, NeedWords>,
}

/// A need's words in another language: a label, and a hint when English has one.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedWords {
    pub label: String,
    #[serde(default)]
    pub hint: Option<String>,
}

impl Need {
    /// What residents choose, in `language` when the ICS has given words for it.
    pub fn label_in(&self, language: Language) -> &str {
        self.words
            .get(language.code())
            .map_or(&self.label, |w| &w.label)
    }

    /// The hint under the label, in the same language as `label_in`.
    pub fn hint_in(&self, language: Language) -> Option<&str> {
        match self.words.get(language.code()) {
            Some(w) => w.hint.as_deref(),
            None => self.hint.as_deref(),
        }
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub needs: Vec<Need>,
}

impl Catalogue {
    /// `FRONTDOOR_BOOKING_FILE`, or the built-in catalogue.
    pub fn from_lookup(lookup: &impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        match crate::platform::config::var(lookup, "FRONTDOOR_BOOKING_FILE") {
            None => Ok(Self::built_in()),
            Some(path) => Self::load_file(&path),
        }
    }

    pub fn built_in() -> Self {
        Self::parse(include_str!("../../../data/booking.json"))
            .unwrap_or(Catalogue { needs: Vec::new() })
    }

    pub fn load_file(path: &str) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("FRONTDOOR_BOOKING_FILE {path}: {e}"))?;
        Self::parse(&text).map_err(|e| format!("FRONTDOOR_BOOKING_FILE {path}: {e}"))
    }

    pub fn parse(text: &str) -> Result<Self, String> {
        let c: Catalogue = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut seen = std::collections::HashSet::new();
        for need in &c.needs {
            if !seen.insert(need.id.as_str()) {
                return Err(format!("need {} appears twice", need.id));
            }
            if need.id.is_empty()
                || !need
                    .id
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            {
                return Err(format!(
                    "need id {:?} must be lower-case letters, digits and hyphens",
                    need.id
                ));
            }
            if need.offers.is_empty() {
                return Err(format!("need {} has no offers", need.id));
            }
            for (code, words) in &need.words {
                let known = Language::parse(code).filter(|l| *l != Language::English);
                if known.is_none() {
                    return Err(format!(
                        "need {} has words for {code:?}, which is not one of Front Door's other languages",
                        need.id
                    ));
                }
                if words.label.trim().is_empty() {
                    return Err(format!("need {} has an empty label in {code}", need.id));
                }
                // Whole or not at all: never a translated label over an English hint.
                if words.hint.is_some() != need.hint.is_some() {
                    return Err(format!(
                        "need {}: its words in {code} must have a hint exactly when the English has one",
                        need.id
                    ));
                }
            }
        }
        Ok(c)
    }

    pub fn need(&self, id: &str) -> Option<&Need> {
        self.needs.iter().find(|n| n.id == id)
    }

    /// Drops offers at providers that are not configured, saying which.
    pub fn keep_known(mut self, provider_ids: &[&str]) -> Self {
        for need in &mut self.needs {
            need.offers.retain(|o| {
                let known = provider_ids.contains(&o.provider.as_str());
                if !known {
                    tracing::warn!(need = %need.id, provider = %o.provider, "booking offer names a provider that is not configured; ignored");
                }
                known
            });
        }
        self.needs.retain(|n| !n.offers.is_empty());
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_catalogue_reads_and_has_direct_and_triaged_types() {
        let c = Catalogue::built_in();
        assert!(c.needs.len() >= 5);
        let blood = c.need("blood-test").unwrap();
        assert_eq!(blood.offers.len(), 3);
        assert!(blood.offers.iter().all(|o| o.online == Online::Book));
        let new_problem = c.need("gp-new-problem").unwrap();
        assert!(new_problem
            .offers
            .iter()
            .all(|o| o.online == Online::AfterTriage && o.phone.is_some()));
    }

    #[test]
    fn bad_catalogues_are_refused_with_a_reason() {
        assert!(
            Catalogue::parse(r#"{"needs":[{"id":"A b","label":"x","offers":[]}]}"#)
                .unwrap_err()
                .contains("lower-case")
        );
        assert!(
            Catalogue::parse(r#"{"needs":[{"id":"a","label":"x","offers":[]}]}"#)
                .unwrap_err()
                .contains("no offers")
        );
        assert!(Catalogue::parse(r#"{"needs":[], "extra": 1}"#).is_err());
    }

    #[test]
    fn every_need_has_its_words_in_every_other_language() {
        let c = Catalogue::built_in();
        for need in &c.needs {
            for language in Language::ALL {
                let label = need.label_in(language);
                assert!(!label.trim().is_empty(), "{} in {language:?}", need.id);
                assert_eq!(need.hint_in(language).is_some(), need.hint.is_some());
                if language != Language::English {
                    assert_ne!(label, need.label, "{} in {language:?}", need.id);
                }
            }
        }
        let blood = c.need("blood-test").unwrap();
        assert_eq!(blood.label_in(Language::English), "Blood test");
        assert_eq!(blood.label_in(Language::Welsh), "Prawf gwaed");
        assert_eq!(blood.label_in(Language::Polish), "Badanie krwi");
    }

    #[test]
    fn a_need_without_words_in_a_language_shows_english_whole() {
        let c = Catalogue::parse(
            r#"{"needs":[{"id":"a","label":"Blood test","hint":"When asked",
                "words":{"cy":{"label":"Prawf gwaed","hint":"Pan ofynnwyd"}},
                "offers":[{"provider":"p","online":"book","service_type":{"system":"s","code":"c"}}]}]}"#,
        )
        .unwrap();
        let need = c.need("a").unwrap();
        assert_eq!(
            (
                need.label_in(Language::Welsh),
                need.hint_in(Language::Welsh)
            ),
            ("Prawf gwaed", Some("Pan ofynnwyd"))
        );
        assert_eq!(
            (
                need.label_in(Language::Polish),
                need.hint_in(Language::Polish)
            ),
            ("Blood test", Some("When asked"))
        );
    }

    #[test]
    fn words_for_an_unknown_language_or_half_translated_are_refused() {
        let with = |words: &str| {
            Catalogue::parse(&format!(
                r#"{{"needs":[{{"id":"a","label":"Blood test","hint":"When asked","words":{words},
                "offers":[{{"provider":"p","online":"book","service_type":{{"system":"s","code":"c"}}}}]}}]}}"#
            ))
        };
        assert!(with(r#"{"cy":{"label":"Prawf gwaed","hint":"Pan ofynnwyd"}}"#).is_ok());
        for (words, reason) in [
            (
                r#"{"fr":{"label":"Prise de sang","hint":"x"}}"#,
                "not one of",
            ),
            (r#"{"en":{"label":"Bloods","hint":"x"}}"#, "not one of"),
            (
                r#"{"cy-GB":{"label":"Prawf gwaed","hint":"x"}}"#,
                "not one of",
            ),
            (r#"{"cy":{"label":" ","hint":"x"}}"#, "empty label"),
            (r#"{"cy":{"label":"Prawf gwaed"}}"#, "hint exactly"),
        ] {
            let err = with(words).unwrap_err();
            assert!(err.contains(reason), "{words}: {err}");
        }
        assert!(with(r#"{"cy":{"label":"Prawf gwaed","hint":"x","extra":1}}"#).is_err());
    }

    #[test]
    fn offers_at_unknown_providers_are_dropped() {
        let c = Catalogue::built_in().keep_known(&["riverside-gp"]);
        assert!(c
            .needs
            .iter()
            .all(|n| n.offers.iter().all(|o| o.provider == "riverside-gp")));
        assert!(c.need("talking-therapies").is_none());
    }
}
