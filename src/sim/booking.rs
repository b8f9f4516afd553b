//! Appointments at the simulated providers: the services each offers online,
//! their schedules and free slots for the next three weeks, and the
//! appointments residents already have. Each provider names its appointment
//! types in its own code system, as real systems do.

use super::data::{Kind, Person, SimProvider, PROVIDERS};
use crate::domain::uk_time::uk_wall_clock;
use crate::providers::fhir::{DELIVERY_CHANNEL, ODS_SYSTEM};
use rand::{rngs::StdRng, Rng, SeedableRng};
use serde_json::{json, Value};
use time::{format_description::well_known::Rfc3339, Date, Duration, OffsetDateTime, Weekday};

/// How many days ahead slots are published.
pub const HORIZON_DAYS: i64 = 21;

/// One appointment type a provider offers, with the clinic that runs it.
pub struct Service {
    pub code: &'static str,
    pub display: &'static str,
    pub location: &'static str,
    pub practitioner: &'static str,
    pub channel: &'static str,
    pub minutes: i64,
    /// First and last start times (hour, minute) each weekday.
    pub hours: ((u8, u8), (u8, u8)),
    pub instruction: &'static str,
}

/// The code system a provider names its appointment types in.
pub fn type_system(p: &SimProvider) -> String {
    format!(
        "https://fhir.{}.example.nhs.uk/CodeSystem/appointment-type",
        p.slug
    )
}

pub fn services(kind: Kind) -> &'static [Service] {
    match kind {
        Kind::Gp => &[
            Service {
                code: "NURSE-BLOODS",
                display: "Practice nurse: blood test",
                location: "Riverside Medical Practice, 12 River Street, Northbridge NB1 4RS",
                practitioner: "Practice nurse",
                channel: "In-person",
                minutes: 10,
                hours: ((8, 0), (10, 50)),
                instruction: "Drink plenty of water before your blood test. If you were asked to fast, do not eat for 12 hours before.",
            },
            Service {
                code: "LTC-REVIEW",
                display: "Long-term condition review",
                location: "Riverside Medical Practice, 12 River Street, Northbridge NB1 4RS",
                practitioner: "Nurse Joanne Reid",
                channel: "In-person",
                minutes: 20,
                hours: ((13, 0), (16, 0)),
                instruction: "Bring your inhalers or a list of your medicines, and any blood pressure readings you have taken at home.",
            },
            Service {
                code: "GP-ROUTINE",
                display: "GP appointment",
                location: "Riverside Medical Practice, 12 River Street, Northbridge NB1 4RS",
                practitioner: "Dr Anil Patel",
                channel: "In-person",
                minutes: 15,
                hours: ((9, 0), (11, 45)),
                instruction: "Write down what you want to talk about, and bring a list of your medicines.",
            },
            Service {
                code: "GP-SAMEDAY",
                display: "Same-day GP telephone call",
                location: "Riverside Medical Practice (telephone)",
                practitioner: "Duty GP",
                channel: "Telephone",
                minutes: 10,
                hours: ((14, 0), (17, 0)),
                instruction: "Keep your phone with you. The GP will call from a withheld number.",
            },
        ],
        Kind::Hospital => &[Service {
            code: "OP-PHLEB",
            display: "Outpatient phlebotomy",
            location: "Northbridge General Hospital, Blood Test Centre, Level 1, Hospital Road NB2 7GH",
            practitioner: "Phlebotomy team",
            channel: "In-person",
            minutes: 5,
            hours: ((8, 0), (9, 0)),
            instruction: "Bring the blood test form you were given. Parking is in car park B.",
        }],
        Kind::Community => &[
            Service {
                code: "CLIN-BLOOD",
                display: "Community blood clinic",
                location: "Eastside Health Centre, 4 Market Lane, Northbridge NB3 2EL",
                practitioner: "Community phlebotomist",
                channel: "In-person",
                minutes: 10,
                hours: ((9, 0), (11, 0)),
                instruction: "Bring the blood test form you were given, if you have one.",
            },
            Service {
                code: "RESP-NURSE",
                display: "Respiratory nurse clinic",
                location: "Eastside Health Centre, 4 Market Lane, Northbridge NB3 2EL",
                practitioner: "Respiratory nurse specialist",
                channel: "Video",
                minutes: 30,
                hours: ((10, 0), (15, 0)),
                instruction: "We will send you a link for the video call. Have your inhalers with you.",
            },
        ],
        Kind::MentalHealth => &[Service {
            code: "TT-FOLLOWUP",
            display: "Talking therapies follow-up",
            location: "Northbridge Talking Therapies (video)",
            practitioner: "Psychological wellbeing practitioner",
            channel: "Video",
            minutes: 50,
            hours: ((9, 0), (16, 0)),
            instruction: "Find a quiet, private place for the call. We will send you a link 15 minutes before.",
        }],
        Kind::SocialCare => &[Service {
            code: "CARER-CALL",
            display: "Carer support telephone call",
            location: "Northbridge Adult Social Care (telephone)",
            practitioner: "Carers support worker",
            channel: "Telephone",
            minutes: 30,
            hours: ((10, 0), (15, 30)),
            instruction: "We will call the number you have given us.",
        }],
    }
}

