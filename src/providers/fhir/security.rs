//! Who may see an item, from the security labels its provider put on it
//! (`meta.security`): confidentiality codes and sensitivity codes (HL7 v3).
//!
//! - Very restricted (`V`), for example safeguarding information: shown to nobody
//!   online, the person themselves included.
//! - Restricted (`R`), or any sensitivity code (mental health, sexual health, HIV,
//!   substance use, domestic violence and so on): shown to the person themselves,
//!   never to someone acting for them.
//!
//! A label that cannot be read is taken as the strictest it could be: an item
//! whose `meta.security` is not a list is shown to nobody.

use serde_json::Value;

pub const CONFIDENTIALITY: &str = "http://terminology.hl7.org/CodeSystem/v3-Confidentiality";
pub const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

/// Sensitivity codes (v3 ActCode, `_InformationSensitivityPolicy`) that keep an
/// item from anyone acting for the person.
const SENSITIVE: &[&str] = &[
    "ETH",
    "GDIS",
    "HIV",
    "MST",
    "PSY",
    "SCA",
    "SDV",
    "SEX",
    "SPI",
    "BH",
    "COGN",
    "DVD",
    "EMOTDIS",
    "MH",
    "PSYTHPN",
    "SUD",
    "SICKLE",
    "STD",
    "TBOO",
    "SOC",
    "DEMO",
    "DIA",
    "DRGIS",
    "DRUGIS",
    "PREGNANCY",
    "ADOL",
    "CEL",
    "MENTAL",
    "REPRO",
];

/// Who may see an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Visibility {
    /// The person, and anyone acting for them within their scopes.
    Everyone,
    /// The person themselves only.
    PersonOnly,
    /// Nobody online.
    Nobody,
}

/// Who is looking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Audience {
    /// The person whose record it is.
    Person,
    /// Someone acting for them (a carer, parent or attorney).
    Proxy,
}

impl Audience {
    /// The audience of a request: someone acting for another person, or the person.
    pub fn of(acting_for_someone_else: bool) -> Self {
        if acting_for_someone_else {
            Self::Proxy
        } else {
            Self::Person
        }
    }

    pub fn may_see(self, v: Visibility) -> bool {
        !matches!(
            (self, v),
            (_, Visibility::Nobody) | (Self::Proxy, Visibility::PersonOnly)
        )
    }

    /// A name for keeping what each audience was shown apart (the last good copies).
    pub fn key(self) -> &'static str {
        match self {
            Self::Person => "",
            Self::Proxy => ":proxy",
        }
    }
}

/// Who may see this resource, from its security labels.
pub fn visibility(resource: &Value) -> Visibility {
    let Some(labels) = resource.get("meta").and_then(|m| m.get("security")) else {
        return Visibility::Everyone;
    };
    let Some(labels) = labels.as_array() else {
        return if labels.is_null() {
            Visibility::Everyone
        } else {
            Visibility::Nobody
        };
    };
    let mut seen = Visibility::Everyone;
    for label in labels {
        let system = label.get("system").and_then(Value::as_str).unwrap_or("");
        let code = label.get("code").and_then(Value::as_str).unwrap_or("");
        let this = match (system, code) {
            (CONFIDENTIALITY, "V") => Visibility::Nobody,
            (CONFIDENTIALITY, "R") => Visibility::PersonOnly,
            (ACT_CODE, c) if SENSITIVE.contains(&c) => Visibility::PersonOnly,
            _ => Visibility::Everyone,
        };
        seen = seen.max(this);
    }
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn labelled(labels: Value) -> Value {
        json!({ "resourceType": "Condition", "meta": { "security": labels } })
    }

    #[test]
    fn labels_decide_who_sees_an_item() {
        assert_eq!(
            visibility(&json!({ "resourceType": "Condition" })),
            Visibility::Everyone
        );
        assert_eq!(
            visibility(&labelled(
                json!([{ "system": CONFIDENTIALITY, "code": "N" }])
            )),
            Visibility::Everyone
        );
        assert_eq!(
            visibility(&labelled(
                json!([{ "system": CONFIDENTIALITY, "code": "R" }])
            )),
            Visibility::PersonOnly
        );
        assert_eq!(
            visibility(&labelled(json!([{ "system": ACT_CODE, "code": "PSY" }]))),
            Visibility::PersonOnly
        );
        assert_eq!(
            visibility(&labelled(json!([
                { "system": ACT_CODE, "code": "SEX" },
                { "system": CONFIDENTIALITY, "code": "V" }
            ]))),
            Visibility::Nobody
        );
        // Unreadable labels are taken as the strictest.
        assert_eq!(visibility(&labelled(json!("V"))), Visibility::Nobody);
    }

    #[test]
    fn a_proxy_never_sees_person_only_items_and_nobody_sees_restricted_ones() {
        assert!(Audience::Person.may_see(Visibility::PersonOnly));
        assert!(!Audience::Proxy.may_see(Visibility::PersonOnly));
        assert!(!Audience::Person.may_see(Visibility::Nobody));
        assert!(!Audience::Proxy.may_see(Visibility::Nobody));
        assert!(Audience::Proxy.may_see(Visibility::Everyone));
    }
}
