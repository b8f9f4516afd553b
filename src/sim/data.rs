//! The simulator's synthetic population: deterministic from a seed and an anchor
//! date, clinically coherent, UK-coded (NHS numbers in the 999 test range,
//! SNOMED CT, dm+d, ODS codes).
//!
//! Codes are chosen for realism; they have not been checked against a
//! terminology release and must never be used for care.

use crate::domain::nhs_number::check_digit;
use base64::Engine;
use rand::{rngs::StdRng, seq::SliceRandom, Rng, SeedableRng};
use serde_json::{json, Value};
use time::{Date, Duration};

use crate::providers::fhir::{DMD, LOINC, NHS_NUMBER_SYSTEM as NHS_SYSTEM, ODS_SYSTEM, SNOMED};
const UCUM: &str = "http://unitsofmeasure.org";
const ACT_CODE: &str = "http://terminology.hl7.org/CodeSystem/v3-ActCode";

/// The kinds of provider system in an ICS.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Gp,
    Hospital,
    Community,
    MentalHealth,
    SocialCare,
}

/// One provider system the simulator hosts.
#[derive(Clone, Debug)]
pub struct SimProvider {
    pub slug: &'static str,
    pub name: &'static str,
    pub kind: Kind,
    pub kind_label: &'static str,
    pub ods: &'static str,
    pub token: &'static str,
}

pub const PROVIDERS: &[SimProvider] = &[
    SimProvider {
        slug: "riverside-gp",
        name: "Riverside Medical Practice",
        kind: Kind::Gp,
        kind_label: "gp",
        ods: "Y90001",
        token: "demo-token-riverside-gp",
    },
    SimProvider {
        slug: "northbridge-hospital",
        name: "Northbridge Hospitals NHS Foundation Trust",
        kind: Kind::Hospital,
        kind_label: "hospital",
        ods: "R9X",
        token: "demo-token-northbridge-hospital",
    },
    SimProvider {
        slug: "northbridge-community",
        name: "Northbridge Community Health NHS Trust",
        kind: Kind::Community,
        kind_label: "community",
        ods: "R9Y",
        token: "demo-token-northbridge-community",
    },
    SimProvider {
        slug: "northbridge-mental-health",
        name: "Northbridge Mental Health NHS Trust",
        kind: Kind::MentalHealth,
        kind_label: "mental-health",
        ods: "R9Z",
        token: "demo-token-northbridge-mental-health",
    },
    SimProvider {
        slug: "northbridge-social-care",
        name: "Northbridge City Council Adult Social Care",
        kind: Kind::SocialCare,
        kind_label: "social-care",
        ods: "LA901",
        token: "demo-token-northbridge-social-care",
    },
];

/// A synthetic resident.
#[derive(Clone, Debug)]
pub struct Person {
    pub index: usize,
    pub nhs_number: String,
    pub given: String,
    pub family: String,
    pub gender: &'static str,
    pub birth_date: Date,
    /// Which providers (by index into [`PROVIDERS`]) know this person.
    pub known_to: Vec<usize>,
}

/// Everything one provider holds: resources by type, as FHIR JSON.
#[derive(Clone, Debug, Default)]
pub struct ProviderData {
    pub resources: Vec<Value>,
}

/// Everyone the simulator knows: the three demo residents, generated residents,
/// then the demo families (see [`FAMILIES`]).
pub const POPULATION: usize = 66;
/// The demo residents and generated residents come first; the families after.
const GENERATED: usize = 60;

/// People added for carers and parents, after the generated residents (so adding
/// them changes nobody else): index, given, family, gender, birth date (from
/// today's date, so a child's age stays the same), and who knows them.
pub const BEN: usize = 60;
pub const LILY: usize = 61;
pub const MARYAM: usize = 62;
pub const GRACE: usize = 63;
/// A resident with a long history at the GP and the hospital: hundreds of test
/// results, over a hundred letters and visits (see `Builder::long_history`).
pub const HAROLD: usize = 64;
/// Sarah's youngest, aged 2: a child under 5, whose fever is triaged with the
/// NICE NG143 traffic-light questions.
pub const NOAH: usize = 65;

/// Relationships the GP practice records (patient, related person, v3 RoleCode).
/// Sarah is mother of Ben (9), Lily (12) and Noah (2); Aisha holds a lasting power of
/// attorney for her grandmother Maryam; Grace is recorded as David's daughter and
/// next of kin, which grants nothing (David invites her himself).
pub const FAMILIES: &[(usize, usize, &str)] = &[
    (BEN, 0, "MTH"),
    (LILY, 0, "MTH"),
    (NOAH, 0, "MTH"),
    (MARYAM, 2, "HPOWATT"),
    (1, GRACE, "DAU"),
];

/// The first `n` valid NHS numbers in the test range, in order: 999 000 001 8, 999 000 002 6, ...
pub fn test_nhs_numbers(n: usize) -> Vec<String> {
    let mut out = Vec::with_capacity(n);
    let mut stem: u64 = 999_000_001;
    while out.len() < n {
        let s = stem.to_string();
        let digits: Vec<u32> = s.chars().filter_map(|c| c.to_digit(10)).collect();
        if let Some(check) = check_digit(&digits) {
            out.push(format!("{s}{check}"));
        }
        stem += 1;
    }
    out
}

