//! The hand-written FHIR R4 model against the official R4 examples (npm
//! package hl7.fhir.r4.examples, installed by `make test`) and against
//! malformed and hostile answers.

use front_door::providers::fhir::{self, *};
use std::{collections::BTreeMap, path::PathBuf};

fn examples_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/hl7.fhir.r4.examples");
    assert!(
        dir.is_dir(),
        "the official FHIR examples are missing: run `npm ci` (make test does this)"
    );
    dir
}

fn parse_as(kind: &str, bytes: &[u8]) -> Option<Result<(), ReadError>> {
    Some(match kind {
        "Patient" => fhir::parse_resource::<Patient>(bytes).map(drop),
        "Condition" => fhir::parse_resource::<Condition>(bytes).map(drop),
        "AllergyIntolerance" => fhir::parse_resource::<AllergyIntolerance>(bytes).map(drop),
        "MedicationStatement" => fhir::parse_resource::<MedicationStatement>(bytes).map(drop),
        "MedicationRequest" => fhir::parse_resource::<MedicationRequest>(bytes).map(drop),
        "Immunization" => fhir::parse_resource::<Immunization>(bytes).map(drop),
        "Observation" => fhir::parse_resource::<Observation>(bytes).map(drop),
        "DiagnosticReport" => fhir::parse_resource::<DiagnosticReport>(bytes).map(drop),
        "DocumentReference" => fhir::parse_resource::<DocumentReference>(bytes).map(drop),
        "Encounter" => fhir::parse_resource::<Encounter>(bytes).map(drop),
        "Appointment" => fhir::parse_resource::<Appointment>(bytes).map(drop),
        "OperationOutcome" => fhir::parse_resource::<OperationOutcome>(bytes).map(drop),
        "Bundle" => fhir::parse_resource::<Bundle>(bytes).map(drop),
        _ => return None,
    })
}

fn example(name: &str) -> Vec<u8> {
    std::fs::read(examples_dir().join(name)).unwrap()
}

#[test]
fn every_official_example_of_the_types_we_read_parses() {
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    for entry in std::fs::read_dir(examples_dir()).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("json") {
            continue;
        }
        let bytes = std::fs::read(&path).unwrap();
        let Ok(value) = serde_json::from_slice::<serde_json::Value>(&bytes) else {
            continue;
        };
        let Some(kind) = value.get("resourceType").and_then(|t| t.as_str()) else {
            continue;
        };
        if let Some(result) = parse_as(kind, &bytes) {
            if bytes.len() > fhir::MAX_ANSWER_BYTES {
                // The definition bundles are bigger than any answer we accept.
                assert_eq!(result, Err(ReadError::TooLarge), "{}", path.display());
                continue;
            }
            assert_eq!(result, Ok(()), "{}", path.display());
            *counts.entry(kind.to_string()).or_default() += 1;
        }
    }
    for kind in [
        "Patient",
        "Condition",
        "AllergyIntolerance",
        "MedicationStatement",
        "MedicationRequest",
        "Immunization",
        "Observation",
        "DiagnosticReport",
        "DocumentReference",
        "Encounter",
        "Appointment",
        "OperationOutcome",
        "Bundle",
    ] {
        assert!(
            counts.get(kind).copied().unwrap_or(0) > 0,
            "no {kind} examples parsed: {counts:?}"
        );
    }
    assert!(counts.values().sum::<usize>() >= 200, "{counts:?}");
}

#[test]
fn observation_value_and_reference_range() {
    let o: Observation = fhir::parse_resource(&example("Observation-f001.json")).unwrap();
    let q = o.value_quantity.unwrap();
    assert_eq!((q.value, q.unit.as_deref()), (Some(6.3), Some("mmol/l")));
    let range = &o.reference_range[0];
    assert_eq!(range.low.as_ref().and_then(|l| l.value), Some(3.1));
    assert_eq!(range.high.as_ref().and_then(|h| h.value), Some(6.2));
}

#[test]
fn allergy_patient_and_medication_elements() {
    let a: AllergyIntolerance =
        fhir::parse_resource(&example("AllergyIntolerance-example.json")).unwrap();
    assert_eq!(a.criticality.as_deref(), Some("high"));
    assert_eq!(
        a.code.unwrap().code_in("http://snomed.info/sct"),
        Some("227493005")
    );
    let p: Patient = fhir::parse_resource(&example("Patient-example.json")).unwrap();
    assert_eq!(p.name[0].family.as_deref(), Some("Chalmers"));
    assert_eq!(p.name[0].given, vec!["Peter", "James"]);
    assert_eq!(p.birth_date.as_deref(), Some("1974-12-25"));
    let m: MedicationStatement =
        fhir::parse_resource(&example("MedicationStatement-example001.json")).unwrap();
    assert_eq!(m.status.as_deref(), Some("active"));
}