fn instant(t: OffsetDateTime) -> String {
    t.to_offset(time::UtcOffset::UTC)
        .format(&Rfc3339)
        .unwrap_or_default()
}

fn service_type(p: &SimProvider, s: &Service) -> Value {
    json!([{ "coding": [{ "system": type_system(p), "code": s.code, "display": s.display }], "text": s.display }])
}

fn channel(code: &str) -> Value {
    json!([{ "url": DELIVERY_CHANNEL, "valueCode": code }])
}

/// Locations, schedules and slots for one provider. About a quarter of slots are
/// already taken; slots run from today (some already past) for three weeks.
pub fn schedules_and_slots(seed: u64, provider: usize, today: Date) -> Vec<Value> {
    let p = &PROVIDERS[provider];
    let mut rng = StdRng::seed_from_u64(seed ^ 0x5107 ^ ((provider as u64) << 16));
    let mut out = Vec::new();
    for (si, s) in services(p.kind).iter().enumerate() {
        let location_id = format!("{}-loc-{si}", p.ods.to_lowercase());
        let schedule_id = format!("{}-sched-{si}", p.ods.to_lowercase());
        out.push(json!({
            "resourceType": "Location",
            "id": location_id,
            "meta": { "versionId": "1" },
            "status": "active",
            "name": s.location,
            "managingOrganization": { "identifier": { "system": ODS_SYSTEM, "value": p.ods }, "display": p.name },
        }));
        out.push(json!({
            "resourceType": "Schedule",
            "id": schedule_id,
            "meta": { "versionId": "1" },
            "active": true,
            "serviceType": service_type(p, s),
            "actor": [
                { "reference": format!("Location/{location_id}"), "display": s.location },
                { "display": s.practitioner }
            ],
            "comment": s.instruction,
            "planningHorizon": { "start": today.to_string(), "end": (today + Duration::days(HORIZON_DAYS)).to_string() },
        }));
        for day in 0..=HORIZON_DAYS {
            let date = today + Duration::days(day);
            if matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday) {
                continue;
            }
            let ((h0, m0), (h1, m1)) = s.hours;
            let mut minute = h0 as i64 * 60 + m0 as i64;
            let last = h1 as i64 * 60 + m1 as i64;
            while minute <= last {
                let start = uk_wall_clock(date, (minute / 60) as u8, (minute % 60) as u8);
                let end = start + Duration::minutes(s.minutes);
                let busy = rng.gen_bool(0.25);
                out.push(json!({
                    "resourceType": "Slot",
                    "id": format!("{}-slot-{si}-{}", p.ods.to_lowercase(), start.unix_timestamp()),
                    "meta": { "versionId": "1" },
                    "serviceType": service_type(p, s),
                    "schedule": { "reference": format!("Schedule/{schedule_id}") },
                    "status": if busy { "busy" } else { "free" },
                    "start": instant(start),
                    "end": instant(end),
                    "extension": channel(s.channel),
                }));
                minute += s.minutes.max(5);
            }
        }
    }
    out
}

/// An appointment a resident already has, made by the provider (not bookable online).
struct Existing {
    what: &'static str,
    days: i64,
    at: (u8, u8),
    minutes: i64,
    channel: &'static str,
    place: &'static str,
    with: &'static str,
    instruction: Option<&'static str>,
}

