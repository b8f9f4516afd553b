//! Digital triage against the provider simulator over real HTTP, on SQLite and on
//! PostgreSQL: red flags stop the questions and are recorded; a request goes to
//! the GP practice as a QuestionnaireResponse and a Task in one transaction, once,
//! however often it is sent; failed and lost sends keep the draft; the practice's
//! progress shows on "Your requests"; a closed practice is never a dead end; a
//! same-day outcome opens same-day booking and nothing else; bad input and other
//! people's requests are refused.

use crate::common;
use common::request_count;

use common::{
    clear_faults, location, nhs_login_as, page, sarah, set_faults, shown, sim_get, slot_values,
    spawn_app_with_sim_budgets, spawn_sim, Backend, Browser, TestApp,
};
use front_door::{
    features::triage::store as triage_store,
    platform::audit::{self, AuditAction},
    sim::{Faults, SimHandle},
};
use serde_json::Value;

const GP: &str = "riverside-gp";
/// From START (Sunday 22 November 2026, 09:00) to Monday 09:00, when the practice is open.
pub(super) const TO_MONDAY_9AM: i64 = 24 * 3600;

async fn setup_at(
    backend: Backend,
    advance: i64,
    overrides: &[(&str, &str)],
) -> (SimHandle, TestApp, Browser) {
    let sim = spawn_sim().await;
    let app = spawn_app_with_sim_budgets(backend, &sim, 1500, 3000, overrides).await;
    app.clock.advance(advance);
    let b = sarah(&app).await;
    (sim, app, b)
}

async fn setup(backend: Backend) -> (SimHandle, TestApp, Browser) {
    setup_at(backend, TO_MONDAY_9AM, &[]).await
}

/// Starts a request; returns its key.
pub(super) async fn begin(b: &Browser) -> String {
    let res = b.post_form("/api/start-triage", &[]).await;
    assert_eq!(res.status(), 302);
    let to = location(&res);
    let key = to
        .strip_prefix("/triage/")
        .expect("a request address")
        .to_string();
    assert_eq!(key.len(), 32, "{to}");
    key
}

/// One answer to a radio or text question; returns where the portal sends the resident next.
pub(super) async fn answer(b: &Browser, key: &str, question: &str, value: &str) -> String {
    let res = b
        .post_form(
            "/api/answer-triage",
            &[("key", key), ("question", question), ("answer", value)],
        )
        .await;
    assert_eq!(res.status(), 302, "{question}={value}");
    location(&res)
}

/// Ticks checkboxes, sent as a browser sends them: `picked[value]=yes`.
pub(super) async fn pick(b: &Browser, key: &str, question: &str, values: &[&str]) -> String {
    let names: Vec<String> = values.iter().map(|v| format!("picked[{v}]")).collect();
    let mut fields: Vec<(&str, &str)> = vec![("key", key), ("question", question)];
    fields.extend(names.iter().map(|n| (n.as_str(), "yes")));
    let res = b.post_form("/api/answer-triage", &fields).await;
    assert_eq!(res.status(), 302, "{question}={values:?}");
    location(&res)
}

/// No red flags, then `answers` in order, each taken to the next question the
/// portal asks for; returns the last address (the check page when all is answered).
pub(super) async fn walk(b: &Browser, key: &str, answers: &[(&str, &str)]) -> String {
    let mut to = pick(b, key, "emergency", &["none"]).await;
    assert_eq!(to, format!("/triage/{key}/q/urgent"));
    to = pick(b, key, "urgent", &["none"]).await;
    for (q, v) in answers {
        assert_eq!(to, format!("/triage/{key}/q/{q}"), "the next question");
        to = answer(b, key, q, v).await;
    }
    to
}

const DESCRIBE: &str = "My asthma has been getting slowly worse for three weeks.";

/// A long-term condition slowly getting worse: routine GP.
pub(super) async fn routine_request(b: &Browser) -> String {
    let key = begin(b).await;
    let to = walk(
        b,
        &key,
        &[
            ("reason", "worse"),
            ("wc-condition", "other"),
            ("wc-how", "weeks"),
            ("describe", DESCRIBE),
            ("contact", "phone"),
        ],
    )
    .await;
    assert_eq!(to, format!("/triage/{key}/check"));
    key
}

