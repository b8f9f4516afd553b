//! Assisted digital, on SQLite and PostgreSQL, against the provider simulator and
//! a real identity provider: staff appointed from the ICS down, set up from a
//! single-use link with two-step sign-in, suspended at once; a helper who sees
//! nothing of a resident until that resident signs in on the same screen (or
//! reads out a code) and agrees; each ending (the agreed time, the resident, the
//! helper, a suspension) refused on the very next request; the one-time code; and
//! a whole session (booking, a request to the practice, the summary, the audit
//! trail, clearing the computer).

use crate::common;
use common::{location, page, Backend, Browser, TestApp, PASSWORD};
use front_door::{
    domain::AccountId,
    platform::{
        accounts,
        audit::{self, AuditAction},
        passwords,
        staff::{self, StaffRole},
    },
};

use super::carers::{account, email, family, signed_in, text};
use super::identity::{code_at, sign_in_with_code};

const LIBRARY: &str = "northbridge-libraries";
const KEY: &str = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

/// A member of staff with a password and two-step sign-in on (as set up).
pub(super) async fn staff_member(
    app: &TestApp,
    name: &str,
    mail: &str,
    role: StaffRole,
    organisation: Option<&str>,
) -> AccountId {
    let hash = passwords::hash(PASSWORD.to_string()).await.unwrap();
    let id = accounts::insert(
        &app.state.db,
        &accounts::NewAccount {
            full_name: name,
            date_of_birth: "",
            email: mail,
            password_hash: &hash,
            nhs_number: None,
        },
        app.clock.now_unix(),
    )
    .await
    .unwrap();
    staff::insert(
        &app.state.db,
        id,
        role,
        organisation,
        None,
        app.clock.now_unix(),
    )
    .await
    .unwrap();
    front_door::features::account::two_step::seed_demo_key(&app.state, id, KEY)
        .await
        .unwrap();
    id
}

/// Signs a member of staff in with their password and a fresh code.
pub(super) async fn staff_browser(app: &TestApp, mail: &str) -> (Browser, String) {
    // A code is accepted once: each sign-in uses the next 30-second step.
    app.clock.advance(31);
    sign_in_with_code(app, mail, &code_at(KEY, app.clock.now_unix())).await
}

pub(super) const AMIR: &str = "amir.khan@library.test";

/// The helper Amir, signed in, with a help session started on this computer.
pub(super) async fn helper_helping(app: &TestApp) -> (Browser, AccountId) {
    let amir = match accounts::by_email(&app.state.db, AMIR).await.unwrap() {
        Some(a) => a.id,
        None => staff_member(app, "Amir Khan", AMIR, StaffRole::Helper, Some(LIBRARY)).await,
    };
    // (The authorisation matrix calls "turn off two-step" as every actor.)
    front_door::features::account::two_step::seed_demo_key(&app.state, amir, KEY)
        .await
        .unwrap();
    let (b, to) = staff_browser(app, AMIR).await;
    assert_eq!(to, "/helping", "a helper lands on Help someone now");
    let res = b.post_form("/api/helping/start", &[]).await;
    assert_eq!(location(&res), "/helping/resident");
    (b, amir)
}

/// The resident (person `index`) makes a code on their own phone; returns it as shown.
pub(super) async fn code_from_phone(
    app: &TestApp,
    index: usize,
    scopes: &[&str],
    minutes: &str,
) -> String {
    let phone = signed_in(app, index).await;
    let mut form: Vec<(String, String)> = scopes
        .iter()
        .map(|s| (format!("scopes[{s}]"), "yes".to_string()))
        .collect();
    form.push(("minutes".into(), minutes.into()));
    let form: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let res = phone.post_form("/api/helper-code", &form).await;
    assert_eq!(
        location(&res),
        "/account/helper-code/made",
        "the code is never put in an address"
    );
    let html = page(&phone, "/account/helper-code/made").await;
    let code = html
        .split("id=\"helper-code\"")
        .nth(1)
        .and_then(|r| r.split('>').nth(1))
        .and_then(|r| r.split('<').next())
        .unwrap_or_else(|| panic!("{html}"))
        .to_string();
    assert!(
        !page(&phone, "/account/helper-code/made")
            .await
            .contains(&code),
        "shown once"
    );
    code
}

