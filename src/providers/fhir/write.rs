//! Typed builders for what the portal writes to provider systems: a booked
//! Appointment, a cancellation, and an online request (a QuestionnaireResponse
//! and a Task in one transaction Bundle). Each is a struct that serialises to
//! FHIR R4 JSON, so a misspelt element is a compile error, not a silent drop.

use serde::Serialize;
use serde_json::Value;

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Identifier {
    pub system: String,
    pub value: String,
}

#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Reference {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<Identifier>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

impl Reference {
    pub fn to(reference: impl Into<String>) -> Self {
        Self {
            reference: Some(reference.into()),
            ..Self::default()
        }
    }
}

#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Coding {
    pub system: String,
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display: Option<String>,
}

#[derive(Clone, Debug, Default, Serialize, PartialEq, Eq)]
pub struct Concept {
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coding: Vec<Coding>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AppointmentParticipant {
    pub actor: Reference,
    pub status: &'static str,
}

/// A new booked Appointment in a slot, for a patient.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Appointment {
    resource_type: &'static str,
    pub status: &'static str,
    pub identifier: Vec<Identifier>,
    pub slot: Vec<Reference>,
    pub description: String,
    pub participant: Vec<AppointmentParticipant>,
}

impl Appointment {
    pub fn booked(
        reference: Identifier,
        slot_id: &str,
        patient_id: &str,
        description: String,
    ) -> Self {
        Self {
            resource_type: "Appointment",
            status: "booked",
            identifier: vec![reference],
            slot: vec![Reference::to(format!("Slot/{slot_id}"))],
            description,
            participant: vec![AppointmentParticipant {
                actor: Reference::to(format!("Patient/{patient_id}")),
                status: "accepted",
            }],
        }
    }
}

/// An Appointment as the provider sent it, cancelled with a reason: everything
/// else the provider holds is kept, as an update must.
pub fn cancelled(mut appointment: Value, reason: Concept) -> Value {
    appointment["status"] = Value::from("cancelled");
    appointment["cancelationReason"] = serde_json::to_value(reason).unwrap_or_default();
    appointment
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum AnswerValue {
    ValueString(String),
    ValueCoding(Coding),
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ResponseItem {
    pub link_id: String,
    pub text: String,
    pub answer: Vec<AnswerValue>,
}

/// A person's answers to a questionnaire.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionnaireResponse {
    resource_type: &'static str,
    pub identifier: Identifier,
    pub questionnaire: String,
    pub status: &'static str,
    pub subject: Reference,
    pub authored: String,
    pub author: Reference,
    pub item: Vec<ResponseItem>,
}

impl QuestionnaireResponse {
    pub fn completed(
        identifier: Identifier,
        questionnaire: String,
        subject: Reference,
        authored: String,
        author: Reference,
        item: Vec<ResponseItem>,
    ) -> Self {
        Self {
            resource_type: "QuestionnaireResponse",
            identifier,
            questionnaire,
            status: "completed",
            subject,
            authored,
            author,
            item,
        }
    }
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TaskInput {
    #[serde(rename = "type")]
    pub kind: Concept,
    pub value_string: String,
}

/// Serialises as "Task": lets a `Task` be written as a struct literal
/// (`Task { .., ..Task::default() }`) whose resource type cannot be wrong.
#[derive(Clone, Copy, Debug, Default)]
pub struct TaskType;

impl Serialize for TaskType {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str("Task")
    }
}

/// A request for the practice to act on. `Task::default()` is a new, routine
/// order (status requested, intent order): set what the request needs.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Task {
    pub resource_type: TaskType,
    pub identifier: Vec<Identifier>,
    pub status: &'static str,
    pub intent: &'static str,
    /// routine | urgent | asap | stat
    pub priority: &'static str,
    pub code: Concept,
    pub description: String,
    pub focus: Reference,
    #[serde(rename = "for")]
    pub for_: Reference,
    pub authored_on: String,
    pub requester: Reference,
    pub owner: Reference,
    pub reason_code: Concept,
    pub input: Vec<TaskInput>,
}