/// A long-term condition getting worse quickly: the GP the same day.
async fn same_day_request(b: &Browser) -> String {
    let key = begin(b).await;
    let to = walk(
        b,
        &key,
        &[
            ("reason", "worse"),
            ("wc-condition", "other"),
            ("wc-how", "hours"),
            ("describe", "My breathing is worse since this morning."),
            ("contact", "phone"),
        ],
    )
    .await;
    assert_eq!(to, format!("/triage/{key}/check"));
    key
}

pub(super) async fn send(b: &Browser, key: &str) -> String {
    let res = b.post_form("/api/send-triage", &[("key", key)]).await;
    assert_eq!(res.status(), 302);
    location(&res)
}

pub(super) async fn tasks(sim: &SimHandle) -> Vec<Value> {
    let v: Value = reqwest::get(format!("{}/_admin/providers/{GP}/tasks", sim.base_url))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    match v {
        Value::Array(a) => a,
        Value::Object(m) => m.into_values().collect(),
        _ => Vec::new(),
    }
}

/// Whether the input with this value is ticked or chosen.
fn is_checked(html: &str, value: &str) -> bool {
    html.split("<input")
        .skip(1)
        .filter_map(|rest| rest.split('>').next())
        .any(|tag| tag.contains(&format!("value=\"{value}\"")) && tag.contains(" checked"))
}

fn reference(html: &str) -> String {
    let at = html.find("RQ-").expect("a request reference");
    html[at..at + 12].to_string()
}

async fn red_flag_answers_stop_at_once_and_are_recorded(backend: Backend) {
    let (sim, app, b) = setup(backend).await;
    let key = begin(&b).await;
    let question = page(&b, &format!("/triage/{key}/q/emergency")).await;
    assert!(question.contains("Chest pain") || question.contains("chest pain"));
    // The very first answer: chest pain. Nothing else is asked.
    let to = pick(&b, &key, "emergency", &["chest-pain"]).await;
    assert_eq!(to, format!("/triage/{key}/outcome"));
    let outcome = page(&b, &to).await;
    assert!(outcome.contains("Call 999"), "told to call 999");
    assert!(outcome.contains("nhsuk-card--care--emergency"));
    assert!(outcome.contains("We have not sent a request"));
    // Recorded: the rule that stopped it, and an audit event with who and for whom.
    let flags = triage_store::red_flags(&app.state.db, &key).await.unwrap();
    assert_eq!(flags.len(), 1, "{flags:?}");
    assert_eq!(flags[0].1, "call-999");
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::TriageRedFlag)
            .await
            .unwrap(),
        1
    );
    // Such a request can never be sent to the practice, even by a hand-made post.
    let to = send(&b, &key).await;
    assert!(!to.ends_with("/sent"), "{to}");
    assert!(tasks(&sim).await.is_empty());
    // A mental-health crisis on the second page sends the resident to a crisis line.
    let key = begin(&b).await;
    pick(&b, &key, "emergency", &["none"]).await;
    let to = pick(&b, &key, "urgent", &["suicidal-thoughts"]).await;
    let outcome = page(&b, &to).await;
    assert!(outcome.contains("option for mental health"), "crisis line");
    // Conflicting answers: the more urgent wins.
    let key = begin(&b).await;
    pick(&b, &key, "emergency", &["none"]).await;
    let to = pick(&b, &key, "urgent", &["eye", "suicidal-thoughts"]).await;
    let outcome = page(&b, &to).await;
    assert!(outcome.contains("option for mental health"));
    let flags = triage_store::red_flags(&app.state.db, &key).await.unwrap();
    assert!(flags.iter().any(|(_, d)| d == "crisis"), "{flags:?}");
}