async fn agree(b: &Browser, scopes: &[&str], minutes: &str) -> String {
    let mut form: Vec<(String, String)> = scopes
        .iter()
        .map(|s| (format!("scopes[{s}]"), "yes".to_string()))
        .collect();
    form.push(("minutes".into(), minutes.into()));
    form.push(("agree".into(), "yes".into()));
    let form: Vec<(&str, &str)> = form.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    location(&b.post_form("/api/helping/agree", &form).await)
}

async fn staff_are_appointed_set_up_with_two_step_and_suspended(backend: Backend) {
    let (_sim, _idp, app) = family(backend).await;
    staff_member(
        &app,
        "Ife Adeyemi",
        "ife@ics.test",
        StaffRole::IcsAdmin,
        None,
    )
    .await;
    let (ics, to) = staff_browser(&app, "ife@ics.test").await;
    assert_eq!(to, "/staff");
    let html = page(&ics, "/staff").await;
    assert!(html.contains("Organisations and their administrators"));
    assert!(html.contains("Northbridge Libraries") && html.contains("Citizens Advice Northbridge"));

    // Mistakes are shown with the answers kept.
    let res = ics
        .post_form(
            "/api/staff/add",
            &[("name", "Jo Hughes"), ("email", "not an email")],
        )
        .await;
    let to = location(&res);
    assert!(to.starts_with("/staff?form="), "{to}");
    let html = page(&ics, &to).await;
    assert!(html.contains("nhsuk-error-summary"));
    assert!(html.contains("Select the organisation"));
    assert!(html.contains("value=\"Jo Hughes\""));

    // An organisation's administrator, with a single-use set-up link shown once.
    let res = ics
        .post_form(
            "/api/staff/add",
            &[
                ("organisation", LIBRARY),
                ("name", "Jo Hughes"),
                ("email", "jo@library.test"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/staff/added");
    let added = page(&ics, "/staff/added").await;
    let link = added
        .split("<code>")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .unwrap()
        .replace("&amp;", "&");
    assert!(
        link.starts_with("http://frontdoor.test/set-up-staff-account/open?token="),
        "{link}"
    );
    assert!(page(&ics, "/staff/added")
        .await
        .contains("already been shown"));
    assert!(page(&ics, "/staff").await.contains("Not set up yet"));

    // Jo opens it: the token leaves the address bar; she chooses a password.
    let jo = app.browser();
    let path = link.trim_start_matches(common::PUBLIC_URL);
    assert_eq!(location(&jo.get(path).await), "/set-up-staff-account");
    assert!(page(&jo, "/set-up-staff-account")
        .await
        .contains("jo@library.test"));
    let res = jo
        .post_form(
            "/api/staff-set-up/finish",
            &[("password", PASSWORD), ("confirm", "something else")],
        )
        .await;
    let to = location(&res);
    assert!(page(&jo, &to).await.contains("The passwords do not match"));
    let res = jo
        .post_form(
            "/api/staff-set-up/finish",
            &[("password", PASSWORD), ("confirm", PASSWORD)],
        )
        .await;
    assert_eq!(location(&res), "/account/two-step?staff=yes");
    // With a password chosen, the list no longer says she is waiting to set up.
    assert!(!page(&ics, "/staff").await.contains("Not set up yet"));
    // Staff pages need a security code this session.
    let (status, body) = text(&jo, "/staff").await;
    assert_eq!(status, 403);
    assert!(body.contains("Staff must sign in with a security code"));
    // The link works once.
    let again = app.browser();
    again.get(path).await;
    assert!(page(&again, "/set-up-staff-account")
        .await
        .contains("cannot be used"));
    let jo_id = accounts::by_email(&app.state.db, "jo@library.test")
        .await
        .unwrap()
        .unwrap()
        .id;
    front_door::features::account::two_step::seed_demo_key(&app.state, jo_id, KEY)
        .await
        .unwrap();
    let (jo, to) = staff_browser(&app, "jo@library.test").await;
    assert_eq!(to, "/staff");
    assert!(page(&jo, "/staff")
        .await
        .contains("Helpers at Northbridge Libraries"));
    // An organisation's administrator cannot appoint administrators of another.
    let res = jo
        .post_form(
            "/api/staff/add",
            &[
                ("organisation", "citizens-advice"),
                ("name", "Sam Cole"),
                ("email", "sam@library.test"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/staff/added");
    let sam = staff::of(
        &app.state.db,
        accounts::by_email(&app.state.db, "sam@library.test")
            .await
            .unwrap()
            .unwrap()
            .id,
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(
        sam.role,
        StaffRole::Helper,
        "a helper, in Jo's own organisation"
    );
    assert_eq!(sam.organisation_id.as_deref(), Some(LIBRARY));

    // Suspending a helper refuses their very next request, mid-session.
    let (amir, amir_id) = helper_helping(&app).await;
    let code = code_from_phone(&app, 1, &["appointments"], "30").await;
    assert_eq!(
        location(
            &amir
                .post_form("/api/helping/code", &[("code", &code)])
                .await
        ),
        "/helping"
    );
    assert_eq!(text(&amir, "/appointments").await.0, 200);
    let res = jo
        .post_form(
            "/api/staff/suspend",
            &[("id", &amir_id.0.to_string()), ("suspend", "yes")],
        )
        .await;
    assert_eq!(location(&res), "/staff?suspended=yes");
    assert!(page(&jo, "/staff?suspended=yes")
        .await
        .contains("The helper is suspended"));
    let (status, body) = text(&amir, "/appointments").await;
    assert_eq!(status, 403);
    assert!(body.contains("Your helper account is suspended"), "{body}");
    assert!(!body.contains("David Okafor"));
    assert_eq!(text(&amir, "/helping").await.0, 403);
    // An organisation's administrator only manages their own helpers; helpers and
    // residents manage nobody.
    let res = amir
        .post_form(
            "/api/staff/suspend",
            &[("id", &jo_id.0.to_string()), ("suspend", "yes")],
        )
        .await;
    assert_ne!(location(&res), "/staff?suspended=yes");
    let resident = signed_in(&app, 1).await;
    assert_eq!(text(&resident, "/staff").await.0, 403);
    assert_eq!(text(&resident, "/helping").await.0, 403);
    // Reinstated: they can help again, in a new session.
    jo.post_form(
        "/api/staff/suspend",
        &[("id", &amir_id.0.to_string()), ("suspend", "no")],
    )
    .await;
    let (amir, _) = helper_helping(&app).await;
    assert_eq!(text(&amir, "/helping").await.0, 200);
    let actions = audit::events_for(&app.state.db, amir_id).await.unwrap();
    assert!(actions.iter().any(|e| e.action == "helper_suspended"));
    assert!(actions.iter().any(|e| e.action == "helper_reinstated"));
}

async fn a_helper_sees_nothing_without_consent_and_every_ending_refuses_the_next_request(
    backend: Backend,
) {
    let (_sim, _idp, app) = family(backend).await;
    let (b, amir) = helper_helping(&app).await;
    // A help point's computer is a shared one: personal fields are not remembered.
    let register = page(&b, "/register").await;
    assert!(!register.contains("autocomplete=\"name\"") && !register.contains("bday-day"));
    assert!(!page(&b, "/sign-in")
        .await
        .contains("autocomplete=\"username\""));
    let elsewhere = page(&app.browser(), "/register").await;
    assert!(elsewhere.contains("autocomplete=\"name\"") && elsewhere.contains("bday-day"));
    // Nobody has joined: nothing of anyone.
    for path in ["/appointments", "/record", "/triage", "/requests"] {
        let (status, body) = text(&b, path).await;
        assert_eq!(status, 403, "{path}");
        assert!(body.contains("has not agreed to your help yet"), "{path}");
    }
    // David signs in himself on the same screen, with NHS login: the helper stays
    // the one signed in, and David is asked to agree.
    let res = b.nhs_login(&email(1)).await;
    assert_eq!(location(&res), "/helping/agree");
    let david = account(&app, 1).await.id;
    assert_eq!(text(&b, "/appointments").await.0, 403, "not agreed yet");
    let consent = page(&b, "/helping/agree").await;
    assert!(consent.contains("Do you want Amir to help you?"));
    assert!(consent.contains("Signed in as David Okafor"));
    // Choosing nothing is an error, the answers kept.
    let to = agree(&b, &[], "60").await;
    assert!(to.starts_with("/helping/agree?form="), "{to}");
    let html = page(&b, &to).await;
    assert!(html.contains("Select what the helper can help you with"));
    assert!(html.contains("value=\"60\" checked"));
    assert_eq!(agree(&b, &["appointments"], "15").await, "/helping");

    // Within what he agreed: appointments, not the record.
    let html = page(&b, "/appointments").await;
    assert!(html.contains("Helping: David Okafor"));
    assert!(html.contains("with Amir Khan from Northbridge Libraries"));
    let (status, body) = text(&b, "/record").await;
    assert_eq!(status, 403);
    assert!(body.contains("You have not been given access to do this"));
    let (events, _) = audit::history_for(&app.state.db, david, 500, 0)
        .await
        .unwrap();
    assert!(events.iter().any(|e| e.action == "appointments_viewed"
        && e.actor == Some(amir)
        && e.role.as_deref() == Some("helper")));

    // The agreed time (15 minutes) passes: refused from that second, the session
    // on the computer still live (each step shorter than its idle timeout).
    for _ in 0..3 {
        app.clock.advance(4 * 60);
        assert_eq!(text(&b, "/helping").await.0, 200);
    }
    app.clock.advance(3 * 60);
    let (status, body) = text(&b, "/appointments").await;
    assert_eq!(status, 403);
    assert!(
        body.contains("reached the time the person you were helping agreed"),
        "{body}"
    );

    // The resident ends it: refused on the next request, and nothing of him shown.
    b.post_form("/api/helping/finish", &[]).await;
    resident_joins(&b).await;
    let res = b.post_form("/api/helping/end", &[("by", "resident")]).await;
    assert_eq!(location(&res), "/helping/summary");
    let (status, body) = text(&b, "/appointments").await;
    assert_eq!(status, 403);
    assert!(!body.contains("David Okafor"));

    // The helper ends it.
    b.post_form("/api/helping/finish", &[]).await;
    resident_joins(&b).await;
    b.post_form("/api/helping/end", &[]).await;
    assert_eq!(text(&b, "/appointments").await.0, 403);

    // David says no: no access, and the session is over.
    b.post_form("/api/helping/finish", &[]).await;
    b.post_form("/api/helping/start", &[]).await;
    b.nhs_login(&email(1)).await;
    let res = b.post_form("/api/helping/agree", &[("agree", "no")]).await;
    assert_eq!(location(&res), "/helping?declined=yes");
    assert_eq!(text(&b, "/appointments").await.0, 403);

    // The browser session timing out ends the help session too.
    resident_joins(&b).await;
    app.clock.advance(301);
    assert_eq!(
        location(&b.get("/appointments").await),
        "/signed-out?reason=timeout"
    );
    let sessions = front_door::platform::assisted::for_helper(&app.state.db, amir, 10)
        .await
        .unwrap();
    let why: Vec<&str> = sessions
        .iter()
        .filter_map(|s| s.ended_why.as_deref())
        .collect();
    for reason in ["timeout", "declined", "helper", "resident", "time_up"] {
        assert!(why.contains(&reason), "{reason}: {why:?}");
    }
    assert!(sessions.iter().all(|s| s.ended_at.is_some()));
    // Another helper's session is never theirs.
    let reasons = audit::details_of(&app.state.db, AuditAction::ActingRefused)
        .await
        .unwrap();
    for reason in ["help_not_agreed", "not_given", "help_time_up"] {
        assert!(reasons.iter().any(|r| r == reason), "{reason}: {reasons:?}");
    }
}

/// Starts a new help session in `b` in which David signs in and agrees to everything.
async fn resident_joins(b: &Browser) {
    let res = b.post_form("/api/helping/start", &[]).await;
    assert_eq!(location(&res), "/helping/resident");
    let res = b.nhs_login(&email(1)).await;
    assert_eq!(location(&res), "/helping/agree");
    assert_eq!(
        agree(b, &["record", "results", "appointments", "triage"], "30").await,
        "/helping"
    );
    assert_eq!(text(b, "/appointments").await.0, 200);
}

async fn a_one_time_code_is_single_use_short_lived_and_rate_limited(backend: Backend) {
    let (_sim, _idp, app) = family(backend).await;
    let (b, amir) = helper_helping(&app).await;
    // Wrong codes are refused, then the helper must wait.
    for n in 0..5 {
        let res = b
            .post_form("/api/helping/code", &[("code", "ABCD-EFGH")])
            .await;
        let to = location(&res);
        assert!(to.starts_with("/helping/resident?form="), "{n}: {to}");
        assert!(page(&b, &to).await.contains("This code is not right"));
    }
    let code = code_from_phone(&app, 1, &["appointments"], "30").await;
    let res = b.post_form("/api/helping/code", &[("code", &code)]).await;
    let to = location(&res);
    assert!(to.starts_with("/helping/resident?form="), "{to}");
    let (status, body) = text(&b, &to).await;
    assert_eq!(status, 429);
    assert!(body.contains("Too many codes were not right"));
    assert_eq!(
        text(&b, "/appointments").await.0,
        403,
        "the right code while throttled"
    );
    // After the wait, the code (typed in lower case with spaces) works, once.
    app.clock.advance(app.state.config.throttle_window_secs + 1);
    let (b, _) = helper_helping(&app).await;
    let code = code_from_phone(&app, 1, &["appointments"], "30").await;
    let typed = code.to_lowercase().replace('-', " ");
    assert_eq!(
        location(&b.post_form("/api/helping/code", &[("code", &typed)]).await),
        "/helping"
    );
    assert!(page(&b, "/appointments")
        .await
        .contains("Helping: David Okafor"));
    b.post_form("/api/helping/finish", &[]).await;
    b.post_form("/api/helping/start", &[]).await;
    let res = b.post_form("/api/helping/code", &[("code", &code)]).await;
    assert!(
        location(&res).starts_with("/helping/resident?form="),
        "used once only"
    );
    // Ten minutes after it is made, a code no longer works.
    let late = code_from_phone(&app, 1, &["appointments"], "30").await;
    for _ in 0..2 {
        app.clock.advance(5 * 60 - 10);
        assert_eq!(text(&b, "/helping").await.0, 200);
    }
    app.clock.advance(21);
    let res = b.post_form("/api/helping/code", &[("code", &late)]).await;
    assert!(
        location(&res).starts_with("/helping/resident?form="),
        "expired"
    );
    // Codes are never kept or logged as typed: only a keyed hash is stored, and the
    // audit trail names no code.
    let events = audit::events_for(&app.state.db, amir).await.unwrap();
    assert!(events
        .iter()
        .all(|e| !e.detail.contains(&code) && !e.detail.contains(&late)));
    let kept: Vec<String> = match &app.state.db {
        front_door::platform::db::Db::Sqlite(p) => {
            sqlx::query_scalar("SELECT code_hash FROM helper_codes")
                .fetch_all(p)
                .await
                .unwrap()
        }
        front_door::platform::db::Db::Postgres(p) => {
            sqlx::query_scalar("SELECT code_hash FROM helper_codes")
                .fetch_all(p)
                .await
                .unwrap()
        }
    };
    let plain = code.replace('-', "");
    assert!(!kept.is_empty() && kept.iter().all(|h| !h.contains(&plain) && h.len() == 40));
}

async fn a_helper_books_and_asks_for_help_and_the_resident_keeps_a_summary(backend: Backend) {
    let (sim, _idp, app) = family(backend).await;
    app.clock.advance(super::triage::TO_MONDAY_9AM);
    let (b, _) = helper_helping(&app).await;
    resident_joins(&b).await;
    let david = account(&app, 1).await.id;

    // A booking.
    let slots = page(&b, "/appointments/book/blood-test").await;
    let slot = common::slot_values(&slots)
        .into_iter()
        .next()
        .expect("a time");
    let res = b
        .post_form(
            "/api/choose-slot",
            &[("need", "blood-test"), ("slot", &slot)],
        )
        .await;
    let key = location(&res)
        .trim_start_matches("/appointments/check/")
        .to_string();
    let res = b.post_form("/api/confirm-booking", &[("key", &key)]).await;
    assert!(location(&res).starts_with("/appointments/booked/"));
    // A request to the practice: it is David's own (he asked, with help).
    let key = super::triage::routine_request(&b).await;
    assert!(super::triage::send(&b, &key).await.contains("/sent"));
    let tasks = super::triage::tasks(&sim).await;
    let task = tasks.last().unwrap();
    assert!(
        task["requester"]["reference"]
            .as_str()
            .is_some_and(|r| r.starts_with("Patient/")),
        "{task}"
    );

    // The end: a summary David keeps, with times, places and references.
    let res = b.post_form("/api/helping/end", &[("by", "resident")]).await;
    assert_eq!(location(&res), "/helping/summary");
    let summary = page(&b, "/helping/summary").await;
    assert!(summary.contains("What was done today"));
    assert!(summary.contains("David Okafor was helped by Amir Khan from Northbridge Libraries"));
    assert!(summary.contains("Appointment booked: "), "{summary}");
    assert!(summary.contains("Reference FD-"));
    assert!(summary.contains("Request sent to "));
    assert!(summary.contains("Reference RQ-"));

    // Finishing clears the computer and returns to the helper's start page; going
    // back shows nothing of David.
    let res = b.post_form("/api/helping/finish", &[]).await;
    assert_eq!(location(&res), "/helping?cleared=yes");
    let clear = res
        .headers()
        .get("clear-site-data")
        .unwrap()
        .to_str()
        .unwrap();
    assert!(clear.contains("cache") && clear.contains("storage"));
    assert!(page(&b, "/helping/summary")
        .await
        .contains("nothing to show"));
    for path in ["/appointments", "/requests", "/record", "/helping/agree"] {
        let (_, body) = text(&b, path).await;
        assert!(!body.contains("David Okafor"), "{path}");
    }
    // The helper sees who, when and what was done: no clinical detail.
    assert!(
        !page(&b, "/helping").await.contains("David Okafor"),
        "the start page names nobody"
    );
    let helping = page(&b, "/helping/past").await;
    assert!(helping.contains("David Okafor"));
    assert!(helping.contains("Booked an appointment"));
    assert!(helping.contains("Sent a request to the GP surgery"));
    assert!(!helping.contains("lood test"));

    // David sees it in his access history, as the helper and their organisation.
    let own = signed_in(&app, 1).await;
    let history = page(&own, "/account/access-history").await;
    assert!(history.contains("Amir Khan (Northbridge Libraries)"));
    assert!(history.contains("Helper, with you at a help point"));
    assert!(history.contains("Agreed to help from a helper at a help point"));
    let (events, _) = audit::history_for(&app.state.db, david, 500, 0)
        .await
        .unwrap();
    assert!(events
        .iter()
        .any(|e| e.action == "appointment_booked" && e.role.as_deref() == Some("helper")));
    assert!(events
        .iter()
        .any(|e| e.action == "triage_sent" && e.role.as_deref() == Some("helper")));
}

on_both_databases!(
    staff_are_appointed_set_up_with_two_step_and_suspended,
    a_helper_sees_nothing_without_consent_and_every_ending_refuses_the_next_request,
    a_one_time_code_is_single_use_short_lived_and_rate_limited,
    a_helper_books_and_asks_for_help_and_the_resident_keeps_a_summary,
);
