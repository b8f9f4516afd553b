//! FHIR R4 data types, only the elements the portal uses.

use super::{lenient, lenient_list};
use serde::Deserialize;

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Coding {
    #[serde(default, deserialize_with = "lenient")]
    pub system: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub display: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct CodeableConcept {
    #[serde(default, deserialize_with = "lenient_list")]
    pub coding: Vec<Coding>,
    #[serde(default, deserialize_with = "lenient")]
    pub text: Option<String>,
}

impl CodeableConcept {
    /// The code in `system`, if there is one.
    pub fn code_in(&self, system: &str) -> Option<&str> {
        self.coding
            .iter()
            .find(|c| c.system.as_deref() == Some(system))
            .and_then(|c| c.code.as_deref())
    }

    /// Words for people: the text, else the first display.
    pub fn words(&self) -> Option<&str> {
        self.text
            .as_deref()
            .or_else(|| self.coding.iter().find_map(|c| c.display.as_deref()))
    }
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Identifier {
    #[serde(default, deserialize_with = "lenient")]
    pub system: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub value: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Reference {
    #[serde(default, deserialize_with = "lenient")]
    pub reference: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub display: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub identifier: Option<Identifier>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Period {
    #[serde(default, deserialize_with = "lenient")]
    pub start: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub end: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Quantity {
    #[serde(default, deserialize_with = "lenient")]
    pub value: Option<f64>,
    #[serde(default, deserialize_with = "lenient")]
    pub comparator: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub unit: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub system: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Range {
    #[serde(default, deserialize_with = "lenient")]
    pub low: Option<Quantity>,
    #[serde(default, deserialize_with = "lenient")]
    pub high: Option<Quantity>,
    #[serde(default, deserialize_with = "lenient")]
    pub text: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Annotation {
    #[serde(default, deserialize_with = "lenient")]
    pub text: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Meta {
    #[serde(default, deserialize_with = "lenient")]
    pub version_id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub last_updated: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Attachment {
    #[serde(default, deserialize_with = "lenient")]
    pub content_type: Option<String>,
    /// Base64 content, when inline.
    #[serde(default, deserialize_with = "lenient")]
    pub data: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub url: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub title: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub creation: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct HumanName {
    #[serde(default, deserialize_with = "lenient")]
    pub text: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub family: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub given: Vec<String>,
}

/// A dosage, as far as the portal shows it.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Dosage {
    #[serde(default, deserialize_with = "lenient")]
    pub text: Option<String>,
}
