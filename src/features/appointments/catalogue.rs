//! What residents can book, in their words, and which appointment type each
//! provider system uses for it. Configuration, not code: providers name their
//! types differently, and each decides what is bookable online.
//!
//! `data/booking.json` is built in; `FRONTDOOR_BOOKING_FILE` replaces it.

use serde::Deserialize;

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
    fn offers_at_unknown_providers_are_dropped() {
        let c = Catalogue::built_in().keep_known(&["riverside-gp"]);
        assert!(c
            .needs
            .iter()
            .all(|n| n.offers.iter().all(|o| o.provider == "riverside-gp")));
        assert!(c.need("talking-therapies").is_none());
    }
}
