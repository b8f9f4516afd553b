//! Provider systems as configuration, and the gateway that reads from them.
//!
//! Adding a provider system is a new entry in the providers file (JSON):
//! ```json
//! { "providers": [ { "id": "riverside-gp", "name": "Riverside Medical Practice",
//!   "kind": "gp", "ods_code": "Y90001", "base_url": "https://fhir.example.org/r4",
//!   "bearer_token_env": "RIVERSIDE_TOKEN", "budget_ms": 3000 } ] }
//! ```

pub mod breaker;
pub mod client;
pub mod gateway;

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
    pub fn label(self) -> &'static str {
        match self {
            Self::Gp => "GP surgery",
            Self::Hospital => "Hospital",
            Self::Community => "Community health services",
            Self::MentalHealth => "Mental health services",
            Self::SocialCare => "Adult social care",
            Self::Other => "Health and care service",
        }
    }
}

fn default_budget() -> u64 {
    3000
}

fn default_write_budget() -> u64 {
    10_000
}

fn default_medications() -> Vec<String> {
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
    pub bearer_token: Option<String>,
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

    pub fn token(&self) -> Option<String> {
        self.bearer_token_env
            .as_ref()
            .and_then(|v| std::env::var(v).ok())
            .or_else(|| self.bearer_token.clone())
    }
}

/// The built-in demo provider systems, served by the simulator at `sim_base`.
pub fn demo_providers(sim_base: &str) -> Vec<ProviderConfig> {
    use crate::sim::data::{Kind, PROVIDERS};
    PROVIDERS
        .iter()
        .map(|p| ProviderConfig {
            id: p.slug.to_string(),
            name: p.name.to_string(),
            kind: match p.kind {
                Kind::Gp => ProviderKind::Gp,
                Kind::Hospital => ProviderKind::Hospital,
                Kind::Community => ProviderKind::Community,
                Kind::MentalHealth => ProviderKind::MentalHealth,
                Kind::SocialCare => ProviderKind::SocialCare,
            },
            ods_code: p.ods.to_string(),
            base_url: format!("{}/{}", sim_base.trim_end_matches('/'), p.slug),
            bearer_token: Some(p.token.to_string()),
            bearer_token_env: None,
            budget_ms: default_budget(),
            write_budget_ms: default_write_budget(),
            medication_resources: default_medications(),
        })
        .collect()
}

/// Results that need a conversation first: held back for `delay_days` after they are issued.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReleasePolicy {
    pub delay_days: i64,
    pub codes: Vec<HeldCode>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HeldCode {
    pub system: String,
    pub code: String,
    /// What the code is, for the people maintaining the list.
    pub label: String,
}

impl ReleasePolicy {
    pub fn built_in() -> Self {
        serde_json::from_str(include_str!("../../../data/release-delay.json"))
            .expect("the built-in release delay list is valid JSON")
    }

    pub fn load_file(path: &str) -> Result<Self, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("FRONTDOOR_RELEASE_DELAY_FILE {path}: {e}"))?;
        let policy: Self = serde_json::from_str(&text)
            .map_err(|e| format!("FRONTDOOR_RELEASE_DELAY_FILE {path}: {e}"))?;
        if policy.delay_days < 0 {
            return Err("FRONTDOOR_RELEASE_DELAY_FILE: delay_days must not be negative".into());
        }
        Ok(policy)
    }

    /// True when a result with one of these codes must be held back.
    pub fn covers<'a>(&self, mut codes: impl Iterator<Item = (&'a str, &'a str)>) -> bool {
        codes.any(|(system, code)| {
            self.codes
                .iter()
                .any(|h| h.system == system && h.code == code)
        })
    }

    /// Whether a held result issued on `issued` (a FHIR date or dateTime) may be shown at `now`.
    /// No readable date means it is held: when in doubt, wait.
    pub fn released(&self, issued: Option<&str>, now: time::OffsetDateTime) -> bool {
        let Some(date) = issued.and_then(parse_fhir_date) else {
            return false;
        };
        date + time::Duration::days(self.delay_days) <= now.date()
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
    use time::macros::datetime;

    #[test]
    fn release_delay_holds_until_the_day_and_holds_undated_results() {
        let policy = ReleasePolicy {
            delay_days: 14,
            codes: vec![HeldCode {
                system: "http://loinc.org".into(),
                code: "56888-1".into(),
                label: "HIV".into(),
            }],
        };
        let now = datetime!(2026-11-22 10:00 UTC);
        assert!(policy.covers([("http://loinc.org", "56888-1")].into_iter()));
        assert!(!policy.covers([("http://snomed.info/sct", "56888-1")].into_iter()));
        assert!(!policy.released(Some("2026-11-09T17:00:00Z"), now));
        assert!(policy.released(Some("2026-11-08T17:00:00Z"), now));
        assert!(policy.released(Some("2026-01-01"), now));
        assert!(!policy.released(None, now));
        assert!(!policy.released(Some("not a date"), now));
    }

    #[test]
    fn built_in_release_list_reads() {
        let p = ReleasePolicy::built_in();
        assert!(p.delay_days > 0);
        assert!(p.codes.iter().any(|c| c.code == "252416005"));
    }

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
