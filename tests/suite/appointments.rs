//! Appointments against the provider simulator over real HTTP, on SQLite and on
//! PostgreSQL: the list across providers, booking, changing and cancelling,
//! races for one slot, resubmission, provider failures before, during and after
//! the booking call, other people's appointments, and bad input.

use crate::common;
use front_door::domain::AccountId;

use common::{
    clear_faults, location, page, sarah, set_faults, sim_get, slot_values,
    spawn_app_with_sim_budgets, spawn_sim, Backend, Browser, TestApp, START,
};
use front_door::{
    platform::audit,
    sim::{data::population, Faults, SimHandle},
};
use serde_json::Value;

const GP: &str = "riverside-gp";

async fn setup_with(backend: Backend, write_budget_ms: u64) -> (SimHandle, TestApp, Browser) {
    let sim = spawn_sim().await;
    let app = spawn_app_with_sim_budgets(backend, &sim, 1500, write_budget_ms, &[]).await;
    let b = sarah(&app).await;
    (sim, app, b)
}

async fn setup(backend: Backend) -> (SimHandle, TestApp, Browser) {
    setup_with(backend, 3000).await
}

fn first_at(html: &str, provider: &str) -> String {
    slot_values(html)
        .into_iter()
        .find(|v| v.starts_with(&format!("{provider}~")))
        .unwrap_or_else(|| panic!("no slot at {provider}"))
}

/// Chooses a slot and returns the attempt key from the check page's address.
async fn choose(b: &Browser, need: &str, slot: &str, change: &str) -> String {
    let res = b
        .post_form(
            "/api/choose-slot",
            &[
                ("need", need),
                ("slot", slot),
                ("change", change),
                ("from", ""),
            ],
        )
        .await;
    assert_eq!(res.status(), 302);
    let to = location(&res);
    to.strip_prefix("/appointments/check/")
        .unwrap_or_else(|| panic!("expected the check page, went to {to}"))
        .to_string()
}

async fn confirm(b: &Browser, key: &str) -> String {
    let res = b.post_form("/api/confirm-booking", &[("key", key)]).await;
    assert_eq!(res.status(), 302);
    location(&res)
}

/// Books the first free blood test at the GP; returns (slot value, booked page).
async fn book_gp_blood_test(b: &Browser) -> (String, String) {
    let slots = page(b, "/appointments/book/blood-test").await;
    let slot = first_at(&slots, GP);
    let key = choose(b, "blood-test", &slot, "").await;
    let to = confirm(b, &key).await;
    assert_eq!(to, format!("/appointments/booked/{key}"));
    (slot, page(b, &to).await)
}

fn reference(html: &str) -> String {
    let at = html.find("FD-").expect("a booking reference");
    html[at..at + 12].to_string()
}

async fn sim_appointments_with(sim: &SimHandle, slug: &str, reference: &str) -> Vec<Value> {
    let bundle = sim_get(
        sim,
        slug,
        &format!(
            "Appointment?identifier=https://frontdoor.example.nhs.uk/Id/booking-reference%7C{reference}"
        ),
    )
    .await;
    bundle["entry"]
        .as_array()
        .cloned()
        .unwrap_or_default()
        .into_iter()
        .map(|e| e["resource"].clone())
        .collect()
}