#[test]
fn searchset_paging_and_included_resources() {
    let b: Bundle = fhir::parse_resource(&example("Bundle-bundle-example.json")).unwrap();
    assert_eq!(b.r#type.as_deref(), Some("searchset"));
    assert!(b.next_link().unwrap().ends_with("page=2"));
    let (requests, unreadable) = b.resources::<MedicationRequest>();
    assert_eq!((requests.len(), unreadable), (1, 0));
    assert!(b.outcomes().is_empty());
}

#[test]
fn wrong_types_become_absent_not_failures() {
    let json = br#"{
        "resourceType": "Observation",
        "status": 7,
        "code": {"coding": [{"system": "http://loinc.org", "code": 123}, {"system": "http://snomed.info/sct", "code": "271649006", "display": "Systolic blood pressure"}], "text": ["not", "a", "string"]},
        "valueQuantity": "high",
        "referenceRange": "normal",
        "unknownElement": {"deep": [1, 2, 3]}
    }"#;
    let o: Observation = fhir::parse_resource(json).unwrap();
    assert_eq!(o.status, None);
    assert_eq!(o.value_quantity, None);
    assert!(o.reference_range.is_empty());
    let code = o.code.unwrap();
    assert_eq!(code.text, None);
    assert_eq!(
        code.coding.len(),
        2,
        "a coding with a bad code keeps its other elements"
    );
    assert_eq!(code.coding[0].code, None);
    assert_eq!(code.words(), Some("Systolic blood pressure"));
}

#[test]
fn markup_in_text_is_kept_as_text() {
    let json = br#"{"resourceType": "Condition", "code": {"text": "<script>alert(1)</script><b>Asthma</b>"}}"#;
    let c: Condition = fhir::parse_resource(json).unwrap();
    // Kept verbatim: the page renders it as text, never as HTML.
    assert_eq!(
        c.code.unwrap().words(),
        Some("<script>alert(1)</script><b>Asthma</b>")
    );
}

#[test]
fn unreadable_answers_are_refused_whole() {
    assert_eq!(
        fhir::parse_resource::<Bundle>(b"<html>Bad gateway</html>").unwrap_err(),
        ReadError::NotJson
    );
    assert_eq!(
        fhir::parse_resource::<Bundle>(b"{\"resourceType\": \"Bund").unwrap_err(),
        ReadError::NotJson
    );
    assert_eq!(
        fhir::parse_resource::<Bundle>(br#"{"resourceType": "Patient"}"#).unwrap_err(),
        ReadError::WrongType
    );
    assert_eq!(
        fhir::parse_resource::<Bundle>(br#"[1, 2]"#).unwrap_err(),
        ReadError::WrongType
    );
    let huge = vec![b' '; fhir::MAX_ANSWER_BYTES + 1];
    assert_eq!(
        fhir::parse_resource::<Bundle>(&huge).unwrap_err(),
        ReadError::TooLarge
    );
}

#[test]
fn one_bad_entry_does_not_spoil_a_bundle() {
    let json = br#"{
        "resourceType": "Bundle", "type": "searchset",
        "entry": [
            {"resource": {"resourceType": "AllergyIntolerance", "code": {"text": "Penicillin"}}},
            {"resource": {"resourceType": "AllergyIntolerance", "code": {"text": "Peanut"}}},
            {"resource": "not an object"},
            {"resource": {"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "code": "incomplete"}]}, "search": {"mode": "outcome"}}
        ],
        "link": [{"relation": "next", "url": 42}]
    }"#;
    let b: Bundle = fhir::parse_resource(json).unwrap();
    let (allergies, unreadable) = b.resources::<AllergyIntolerance>();
    assert_eq!(allergies.len(), 2);
    assert_eq!(unreadable, 0);
    assert_eq!(
        b.next_link(),
        None,
        "a next link that is not a string is no link"
    );
    let outcomes = b.outcomes();
    assert_eq!(outcomes[0].issue[0].code.as_deref(), Some("incomplete"));
}