async fn a_routine_request_reaches_the_practice_once_as_valid_fhir(backend: Backend) {
    let (sim, app, b) = setup(backend).await;
    let key = routine_request(&b).await;
    let check = page(&b, &format!("/triage/{key}/check")).await;
    assert!(check.contains("Check your answers"));
    assert!(check.contains(DESCRIBE));
    let outcome = page(&b, &format!("/triage/{key}/outcome")).await;
    assert!(outcome.contains("Send request"), "the practice is open");
    assert!(
        outcome.contains("call 111") || outcome.contains("Call 111"),
        "safety net"
    );
    let to = send(&b, &key).await;
    assert_eq!(to, format!("/triage/{key}/sent"));
    let sent = page(&b, &to).await;
    assert!(sent.contains("Request sent"));
    let reference = reference(&sent);
    assert!(
        sent.contains("will contact you by the end of"),
        "when to expect a reply"
    );
    // Sent again (a double click, or the back button): still one request.
    assert_eq!(send(&b, &key).await, format!("/triage/{key}/sent"));
    let all = tasks(&sim).await;
    assert_eq!(all.len(), 1, "one Task");
    let task = &all[0];
    assert_eq!(task["resourceType"], "Task");
    assert_eq!(task["status"], "requested");
    assert_eq!(task["intent"], "order");
    assert!(task["identifier"]
        .as_array()
        .unwrap()
        .iter()
        .any(|i| i["value"] == reference.as_str()));
    assert!(task["for"]["reference"]
        .as_str()
        .unwrap()
        .starts_with("Patient/"));
    assert!(task["authoredOn"].is_string());
    assert_eq!(
        task["owner"]["identifier"]["system"],
        "https://fhir.nhs.uk/Id/ods-organization-code"
    );
    let focus = task["focus"]["reference"].as_str().unwrap();
    assert!(focus.starts_with("QuestionnaireResponse/"), "{focus}");
    let qr = sim_get(&sim, GP, focus).await;
    assert_eq!(qr["resourceType"], "QuestionnaireResponse");
    assert_eq!(qr["status"], "completed");
    assert_eq!(qr["subject"], task["for"]);
    assert!(qr["questionnaire"].is_string());
    let text = qr.to_string();
    assert!(text.contains(DESCRIBE), "the resident's words arrive");
    // The patient's words never reach the logs or the address bar: the request
    // is known by its key and reference only.
    assert!(!to.contains("asthma"));
    // "Your requests" reads the practice's Task live.
    let list = page(&b, "/requests").await;
    assert!(list.contains(&reference));
    assert!(list.contains("Sent to your surgery"));
    let id = task["id"].as_str().unwrap();
    let res = reqwest::Client::new()
        .put(format!("{}/_admin/providers/{GP}/tasks/{id}", sim.base_url))
        .json(&serde_json::json!({"status": "completed", "business_status": "Prescription sent to your pharmacy"}))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
    let list = page(&b, "/requests").await;
    assert!(list.contains("Completed"), "the status moved");
    assert!(list.contains("Prescription sent to your pharmacy"));
    for action in [
        AuditAction::TriageStarted,
        AuditAction::TriageOutcomeShown,
        AuditAction::TriageSent,
        AuditAction::TriageRequestsViewed,
    ] {
        assert!(
            audit::count_action(&app.state.db, action).await.unwrap() >= 1,
            "{action:?} audited"
        );
    }
}

async fn a_failed_send_keeps_the_answers_and_can_be_sent_again(backend: Backend) {
    let (sim, app, b) = setup(backend).await;
    let key = routine_request(&b).await;
    set_faults(
        &sim,
        GP,
        &Faults {
            write_status: Some(503),
            ..Faults::default()
        },
    )
    .await;
    let to = send(&b, &key).await;
    assert_eq!(to, format!("/triage/{key}/outcome"));
    let outcome = page(&b, &to).await;
    assert!(outcome.contains("Your request has not been sent"));
    assert!(outcome.contains("nhsuk-error-summary"));
    assert!(tasks(&sim).await.is_empty());
    assert!(
        page(&b, &format!("/triage/{key}/check"))
            .await
            .contains(DESCRIBE),
        "answers kept"
    );
    clear_faults(&sim, GP).await;
    app.clock.advance(31);
    assert_eq!(send(&b, &key).await, format!("/triage/{key}/sent"));
    assert_eq!(tasks(&sim).await.len(), 1);
    assert!(
        audit::count_action(&app.state.db, AuditAction::TriageNotSent)
            .await
            .unwrap()
            >= 1
    );
}

async fn a_send_whose_answer_is_lost_is_settled_without_a_second_request(backend: Backend) {
    let (sim, _app, b) = setup(backend).await;
    let key = routine_request(&b).await;
    set_faults(
        &sim,
        GP,
        &Faults {
            write_lost: true,
            ..Faults::default()
        },
    )
    .await;
    let to = send(&b, &key).await;
    // Either "we are checking" or, if it settled at once, sent: never "not sent".
    assert!(to.ends_with("/sent"), "{to}");
    clear_faults(&sim, GP).await;
    let sent = page(&b, &format!("/triage/{key}/sent")).await;
    assert!(
        sent.contains("Request sent"),
        "settled by asking the practice"
    );
    assert_eq!(send(&b, &key).await, format!("/triage/{key}/sent"));
    assert_eq!(tasks(&sim).await.len(), 1, "never two");
}