async fn slot_status(sim: &SimHandle, slot_value: &str) -> String {
    let (slug, id) = slot_value.split_once('~').unwrap();
    sim_get(sim, slug, &format!("Slot/{id}")).await["status"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn actions(app: &TestApp, account: i64) -> Vec<String> {
    audit::events_for(&app.state.db, AccountId(account))
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect()
}

async fn list_brings_every_providers_appointments_together(backend: Backend) {
    let (_sim, app, b) = setup(backend).await;
    let html = page(&b, "/appointments").await;
    assert!(html.contains("<h1>Your appointments</h1>"));
    let upcoming = &html[..html.find("Past and cancelled appointments").unwrap()];
    for what in [
        "Cardiology outpatient appointment",
        "Talking therapies review",
        "assessment review call",
    ] {
        assert!(upcoming.contains(what), "{what} is upcoming");
    }
    let past = &html[html.find("Past and cancelled appointments").unwrap()..];
    assert!(past.contains("Blood pressure review"));
    assert!(past.contains("Physiotherapy follow-up"));
    // Soonest first: talking therapies (5 days) before the carer's call (8) before cardiology (12).
    let (a, c, d) = (
        upcoming.find("Talking therapies review").unwrap(),
        upcoming.find("assessment review call").unwrap(),
        upcoming.find("Cardiology").unwrap(),
    );
    assert!(a < c && c < d);
    assert!(
        html.contains("Video call") && html.contains("Phone call") && html.contains("In person")
    );
    // One appointment: what, where, when, with whom, how to prepare.
    let one = page(&b, "/appointments/at/northbridge-hospital/r9x-1000-appt-0").await;
    assert!(one.contains("Dr Joseph Osei, Consultant Cardiologist"));
    assert!(one.contains("Outpatients Clinic 4"));
    assert!(one.contains("10:30am on Friday 4 December 2026"));
    assert!(one.contains("Bring a list of the medicines you take"));
    assert!(one.contains("Cancel this appointment"));
    let acts = actions(&app, 1).await;
    assert!(acts.contains(&"appointments_viewed".to_string()));
    assert!(acts.contains(&"appointment_viewed".to_string()));
}

async fn a_calendar_file_can_be_downloaded_for_ones_own_appointment(backend: Backend) {
    let (_sim, app, b) = setup(backend).await;
    let res = b
        .get("/appointments/at/northbridge-hospital/r9x-1000-appt-0/calendar.ics")
        .await;
    assert_eq!(res.status(), 200);
    assert_eq!(
        res.headers()["content-type"].to_str().unwrap(),
        "text/calendar; charset=utf-8"
    );
    let body = res.text().await.unwrap();
    assert!(body.contains("SUMMARY:Cardiology outpatient appointment (Northbridge Hospitals NHS"));
    assert!(body.contains("DTSTART:20261204T103000Z"));
    assert!(actions(&app, 1)
        .await
        .contains(&"calendar_downloaded".to_string()));
}

async fn book_change_and_cancel_through_plain_forms(backend: Backend) {
    let (sim, app, b) = setup(backend).await;
    // What for: one question, in plain words.
    let choose_page = page(&b, "/appointments/book").await;
    assert!(choose_page.contains("What do you need an appointment for?"));
    assert!(choose_page.contains("Review of a long-term condition"));
    let res = b
        .post_form("/api/choose-need", &[("need", "blood-test")])
        .await;
    assert_eq!(location(&res), "/appointments/book/blood-test");
    // Free times from all three providers that take blood, grouped by day and place.
    let slots = page(&b, "/appointments/book/blood-test").await;
    assert!(slots.contains("Monday 23 November 2026"));
    for place in [
        "Riverside Medical Practice, 12 River Street",
        "Northbridge General Hospital, Blood Test Centre",
        "Eastside Health Centre",
    ] {
        assert!(slots.contains(place), "{place}");
    }
    let values = slot_values(&slots);
    assert!(values.len() > 50);
    for v in &values {
        let (slug, _) = v.split_once('~').unwrap();
        assert!([
            "riverside-gp",
            "northbridge-hospital",
            "northbridge-community"
        ]
        .contains(&slug));
    }
    let slot = first_at(&slots, GP);
    assert_eq!(slot_status(&sim, &slot).await, "free");
    let key = choose(&b, "blood-test", &slot, "").await;
    let check = page(&b, &format!("/appointments/check/{key}")).await;
    assert!(check.contains("Check your appointment details"));
    assert!(check.contains("Practice nurse: blood test"));
    assert!(
        check.contains("8:00am on Monday 23 November 2026")
            || check.contains("on Monday 23 November 2026")
    );
    // Nothing is booked until it is confirmed.
    assert_eq!(slot_status(&sim, &slot).await, "free");
    let to = confirm(&b, &key).await;
    let booked = page(&b, &to).await;
    assert!(booked.contains("Appointment booked"));
    let reference = reference(&booked);
    assert_eq!(slot_status(&sim, &slot).await, "busy");
    let at_gp = sim_appointments_with(&sim, GP, &reference).await;
    assert_eq!(at_gp.len(), 1);
    assert_eq!(at_gp[0]["status"], "booked");
    assert_eq!(
        at_gp[0]["participant"][0]["actor"]["reference"],
        "Patient/y90001-1000"
    );
    let first_id = at_gp[0]["id"].as_str().unwrap().to_string();
    // It is in the list, with its reference.
    let list = page(&b, "/appointments").await;
    assert!(list.contains("Practice nurse: blood test"));
    let detail = page(&b, &format!("/appointments/at/{GP}/{first_id}")).await;
    assert!(detail.contains(&reference));
    assert!(detail.contains("Change the time of this appointment"));

    // Change: only times of the same type at the same provider; the new one is
    // booked before the old one is cancelled.
    let change = format!("{GP}~{first_id}");
    let slots = page(
        &b,
        &format!(
            "/appointments/book/blood-test?change={}",
            change.replace('~', "%7E")
        ),
    )
    .await;
    assert!(slots.contains("Choose a new time"));
    let values = slot_values(&slots);
    assert!(values.iter().all(|v| v.starts_with("riverside-gp~")));
    assert!(!values.contains(&slot), "the booked time is no longer free");
    let new_slot = values[3].clone();
    let key = choose(&b, "blood-test", &new_slot, &change).await;
    let check = page(&b, &format!("/appointments/check/{key}")).await;
    assert!(check.contains("we will cancel your appointment at"));
    let changed = page(&b, &confirm(&b, &key).await).await;
    assert!(changed.contains("Appointment changed"), "{changed}");
    let new_reference = self::reference(&changed);
    assert_eq!(slot_status(&sim, &new_slot).await, "busy");
    assert_eq!(
        slot_status(&sim, &slot).await,
        "free",
        "the old time is free again"
    );
    let old = sim_get(&sim, GP, &format!("Appointment/{first_id}")).await;
    assert_eq!(old["status"], "cancelled");
    let new_id = sim_appointments_with(&sim, GP, &new_reference).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    // Cancel, with a reason (none given: asked again, nothing lost).
    let base = format!("/appointments/at/{GP}/{new_id}");
    let res = b
        .post_form(
            "/api/cancel-appointment",
            &[("provider", GP), ("id", &new_id)],
        )
        .await;
    let again = location(&res);
    assert!(again.starts_with(&format!("{base}/cancel?form=")));
    let form = page(&b, &again).await;
    assert!(form.contains("There is a problem"));
    assert!(form.contains("Select why you are cancelling this appointment"));
    assert_eq!(
        sim_get(&sim, GP, &format!("Appointment/{new_id}")).await["status"],
        "booked"
    );
    let res = b
        .post_form(
            "/api/cancel-appointment",
            &[
                ("provider", GP),
                ("id", &new_id),
                ("reason", "feeling-better"),
            ],
        )
        .await;
    assert_eq!(location(&res), format!("{base}/cancelled"));
    assert!(page(&b, &format!("{base}/cancelled"))
        .await
        .contains("Appointment cancelled"));
    let cancelled = sim_get(&sim, GP, &format!("Appointment/{new_id}")).await;
    assert_eq!(cancelled["status"], "cancelled");
    assert_eq!(
        cancelled["cancelationReason"]["text"],
        "I am feeling better"
    );
    assert_eq!(slot_status(&sim, &new_slot).await, "free");
    let list = page(&b, "/appointments").await;
    let past = &list[list.find("Past and cancelled").unwrap()..];
    assert!(past.contains("Practice nurse: blood test"));
    let acts = actions(&app, 1).await;
    for a in [
        "slots_searched",
        "slot_chosen",
        "appointment_booked",
        "appointment_changed",
        "appointment_cancelled",
    ] {
        assert!(acts.contains(&a.to_string()), "{a} audited");
    }
}

async fn resubmitting_or_double_clicking_books_once(backend: Backend) {
    let (sim, _app, b) = setup(backend).await;
    let slots = page(&b, "/appointments/book/blood-test").await;
    let slot = first_at(&slots, "northbridge-community");
    let key = choose(&b, "blood-test", &slot, "").await;
    // Two at once (a double click), then once more later (the back button).
    let (a, c) = tokio::join!(confirm(&b, &key), confirm(&b, &key));
    let later = confirm(&b, &key).await;
    assert_eq!(a, c);
    assert_eq!(a, later);
    let booked = page(&b, &a).await;
    let reference = reference(&booked);
    let at_provider = sim_appointments_with(&sim, "northbridge-community", &reference).await;
    assert_eq!(at_provider.len(), 1, "one booking for one attempt");
    let all = sim_get(
        &sim,
        "northbridge-community",
        "Appointment?patient=r9y-1000",
    )
    .await;
    let on_slot = all["entry"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| {
            e["resource"]["slot"][0]["reference"]
                == format!("Slot/{}", slot.split_once('~').unwrap().1)
        })
        .count();
    assert_eq!(on_slot, 1);
}

async fn fifty_residents_racing_for_one_slot_gives_exactly_one_booking(backend: Backend) {
    let sim = spawn_sim().await;
    let people: Vec<_> = population(1, time::OffsetDateTime::now_utc().date())
        .into_iter()
        .filter(|p| p.known_to.contains(&0))
        .take(50)
        .collect();
    assert_eq!(people.len(), 50);
    // Fifty residents who proved who they are with NHS login.
    let idp = common::identity_provider_for(&people).await;
    let settings = common::nhs_login_settings(&idp);
    let overrides: Vec<(&str, &str)> = settings
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let app = spawn_app_with_sim_budgets(backend, &sim, 5000, 10_000, &overrides).await;
    let mut browsers = Vec::new();
    for p in &people {
        let b = common::nhs_login_as(&app, &format!("resident{}@example.test", p.index)).await;
        browsers.push(b);
    }
    let slots = page(&browsers[0], "/appointments/book/blood-test").await;
    let slot = first_at(&slots, GP);
    let mut keys = Vec::new();
    for b in &browsers {
        keys.push(choose(b, "blood-test", &slot, "").await);
    }
    let outcomes =
        futures::future::join_all(browsers.iter().zip(&keys).map(|(b, k)| confirm(b, k))).await;
    let won: Vec<&String> = outcomes
        .iter()
        .filter(|o| o.starts_with("/appointments/booked/"))
        .collect();
    let lost: Vec<(usize, &String)> = outcomes
        .iter()
        .enumerate()
        .filter(|(_, o)| o.starts_with("/appointments/book/blood-test?form="))
        .collect();
    assert_eq!(won.len(), 1, "exactly one booking: {outcomes:?}");
    assert_eq!(lost.len(), 49);
    let winner = outcomes
        .iter()
        .position(|o| o.starts_with("/appointments/booked/"))
        .unwrap();
    assert!(page(&browsers[winner], won[0])
        .await
        .contains("Appointment booked"));
    // A loser is told, and sees fresh times without the taken one.
    let (i, to) = lost[0];
    let again = page(&browsers[i], to).await;
    assert!(again.contains("That time has just been taken. Choose another time"));
    assert!(!slot_values(&again).contains(&slot));
    assert!(!slot_values(&again).is_empty());
    // The provider holds one booking for the slot.
    let slot_id = slot.split_once('~').unwrap().1;
    let mut on_slot = 0;
    for p in &people {
        let bundle = sim_get(
            &sim,
            GP,
            &format!("Appointment?patient=y90001-{}", 1000 + p.index),
        )
        .await;
        on_slot += bundle["entry"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|e| e["resource"]["slot"][0]["reference"] == format!("Slot/{slot_id}"))
            .count();
    }
    assert_eq!(on_slot, 1);
    assert_eq!(
        audit::count_action(&app.state.db, audit::AuditAction::AppointmentBooked)
            .await
            .unwrap(),
        1
    );
}

async fn a_provider_failing_before_booking_books_nothing_and_says_so(backend: Backend) {
    let (sim, _app, b) = setup(backend).await;
    let slots = page(&b, "/appointments/book/blood-test").await;
    let slot = first_at(&slots, GP);
    let key = choose(&b, "blood-test", &slot, "").await;
    set_faults(
        &sim,
        GP,
        &Faults {
            write_status: Some(503),
            ..Faults::default()
        },
    )
    .await;
    let html = page(&b, &confirm(&b, &key).await).await;
    assert!(html.contains("Your appointment has not been booked"));
    assert!(html.contains("Nothing has been booked"));
    assert!(!html.contains("FD-"));
    assert_eq!(slot_status(&sim, &slot).await, "free");
}

async fn an_unknown_outcome_is_asked_about_before_the_resident_is_told(backend: Backend) {
    let (sim, app, b) = setup_with(backend, 800).await;
    let slots = page(&b, "/appointments/book/blood-test").await;
    let slot = first_at(&slots, GP);
    let key = choose(&b, "blood-test", &slot, "").await;
    // The provider books it but its answer never arrives.
    set_faults(
        &sim,
        GP,
        &Faults {
            write_lost: true,
            ..Faults::default()
        },
    )
    .await;
    let html = page(&b, &confirm(&b, &key).await).await;
    assert!(
        html.contains("Appointment booked"),
        "found by its reference: {html}"
    );
    let reference = reference(&html);
    assert_eq!(sim_appointments_with(&sim, GP, &reference).await.len(), 1);
    assert_eq!(slot_status(&sim, &slot).await, "busy");
    let acts = actions(&app, 1).await;
    assert!(acts.contains(&"appointment_booked".to_string()));
}

async fn a_provider_failing_after_booking_is_checked_until_it_answers(backend: Backend) {
    let (sim, app, b) = setup_with(backend, 800).await;
    let slots = page(&b, "/appointments/book/blood-test").await;
    let slot = first_at(&slots, GP);
    let key = choose(&b, "blood-test", &slot, "").await;
    // It books, then stops answering anything.
    set_faults(
        &sim,
        GP,
        &Faults {
            crash_after_write: true,
            ..Faults::default()
        },
    )
    .await;
    let to = confirm(&b, &key).await;
    let html = page(&b, &to).await;
    assert!(html.contains("We are checking your booking"), "{html}");
    assert!(html.contains("Do not book it again"));
    let list = page(&b, "/appointments").await;
    assert!(list.contains("We are checking a booking"));
    // It comes back: the booking that exists is found and shown, never lost.
    clear_faults(&sim, GP).await;
    // After so many failures the circuit breaker rests the provider; then it is asked again.
    app.clock.advance(31);
    let html = page(&b, &to).await;
    assert!(html.contains("Appointment booked"), "{html}");
    let reference = reference(&html);
    assert_eq!(sim_appointments_with(&sim, GP, &reference).await.len(), 1);
    let list = page(&b, "/appointments").await;
    assert!(!list.contains("We are checking a booking"));
    assert!(list.contains("Practice nurse: blood test"));
}

async fn a_failed_change_keeps_the_old_appointment_and_says_so(backend: Backend) {
    let (sim, _app, b) = setup(backend).await;
    let (_, booked) = book_gp_blood_test(&b).await;
    let reference = reference(&booked);
    let old_id = sim_appointments_with(&sim, GP, &reference).await[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let change = format!("{GP}~{old_id}");
    let slots = page(
        &b,
        &format!("/appointments/book/blood-test?change={change}"),
    )
    .await;
    let new_slot = slot_values(&slots)[2].clone();
    let key = choose(&b, "blood-test", &new_slot, &change).await;
    set_faults(
        &sim,
        GP,
        &Faults {
            write_status: Some(500),
            ..Faults::default()
        },
    )
    .await;
    let html = page(&b, &confirm(&b, &key).await).await;
    clear_faults(&sim, GP).await;
    assert!(html.contains("Your appointment has not been booked"));
    assert!(html.contains("You still have your appointment at"));
    assert_eq!(
        sim_get(&sim, GP, &format!("Appointment/{old_id}")).await["status"],
        "booked"
    );
    assert_eq!(slot_status(&sim, &new_slot).await, "free");
}

async fn nobody_can_see_book_for_or_cancel_someone_elses_appointments(backend: Backend) {
    let (sim, app, b) = setup(backend).await;
    // David (999 000 0026) has appointments at the hospital; Sarah signs in and tries his.
    let davids = sim_get(&sim, "northbridge-hospital", "Appointment?patient=r9x-1001").await;
    let id = davids["entry"][0]["resource"]["id"]
        .as_str()
        .map(str::to_string);
    let id = match id {
        Some(id) => id,
        None => "r9x-1001-appt-0".to_string(),
    };
    let res = b
        .get(&format!("/appointments/at/northbridge-hospital/{id}"))
        .await;
    assert_eq!(res.status(), 404);
    let res = b
        .get(&format!(
            "/appointments/at/northbridge-hospital/{id}/calendar.ics"
        ))
        .await;
    assert_eq!(res.status(), 404);
    let res = b
        .post_form(
            "/api/cancel-appointment",
            &[
                ("provider", "northbridge-hospital"),
                ("id", &id),
                ("reason", "other"),
            ],
        )
        .await;
    // Refused: an error page (a 4xx, or back to the form with an error), never a change.
    assert!(!res.status().is_server_error(), "{}", res.status());
    if davids["entry"][0]["resource"]["status"] == "booked" {
        let still = sim_get(&sim, "northbridge-hospital", &format!("Appointment/{id}")).await;
        assert_eq!(still["status"], "booked");
    }
    // Moving his appointment is refused too.
    let slots = page(&b, "/appointments/book/blood-test").await;
    let slot = first_at(&slots, "northbridge-hospital");
    let res = b
        .post_form(
            "/api/choose-slot",
            &[
                ("need", "blood-test"),
                ("slot", &slot),
                ("change", &format!("northbridge-hospital~{id}")),
            ],
        )
        .await;
    assert!(!res.status().is_server_error());
    assert!(!location(&res).starts_with("/appointments/check/"));
    assert!(actions(&app, 1)
        .await
        .contains(&"appointment_refused".to_string()));
    // Another resident's booking attempt is not Sarah's to see or confirm.
    let res = b
        .get("/appointments/check/0123456789abcdef0123456789abcdef")
        .await;
    assert_eq!(res.status(), 404);
    let res = b
        .post_form(
            "/api/confirm-booking",
            &[("key", "0123456789abcdef0123456789abcdef")],
        )
        .await;
    assert!(!res.status().is_server_error());
    assert!(!location(&res).starts_with("/appointments/booked/"));
}

async fn types_bookable_only_after_triage_explain_the_route(backend: Backend) {
    let (_sim, _app, b) = setup(backend).await;
    let html = page(&b, "/appointments/book/gp-new-problem").await;
    assert!(html.contains("You cannot book this online"));
    assert!(html.contains("Phone Riverside Medical Practice on 01632 960 123"));
    assert!(html.contains("call 111"));
    assert!(slot_values(&html).is_empty());
    // A GP appointment slot posted for that need is refused.
    let res = b
        .post_form(
            "/api/choose-slot",
            &[
                ("need", "gp-new-problem"),
                ("slot", "riverside-gp~y90001-slot-2-1795942800"),
            ],
        )
        .await;
    let back = location(&res);
    assert!(back.starts_with("/appointments/book/gp-new-problem?form="));
}

async fn only_future_times_are_offered_or_booked(backend: Backend) {
    let (_sim, app, b) = setup(backend).await;
    let slots = page(&b, "/appointments/book/blood-test").await;
    let first = first_at(&slots, GP);
    // Two days later the first Monday times have gone.
    app.clock.advance(2 * 24 * 3600);
    let b = sarah(&app).await;
    let later = page(&b, "/appointments/book/blood-test").await;
    assert!(!later.contains("Monday 23 November 2026"));
    assert!(!slot_values(&later).contains(&first));
    let res = b
        .post_form(
            "/api/choose-slot",
            &[("need", "blood-test"), ("slot", &first)],
        )
        .await;
    let back = location(&res);
    assert!(back.contains("form="));
    let html = page(&b, &back).await;
    assert!(html.contains("Select one of the times shown"));
    let _ = START;
}

async fn bad_input_gets_a_clear_message_never_a_server_error(backend: Backend) {
    let (_sim, _app, b) = setup(backend).await;
    let res = b.post_form("/api/choose-need", &[]).await;
    let back = location(&res);
    let html = page(&b, &back).await;
    assert!(html.contains("Select what you need an appointment for"));
    let res = b
        .post_form("/api/choose-need", &[("need", "brain-surgery")])
        .await;
    assert!(location(&res).starts_with("/appointments/book?form="));
    assert_eq!(
        b.get("/appointments/book/brain-surgery").await.status(),
        404
    );
    for slot in [
        "",
        "nonsense",
        "riverside-gp~../../Patient/y90001-1000",
        "nowhere~x",
        "riverside-gp~no-such-slot",
    ] {
        let res = b
            .post_form(
                "/api/choose-slot",
                &[("need", "blood-test"), ("slot", slot)],
            )
            .await;
        assert_eq!(res.status(), 302, "{slot}");
        let html = page(&b, &location(&res)).await;
        assert!(html.contains("There is a problem"), "{slot}");
        assert!(
            html.contains("Select a time for your appointment")
                || html.contains("Select one of the times shown"),
            "{slot}"
        );
    }
    // Requests no page of ours sends: refused without a server error, nothing booked.
    for (path, fields) in [
        (
            "/api/choose-slot",
            vec![("need", "no-such-need"), ("slot", "x~y")],
        ),
        ("/api/confirm-booking", vec![]),
        (
            "/api/cancel-appointment",
            vec![("provider", "nowhere"), ("id", "x"), ("reason", "other")],
        ),
    ] {
        let res = b.post_form(path, &fields).await;
        assert!(!res.status().is_server_error(), "{path}: {}", res.status());
        if res.status() == 302 {
            let to = location(&res);
            assert!(
                !to.starts_with("/appointments/check/") && !to.starts_with("/appointments/booked/")
            );
        }
    }
    assert_eq!(b.get("/appointments/at/nowhere/x").await.status(), 404);
    assert_eq!(
        b.get("/appointments/at/riverside-gp/%3Cscript%3E")
            .await
            .status(),
        404
    );
    assert_eq!(b.get("/appointments/booked/nope").await.status(), 404);
}

on_both_databases!(
    list_brings_every_providers_appointments_together,
    a_calendar_file_can_be_downloaded_for_ones_own_appointment,
    book_change_and_cancel_through_plain_forms,
    resubmitting_or_double_clicking_books_once,
    fifty_residents_racing_for_one_slot_gives_exactly_one_booking,
    a_provider_failing_before_booking_books_nothing_and_says_so,
    an_unknown_outcome_is_asked_about_before_the_resident_is_told,
    a_provider_failing_after_booking_is_checked_until_it_answers,
    a_failed_change_keeps_the_old_appointment_and_says_so,
    nobody_can_see_book_for_or_cancel_someone_elses_appointments,
    types_bookable_only_after_triage_explain_the_route,
    only_future_times_are_offered_or_booked,
    bad_input_gets_a_clear_message_never_a_server_error,
);

/// The simulator itself enforces what real providers do: one booking per slot,
/// versions on update, and conditional create.
#[tokio::test]
async fn the_simulator_refuses_a_taken_slot_and_an_old_version() {
    let sim = spawn_sim().await;
    let client = reqwest::Client::new();
    let url = |p: &str| format!("{}/riverside-gp/{p}", sim.base_url);
    let slots = sim_get(&sim, GP, "Slot?status=free&_count=1").await;
    let slot_id = slots["entry"][0]["resource"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let body = serde_json::json!({
        "resourceType": "Appointment", "status": "booked",
        "identifier": [{ "system": "urn:test", "value": "one" }],
        "slot": [{ "reference": format!("Slot/{slot_id}") }],
        "participant": [{ "actor": { "reference": "Patient/y90001-1000" }, "status": "accepted" }]
    });
    let post = |b: Value, cond: Option<&str>| {
        let mut r = client
            .post(url("Appointment"))
            .bearer_auth("demo-token-riverside-gp")
            .body(b.to_string());
        if let Some(c) = cond {
            r = r.header("if-none-exist", c);
        }
        r.send()
    };
    let first = post(body.clone(), Some("identifier=urn:test%7Cone"))
        .await
        .unwrap();
    assert_eq!(first.status(), 201);
    assert_eq!(first.headers()["etag"], "W/\"1\"");
    let created: Value = first.json().await.unwrap();
    // The same identifier again: the same appointment, not a second one.
    let again = post(body.clone(), Some("identifier=urn:test%7Cone"))
        .await
        .unwrap();
    assert_eq!(again.status(), 200);
    assert_eq!(again.json::<Value>().await.unwrap()["id"], created["id"]);
    // Another booking for the slot: 409.
    let mut other = body.clone();
    other["identifier"][0]["value"] = "two".into();
    let taken = post(other, None).await.unwrap();
    assert_eq!(taken.status(), 409);
    assert_eq!(
        taken.json::<Value>().await.unwrap()["resourceType"],
        "OperationOutcome"
    );
    // Cancelling with an old version: 412; with the current one: done, and the slot is free.
    let id = created["id"].as_str().unwrap();
    let mut cancel = created.clone();
    cancel["status"] = "cancelled".into();
    let put = |etag: &'static str| {
        client
            .put(url(&format!("Appointment/{id}")))
            .bearer_auth("demo-token-riverside-gp")
            .header("if-match", etag)
            .body(cancel.to_string())
            .send()
    };
    assert_eq!(put("W/\"0\"").await.unwrap().status(), 412);
    let ok = put("W/\"1\"").await.unwrap();
    assert_eq!(ok.status(), 200);
    assert_eq!(ok.headers()["etag"], "W/\"2\"");
    assert_eq!(
        sim_get(&sim, GP, &format!("Slot/{slot_id}")).await["status"],
        "free"
    );
    // Without a token: 401.
    let res = client
        .post(url("Appointment"))
        .body(body.to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
}
