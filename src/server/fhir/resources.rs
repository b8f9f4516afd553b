//! FHIR R4 resources the portal reads, with the elements it uses.

use super::{datatypes::*, lenient, lenient_list, Resource};
use serde::Deserialize;

macro_rules! resource {
    ($name:ident) => {
        impl Resource for $name {
            const TYPE: &'static str = stringify!($name);
        }
    };
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Patient {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub identifier: Vec<Identifier>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub name: Vec<HumanName>,
    #[serde(default, deserialize_with = "lenient")]
    pub birth_date: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub gender: Option<String>,
}
resource!(Patient);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Condition {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub clinical_status: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub verification_status: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub category: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub onset_date_time: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub recorded_date: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub note: Vec<Annotation>,
}
resource!(Condition);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AllergyIntolerance {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub clinical_status: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub verification_status: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub criticality: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub recorded_date: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub reaction: Vec<AllergyReaction>,
}
resource!(AllergyIntolerance);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AllergyReaction {
    #[serde(default, deserialize_with = "lenient_list")]
    pub manifestation: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub severity: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MedicationStatement {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub medication_codeable_concept: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub medication_reference: Option<Reference>,
    #[serde(default, deserialize_with = "lenient")]
    pub effective_date_time: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub effective_period: Option<Period>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub dosage: Vec<Dosage>,
}
resource!(MedicationStatement);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MedicationRequest {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub intent: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub medication_codeable_concept: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub medication_reference: Option<Reference>,
    #[serde(default, deserialize_with = "lenient")]
    pub authored_on: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub dosage_instruction: Vec<Dosage>,
}
resource!(MedicationRequest);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Immunization {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub vaccine_code: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub occurrence_date_time: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub lot_number: Option<String>,
}
resource!(Immunization);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ReferenceRange {
    #[serde(default, deserialize_with = "lenient")]
    pub low: Option<Quantity>,
    #[serde(default, deserialize_with = "lenient")]
    pub high: Option<Quantity>,
    #[serde(default, deserialize_with = "lenient")]
    pub text: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Observation {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub category: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub effective_date_time: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub issued: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub value_quantity: Option<Quantity>,
    #[serde(default, deserialize_with = "lenient")]
    pub value_string: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub value_codeable_concept: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub interpretation: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub reference_range: Vec<ReferenceRange>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub note: Vec<Annotation>,
}
resource!(Observation);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DiagnosticReport {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub effective_date_time: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub issued: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub result: Vec<Reference>,
    #[serde(default, deserialize_with = "lenient")]
    pub conclusion: Option<String>,
}
resource!(DiagnosticReport);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct DocumentContent {
    #[serde(default, deserialize_with = "lenient")]
    pub attachment: Option<Attachment>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentReference {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub r#type: Option<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub date: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub content: Vec<DocumentContent>,
}
resource!(DocumentReference);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Encounter {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub class: Option<Coding>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub r#type: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub period: Option<Period>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub reason_code: Vec<CodeableConcept>,
}
resource!(Encounter);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct AppointmentParticipant {
    #[serde(default, deserialize_with = "lenient")]
    pub actor: Option<Reference>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Appointment {
    #[serde(default, deserialize_with = "lenient")]
    pub id: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    pub status: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub service_type: Vec<CodeableConcept>,
    #[serde(default, deserialize_with = "lenient")]
    pub description: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub start: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub end: Option<String>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub slot: Vec<Reference>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub participant: Vec<AppointmentParticipant>,
}
resource!(Appointment);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct OperationOutcomeIssue {
    #[serde(default, deserialize_with = "lenient")]
    pub severity: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub code: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub diagnostics: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct OperationOutcome {
    #[serde(default, deserialize_with = "lenient_list")]
    pub issue: Vec<OperationOutcomeIssue>,
}
resource!(OperationOutcome);

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BundleLink {
    #[serde(default, deserialize_with = "lenient")]
    pub relation: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub url: Option<String>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct BundleSearch {
    #[serde(default, deserialize_with = "lenient")]
    pub mode: Option<String>,
}

/// A bundle entry keeps its resource as JSON, so one unreadable entry
/// never spoils the others: each is read by type when it is used.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BundleEntry {
    #[serde(default, deserialize_with = "lenient")]
    pub full_url: Option<String>,
    #[serde(default)]
    pub resource: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "lenient")]
    pub search: Option<BundleSearch>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
pub struct Bundle {
    #[serde(default, deserialize_with = "lenient")]
    pub r#type: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    pub total: Option<u64>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub link: Vec<BundleLink>,
    #[serde(default, deserialize_with = "lenient_list")]
    pub entry: Vec<BundleEntry>,
}
resource!(Bundle);

impl Bundle {
    /// The address of the next page of a searchset.
    pub fn next_link(&self) -> Option<&str> {
        self.link
            .iter()
            .find(|l| l.relation.as_deref() == Some("next"))
            .and_then(|l| l.url.as_deref())
    }

    /// The entries of type `T` that can be read, and how many of that type could not.
    pub fn resources<T: Resource>(&self) -> (Vec<T>, usize) {
        let mut read = Vec::new();
        let mut unreadable = 0;
        for value in self.entry.iter().filter_map(|e| e.resource.as_ref()) {
            if value.get("resourceType").and_then(|t| t.as_str()) != Some(T::TYPE) {
                continue;
            }
            match serde_json::from_value::<T>(value.clone()) {
                Ok(r) => read.push(r),
                Err(_) => unreadable += 1,
            }
        }
        (read, unreadable)
    }

    /// OperationOutcome entries that a server added to a partial answer.
    pub fn outcomes(&self) -> Vec<OperationOutcome> {
        self.entry
            .iter()
            .filter(|e| e.search.as_ref().and_then(|s| s.mode.as_deref()) == Some("outcome"))
            .filter_map(|e| e.resource.clone())
            .filter_map(|v| super::resource_from_value::<OperationOutcome>(v).ok())
            .collect()
    }
}