impl Default for Task {
    fn default() -> Self {
        Self {
            resource_type: TaskType,
            identifier: Vec::new(),
            status: "requested",
            intent: "order",
            priority: "routine",
            code: Concept::default(),
            description: String::new(),
            focus: Reference::default(),
            for_: Reference::default(),
            authored_on: String::new(),
            requester: Reference::default(),
            owner: Reference::default(),
            reason_code: Concept::default(),
            input: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EntryRequest {
    pub method: &'static str,
    pub url: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub if_none_exist: Option<String>,
}

#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum EntryResource {
    QuestionnaireResponse(Box<QuestionnaireResponse>),
    Task(Box<Task>),
}

#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Entry {
    pub full_url: String,
    pub resource: EntryResource,
    pub request: EntryRequest,
}

/// A transaction Bundle: all its entries are made, or none.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Transaction {
    resource_type: &'static str,
    #[serde(rename = "type")]
    kind: &'static str,
    pub entry: Vec<Entry>,
}

impl Transaction {
    pub fn new(entry: Vec<Entry>) -> Self {
        Self {
            resource_type: "Bundle",
            kind: "transaction",
            entry,
        }
    }

    /// A `urn:uuid:` address for an entry, so other entries can point at it.
    pub fn new_full_url() -> String {
        format!("urn:uuid:{}", uuid::Uuid::new_v4())
    }

    /// A create, made only if no resource matches `if_none_exist` already.
    pub fn create(
        full_url: String,
        resource: EntryResource,
        url: &'static str,
        if_none_exist: String,
    ) -> Entry {
        Entry {
            full_url,
            resource,
            request: EntryRequest {
                method: "POST",
                url,
                if_none_exist: Some(if_none_exist),
            },
        }
    }
}

/// The JSON to send.
pub fn to_json(resource: &impl Serialize) -> Value {
    serde_json::to_value(resource).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_appointment_is_fhir_shaped() {
        let a = Appointment::booked(
            Identifier {
                system: "https://x/Id/booking".into(),
                value: "FD-AAAA-BBBB".into(),
            },
            "s1",
            "p1",
            "Blood test".into(),
        );
        let v = to_json(&a);
        assert_eq!(v["resourceType"], "Appointment");
        assert_eq!(v["status"], "booked");
        assert_eq!(v["slot"][0]["reference"], "Slot/s1");
        assert_eq!(v["participant"][0]["actor"]["reference"], "Patient/p1");
        assert_eq!(v["identifier"][0]["value"], "FD-AAAA-BBBB");
    }

    #[test]
    fn a_transaction_entry_names_its_condition() {
        let qr = QuestionnaireResponse::completed(
            Identifier {
                system: "s".into(),
                value: "RQ-1".into(),
            },
            "q|1".into(),
            Reference::to("Patient/p1"),
            "2026-11-22T09:00:00Z".into(),
            Reference::to("Patient/p1"),
            vec![ResponseItem {
                link_id: "reason".into(),
                text: "Why?".into(),
                answer: vec![AnswerValue::ValueString("cough".into())],
            }],
        );
        let url = Transaction::new_full_url();
        assert!(url.starts_with("urn:uuid:") && url.len() == 45);
        let b = to_json(&Transaction::new(vec![Transaction::create(
            url.clone(),
            EntryResource::QuestionnaireResponse(Box::new(qr)),
            "QuestionnaireResponse",
            "identifier=s%7CRQ-1".into(),
        )]));
        assert_eq!(b["resourceType"], "Bundle");
        assert_eq!(b["type"], "transaction");
        assert_eq!(b["entry"][0]["fullUrl"], url.as_str());
        assert_eq!(
            b["entry"][0]["request"]["ifNoneExist"],
            "identifier=s%7CRQ-1"
        );
        assert_eq!(
            b["entry"][0]["resource"]["item"][0]["answer"][0]["valueString"],
            "cough"
        );
        assert_eq!(b["entry"][0]["resource"]["status"], "completed");
    }

    #[test]
    fn a_task_is_a_requested_order_unless_told_otherwise() {
        let v = to_json(&Task {
            priority: "asap",
            description: "Cough: 3 weeks".into(),
            ..Task::default()
        });
        assert_eq!(v["resourceType"], "Task");
        assert_eq!(v["status"], "requested");
        assert_eq!(v["intent"], "order");
        assert_eq!(v["priority"], "asap");
        assert!(v.get("for").is_some() && v.get("for_").is_none());
    }
}