const GIVEN_F: &[&str] = &[
    "Emily", "Grace", "Priya", "Fatima", "Olivia", "Margaret", "Chloe", "Zainab", "Joan", "Megan",
    "Siobhan", "Amara",
];
const GIVEN_M: &[&str] = &[
    "James", "Oliver", "Mohammed", "Thomas", "George", "Kwame", "Arjun", "Harry", "Daniel",
    "Patrick", "Tomasz", "Ewan",
];
const FAMILY: &[&str] = &[
    "Smith", "Jones", "Patel", "Williams", "Brown", "Khan", "Taylor", "Davies", "Evans", "Wilson",
    "Ahmed", "Murphy", "Nowak", "Mensah", "Clarke", "Hughes",
];

/// The population: the three demo residents first (they match the portal's demo
/// accounts), then synthetic residents from the seed.
pub fn population(seed: u64, today: Date) -> Vec<Person> {
    let numbers = test_nhs_numbers(POPULATION);
    let mut rng = StdRng::seed_from_u64(seed);
    let demo: [(&str, &str, &'static str, Date, Vec<usize>); 3] = [
        (
            "Sarah",
            "Thompson",
            "female",
            date(1984, 3, 14),
            vec![0, 1, 2, 3, 4],
        ),
        ("David", "Okafor", "male", date(1951, 9, 2), vec![0, 1, 2]),
        ("Aisha", "Rahman", "female", date(1997, 12, 20), vec![0, 3]),
    ];
    let mut people = Vec::with_capacity(POPULATION);
    let years_ago = |years: i32, days: i64| {
        today
            .replace_year(today.year() - years)
            .unwrap_or_else(|_| date(today.year() - years, 3, 1))
            - Duration::days(days)
    };
    let families: [(&str, &str, &'static str, Date, Vec<usize>); 6] = [
        ("Ben", "Thompson", "male", years_ago(9, 100), vec![0, 1]),
        ("Lily", "Thompson", "female", years_ago(12, 40), vec![0, 2]),
        (
            "Maryam",
            "Rahman",
            "female",
            date(1938, 5, 11),
            vec![0, 1, 2],
        ),
        ("Grace", "Okafor", "female", date(1979, 6, 22), vec![0]),
        ("Harold", "Bennett", "male", date(1944, 2, 9), vec![0, 1]),
        ("Noah", "Thompson", "male", years_ago(2, 60), vec![0]),
    ];
    for (index, nhs_number) in numbers.into_iter().enumerate() {
        // The demo residents and the families are fixed; everyone else is generated.
        let fixed = index
            .checked_sub(GENERATED)
            .and_then(|i| families.get(i).cloned())
            .or_else(|| demo.get(index).cloned());
        if let Some((given, family, gender, birth_date, known_to)) = fixed {
            people.push(Person {
                index,
                nhs_number,
                given: given.into(),
                family: family.into(),
                gender,
                birth_date,
                known_to,
            });
            continue;
        }
        let female = rng.gen_bool(0.5);
        let given = if female {
            GIVEN_F.choose(&mut rng)
        } else {
            GIVEN_M.choose(&mut rng)
        }
        .copied()
        .unwrap_or("Alex");
        let family = FAMILY.choose(&mut rng).copied().unwrap_or("Smith");
        let birth_date = date(
            1935 + rng.gen_range(0..85),
            rng.gen_range(1..=12),
            rng.gen_range(1..=28),
        );
        // Most people are registered with the GP; a few are only known to the hospital.
        let mut known_to = if index % 10 == 7 { vec![1] } else { vec![0] };
        for p in 1..PROVIDERS.len() {
            if !known_to.contains(&p)
                && rng.gen_bool(match p {
                    1 => 0.6,
                    2 => 0.35,
                    3 => 0.25,
                    _ => 0.2,
                })
            {
                known_to.push(p);
            }
        }
        // Every fifth person is known everywhere.
        if index % 5 == 0 {
            known_to = (0..PROVIDERS.len()).collect();
        }
        known_to.sort_unstable();
        people.push(Person {
            index,
            nhs_number,
            given: given.into(),
            family: family.into(),
            gender: if female { "female" } else { "male" },
            birth_date,
            known_to,
        });
    }
    people
}

fn date(y: i32, m: u8, d: u8) -> Date {
    let month = time::Month::try_from(m).unwrap_or(time::Month::January);
    Date::from_calendar_date(y, month, d).unwrap_or(Date::MIN)
}

// ---- Catalogues -------------------------------------------------------------

struct Problem {
    code: &'static str,
    display: &'static str,
    /// The medicine usually prescribed for it (dm+d VMP).
    medicine: Option<(&'static str, &'static str, &'static str)>,
    /// Results that are monitored for it.
    monitoring: &'static [usize],
}

const PROBLEMS: &[Problem] = &[
    Problem {
        code: "59621000",
        display: "Essential hypertension",
        medicine: Some((
            "319283006",
            "Amlodipine 5mg tablets",
            "One tablet once a day",
        )),
        monitoring: &[1, 5],
    },
    Problem {
        code: "44054006",
        display: "Type 2 diabetes mellitus",
        medicine: Some((
            "325278001",
            "Metformin 500mg tablets",
            "One tablet twice a day with food",
        )),
        monitoring: &[0, 2],
    },
    Problem {
        code: "195967001",
        display: "Asthma",
        medicine: Some((
            "320176004",
            "Salbutamol 100micrograms/dose inhaler CFC free",
            "Two puffs up to four times a day when needed",
        )),
        monitoring: &[],
    },
    Problem {
        code: "40930008",
        display: "Hypothyroidism",
        medicine: Some((
            "315246009",
            "Levothyroxine sodium 50microgram tablets",
            "One tablet each morning",
        )),
        monitoring: &[7],
    },
    Problem {
        code: "49436004",
        display: "Atrial fibrillation",
        medicine: Some((
            "703907009",
            "Apixaban 5mg tablets",
            "One tablet twice a day",
        )),
        monitoring: &[3],
    },
    Problem {
        code: "239873007",
        display: "Osteoarthritis of knee",
        medicine: Some((
            "322236009",
            "Paracetamol 500mg tablets",
            "Two tablets up to four times a day when needed",
        )),
        monitoring: &[],
    },
    Problem {
        code: "433144002",
        display: "Chronic kidney disease stage 3",
        medicine: Some((
            "318900004",
            "Ramipril 2.5mg capsules",
            "One capsule once a day",
        )),
        monitoring: &[1, 2, 5],
    },
    Problem {
        code: "235595009",
        display: "Gastroesophageal reflux disease",
        medicine: Some((
            "317335000",
            "Omeprazole 20mg gastro-resistant capsules",
            "One capsule once a day before breakfast",
        )),
        monitoring: &[],
    },
    Problem {
        code: "37796009",
        display: "Migraine",
        medicine: Some((
            "323972002",
            "Sumatriptan 50mg tablets",
            "One tablet at the start of a migraine",
        )),
        monitoring: &[],
    },
    Problem {
        code: "13645005",
        display: "Chronic obstructive lung disease",
        medicine: Some((
            "320176004",
            "Salbutamol 100micrograms/dose inhaler CFC free",
            "Two puffs up to four times a day when needed",
        )),
        monitoring: &[],
    },
];
const MH_PROBLEMS: &[Problem] = &[
    Problem {
        code: "35489007",
        display: "Depressive disorder",
        medicine: Some((
            "321944009",
            "Sertraline 50mg tablets",
            "One tablet once a day",
        )),
        monitoring: &[],
    },
    Problem {
        code: "21897009",
        display: "Generalized anxiety disorder",
        medicine: Some((
            "321944009",
            "Sertraline 50mg tablets",
            "One tablet once a day",
        )),
        monitoring: &[],
    },
];
/// A problem recorded as sensitive (its item carries a sensitivity label).
const SENSITIVE_PROBLEM: Problem = Problem {
    code: "192080009",
    display: "Chronic anxiety",
    medicine: None,
    monitoring: &[],
};

const BACK_PAIN: Problem = Problem {
    code: "279039007",
    display: "Low back pain",
    medicine: None,
    monitoring: &[],
};

struct Allergy {
    code: &'static str,
    display: &'static str,
    reaction: (&'static str, &'static str),
    criticality: &'static str,
}

const ALLERGIES: &[Allergy] = &[
    Allergy {
        code: "91936005",
        display: "Allergy to penicillin",
        reaction: ("271807003", "Eruption of skin"),
        criticality: "high",
    },
    Allergy {
        code: "91935009",
        display: "Allergy to peanut",
        reaction: ("39579001", "Anaphylaxis"),
        criticality: "high",
    },
    Allergy {
        code: "300916003",
        display: "Latex allergy",
        reaction: ("247472004", "Weal"),
        criticality: "low",
    },
    Allergy {
        code: "293586001",
        display: "Allergy to aspirin",
        reaction: ("267036007", "Dyspnoea"),
        criticality: "high",
    },
    Allergy {
        code: "300913006",
        display: "Shellfish allergy",
        reaction: ("418290006", "Itching"),
        criticality: "low",
    },
];

struct Test {
    code: &'static str,
    display: &'static str,
    unit: &'static str,
    low: Option<f64>,
    high: Option<f64>,
    typical: f64,
    spread: f64,
}

const TESTS: &[Test] = &[
    Test {
        code: "1019431000000105",
        display: "Haemoglobin A1c level - IFCC standardised",
        unit: "mmol/mol",
        low: Some(20.0),
        high: Some(41.0),
        typical: 38.0,
        spread: 12.0,
    },
    Test {
        code: "1000731000000107",
        display: "Serum creatinine level",
        unit: "umol/L",
        low: Some(45.0),
        high: Some(90.0),
        typical: 72.0,
        spread: 25.0,
    },
    Test {
        code: "1011481000000105",
        display: "eGFR using creatinine (CKD-EPI) per 1.73 square metres",
        unit: "mL/min/1.73m2",
        low: Some(60.0),
        high: None,
        typical: 78.0,
        spread: 20.0,
    },
    Test {
        code: "1022431000000105",
        display: "Haemoglobin estimation",
        unit: "g/L",
        low: Some(115.0),
        high: Some(165.0),
        typical: 138.0,
        spread: 22.0,
    },
    Test {
        code: "1005671000000105",
        display: "Serum cholesterol level",
        unit: "mmol/L",
        low: None,
        high: Some(5.0),
        typical: 4.8,
        spread: 1.2,
    },
    Test {
        code: "1000651000000109",
        display: "Serum potassium level",
        unit: "mmol/L",
        low: Some(3.5),
        high: Some(5.3),
        typical: 4.3,
        spread: 0.9,
    },
    Test {
        code: "1000661000000107",
        display: "Serum sodium level",
        unit: "mmol/L",
        low: Some(133.0),
        high: Some(146.0),
        typical: 139.0,
        spread: 6.0,
    },
    Test {
        code: "1022791000000101",
        display: "Serum TSH (thyroid stimulating hormone) level",
        unit: "mU/L",
        low: Some(0.27),
        high: Some(4.2),
        typical: 2.1,
        spread: 2.4,
    },
];

const VACCINES: &[(&str, &str)] = &[
    ("46233009", "Influenza virus vaccine"),
    ("1119349007", "COVID-19 mRNA vaccine"),
    ("333598008", "Pneumococcal vaccine"),
    ("396429000", "Measles, mumps and rubella vaccine"),
];

// ---- Building resources -----------------------------------------------------

/// Builds one provider's resources for every person it knows.
pub fn provider_data(seed: u64, provider: usize, people: &[Person], today: Date) -> ProviderData {
    let mut data = ProviderData::default();
    for person in people.iter().filter(|p| p.known_to.contains(&provider)) {
        let mut rng = StdRng::seed_from_u64(seed ^ ((person.index as u64) << 8) ^ provider as u64);
        let mut b = Builder {
            p: &PROVIDERS[provider],
            person,
            today,
            patient_id: format!(
                "{}-{:04}",
                PROVIDERS[provider].ods.to_lowercase(),
                1000 + person.index
            ),
            seq: 0,
            out: &mut data.resources,
        };
        b.patient();
        match person.index {
            0 => b.sarah(),
            BEN | LILY | NOAH => b.child(),
            HAROLD => b.long_history(),
            _ => b.generated(&mut rng),
        }
        b.labelled_items();
    }
    if PROVIDERS[provider].kind == Kind::Gp {
        data.resources.extend(related_people(provider, people));
    }
    data
}

/// The GP practice's records of who is related to whom ([`FAMILIES`]).
fn related_people(provider: usize, people: &[Person]) -> Vec<Value> {
    let p = &PROVIDERS[provider];
    FAMILIES
        .iter()
        .enumerate()
        .filter_map(|(n, &(patient, related, code))| {
            let (patient, related) = (people.get(patient)?, people.get(related)?);
            if !patient.known_to.contains(&provider) {
                return None;
            }
            let patient_id = format!("{}-{:04}", p.ods.to_lowercase(), 1000 + patient.index);
            let display = match code {
                "MTH" => "mother",
                "HPOWATT" => "healthcare power of attorney",
                "DAU" => "daughter",
                _ => "related person",
            };
            let mut relationship = vec![coding(
                "http://terminology.hl7.org/CodeSystem/v3-RoleCode",
                code,
                display,
            )];
            if code == "DAU" {
                relationship.push(coding(
                    "http://terminology.hl7.org/CodeSystem/v2-0131",
                    "N",
                    "Next-of-Kin",
                ));
            }
            let start = if code == "MTH" {
                patient.birth_date.to_string()
            } else {
                "2023-01-16".to_string()
            };
            Some(json!({
                "resourceType": "RelatedPerson",
                "id": format!("{patient_id}-rp{}", n + 1),
                "meta": { "versionId": "1", "lastUpdated": "2024-01-10T09:00:00Z" },
                "active": true,
                "patient": { "reference": format!("Patient/{patient_id}") },
                "identifier": [{ "system": NHS_SYSTEM, "value": related.nhs_number }],
                "relationship": relationship,
                "name": [{ "use": "official", "family": related.family, "given": [related.given] }],
                "gender": related.gender,
                "birthDate": related.birth_date.to_string(),
                "period": { "start": start }
            }))
        })
        .collect()
}

struct Builder<'a> {
    p: &'a SimProvider,
    person: &'a Person,
    today: Date,
    patient_id: String,
    seq: usize,
    out: &'a mut Vec<Value>,
}

fn coding(system: &str, code: &str, display: &str) -> Value {
    json!({ "coding": [{ "system": system, "code": code, "display": display }], "text": display })
}

impl Builder<'_> {
    fn days_ago(&self, days: i64) -> String {
        (self.today - Duration::days(days)).to_string()
    }

    fn push(&mut self, resource_type: &str, mut body: Value) -> String {
        self.seq += 1;
        let id = format!("{}-{}", self.patient_id, self.seq);
        let reference_field = match resource_type {
            "AllergyIntolerance" | "Immunization" => "patient",
            _ => "subject",
        };
        if let Some(obj) = body.as_object_mut() {
            obj.insert("resourceType".into(), json!(resource_type));
            obj.insert("id".into(), json!(id));
            obj.insert(
                "meta".into(),
                json!({ "versionId": "1", "lastUpdated": format!("{}T09:00:00Z", self.today - Duration::days(1)) }),
            );
            obj.insert(
                reference_field.into(),
                json!({ "reference": format!("Patient/{}", self.patient_id) }),
            );
        }
        self.out.push(body);
        id
    }

    fn patient(&mut self) {
        let p = self.person;
        self.out.push(json!({
            "resourceType": "Patient",
            "id": self.patient_id,
            "meta": { "versionId": "1", "lastUpdated": format!("{}T09:00:00Z", self.today - Duration::days(30)) },
            "identifier": [{ "system": NHS_SYSTEM, "value": p.nhs_number }],
            "name": [{ "use": "official", "family": p.family, "given": [p.given] }],
            "gender": p.gender,
            "birthDate": p.birth_date.to_string(),
            "managingOrganization": { "identifier": { "system": ODS_SYSTEM, "value": self.p.ods }, "display": self.p.name }
        }));
    }

    fn condition(&mut self, problem: &Problem, onset_days_ago: i64, active: bool) {
        let onset = self.days_ago(onset_days_ago);
        self.push("Condition", json!({
            "clinicalStatus": coding("http://terminology.hl7.org/CodeSystem/condition-clinical", if active { "active" } else { "resolved" }, if active { "Active" } else { "Resolved" }),
            "verificationStatus": coding("http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", "Confirmed"),
            "category": [coding("http://terminology.hl7.org/CodeSystem/condition-category", "problem-list-item", "Problem List Item")],
            "code": coding(SNOMED, problem.code, problem.display),
            "onsetDateTime": onset,
            "recordedDate": onset,
        }));
    }

    fn medicine(&mut self, med: (&str, &str, &str), started_days_ago: i64) {
        let started = self.days_ago(started_days_ago);
        let concept = coding(DMD, med.0, med.1);
        if self.p.kind == Kind::Gp {
            self.push(
                "MedicationStatement",
                json!({
                    "status": "active",
                    "medicationCodeableConcept": concept,
                    "effectivePeriod": { "start": started },
                    "dateAsserted": started,
                    "dosage": [{ "text": med.2 }],
                }),
            );
        } else {
            self.push(
                "MedicationRequest",
                json!({
                    "status": "active",
                    "intent": "order",
                    "medicationCodeableConcept": concept,
                    "authoredOn": started,
                    "dosageInstruction": [{ "text": med.2 }],
                }),
            );
        }
    }

    fn allergy(&mut self, a: &Allergy, days_ago: i64) {
        let recorded = self.days_ago(days_ago);
        self.push("AllergyIntolerance", json!({
            "clinicalStatus": coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "active", "Active"),
            "verificationStatus": coding("http://terminology.hl7.org/CodeSystem/allergyintolerance-verification", "confirmed", "Confirmed"),
            "criticality": a.criticality,
            "code": coding(SNOMED, a.code, a.display),
            "recordedDate": recorded,
            "reaction": [{ "manifestation": [coding(SNOMED, a.reaction.0, a.reaction.1)] }],
        }));
    }

    fn vaccine(&mut self, v: (&str, &str), days_ago: i64) {
        let when = self.days_ago(days_ago);
        self.push(
            "Immunization",
            json!({
                "status": "completed",
                "vaccineCode": coding(SNOMED, v.0, v.1),
                "occurrenceDateTime": when,
                "lotNumber": format!("LOT{}", 4000 + days_ago % 997),
            }),
        );
    }

    fn result(&mut self, t: &Test, value: f64, days_ago: i64, comment: Option<&str>) -> String {
        let when = self.days_ago(days_ago);
        let value = (value * 10.0).round() / 10.0;
        let mut range = serde_json::Map::new();
        if let Some(low) = t.low {
            range.insert(
                "low".into(),
                json!({ "value": low, "unit": t.unit, "system": UCUM, "code": t.unit }),
            );
        }
        if let Some(high) = t.high {
            range.insert(
                "high".into(),
                json!({ "value": high, "unit": t.unit, "system": UCUM, "code": t.unit }),
            );
        }
        let flag = match (t.low, t.high) {
            (Some(l), _) if value < l => Some(("L", "Low")),
            (_, Some(h)) if value > h => Some(("H", "High")),
            _ => Some(("N", "Normal")),
        };
        let mut body = json!({
            "status": "final",
            "category": [coding("http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", "Laboratory")],
            "code": coding(SNOMED, t.code, t.display),
            "effectiveDateTime": format!("{when}T08:30:00Z"),
            "issued": format!("{when}T16:00:00Z"),
            "valueQuantity": { "value": value, "unit": t.unit, "system": UCUM, "code": t.unit },
            "referenceRange": [Value::Object(range)],
            "interpretation": flag.map(|(c, d)| vec![coding("http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation", c, d)]).unwrap_or_default(),
        });
        if let Some(text) = comment {
            body["note"] = json!([{ "text": text }]);
        }
        self.push("Observation", body)
    }

    fn report(
        &mut self,
        code: (&str, &str, &str),
        days_ago: i64,
        conclusion: &str,
        results: &[String],
    ) {
        let when = self.days_ago(days_ago);
        let refs: Vec<Value> = results
            .iter()
            .map(|id| json!({ "reference": format!("Observation/{id}") }))
            .collect();
        self.push("DiagnosticReport", json!({
            "status": "final",
            "category": [coding("http://terminology.hl7.org/CodeSystem/v2-0074", "LAB", "Laboratory")],
            "code": coding(code.0, code.1, code.2),
            "effectiveDateTime": format!("{when}T09:00:00Z"),
            "issued": format!("{when}T17:00:00Z"),
            "result": refs,
            "conclusion": conclusion,
        }));
    }

    fn encounter(
        &mut self,
        class: (&str, &str),
        kind: &str,
        days_ago: i64,
        reason: Option<&Problem>,
    ) {
        let when = self.days_ago(days_ago);
        let mut body = json!({
            "status": "finished",
            "class": { "system": ACT_CODE, "code": class.0, "display": class.1 },
            "type": [{ "text": kind }],
            "period": { "start": format!("{when}T10:00:00Z"), "end": format!("{when}T10:30:00Z") },
            "serviceProvider": { "identifier": { "system": ODS_SYSTEM, "value": self.p.ods }, "display": self.p.name },
        });
        if let Some(p) = reason {
            body["reasonCode"] = json!([coding(SNOMED, p.code, p.display)]);
        }
        self.push("Encounter", body);
    }

    fn letter(&mut self, (code, title): (&str, &str), days_ago: i64, text: &str) {
        let when = self.days_ago(days_ago);
        let body = format!(
            "{title}\n\n{}\n\nPatient: {} {}\nNHS number: {}\nDate: {when}\n\n{text}\n",
            self.p.name, self.person.given, self.person.family, self.person.nhs_number
        );
        let data = base64::engine::general_purpose::STANDARD.encode(body.as_bytes());
        self.push("DocumentReference", json!({
            "status": "current",
            "type": coding(SNOMED, code, title),
            "date": format!("{when}T12:00:00Z"),
            "description": title,
            "custodian": { "identifier": { "system": ODS_SYSTEM, "value": self.p.ods }, "display": self.p.name },
            "content": [{ "attachment": { "contentType": "text/plain; charset=utf-8", "data": data, "title": title, "creation": when } }],
        }));
    }

    /// The first demo resident: known everywhere, with overlaps to group and a
    /// result held back by the release delay.
    fn sarah(&mut self) {
        let hypertension = &PROBLEMS[0];
        let asthma = &PROBLEMS[2];
        let penicillin = &ALLERGIES[0];
        match self.p.kind {
            Kind::Gp => {
                self.condition(hypertension, 900, true);
                self.condition(asthma, 6000, true);
                self.condition(&BACK_PAIN, 400, false);
                self.medicine(hypertension.medicine.unwrap_or_default(), 880);
                self.medicine(asthma.medicine.unwrap_or_default(), 3000);
                self.medicine(
                    (
                        "320000009",
                        "Atorvastatin 20mg tablets",
                        "One tablet at night",
                    ),
                    200,
                );
                self.allergy(penicillin, 5000);
                self.allergy(&ALLERGIES[2], 2000);
                for year in 0..3 {
                    self.vaccine(VACCINES[0], 50 + 365 * year);
                }
                self.vaccine(VACCINES[1], 420);
                self.vaccine(VACCINES[3], 14000);
                let chol = self.result(&TESTS[4], 5.8, 40, Some("Slightly raised. We will talk about this at your next review. No need to contact the practice before then."));
                let k = self.result(&TESTS[5], 4.4, 40, None);
                let c = self.result(&TESTS[1], 68.0, 40, None);
                let a1c = self.result(&TESTS[0], 39.0, 40, None);
                self.report(
                    (
                        SNOMED,
                        "1082001000000106",
                        "Blood tests for review of high blood pressure",
                    ),
                    40,
                    "Cholesterol slightly raised; kidney function normal.",
                    &[chol, k, c, a1c],
                );
                for n in 1..8 {
                    self.result(&TESTS[5], 4.0 + (n as f64) * 0.1, 40 + n * 90, None);
                    self.result(&TESTS[1], 64.0 + n as f64, 40 + n * 90, None);
                    self.result(&TESTS[6], 138.0 + (n % 3) as f64, 40 + n * 90, None);
                }
                self.report(
                    (LOINC, "56888-1", "HIV 1 and 2 antibody and antigen test"),
                    220,
                    "Not detected.",
                    &[],
                );
                self.encounter(
                    ("AMB", "ambulatory"),
                    "GP appointment: blood pressure review",
                    35,
                    Some(hypertension),
                );
                self.encounter(
                    ("VR", "virtual"),
                    "Telephone call with a GP: back pain",
                    400,
                    Some(&BACK_PAIN),
                );
                self.encounter(
                    ("AMB", "ambulatory"),
                    "Asthma review with the practice nurse",
                    150,
                    Some(asthma),
                );
                self.letter(("371531000", "Referral letter"), 398, "Dear colleague,\n\nPlease see Ms Thompson for physiotherapy for low back pain of six weeks with no red flags.\n\nDr A Patel, GP");
            }
            Kind::Hospital => {
                self.condition(hypertension, 850, true);
                self.medicine(hypertension.medicine.unwrap_or_default(), 850);
                self.allergy(penicillin, 850);
                let hb = self.result(&TESTS[3], 128.0, 60, None);
                self.report(
                    (SNOMED, "26604007", "Full blood count"),
                    60,
                    "Normal full blood count.",
                    &[hb],
                );
                self.report(
                    (SNOMED, "252416005", "Histopathology test: skin biopsy"),
                    3,
                    "Benign seborrhoeic keratosis. No evidence of malignancy.",
                    &[],
                );
                self.report(
                    (SNOMED, "252416005", "Histopathology test: colon biopsy"),
                    300,
                    "Normal colonic mucosa.",
                    &[],
                );
                self.encounter(
                    ("AMB", "ambulatory"),
                    "Outpatient appointment: cardiology",
                    60,
                    Some(hypertension),
                );
                self.encounter(
                    ("EMER", "emergency"),
                    "Emergency department attendance: wheeze",
                    700,
                    Some(asthma),
                );
                self.encounter(
                    ("AMB", "ambulatory"),
                    "Dermatology minor operation: skin biopsy",
                    10,
                    None,
                );
                self.letter(("823691000000103", "Outpatient clinic letter"), 58, "Dear Dr Patel,\n\nI saw Ms Thompson in the cardiology clinic. Her blood pressure is well controlled on amlodipine 5mg once daily. Her ECG was normal. No changes to treatment. We have not arranged a further appointment.\n\nDr J Osei, Consultant Cardiologist");
            }
            Kind::Community => {
                self.condition(&BACK_PAIN, 390, false);
                self.encounter(
                    ("AMB", "ambulatory"),
                    "Physiotherapy: first assessment",
                    380,
                    Some(&BACK_PAIN),
                );
                self.encounter(
                    ("AMB", "ambulatory"),
                    "Physiotherapy: follow-up",
                    350,
                    Some(&BACK_PAIN),
                );
                self.letter(("371530004", "Physiotherapy discharge letter"), 340, "Ms Thompson completed six sessions of physiotherapy. Her back pain has settled and she is managing well with her home exercises. She has been discharged from the service and can refer herself again if needed.");
            }
            Kind::MentalHealth => {
                let anxiety = &MH_PROBLEMS[1];
                self.condition(anxiety, 500, true);
                self.medicine(anxiety.medicine.unwrap_or_default(), 480);
                self.encounter(
                    ("VR", "virtual"),
                    "Talking therapies: video session",
                    120,
                    Some(anxiety),
                );
                self.encounter(
                    ("AMB", "ambulatory"),
                    "Talking therapies: assessment",
                    490,
                    Some(anxiety),
                );
                self.letter(("371531000", "Talking therapies letter"), 118, "Ms Thompson has finished a course of cognitive behavioural therapy for anxiety. Her scores have improved. She will continue sertraline 50mg once daily, prescribed by her GP.");
            }
            Kind::SocialCare => {
                self.encounter(("HH", "home health"), "Carer's assessment", 200, None);
                self.letter(("734163000", "Carer's support plan"), 190, "Sarah cares for her father three days a week. Agreed support: a carer's break of four hours each fortnight, and information about the local carers' centre. Review in 12 months.");
            }
        }
    }

    /// A child's record: asthma or eczema, childhood vaccinations, a visit.
    fn child(&mut self) {
        match self.p.kind {
            Kind::Gp => {
                // Never before birth: a toddler's problem started after their first year.
                let age_days = (self.today - self.person.birth_date).whole_days();
                self.condition(&PROBLEMS[2], 1500.min(age_days - 365), true);
                self.medicine(
                    PROBLEMS[2].medicine.unwrap_or_default(),
                    1400.min(age_days - 395),
                );
                self.vaccine(
                    VACCINES[3],
                    (self.today - self.person.birth_date).whole_days() - 400,
                );
                self.vaccine(VACCINES[0], 60);
                self.encounter(
                    ("AMB", "ambulatory"),
                    "Asthma review",
                    90,
                    Some(&PROBLEMS[2]),
                );
            }
            _ => {
                self.encounter(
                    ("AMB", "ambulatory"),
                    "Children's outpatient clinic",
                    200,
                    None,
                );
                self.letter(
                    ("823701000000103", "Outpatient letter"),
                    190,
                    "Seen in the children's clinic. Growth and development are as expected. No follow-up needed.",
                );
            }
        }
    }

    /// A long history, as an older person with long-term conditions has: at the GP
    /// about 800 laboratory results over ten years (in 130 reports), 60
    /// vaccinations, and at both GP and hospital over a hundred letters and visits.
    fn long_history(&mut self) {
        let tests = [0usize, 1, 2, 3, 4];
        match self.p.kind {
            Kind::Gp => {
                for p in [&PROBLEMS[0], &PROBLEMS[1], &PROBLEMS[3]] {
                    self.condition(p, 3650, true);
                    if let Some(m) = p.medicine {
                        self.medicine(m, 3600);
                    }
                }
                // 160 blood tests over ten years, five results each: 800 results.
                for visit in 0..160i64 {
                    let days_ago = 5 + visit * 23;
                    let mut ids = Vec::new();
                    for (k, &t) in tests.iter().enumerate() {
                        let test = &TESTS[t % TESTS.len()];
                        let wobble = (((visit * 7 + k as i64 * 3) % 11) as f64 - 5.0) / 5.0;
                        let value = (test.typical + wobble * test.spread * 0.6).max(0.1);
                        ids.push(self.result(test, value, days_ago, None));
                    }
                    if visit < 130 {
                        self.report(
                            (SNOMED, "26604007", "Full blood count"),
                            days_ago,
                            "Results reviewed. No change to treatment.",
                            &ids,
                        );
                    }
                }
                for year in 0..60i64 {
                    self.vaccine(VACCINES[year as usize % 3], 40 + year * 61);
                }
                for n in 0..70i64 {
                    self.encounter(
                        ("AMB", "ambulatory"),
                        "Long-term conditions review",
                        12 + n * 52,
                        Some(&PROBLEMS[0]),
                    );
                    self.letter(
                        ("823701000000103", "Letter from the practice"),
                        15 + n * 52,
                        "Thank you for coming to your review. Your results are stable and your medicines stay the same. We will see you again in about two months.",
                    );
                }
            }
            _ => {
                for n in 0..60i64 {
                    self.encounter(
                        ("AMB", "ambulatory"),
                        "Diabetes and kidney clinic",
                        20 + n * 60,
                        None,
                    );
                    self.letter(
                        ("823701000000103", "Outpatient letter"),
                        25 + n * 60,
                        "Seen in the diabetes and kidney clinic. Kidney function is stable. Blood pressure is well controlled. Continue the current medicines. We will review in the clinic in six months, with blood tests a week before.",
                    );
                }
            }
        }
    }

    /// Items a clinician has labelled: sensitive ones (never shown to someone acting
    /// for the person) and safeguarding-restricted ones (shown to nobody online).
    fn labelled_items(&mut self) {
        let sensitive = json!([{ "system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "PSY", "display": "psychiatry information sensitivity" }]);
        let restricted = json!([{ "system": "http://terminology.hl7.org/CodeSystem/v3-Confidentiality", "code": "V", "display": "very restricted" }]);
        match (self.person.index, self.p.kind) {
            (1, Kind::Gp) | (BEN, Kind::Gp) | (MARYAM, Kind::Gp) => {
                self.condition(&SENSITIVE_PROBLEM, 700, true);
                self.label_last(sensitive);
                self.letter(
                    ("823701000000103", "Safeguarding meeting notes"),
                    300,
                    "Notes of a safeguarding meeting. Restricted: not for online access.",
                );
                self.label_last(restricted);
            }
            _ => {}
        }
    }

    /// Puts security labels on the resource made last.
    fn label_last(&mut self, labels: Value) {
        if let Some(meta) = self.out.last_mut().and_then(|r| r.get_mut("meta")) {
            meta["security"] = labels;
        }
    }

    fn generated(&mut self, rng: &mut StdRng) {
        let n_problems = rng.gen_range(0..=3);
        let mut problems: Vec<&Problem> = PROBLEMS.choose_multiple(rng, n_problems).collect();
        match self.p.kind {
            Kind::Gp | Kind::Hospital => {
                if self.p.kind == Kind::Hospital {
                    problems.truncate(1);
                }
                for p in &problems {
                    let onset = rng.gen_range(200..4000);
                    self.condition(p, onset, true);
                    if let Some(m) = p.medicine {
                        self.medicine(m, onset - 20);
                    }
                    for &t in p.monitoring {
                        let test = &TESTS[t];
                        for k in 0..rng.gen_range(1..=3) {
                            let value = test.typical + rng.gen_range(-1.0..1.0) * test.spread;
                            self.result(test, value.max(0.1), 30 + k * 120, None);
                        }
                    }
                    self.encounter(
                        ("AMB", "ambulatory"),
                        &format!("Review: {}", p.display.to_lowercase()),
                        rng.gen_range(10..300),
                        Some(p),
                    );
                }
                if rng.gen_bool(0.4) {
                    let a = ALLERGIES
                        .choose(rng)
                        .expect("allergy catalogue is not empty");
                    self.allergy(a, rng.gen_range(100..6000));
                }
                if self.p.kind == Kind::Gp {
                    let age = (self.today - self.person.birth_date).whole_days() / 365;
                    if age >= 65 {
                        self.vaccine(VACCINES[0], rng.gen_range(30..120));
                        self.vaccine(VACCINES[2], rng.gen_range(400..2000));
                    }
                    self.vaccine(VACCINES[1], rng.gen_range(300..900));
                    let hb = self.result(
                        &TESTS[3],
                        TESTS[3].typical + rng.gen_range(-30.0..20.0),
                        90,
                        None,
                    );
                    self.report(
                        (SNOMED, "26604007", "Full blood count"),
                        90,
                        "See individual results.",
                        &[hb],
                    );
                } else {
                    self.encounter(
                        ("EMER", "emergency"),
                        "Emergency department attendance",
                        rng.gen_range(30..900),
                        None,
                    );
                    self.letter(("823701000000103", "Discharge summary"), rng.gen_range(20..800), "Seen and treated in the emergency department. Discharged home with advice. No follow-up needed.");
                }
            }
            Kind::Community => {
                self.encounter(
                    ("HH", "home health"),
                    "District nurse home visit",
                    rng.gen_range(5..200),
                    None,
                );
                self.letter(("734163000", "Community nursing care plan"), rng.gen_range(5..200), "Weekly visits agreed for wound care. Call the community nursing team if the wound becomes hot, red or more painful.");
            }
            Kind::MentalHealth => {
                let p = MH_PROBLEMS.choose(rng).expect("catalogue is not empty");
                self.condition(p, rng.gen_range(100..2000), true);
                if let Some(m) = p.medicine {
                    self.medicine(m, rng.gen_range(50..90));
                }
                self.encounter(
                    ("VR", "virtual"),
                    "Community mental health team review",
                    rng.gen_range(10..200),
                    Some(p),
                );
            }
            Kind::SocialCare => {
                self.encounter(
                    ("HH", "home health"),
                    "Care needs assessment",
                    rng.gen_range(20..400),
                    None,
                );
                self.letter(("734163000", "Care and support plan"), rng.gen_range(20..400), "Agreed support: help with washing and dressing each morning, and a community alarm. Review in 12 months.");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_numbers_start_with_the_demo_residents_and_all_pass_the_check() {
        let n = test_nhs_numbers(60);
        assert_eq!(&n[..3], &["9990000018", "9990000026", "9990000034"]);
        for number in &n {
            assert!(number.starts_with("999"));
            assert!(crate::domain::NhsNumber::parse(number).is_ok(), "{number}");
        }
        let unique: std::collections::HashSet<_> = n.iter().collect();
        assert_eq!(unique.len(), 60);
    }

    #[test]
    fn population_is_deterministic_and_some_are_known_everywhere() {
        let today = date(2026, 11, 22);
        let a = population(7, today);
        let b = population(7, today);
        assert_eq!(a.len(), POPULATION);
        assert_eq!(
            a.iter()
                .map(|p| (&p.given, &p.known_to))
                .collect::<Vec<_>>(),
            b.iter()
                .map(|p| (&p.given, &p.known_to))
                .collect::<Vec<_>>()
        );
        assert!(a.iter().any(|p| p.known_to.len() == 1));
        assert!(
            a.iter()
                .filter(|p| p.known_to.len() == PROVIDERS.len())
                .count()
                >= 10
        );
        let gp1 = provider_data(7, 0, &a, today);
        let gp2 = provider_data(7, 0, &b, today);
        assert_eq!(gp1.resources, gp2.resources);
        assert!(gp1.resources.len() > 200);
    }
}