async fn answers_survive_going_back_and_signing_in_again(backend: Backend) {
    let (_sim, app, b) = setup(backend).await;
    let key = routine_request(&b).await;
    // Back to an earlier question: the answer is still chosen.
    let q = page(&b, &format!("/triage/{key}/q/wc-how")).await;
    assert!(is_checked(&q, "weeks"), "kept");
    // A session that ends: the draft is waiting after signing in again.
    app.clock.advance(3 * 3600);
    let b2 = sarah(&app).await;
    let start = page(&b2, "/triage").await;
    assert!(start.contains("Continue your request"));
    assert!(start.contains(&format!("/triage/{key}")));
    assert!(page(&b2, &format!("/triage/{key}/check"))
        .await
        .contains(DESCRIBE));
}

async fn a_closed_practice_says_what_to_do_and_screening_still_works(backend: Backend) {
    let dir = std::env::temp_dir().join(format!("fd-online-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join(format!("{backend:?}-paused.json"));
    let text = std::fs::read_to_string("data/online-requests.json")
        .unwrap()
        .replace(
            "\"paused\": null",
            "\"paused\": \"We are not taking online requests today. Phone us on 01632 960 123.\"",
        );
    std::fs::write(&file, text).unwrap();
    let path = file.to_string_lossy().to_string();
    let (sim, _app, b) = setup_at(
        backend,
        TO_MONDAY_9AM,
        &[("FRONTDOOR_ONLINE_REQUESTS_FILE", path.as_str())],
    )
    .await;
    let start = page(&b, "/triage").await;
    assert!(start.contains("We are not taking online requests today"));
    let key = routine_request(&b).await;
    let outcome = page(&b, &format!("/triage/{key}/outcome")).await;
    assert!(outcome.contains("Phone us on 01632 960 123"));
    assert!(!outcome.contains("Send request"));
    let to = send(&b, &key).await;
    assert!(!to.ends_with("/sent"));
    assert!(tasks(&sim).await.is_empty());
    // Red flags are still asked and still answered.
    let key = begin(&b).await;
    let to = pick(&b, &key, "emergency", &["stroke"]).await;
    assert!(page(&b, &to).await.contains("Call 999"));
    let _ = std::fs::remove_file(file);
}

async fn same_day_help_needs_the_surgery_open_or_else_says_call_111(backend: Backend) {
    // Sunday morning: the surgery is closed.
    let (sim, _app, b) = setup_at(backend, 0, &[]).await;
    let key = same_day_request(&b).await;
    let outcome = shown(&page(&b, &format!("/triage/{key}/outcome")).await);
    assert!(outcome.contains("Call 111 now"));
    assert!(outcome.contains("Your answers are saved"));
    assert!(outcome.contains("Nothing has been sent"));
    // One clear message: nothing that reads as if a request were going.
    assert!(!outcome.contains("Send request"));
    assert!(!outcome.contains("Send your request"));
    assert!(!outcome.contains("will contact you"));
    assert!(!outcome.contains("speak to you today"));
    assert!(!send(&b, &key).await.ends_with("/sent"));
    // A routine request is still taken on a Sunday, with the practice's own
    // time frame (3 working days for routine requests in its settings).
    let key = routine_request(&b).await;
    let outcome = page(&b, &format!("/triage/{key}/outcome")).await;
    assert!(outcome.contains("Send request"));
    assert!(
        outcome.contains("will contact you within 3 working days, by the end of"),
        "the promise comes from the practice's settings"
    );
    assert!(outcome.contains("It has not been sent yet"));
    assert_eq!(send(&b, &key).await, format!("/triage/{key}/sent"));
    assert_eq!(tasks(&sim).await.len(), 1);
}

async fn a_same_day_outcome_opens_same_day_booking_once(backend: Backend) {
    let (_sim, _app, b) = setup(backend).await;
    // Without a request, same-day help cannot be booked.
    let direct = page(&b, "/appointments/book/same-day").await;
    assert!(direct.contains("You cannot book this online"));
    let key = same_day_request(&b).await;
    assert_eq!(send(&b, &key).await, format!("/triage/{key}/sent"));
    let sent = page(&b, &format!("/triage/{key}/sent")).await;
    let link = format!("/appointments/book/same-day?triage={key}");
    assert!(sent.contains(&link), "the booking opens");
    let slots = page(&b, &link).await;
    assert!(
        slots.contains("Free times on Monday 23 November 2026")
            || slots.contains("Free times on 23 November 2026"),
        "today only"
    );
    let values = slot_values(&slots);
    assert!(!values.is_empty(), "same-day times today");
    assert!(slots.contains("Monday 23 November"));
    assert!(!slots.contains("Tuesday 24 November"));
    // A same-day time without the request's key is refused.
    let res = b
        .post_form(
            "/api/choose-slot",
            &[
                ("need", "same-day"),
                ("slot", &values[0]),
                ("change", ""),
                ("from", ""),
            ],
        )
        .await;
    assert!(location(&res).starts_with("/appointments/book/same-day?form="));
    let res = b
        .post_form(
            "/api/choose-slot",
            &[
                ("need", "same-day"),
                ("slot", &values[0]),
                ("change", ""),
                ("from", ""),
                ("triage", &key),
            ],
        )
        .await;
    let to = location(&res);
    let attempt = to
        .strip_prefix("/appointments/check/")
        .expect("check page")
        .to_string();
    let res = b
        .post_form("/api/confirm-booking", &[("key", &attempt)])
        .await;
    assert_eq!(location(&res), format!("/appointments/booked/{attempt}"));
    // One booking per request: the link and the times are gone.
    let sent = page(&b, &format!("/triage/{key}/sent")).await;
    assert!(!sent.contains(&link));
    assert!(page(&b, &link)
        .await
        .contains("You cannot book this online"));
}

async fn a_two_day_outcome_opens_new_problem_booking_within_its_days(backend: Backend) {
    let (_sim, app, b) = setup(backend).await;
    let key = begin(&b).await;
    let to = walk(
        &b,
        &key,
        &[
            ("reason", "medication"),
            ("med-kind", "side-effect"),
            (
                "describe-request",
                "I feel dizzy since starting a new tablet.",
            ),
            ("contact", "either"),
        ],
    )
    .await;
    assert_eq!(to, format!("/triage/{key}/check"));
    assert!(page(&b, &format!("/triage/{key}/outcome"))
        .await
        .contains("within 2 working days"));
    assert_eq!(send(&b, &key).await, format!("/triage/{key}/sent"));
    let link = format!("/appointments/book/gp-new-problem?triage={key}");
    assert!(page(&b, &format!("/triage/{key}/sent"))
        .await
        .contains(&link));
    // Sent on Monday: times up to the end of Wednesday, the second working day.
    let slots = page(&b, &link).await;
    assert!(slots.contains("name=\"slot\""), "times are offered");
    assert!(slots.contains("Wednesday 25 November"));
    assert!(!slots.contains("Thursday 26 November"));
    // On Thursday the outcome's time has passed: the booking is closed again.
    app.clock.advance(3 * 24 * 3600);
    let b = sarah(&app).await;
    assert!(page(&b, &link)
        .await
        .contains("You cannot book this online"));
}

async fn set_date_of_birth(app: &TestApp, dob: &str) {
    front_door::on_db!(&app.state.db, |pool| {
        sqlx::query("UPDATE accounts SET date_of_birth = $1")
            .bind(dob)
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
            .expect("date of birth changed")
    });
}

async fn request_state(app: &TestApp, key: &str) -> String {
    front_door::on_db!(&app.state.db, |pool| {
        sqlx::query_scalar::<_, String>("SELECT state FROM triage_requests WHERE request_key = $1")
            .bind(key)
            .fetch_one(pool)
            .await
            .expect("the request")
    })
}

/// Hazard H16: an age that cannot be worked out is never guessed (it used to be
/// taken as a newborn's). No question is asked, no answer saved, nothing sent or
/// started: the resident is asked for their date of birth and told where to get
/// help now.
async fn an_unreadable_date_of_birth_is_asked_for_and_no_rule_is_chosen(backend: Backend) {
    let (sim, app, b) = setup(backend).await;
    let key = routine_request(&b).await;
    let before = request_count(&sim, GP).await;
    for dob in ["not a date", "2099-01-01", ""] {
        set_date_of_birth(&app, dob).await;
        let res = b.get("/triage").await;
        assert_eq!(res.status(), 409, "{dob:?}");
        let html = res.text().await.unwrap();
        assert!(html.contains("We need your date of birth"), "{dob:?}");
        assert!(html.contains("call 111, or 999 in an emergency"));
        assert!(!html.contains("Start now"), "no questions without an age");
        let res = b.get(&format!("/triage/{key}/q/urgent")).await;
        assert_eq!(res.status(), 409, "{dob:?}");
        assert!(res
            .text()
            .await
            .unwrap()
            .contains("We need your date of birth"));
        let res = b.get(&format!("/triage/{key}/check")).await;
        assert_eq!(res.status(), 409, "{dob:?}");
        let res = b
            .post_form(
                "/api/answer-triage",
                &[("key", &key), ("question", "contact"), ("answer", "online")],
            )
            .await;
        assert!(res.status() != 302 || !location(&res).starts_with("/triage/"));
        let res = b.post_form("/api/send-triage", &[("key", &key)]).await;
        assert!(res.status() != 302 || !location(&res).ends_with("/sent"));
        // Starting is refused too: no new request, and the draft is not given up.
        let res = b.post_form("/api/start-triage", &[]).await;
        assert!(res.status() != 302 || !location(&res).starts_with("/triage/"));
        assert_eq!(request_state(&app, &key).await, "draft", "kept, not sent");
    }
    assert_eq!(
        request_count(&sim, GP).await,
        before,
        "nothing reached the practice"
    );
    // With the date of birth back, the same request carries on where it was.
    set_date_of_birth(&app, "1984-03-14").await;
    let res = b.get(&format!("/triage/{key}/check")).await;
    assert_eq!(res.status(), 200);
}

async fn bad_input_gets_a_message_never_a_server_error(backend: Backend) {
    let (_sim, _app, b) = setup(backend).await;
    let key = begin(&b).await;
    // Nothing chosen.
    let to = pick(&b, &key, "emergency", &[]).await;
    assert!(
        to.starts_with(&format!("/triage/{key}/q/emergency?form=")),
        "{to}"
    );
    let html = page(&b, &to).await;
    assert!(html.contains("nhsuk-error-summary"));
    // "None of these" with a symptom ticked is a contradiction, not a pass.
    let to = pick(&b, &key, "emergency", &["none", "seizure"]).await;
    assert!(to.contains("form="), "{to}");
    // A value that is not one of the choices.
    pick(&b, &key, "emergency", &["none"]).await;
    pick(&b, &key, "urgent", &["none"]).await;
    let to = answer(&b, &key, "reason", "<script>alert(1)</script>").await;
    assert!(to.contains("form="));
    let html = page(&b, &to).await;
    assert!(!html.contains("<script>alert(1)"));
    // Far too many words: refused with the words kept.
    answer(&b, &key, "reason", "worse").await;
    answer(&b, &key, "wc-condition", "other").await;
    answer(&b, &key, "wc-how", "weeks").await;
    let long = "word ".repeat(400);
    let to = answer(&b, &key, "describe", &long).await;
    assert!(to.contains("form="));
    let html = page(&b, &to).await;
    assert!(html.contains("nhsuk-error-summary"));
    assert!(html.contains("word word word"), "the words are kept");
    // Unknown questions, bad keys and junk never give a 5xx.
    for path in [
        format!("/triage/{key}/q/no-such-question"),
        "/triage/not-a-key/q/emergency".to_string(),
        "/triage/0123456789abcdef0123456789abcdef/outcome".to_string(),
    ] {
        let res = b.get(&path).await;
        assert!(res.status().as_u16() < 500, "{path}: {}", res.status());
    }
    for fields in [
        vec![("key", "short"), ("question", "emergency")],
        vec![("key", key.as_str()), ("question", "../../etc")],
        vec![("key", key.as_str())],
    ] {
        let res = b.post_form("/api/answer-triage", &fields).await;
        assert!(res.status().as_u16() < 500, "{fields:?}: {}", res.status());
    }
}

async fn someone_elses_request_cannot_be_seen_or_changed(backend: Backend) {
    let (sim, app, b) = setup(backend).await;
    let key = routine_request(&b).await;
    let other = common::nhs_login_as(&app, "david@example.test").await;
    for path in [
        format!("/triage/{key}/check"),
        format!("/triage/{key}/outcome"),
        format!("/triage/{key}/q/reason"),
    ] {
        let html = other.get(&path).await.text().await.unwrap();
        assert!(html.contains("We could not find that request"), "{path}");
        assert!(!html.contains(DESCRIBE));
    }
    let res = other
        .post_form(
            "/api/answer-triage",
            &[("key", &key), ("question", "reason"), ("answer", "admin")],
        )
        .await;
    assert!(res.status().as_u16() < 500);
    let res = other.post_form("/api/send-triage", &[("key", &key)]).await;
    assert!(res.status().as_u16() < 500);
    assert!(tasks(&sim).await.is_empty());
    let mine = page(&b, &format!("/triage/{key}/check")).await;
    assert!(mine.contains(DESCRIBE), "the owner's answers are unchanged");
    assert!(!mine.contains("Something else, such as a letter"));
}

/// Someone the practice has no registration for cannot have a request sent: they
/// are told before the first question, with what to do; red-flag screening still
/// works; no page offers "send" or reads as if a request had gone; nothing
/// reaches the practice.
async fn someone_whose_request_cannot_be_sent_is_told_at_the_start(backend: Backend) {
    let sim = spawn_sim().await;
    let app = spawn_app_with_sim_budgets(backend, &sim, 1500, 3000, &[]).await;
    app.clock.advance(TO_MONDAY_9AM);
    // Proved by NHS login, but not registered at the practice Front Door knows.
    let b = nhs_login_as(&app, "sam@example.test").await;
    let start = shown(&page(&b, "/triage").await);
    assert!(
        start.contains("You cannot send a request online yet"),
        "{start}"
    );
    assert!(start.contains("do not have a registration that matches"));
    assert!(
        start.contains("01632 960 123"),
        "the practice's phone number"
    );
    assert!(start.contains("You can still answer the questions"));
    // Red flags are still screened.
    let key = begin(&b).await;
    let to = pick(&b, &key, "emergency", &["stroke"]).await;
    assert!(page(&b, &to).await.contains("Call 999"));
    // A routine request: the outcome says why nothing can be sent.
    let key = routine_request(&b).await;
    let outcome = shown(&page(&b, &format!("/triage/{key}/outcome")).await);
    assert!(outcome.contains("You cannot send a request online yet"));
    assert!(outcome.contains("Nothing has been sent"));
    assert!(!outcome.contains("Send request") && !outcome.contains("will contact you"));
    assert!(!send(&b, &key).await.ends_with("/sent"));
    // Sending anyway (an old page, a replayed form) keeps it, with the reason.
    let outcome = shown(&page(&b, &format!("/triage/{key}/outcome")).await);
    assert!(outcome.contains("Your request has not been sent"));
    assert!(outcome.contains("We could not find your registration"));
    // Help today: one message, call.
    let key = same_day_request(&b).await;
    let outcome = shown(&page(&b, &format!("/triage/{key}/outcome")).await);
    assert!(outcome.contains("Call 111 now") || outcome.contains("Phone Riverside"));
    assert!(outcome.contains("01632 960 123"));
    assert!(!outcome.contains("Send request"));
    assert!(tasks(&sim).await.is_empty(), "nothing reached the practice");
    let refused = audit::count_action(&app.state.db, AuditAction::TriageNotSent)
        .await
        .unwrap();
    assert_eq!(refused, 1, "the one send tried was refused and audited");
}

on_both_databases!(
    someone_whose_request_cannot_be_sent_is_told_at_the_start,
    red_flag_answers_stop_at_once_and_are_recorded,
    a_routine_request_reaches_the_practice_once_as_valid_fhir,
    a_failed_send_keeps_the_answers_and_can_be_sent_again,
    a_send_whose_answer_is_lost_is_settled_without_a_second_request,
    answers_survive_going_back_and_signing_in_again,
    a_closed_practice_says_what_to_do_and_screening_still_works,
    same_day_help_needs_the_surgery_open_or_else_says_call_111,
    a_same_day_outcome_opens_same_day_booking_once,
    a_two_day_outcome_opens_new_problem_booking_within_its_days,
    bad_input_gets_a_message_never_a_server_error,
    someone_elses_request_cannot_be_seen_or_changed,
    an_unreadable_date_of_birth_is_asked_for_and_no_rule_is_chosen,
);
