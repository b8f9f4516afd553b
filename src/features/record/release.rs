//! Results held back until a conversation can happen (the release delay list).

use crate::providers::parse_fhir_date;
use serde::Deserialize;

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
    /// `FRONTDOOR_RELEASE_DELAY_FILE`, or the built-in list.
    pub fn from_lookup(lookup: &impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        match crate::platform::config::var(lookup, "FRONTDOOR_RELEASE_DELAY_FILE") {
            None => Ok(Self::built_in()),
            Some(path) => Self::load_file(&path),
        }
    }

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
}
