//! Provider systems as configuration, and everything that talks to them: FHIR
//! types, the client, breakers, the gateway, patient links, last good copies and
//! the fan-out with fallback. Nothing here names a feature.
//!
//! Adding a provider system is a new entry in the providers file (JSON):
//! ```json
//! { "providers": [ { "id": "riverside-gp", "name": "Riverside Medical Practice",
//!   "kind": "gp", "ods_code": "Y90001", "base_url": "https://fhir.example.org/r4",
//!   "bearer_token_env": "RIVERSIDE_TOKEN", "budget_ms": 3000 } ] }
//! ```

pub mod breaker;
pub mod client;
pub mod copies;
pub mod fanout;
pub mod fhir;
pub mod gateway;
pub mod links;
pub mod related;

use crate::{
    domain::{sources::Source, t},
    platform::secret::Secret,
};
use serde::Deserialize;

/// What sort of service a provider system belongs to; decides how it is named to residents.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq, Hash)]
#[serde(rename_all = "kebab-case")]
pub enum ProviderKind {
    Gp,
    Hospital,
    Community,
    MentalHealth,
    SocialCare,
    Other,
}

impl ProviderKind {
    pub fn label(self) -> String {
        match self {
            Self::Gp => t("kind-gp-surgery"),
            Self::Hospital => t("kind-hospital"),
            Self::Community => t("kind-community-health-services"),
            Self::MentalHealth => t("kind-mental-health-services"),
            Self::SocialCare => t("kind-adult-social-care"),
            Self::Other => t("kind-health-and-care-service"),
        }
    }
}

pub fn default_budget() -> u64 {
    3000
}

pub fn default_write_budget() -> u64 {
    10_000
}

pub fn default_medications() -> Vec<String> {
    vec!["MedicationStatement".into(), "MedicationRequest".into()]
}

/// One provider system: a FHIR R4 endpoint.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderConfig {
    /// A short, stable identifier (used for the cached copies; never shown).
    pub id: String,
    /// The organisation's name, shown as the source of every item.
    pub name: String,
    pub kind: ProviderKind,
    pub ods_code: String,
    /// The FHIR base, without a trailing slash.
    pub base_url: String,
    /// A bearer token, or the name of an environment variable holding it (better).
    #[serde(default)]
    pub bearer_token: Option<Secret>,
    #[serde(default)]
    pub bearer_token_env: Option<String>,
    /// How long the portal waits for this provider on each page (milliseconds).
    #[serde(default = "default_budget")]
    pub budget_ms: u64,
    /// How long the portal waits for a booking or cancellation before it treats the
    /// outcome as unknown and asks the provider what happened (milliseconds).
    #[serde(default = "default_write_budget")]
    pub write_budget_ms: u64,
    /// Which medication resources it holds (GP systems: MedicationStatement; hospitals: MedicationRequest).
    #[serde(default = "default_medications")]
    pub medication_resources: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvidersFile {
    providers: Vec<ProviderConfig>,
}

impl ProviderConfig {
    pub fn load_file(path: &str) -> Result<Vec<Self>, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("FRONTDOOR_PROVIDERS_FILE {path}: {e}"))?;
        Self::parse_list(&text).map_err(|e| format!("FRONTDOOR_PROVIDERS_FILE {path}: {e}"))
    }

    pub fn parse_list(text: &str) -> Result<Vec<Self>, String> {
        let file: ProvidersFile = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut seen = std::collections::HashSet::new();
        for p in &file.providers {
            if !seen.insert(p.id.clone()) {
                return Err(format!("provider id {} appears twice", p.id));
            }
            if !(p.base_url.starts_with("http://") || p.base_url.starts_with("https://")) {
                return Err(format!(
                    "provider {}: base_url must start with http:// or https://",
                    p.id
                ));
            }
            if p.budget_ms == 0 || p.budget_ms > 60_000 {
                return Err(format!(
                    "provider {}: budget_ms must be between 1 and 60000",
                    p.id
                ));
            }
            if p.write_budget_ms == 0 || p.write_budget_ms > 60_000 {
                return Err(format!(
                    "provider {}: write_budget_ms must be between 1 and 60000",
                    p.id
                ));
            }
            if let Some(var) = &p.bearer_token_env {
                if std::env::var(var).is_err() {
                    return Err(format!(
                        "provider {}: environment variable {var} is not set",
                        p.id
                    ));
                }
            }
        }
        Ok(file
            .providers
            .into_iter()
            .map(|mut p| {
                p.base_url = p.base_url.trim_end_matches('/').to_string();
                p
            })
            .collect())
    }

    /// How items from this provider name where they came from.
    pub fn source(&self) -> Source {
        Source {
            provider_id: self.id.clone(),
            name: self.name.clone(),
            kind: self.kind.label(),
            ods_code: self.ods_code.clone(),
            is_gp: self.kind == ProviderKind::Gp,
        }
    }

    pub fn token(&self) -> Option<String> {
        self.bearer_token_env
            .as_ref()
            .and_then(|v| std::env::var(v).ok())
            .or_else(|| self.bearer_token.as_ref().map(|t| t.expose().to_string()))
    }
}

/// The date part of a FHIR date or dateTime ("2026-11-22", "2026-11-22T10:00:00Z").
pub fn parse_fhir_date(s: &str) -> Option<time::Date> {
    let head = s.get(..10)?;
    time::Date::parse(
        head,
        time::macros::format_description!("[year]-[month]-[day]"),
    )
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn providers_file_is_checked() {
        let ok = r#"{"providers":[{"id":"a","name":"A","kind":"gp","ods_code":"Y1","base_url":"http://x/fhir/"}]}"#;
        let list = ProviderConfig::parse_list(ok).unwrap();
        assert_eq!(list[0].base_url, "http://x/fhir");
        assert_eq!(list[0].budget_ms, 3000);
        let twice = r#"{"providers":[{"id":"a","name":"A","kind":"gp","ods_code":"Y1","base_url":"http://x"},{"id":"a","name":"B","kind":"hospital","ods_code":"R1","base_url":"http://y"}]}"#;
        assert!(ProviderConfig::parse_list(twice).is_err());
        let bad_kind = r#"{"providers":[{"id":"a","name":"A","kind":"dentist","ods_code":"Y1","base_url":"http://x"}]}"#;
        assert!(ProviderConfig::parse_list(bad_kind).is_err());
        let no_scheme =
            r#"{"providers":[{"id":"a","name":"A","kind":"gp","ods_code":"Y1","base_url":"x"}]}"#;
        assert!(ProviderConfig::parse_list(no_scheme).is_err());
    }
}
