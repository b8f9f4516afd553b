//! FHIR R4 resources the portal reads, with the elements it uses.

use super::{datatypes::*, fhir_struct, Resource};

macro_rules! resource {
    ($name:ident) => {
        impl Resource for $name {
            const TYPE: &'static str = stringify!($name);
        }
    };
}

fhir_struct! {
    pub struct Patient {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub identifier: Vec<Identifier>,
        pub name: Vec<HumanName>,
        pub birth_date: Option<String>,
        pub gender: Option<String>,
    }
}
resource!(Patient);

fhir_struct! {
    pub struct Condition {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub clinical_status: Option<CodeableConcept>,
        pub verification_status: Option<CodeableConcept>,
        pub category: Vec<CodeableConcept>,
        pub code: Option<CodeableConcept>,
        pub onset_date_time: Option<String>,
        pub recorded_date: Option<String>,
        pub note: Vec<Annotation>,
    }
}
resource!(Condition);

fhir_struct! {
    pub struct AllergyIntolerance {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub clinical_status: Option<CodeableConcept>,
        pub verification_status: Option<CodeableConcept>,
        pub criticality: Option<String>,
        pub code: Option<CodeableConcept>,
        pub recorded_date: Option<String>,
        pub reaction: Vec<AllergyReaction>,
    }
}
resource!(AllergyIntolerance);

fhir_struct! {
    pub struct AllergyReaction {
        pub manifestation: Vec<CodeableConcept>,
        pub severity: Option<String>,
    }
}

fhir_struct! {
    pub struct MedicationStatement {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub status: Option<String>,
        pub medication_codeable_concept: Option<CodeableConcept>,
        pub medication_reference: Option<Reference>,
        pub effective_date_time: Option<String>,
        pub effective_period: Option<Period>,
        pub dosage: Vec<Dosage>,
    }
}
resource!(MedicationStatement);

fhir_struct! {
    pub struct MedicationRequest {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub status: Option<String>,
        pub intent: Option<String>,
        pub medication_codeable_concept: Option<CodeableConcept>,
        pub medication_reference: Option<Reference>,
        pub authored_on: Option<String>,
        pub dosage_instruction: Vec<Dosage>,
    }
}
resource!(MedicationRequest);

fhir_struct! {
    pub struct Immunization {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub status: Option<String>,
        pub vaccine_code: Option<CodeableConcept>,
        pub occurrence_date_time: Option<String>,
        pub lot_number: Option<String>,
    }
}
resource!(Immunization);

fhir_struct! {
    pub struct ReferenceRange {
        pub low: Option<Quantity>,
        pub high: Option<Quantity>,
        pub text: Option<String>,
    }
}

fhir_struct! {
    pub struct Observation {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub status: Option<String>,
        pub category: Vec<CodeableConcept>,
        pub code: Option<CodeableConcept>,
        pub effective_date_time: Option<String>,
        pub issued: Option<String>,
        pub value_quantity: Option<Quantity>,
        pub value_string: Option<String>,
        pub value_codeable_concept: Option<CodeableConcept>,
        pub interpretation: Vec<CodeableConcept>,
        pub reference_range: Vec<ReferenceRange>,
        pub note: Vec<Annotation>,
    }
}
resource!(Observation);

fhir_struct! {
    pub struct DiagnosticReport {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub status: Option<String>,
        pub code: Option<CodeableConcept>,
        pub effective_date_time: Option<String>,
        pub issued: Option<String>,
        pub result: Vec<Reference>,
        pub conclusion: Option<String>,
    }
}
resource!(DiagnosticReport);

fhir_struct! {
    pub struct DocumentContent {
        pub attachment: Option<Attachment>,
    }
}

fhir_struct! {
    pub struct DocumentReference {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub status: Option<String>,
        pub r#type: Option<CodeableConcept>,
        pub date: Option<String>,
        pub description: Option<String>,
        pub content: Vec<DocumentContent>,
    }
}
resource!(DocumentReference);

fhir_struct! {
    pub struct Encounter {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub status: Option<String>,
        pub class: Option<Coding>,
        pub r#type: Vec<CodeableConcept>,
        pub period: Option<Period>,
        pub reason_code: Vec<CodeableConcept>,
    }
}
resource!(Encounter);

fhir_struct! {
    pub struct Extension {
        pub url: Option<String>,
        pub value_code: Option<String>,
    }
}

fhir_struct! {
    pub struct AppointmentParticipant {
        pub actor: Option<Reference>,
        pub r#type: Vec<CodeableConcept>,
        pub status: Option<String>,
    }
}

fhir_struct! {
    pub struct Appointment {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub identifier: Vec<Identifier>,
        pub status: Option<String>,
        pub cancelation_reason: Option<CodeableConcept>,
        pub service_type: Vec<CodeableConcept>,
        pub description: Option<String>,
        pub start: Option<String>,
        pub end: Option<String>,
        pub slot: Vec<Reference>,
        pub participant: Vec<AppointmentParticipant>,
        pub patient_instruction: Option<String>,
        pub extension: Vec<Extension>,
    }
}
resource!(Appointment);

fhir_struct! {
    pub struct Slot {
        pub id: Option<String>,
        pub meta: Option<Meta>,
        pub service_type: Vec<CodeableConcept>,
        pub schedule: Option<Reference>,
        pub status: Option<String>,
        pub start: Option<String>,
        pub end: Option<String>,
        pub extension: Vec<Extension>,
    }
}
resource!(Slot);

fhir_struct! {
    pub struct Schedule {
        pub id: Option<String>,
        pub service_type: Vec<CodeableConcept>,
        pub actor: Vec<Reference>,
        pub comment: Option<String>,
    }
}
resource!(Schedule);

/// GP Connect's delivery channel extension: "In-person", "Telephone" or "Video".
pub const DELIVERY_CHANNEL: &str =
    "https://fhir.nhs.uk/StructureDefinition/Extension-GPConnect-DeliveryChannel-2";

/// The delivery channel named by a resource's extensions.
pub fn delivery_channel(extensions: &[Extension]) -> Option<&str> {
    extensions
        .iter()
        .find(|e| e.url.as_deref() == Some(DELIVERY_CHANNEL))
        .and_then(|e| e.value_code.as_deref())
}

fhir_struct! {
    pub struct OperationOutcomeIssue {
        pub severity: Option<String>,
        pub code: Option<String>,
        pub diagnostics: Option<String>,
    }
}

fhir_struct! {
    pub struct OperationOutcome {
        pub issue: Vec<OperationOutcomeIssue>,
    }
}
resource!(OperationOutcome);

fhir_struct! {
    pub struct BundleLink {
        pub relation: Option<String>,
        pub url: Option<String>,
    }
}

fhir_struct! {
    pub struct BundleSearch {
        pub mode: Option<String>,
    }
}

fhir_struct! {
    /// A bundle entry keeps its resource as JSON, so one unreadable entry
    /// never spoils the others: each is read by type when it is used.
    pub struct BundleEntry {
        pub full_url: Option<String>,
        pub resource: Option<serde_json::Value>,
        pub search: Option<BundleSearch>,
    }
}

fhir_struct! {
    pub struct Bundle {
        pub r#type: Option<String>,
        pub total: Option<u64>,
        pub link: Vec<BundleLink>,
        pub entry: Vec<BundleEntry>,
    }
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