fn existing_for(kind: Kind, person: &Person, rng: &mut StdRng) -> Vec<Existing> {
    if person.index == 0 {
        return match kind {
            Kind::Gp => vec![Existing {
                what: "Blood pressure review",
                days: -35,
                at: (9, 30),
                minutes: 15,
                channel: "In-person",
                place: "Riverside Medical Practice, 12 River Street, Northbridge NB1 4RS",
                with: "Dr Anil Patel",
                instruction: None,
            }],
            Kind::Hospital => vec![Existing {
                what: "Cardiology outpatient appointment",
                days: 12,
                at: (10, 30),
                minutes: 30,
                channel: "In-person",
                place: "Northbridge General Hospital, Outpatients Clinic 4, Hospital Road NB2 7GH",
                with: "Dr Joseph Osei, Consultant Cardiologist",
                instruction: Some("Bring a list of the medicines you take. You may have an ECG, so wear a top that is easy to take off."),
            }],
            Kind::Community => vec![Existing {
                what: "Physiotherapy follow-up",
                days: -350,
                at: (11, 0),
                minutes: 30,
                channel: "In-person",
                place: "Eastside Health Centre, 4 Market Lane, Northbridge NB3 2EL",
                with: "Physiotherapist",
                instruction: None,
            }],
            Kind::MentalHealth => vec![Existing {
                what: "Talking therapies review",
                days: 5,
                at: (14, 0),
                minutes: 50,
                channel: "Video",
                place: "Northbridge Talking Therapies (video)",
                with: "Psychological wellbeing practitioner",
                instruction: Some("Find a quiet, private place for the call. We will send you a link 15 minutes before."),
            }],
            Kind::SocialCare => vec![Existing {
                what: "Carer's assessment review call",
                days: 8,
                at: (11, 0),
                minutes: 30,
                channel: "Telephone",
                place: "Northbridge Adult Social Care (telephone)",
                with: "Carers support worker",
                instruction: None,
            }],
        };
    }
    let n = rng.gen_range(0..=1);
    (0..n)
        .map(|_| Existing {
            what: match kind {
                Kind::Gp => "GP appointment",
                Kind::Hospital => "Outpatient appointment",
                Kind::Community => "Community nursing visit",
                Kind::MentalHealth => "Community mental health team review",
                Kind::SocialCare => "Social care review",
            },
            days: rng.gen_range(-200..30),
            at: (rng.gen_range(9..16), 0),
            minutes: 20,
            channel: "In-person",
            place: "Clinic",
            with: "Clinician",
            instruction: None,
        })
        .collect()
}

/// The appointments a provider already holds for the people it knows.
pub fn existing_appointments(
    seed: u64,
    provider: usize,
    people: &[Person],
    today: Date,
) -> Vec<Value> {
    let p = &PROVIDERS[provider];
    let mut out = Vec::new();
    for person in people.iter().filter(|x| x.known_to.contains(&provider)) {
        let mut rng =
            StdRng::seed_from_u64(seed ^ 0xa991 ^ ((person.index as u64) << 8) ^ provider as u64);
        let patient_id = format!("{}-{:04}", p.ods.to_lowercase(), 1000 + person.index);
        for (n, e) in existing_for(p.kind, person, &mut rng)
            .into_iter()
            .enumerate()
        {
            let start = uk_wall_clock(today + Duration::days(e.days), e.at.0, e.at.1);
            let end = start + Duration::minutes(e.minutes);
            let past = e.days < 0;
            let mut body = json!({
                "resourceType": "Appointment",
                "id": format!("{patient_id}-appt-{n}"),
                "meta": { "versionId": "1" },
                "status": if past { "fulfilled" } else { "booked" },
                "serviceType": [{ "text": e.what }],
                "description": e.what,
                "start": instant(start),
                "end": instant(end),
                "minutesDuration": e.minutes,
                "created": instant(start - Duration::days(30)),
                "extension": channel(e.channel),
                "participant": [
                    { "actor": { "reference": format!("Patient/{patient_id}") }, "status": "accepted" },
                    { "actor": { "display": e.place }, "type": [{ "text": "location" }], "status": "accepted" },
                    { "actor": { "display": e.with }, "type": [{ "text": "practitioner" }], "status": "accepted" }
                ],
            });
            if let Some(i) = e.instruction {
                body["patientInstruction"] = json!(i);
            }
            out.push(body);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_are_weekday_clinic_times_and_some_are_taken() {
        let today = Date::from_calendar_date(2026, time::Month::November, 22).unwrap();
        let all = schedules_and_slots(1, 0, today);
        let slots: Vec<&Value> = all.iter().filter(|r| r["resourceType"] == "Slot").collect();
        assert!(slots.len() > 300);
        let free = slots.iter().filter(|s| s["status"] == "free").count();
        assert!(free > slots.len() / 2 && free < slots.len());
        // 22 November 2026 is a Sunday: the first slots are on Monday the 23rd.
        assert!(slots
            .iter()
            .all(|s| s["start"].as_str().unwrap() >= "2026-11-23"));
        assert_eq!(
            all.iter()
                .filter(|r| r["resourceType"] == "Schedule")
                .count(),
            services(Kind::Gp).len()
        );
    }
}
