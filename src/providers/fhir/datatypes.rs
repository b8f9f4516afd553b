//! FHIR R4 data types, only the elements the portal uses.

use super::fhir_struct;

fhir_struct! {
    pub struct Coding {
        pub system: Option<String>,
        pub code: Option<String>,
        pub display: Option<String>,
    }
}

fhir_struct! {
    pub struct CodeableConcept {
        pub coding: Vec<Coding>,
        pub text: Option<String>,
    }
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

fhir_struct! {
    pub struct Identifier {
        pub system: Option<String>,
        pub value: Option<String>,
    }
}

fhir_struct! {
    pub struct Reference {
        pub reference: Option<String>,
        pub display: Option<String>,
        pub identifier: Option<Identifier>,
    }
}

fhir_struct! {
    pub struct Period {
        pub start: Option<String>,
        pub end: Option<String>,
    }
}

fhir_struct! {
    pub struct Quantity {
        pub value: Option<f64>,
        pub comparator: Option<String>,
        pub unit: Option<String>,
        pub system: Option<String>,
        pub code: Option<String>,
    }
}

fhir_struct! {
    pub struct Range {
        pub low: Option<Quantity>,
        pub high: Option<Quantity>,
        pub text: Option<String>,
    }
}

fhir_struct! {
    pub struct Annotation {
        pub text: Option<String>,
    }
}

fhir_struct! {
    pub struct Meta {
        pub version_id: Option<String>,
        pub last_updated: Option<String>,
    }
}

fhir_struct! {
    pub struct Attachment {
        pub content_type: Option<String>,
        /// Base64 content, when inline.
        pub data: Option<String>,
        pub url: Option<String>,
        pub title: Option<String>,
        pub creation: Option<String>,
    }
}

fhir_struct! {
    pub struct HumanName {
        pub text: Option<String>,
        pub family: Option<String>,
        pub given: Vec<String>,
    }
}

fhir_struct! {
    /// A dosage, as far as the portal shows it.
    pub struct Dosage {
        pub text: Option<String>,
    }
}
