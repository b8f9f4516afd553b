//! Carers and parents against the provider simulator and a real identity
//! provider, on SQLite and on PostgreSQL: relationships the GP practice records,
//! the age rules at their boundaries, items marked sensitive or restricted, an
//! invitation from first click to revocation, what reaches the practice when a
//! carer asks for help or books, the access history, and an authorisation matrix
//! over every page in the route table and every server function.

use crate::common;
use common::{
    location, nhs_login_as, page, sim_get, spawn_app_with_sim_budgets, spawn_sim, Backend, Browser,
    TestApp,
};
use front_door::{
    domain::{person, uk_time::uk_wall_clock, AccountId},
    platform::{
        accounts::{self, AccountRow},
        acting::Scope,
        audit::{self, AuditAction},
        proxies::{self, Basis, NewGrant, GRANTABLE},
    },
    sim::{
        data::{population, Person, BEN, GRACE, LILY, MARYAM},
        identity_provider::IdentityProvider,
        SimHandle,
    },
};
use serde_json::Value;

fn start_date() -> time::Date {
    time::OffsetDateTime::from_unix_timestamp(common::START)
        .unwrap()
        .date()
}

pub(super) fn people() -> Vec<Person> {
    population(1, start_date())
}

pub(super) fn email(index: usize) -> String {
    format!("resident{index}@example.test")
}

/// The simulator, an identity provider where every simulated person is P9 (as
/// `resident{index}@example.test`), and the portal reading from the simulator.
pub(super) async fn family(backend: Backend) -> (SimHandle, IdentityProvider, TestApp) {
    let sim = spawn_sim().await;
    let idp = common::identity_provider_for(&people()).await;
    let settings = common::nhs_login_settings(&idp);
    let overrides: Vec<(&str, &str)> = settings
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let app = spawn_app_with_sim_budgets(backend, &sim, 3000, 5000, &overrides).await;
    (sim, idp, app)
}

pub(super) async fn signed_in(app: &TestApp, index: usize) -> Browser {
    nhs_login_as(app, &email(index)).await
}

pub(super) async fn account(app: &TestApp, index: usize) -> AccountRow {
    accounts::by_proved_nhs_number(&app.state.db, &people()[index].nhs_number)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("an account for person {index}"))
}

async fn choose(b: &Browser, subject: AccountId) -> String {
    let res = b
        .post_form("/api/act-for/choose", &[("person", &subject.0.to_string())])
        .await;
    location(&res)
}

/// Lets `proxy` act for `subject` with `scopes` until `ends_at`, as an accepted invitation would.
async fn grant(
    app: &TestApp,
    subject: AccountId,
    proxy: AccountId,
    scopes: &[Scope],
    ends_at: i64,
) -> i64 {
    proxies::insert(
        &app.state.db,
        &NewGrant {
            subject,
            proxy,
            basis: Basis::Consent,
            proxy_is: "friend",
            subject_is: "friend",
            scopes,
            starts_at: app.clock.now_unix() - 60,
            ends_at: Some(ends_at),
            provider_id: None,
            provider_ref: None,
            practice_allows_older_child: false,
        },
        app.clock.now_unix(),
    )
    .await
    .unwrap()
}

pub(super) async fn text(b: &Browser, path: &str) -> (u16, String) {
    let res = b.get(path).await;
    let status = res.status().as_u16();
    (status, res.text().await.unwrap())
}

// ---- Relationships the GP practice records -------------------------------------------------

async fn a_parent_chooses_a_young_child_and_sees_their_record_from_every_provider(
    backend: Backend,
) {
    let (_sim, _idp, app) = family(backend).await;
    // The first sign-in makes her account and welcomes her; from then on she is asked.
    signed_in(&app, 0).await;
    let sarah = app.browser();
    let res = sarah.nhs_login(&email(0)).await;
    assert_eq!(
        location(&res),
        "/act-for",
        "a parent is asked whom she is using Front Door for"
    );
    let chooser = page(&sarah, "/act-for").await;
    assert!(chooser.contains("Ben Thompson (son, 9)"), "{chooser}");
    assert!(chooser.contains("Lily Thompson (daughter, 12)"));
    assert!(chooser.contains("Myself (Sarah Thompson)"));
    // Lily is 12: the chooser says what her mother can still do.
    assert!(chooser.contains("see and manage appointments"));
    let ben = account(&app, BEN).await;
    assert_eq!(ben.email, None, "Ben does not sign in himself");
    assert_eq!(choose(&sarah, ben.id).await, "/home");

    let summary = page(&sarah, "/record").await;
    assert!(summary.contains("You are acting for Ben Thompson (son, 9)"));
    assert!(
        summary.contains("(acting for Ben Thompson)"),
        "the page title says whose page it is"
    );
    assert!(summary.contains("Asthma"));
    assert!(
        !summary.contains("High blood pressure"),
        "not his mother's record"
    );
    // Ben is known to the GP and the hospital: both answer for him.
    let timeline = page(&sarah, "/record/timeline").await;
    assert!(timeline.contains("Asthma review"));
    assert!(timeline.contains("outpatient clinic"));
    // His GP marked one problem sensitive and one letter restricted: neither reaches his mother.
    let problems = page(&sarah, "/record/problems").await;
    assert!(
        !problems.contains("anxiety"),
        "a sensitive item reached a proxy"
    );
    let letters = page(&sarah, "/record/letters").await;
    assert!(
        !letters.contains("Safeguarding"),
        "a restricted item reached a proxy"
    );
    let bundle = sarah.download_record().await.text().await.unwrap();
    assert!(bundle.contains("Asthma"));
    assert!(!bundle.contains("anxiety") && !bundle.contains("Safeguarding"));

    // Every view is audited with who, for whom and in what role.
    let sarah_id = account(&app, 0).await.id;
    let events = audit::history_for(&app.state.db, ben.id, 100, 0)
        .await
        .unwrap()
        .0;
    assert!(events.iter().any(|e| e.action == "record_viewed"
        && e.actor == Some(sarah_id)
        && e.role.as_deref() == Some("parent")));
    assert!(events
        .iter()
        .any(|e| e.action == "proxy_access_from_practice"));
    // Switching back is one choice.
    assert_eq!(
        location(
            &sarah
                .post_form("/api/act-for/choose", &[("person", "self")])
                .await
        ),
        "/home"
    );
    assert!(page(&sarah, "/record")
        .await
        .contains("High blood pressure"));
}

async fn sensitive_items_reach_only_the_person_and_restricted_items_nobody(backend: Backend) {
    let (_sim, _idp, app) = family(backend).await;
    // David sees his own sensitive problem, but not the safeguarding notes.
    let david = signed_in(&app, 1).await;
    assert!(page(&david, "/record/problems")
        .await
        .contains("Chronic anxiety"));
    assert!(!page(&david, "/record/letters")
        .await
        .contains("Safeguarding"));
    let own = david.download_record().await.text().await.unwrap();
    assert!(own.contains("Chronic anxiety") && !own.contains("Safeguarding"));
    // Grace, acting for him with every scope, sees neither, even from the copy kept
    // while the GP system cannot answer.
    let david_id = account(&app, 1).await.id;
    let grace = signed_in(&app, GRACE).await;
    let grace_id = account(&app, GRACE).await.id;
    grant(
        &app,
        david_id,
        grace_id,
        &GRANTABLE,
        app.clock.now_unix() + 86_400,
    )
    .await;
    assert_eq!(choose(&grace, david_id).await, "/home");
    let problems = page(&grace, "/record/problems").await;
    assert!(problems.contains("You are acting for David Okafor"));
    assert!(!problems.contains("anxiety"));
    assert!(!page(&grace, "/record/letters")
        .await
        .contains("Safeguarding"));
    let theirs = grace.download_record().await.text().await.unwrap();
    assert!(!theirs.contains("anxiety") && !theirs.contains("Safeguarding"));
}

async fn a_lasting_power_of_attorney_recorded_by_the_practice_is_honoured(backend: Backend) {
    let (sim, _idp, app) = family(backend).await;
    signed_in(&app, 2).await;
    let aisha = app.browser();
    assert_eq!(location(&aisha.nhs_login(&email(2)).await), "/act-for");
    let maryam = account(&app, MARYAM).await;
    assert!(page(&aisha, "/act-for")
        .await
        .contains("Maryam Rahman (lasting power of attorney, 88)"));
    assert_eq!(choose(&aisha, maryam.id).await, "/home");
    let summary = page(&aisha, "/record").await;
    assert!(summary.contains("Maryam Rahman"));
    assert!(!page(&aisha, "/record/problems").await.contains("anxiety"));
    // Grace is recorded only as David's next of kin: that grants nothing.
    signed_in(&app, GRACE).await;
    let grace = app.browser();
    assert_eq!(location(&grace.nhs_login(&email(GRACE)).await), "/home");
    let grace_id = account(&app, GRACE).await.id;
    assert!(proxies::for_proxy(&app.state.db, grace_id)
        .await
        .unwrap()
        .is_empty());
    // The practice no longer records the attorney: her access ends at her next sign-in.
    let rp = sim_get(
        &sim,
        "riverside-gp",
        &format!("RelatedPerson?patient=Patient/y90001-{}", 1000 + MARYAM),
    )
    .await;
    let id = rp["entry"][0]["resource"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let res = reqwest::Client::new()
        .post(format!(
            "{}/_admin/providers/riverside-gp/related-people/{id}/end",
            sim.base_url
        ))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success(), "{}", res.status());
    let ended: Value = res.json().await.unwrap();
    assert_eq!(ended["active"], false);
    let again = app.browser();
    assert_eq!(location(&again.nhs_login(&email(2)).await), "/home");
    let (status, body) = text(&aisha, "/record").await;
    assert_eq!(
        status, 403,
        "the old session is refused on its next request"
    );
    assert!(body.contains("has ended"));
}

/// The day before and the day of the 11th and 16th birthdays, UK time, with one
/// session kept across midnight.
async fn age_rules_apply_from_the_birthday_itself(backend: Backend) {
    let (_sim, _idp, app) = family(backend).await;
    let born = people()[BEN].birth_date;
    let birthday = |years: i32| {
        let d = born.replace_year(born.year() + years).unwrap_or(born);
        uk_wall_clock(d, 0, 0).unix_timestamp()
    };
    for (years, before, from) in [
        (
            11,
            vec!["/record", "/record/test-results", "/appointments"],
            vec!["/appointments", "/requests"],
        ),
        (16, vec!["/appointments", "/requests"], vec![]),
    ] {
        // Two minutes before midnight on the day before the birthday.
        let target = birthday(years) - 120;
        app.clock.advance(target - app.clock.now_unix());
        let sarah = signed_in(&app, 0).await;
        let ben = account(&app, BEN).await;
        assert_eq!(person::stored_date(&ben.date_of_birth), Some(born));
        assert_eq!(
            choose(&sarah, ben.id).await,
            "/home",
            "{years}: the day before"
        );
        for path in &before {
            assert_eq!(
                text(&sarah, path).await.0,
                200,
                "{years}, the day before: {path}"
            );
        }
        app.clock.advance(180);
        let (status, body) = text(&sarah, "/record").await;
        assert_eq!(status, 403, "{years}, the birthday: the record");
        assert!(
            body.contains(if years == 11 {
                "11th birthday"
            } else {
                "16th birthday"
            }),
            "{body}"
        );
        for path in &from {
            assert_eq!(
                text(&sarah, path).await.0,
                200,
                "{years}, the birthday: {path}"
            );
        }
        if years == 16 {
            assert_eq!(text(&sarah, "/appointments").await.0, 403);
            // Ben at 16 is no longer offered.
            let chooser = page(&sarah, "/act-for").await;
            assert!(chooser.contains("Parents' access ends on a child's 16th birthday"));
            let res = sarah
                .post_form("/api/act-for/choose", &[("person", &ben.id.0.to_string())])
                .await;
            assert!(location(&res).starts_with("/act-for?form="));
        }
    }
    // Lily is 12 on the first day and was never offered her record.
    let lily = account(&app, LILY).await;
    assert!(
        person::age_in_years(
            person::stored_date(&lily.date_of_birth).unwrap(),
            start_date()
        )
        .unwrap()
            >= 11
    );
}

async fn a_child_who_signs_in_takes_up_the_account_with_its_history(backend: Backend) {
    let (_sim, _idp, app) = family(backend).await;
    let sarah = signed_in(&app, 0).await;
    let ben = account(&app, BEN).await;
    assert_eq!(choose(&sarah, ben.id).await, "/home");
    assert_eq!(text(&sarah, "/appointments").await.0, 200);
    // Ben signs in with NHS login himself: the same account, now his.
    let own = app.browser();
    assert_eq!(
        location(&own.nhs_login(&email(BEN)).await),
        "/account/identity?welcome=yes"
    );
    let now_his = accounts::by_id(&app.state.db, ben.id)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(now_his.email.as_deref(), Some(email(BEN).as_str()));
    assert!(now_his.nhs_login_sub.is_some());
    let history = page(&own, "/account/access-history").await;
    assert!(history.contains("Sarah Thompson"));
    assert!(history.contains("Parent"));
    assert!(history.contains("Looked at appointments"));
    // His mother still acts for him (he is 9), and her view is still of his record.
    assert!(page(&sarah, "/appointments")
        .await
        .contains("You are acting for Ben Thompson"));
}

// ---- An invitation, from first click to revocation --------------------------------------

fn invitation_link(html: &str, app: &TestApp) -> String {
    let at = html
        .find("/invitation/open?token=")
        .expect("an invitation link");
    let rest = &html[at..];
    let end = rest.find('<').unwrap();
    format!("{}{}", app.base, &rest[..end])
}

async fn invite(
    app: &TestApp,
    b: &Browser,
    to: &str,
    scopes: &[&str],
    until: time::Date,
) -> String {
    let day = until.day().to_string();
    let month = (until.month() as u8).to_string();
    let year = until.year().to_string();
    let mut fields = vec![
        ("name", "Grace Okafor"),
        ("email", to),
        ("relationship", "daughter"),
        ("until_day", day.as_str()),
        ("until_month", month.as_str()),
        ("until_year", year.as_str()),
    ];
    let names: Vec<String> = scopes.iter().map(|s| format!("scopes[{s}]")).collect();
    fields.extend(names.iter().map(|n| (n.as_str(), "yes")));
    let res = b.post_form("/api/people/invite", &fields).await;
    assert_eq!(location(&res), "/account/people/invited");
    let html = page(b, "/account/people/invited").await;
    assert!(
        !page(b, "/account/people/invited")
            .await
            .contains("/invitation/open"),
        "shown once"
    );
    invitation_link(&html, app)
}

async fn open(b: &Browser, link: &str) -> String {
    let res = b.get(link).await;
    assert_eq!(location(&res), "/invitation");
    page(b, "/invitation").await
}

async fn accept(b: &Browser) -> String {
    location(&b.post_form("/api/invitation/accept", &[]).await)
}

async fn an_invited_carer_acts_within_limits_until_the_resident_ends_it(backend: Backend) {
    let (sim, _idp, app) = family(backend).await;
    app.clock.advance(super::triage::TO_MONDAY_9AM);
    let david = signed_in(&app, 1).await;
    let people_page = page(&david, "/account/people").await;
    assert!(people_page.contains("Nobody can act for you at the moment."));
    // Bad answers keep the others and say what to fix.
    let res = david
        .post_form(
            "/api/people/invite",
            &[
                ("name", "Grace Okafor"),
                ("email", "not-an-email"),
                ("until_day", "1"),
                ("until_month", "1"),
                ("until_year", "2031"),
            ],
        )
        .await;
    let form = page(&david, &location(&res)).await;
    assert!(form.contains("There is a problem"));
    assert!(form.contains("Select who they are to you"));
    assert!(form.contains("Select what they can do for you"));
    assert!(form.contains("must be on or before"));
    assert!(form.contains("value=\"Grace Okafor\""));

    let until = start_date() + time::Duration::days(90);
    let link = invite(
        &app,
        &david,
        &email(GRACE),
        &["appointments", "triage"],
        until,
    )
    .await;
    assert!(page(&david, "/account/people")
        .await
        .contains("Invitations not yet accepted"));

    // Someone else cannot use it; it stays usable for Grace.
    let sarah = signed_in(&app, 0).await;
    let seen = open(&sarah, &link).await;
    assert!(seen.contains("David Okafor has invited you to act for them"));
    assert!(
        !seen.contains("anxiety") && !seen.contains("Asthma"),
        "no clinical detail"
    );
    let to = accept(&sarah).await;
    assert!(page(&sarah, &to)
        .await
        .contains("This invitation was sent to someone else"));
    let sarah_id = account(&app, 0).await.id;
    let david_id = account(&app, 1).await.id;
    assert!(proxies::between(&app.state.db, sarah_id, david_id)
        .await
        .unwrap()
        .is_empty());

    // Grace opens the link before signing in, signs in, and comes back to accept.
    let grace = app.browser();
    let seen = open(&grace, &link).await;
    assert!(seen.contains("Sign in to accept"));
    assert_eq!(
        location(&grace.nhs_login(&email(GRACE)).await),
        "/invitation"
    );
    assert_eq!(accept(&grace).await, "/act-for?accepted=yes");
    let appointments = page(&grace, "/appointments").await;
    assert!(appointments.contains("You are acting for David Okafor (parent, 75)"));
    let (status, body) = text(&grace, "/record").await;
    assert_eq!(status, 403);
    assert!(body.contains("You have not been given access to do this for this person"));
    // Used once only.
    let again = open(&sarah, &link).await;
    assert!(again.contains("already been used"));

    // Grace asks David's practice for help: the Task names her, not him.
    let key = super::triage::routine_request(&grace).await;
    assert!(super::triage::send(&grace, &key).await.contains("/sent"));
    let tasks = super::triage::tasks(&sim).await;
    let task = tasks.last().unwrap();
    let grace_nhs = &people()[GRACE].nhs_number;
    assert_eq!(task["requester"]["type"], "RelatedPerson", "{task}");
    assert_eq!(task["requester"]["identifier"]["value"], grace_nhs.as_str());
    assert!(task["requester"]["display"]
        .as_str()
        .unwrap()
        .contains("Grace Okafor"));
    assert_eq!(
        task["for"]["identifier"]["value"],
        people()[1].nhs_number.as_str()
    );

    // David changes what she can do: from her next click.
    let grant_id = proxies::for_subject(&app.state.db, david_id).await.unwrap()[0].id;
    let change = page(&david, &format!("/account/people/{grant_id}")).await;
    assert!(
        change.contains("Change Grace Okafor&#x27;s access")
            || change.contains("Change Grace Okafor's access")
    );
    // Nobody else can open it, or change or end it.
    assert_eq!(
        text(&sarah, &format!("/account/people/{grant_id}")).await.0,
        404
    );
    let res = sarah
        .post_form("/api/people/end", &[("id", &grant_id.to_string())])
        .await;
    assert!(!res.status().is_server_error(), "{}", res.status());
    assert!(proxies::by_id(&app.state.db, grant_id)
        .await
        .unwrap()
        .unwrap()
        .ended_at
        .is_none());
    let res = david
        .post_form(
            "/api/people/change",
            &[
                ("id", &grant_id.to_string()),
                ("scopes[record]", "yes"),
                ("until_day", &until.day().to_string()),
                ("until_month", &(until.month() as u8).to_string()),
                ("until_year", &until.year().to_string()),
            ],
        )
        .await;
    assert_eq!(location(&res), "/account/people?changed=yes");
    assert_eq!(text(&grace, "/record").await.0, 200);
    assert_eq!(text(&grace, "/appointments").await.0, 403);

    // David ends it: her very next request is refused, her session still live.
    let res = david
        .post_form("/api/people/end", &[("id", &grant_id.to_string())])
        .await;
    assert_eq!(location(&res), "/account/people?ended=yes");
    let (status, body) = text(&grace, "/record").await;
    assert_eq!(status, 403);
    assert!(body.contains("Your access to act for this person has ended"));
    assert_eq!(text(&grace, "/home").await.0, 200, "still signed in");

    // David reads who did what.
    let history = page(&david, "/account/access-history").await;
    assert!(history.contains("Grace Okafor"));
    assert!(history.contains("Carer"));
    assert!(history.contains("Sent a request for help to the GP surgery"));
    assert!(
        history.contains("Ended someone&#x27;s access to act for you")
            || history.contains("Ended someone's access to act for you")
    );
    let events = audit::history_for(&app.state.db, david_id, 500, 0)
        .await
        .unwrap()
        .0;
    assert!(events
        .iter()
        .any(|e| e.action == "triage_sent" && e.role.as_deref() == Some("carer")));
    assert!(events.iter().any(|e| e.action == "acting_refused"));

    // An invitation that expires, and one withdrawn, grant nothing.
    let link = invite(&app, &david, &email(GRACE), &["appointments"], until).await;
    app.clock.advance(8 * 86_400);
    let grace = signed_in(&app, GRACE).await;
    assert!(open(&grace, &link)
        .await
        .contains("This invitation has expired"));
    let david = signed_in(&app, 1).await;
    let link = invite(
        &app,
        &david,
        &email(GRACE),
        &["appointments"],
        until + time::Duration::days(8),
    )
    .await;
    let pending = page(&david, "/account/people").await;
    let at = pending.find("name=\"id\" value=\"").unwrap() + 17;
    let id: String = pending[at..]
        .chars()
        .take_while(|c| c.is_ascii_digit())
        .collect();
    let res = david
        .post_form("/api/people/withdraw", &[("id", &id)])
        .await;
    assert_eq!(location(&res), "/account/people?withdrawn=yes");
    assert!(open(&grace, &link).await.contains("withdrawn"));
    let to = accept(&grace).await;
    assert!(page(&grace, &to).await.contains("withdrawn"));
    let grace_id = account(&app, GRACE).await.id;
    let current: Vec<_> = proxies::between(&app.state.db, grace_id, david_id)
        .await
        .unwrap()
        .into_iter()
        .filter(|g| g.ended_at.is_none())
        .collect();
    assert!(
        current.is_empty(),
        "nothing granted after the first was ended"
    );
    assert!(
        audit::count_action(&app.state.db, AuditAction::ProxyInvitationRefused)
            .await
            .unwrap()
            >= 2
    );
}

async fn a_parent_books_for_a_child_and_the_practice_sees_who_booked(backend: Backend) {
    let (sim, _idp, app) = family(backend).await;
    let sarah = signed_in(&app, 0).await;
    let ben = account(&app, BEN).await;
    // Times are offered only where the provider knows the person: Sarah is known to
    // the community service, Ben is not (a time there could never be booked for him).
    let own = page(&sarah, "/appointments/book/blood-test").await;
    assert!(common::slot_values(&own)
        .iter()
        .any(|s| s.starts_with("northbridge-community~")));
    assert_eq!(choose(&sarah, ben.id).await, "/home");
    let slots = page(&sarah, "/appointments/book/blood-test").await;
    assert!(!common::slot_values(&slots)
        .iter()
        .any(|s| s.starts_with("northbridge-community~")));
    let slot = common::slot_values(&slots)
        .into_iter()
        .find(|s| s.starts_with("riverside-gp~"))
        .expect("a GP time");
    let res = sarah
        .post_form(
            "/api/choose-slot",
            &[("need", "blood-test"), ("slot", &slot)],
        )
        .await;
    let check = location(&res);
    let key = check.trim_start_matches("/appointments/check/").to_string();
    let res = sarah
        .post_form("/api/confirm-booking", &[("key", &key)])
        .await;
    assert!(location(&res).starts_with("/appointments/booked/"));
    let booked = sim_get(
        &sim,
        "riverside-gp",
        &format!("Appointment?patient=Patient/y90001-{}", 1000 + BEN),
    )
    .await;
    let mine = booked["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|a| a["status"] == "booked" && a["participant"].to_string().contains("RelatedPerson"))
        .expect("a booking naming who made it");
    let who = mine["participant"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["actor"]["type"] == "RelatedPerson")
        .unwrap();
    // The practice recorded the relationship: its own RelatedPerson is named.
    assert!(who["actor"]["reference"]
        .as_str()
        .unwrap()
        .starts_with("RelatedPerson/"));
    assert_eq!(who["actor"]["identifier"]["value"], common::SARAH_NHS);
}

// ---- The authorisation matrix ---------------------------------------------------------------

/// What a page or server function needs.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Needs {
    /// Anyone, signed in or not.
    Public,
    /// The signed-in person's own account: always for themselves.
    Own,
    /// These scopes for the person acted for.
    Scopes(&'static [Scope]),
    /// A helper (not suspended), signed in with a security code.
    Helper,
    /// An ICS administrator or an organisation's administrator.
    Admin,
}

const RECORD: Needs = Needs::Scopes(&[Scope::Record]);
const RESULTS: Needs = Needs::Scopes(&[Scope::ResultsAndLetters]);
const EVERYTHING: Needs = Needs::Scopes(&[Scope::Record, Scope::ResultsAndLetters]);
const APPOINTMENTS: Needs = Needs::Scopes(&[Scope::Appointments]);
const TRIAGE: Needs = Needs::Scopes(&[Scope::Triage]);

/// Every page in the route table, and the pages served outside it.
fn page_needs(path: &str) -> Option<Needs> {
    Some(match path {
        "/"
        | "/register"
        | "/sign-in"
        | "/signed-out"
        | "/sign-in/code"
        | "/prove-who-you-are"
        | "/accessibility"
        | "/privacy"
        | "/invitation"
        | "/get-help-online"
        | "/set-up-staff-account"
        | "/set-up-staff-account/open" => Needs::Public,
        "/staff" | "/helping" | "/helping/past" | "/helping/resident" | "/helping/agree"
        | "/helping/summary" => Needs::Helper,
        "/staff/added" => Needs::Admin,
        "/home"
        | "/account"
        | "/account/identity"
        | "/account/identity/gp-linkage"
        | "/account/two-step"
        | "/account/two-step/recovery-codes"
        | "/act-for"
        | "/account/people"
        | "/account/people/invite"
        | "/account/people/invited"
        | "/account/people/{id}"
        | "/account/access-history"
        | "/account/helper-code"
        | "/account/helper-code/made"
        | "/session/warning" => Needs::Own,
        "/record"
        | "/record/problems"
        | "/record/medicines"
        | "/record/allergies"
        | "/record/vaccinations"
        | "/record/timeline"
        | "/record/print" => RECORD,
        "/record/test-results"
        | "/record/letters"
        | "/record/letters/{provider}/{id}"
        | "/record/test-results/{provider}/{id}" => RESULTS,
        "/record/download" | "/record/download/file" => EVERYTHING,
        p if p.starts_with("/appointments") => APPOINTMENTS,
        p if p.starts_with("/triage") || p == "/requests" => TRIAGE,
        _ => return None,
    })
}

/// Every server function: what it needs, and the arguments it is called with.
fn server_fn_needs(path: &str) -> Option<(Needs, &'static [(&'static str, &'static str)])> {
    Some(match path.trim_start_matches("/api/") {
        "form-state" => (Needs::Public, &[("form", "sign-in"), ("id", "x")]),
        "register"
        | "sign-in"
        | "sign-in-code"
        | "sign-in-ways"
        | "session-clock"
        | "acting-banner"
        | "invitation"
        | "help-online"
        | "staff-set-up"
        | "staff-set-up/finish"
        | "helping-banner" => (Needs::Public, &[]),
        "staff" | "helping" | "helping-past" | "helping/start" | "helping-agree"
        | "helping/agree" | "helping/end" | "helping-summary" | "helping/finish" => {
            (Needs::Helper, &[])
        }
        "helping/code" => (Needs::Helper, &[("code", "ZZZZ-ZZZZ")]),
        "staff/add" | "staff/added" | "staff/suspend" => (
            Needs::Admin,
            &[
                ("id", "0"),
                ("suspend", "yes"),
                ("name", "Kim Lowe"),
                ("email", "kim@example.test"),
            ],
        ),
        "helper-code" | "helper-code/made" => (Needs::Own, &[]),
        "sign-out" | "stay-signed-in" | "me" | "account-details" | "two-step" | "two-step-on"
        | "two-step-off" | "recovery-codes-new" | "recovery-codes" | "gp-linkage" | "act-for"
        | "act-for/choose" | "people" | "people/invite" | "people/invited" | "people/withdraw"
        | "people/grant" | "people/change" | "people/end" | "invitation/accept"
        | "access-history" => (Needs::Own, &[("id", "0"), ("code", "000000")]),
        "record" => (RECORD, &[("page", "summary")]),
        "record-download" | "record-download/prepare" => (EVERYTHING, &[]),
        "record-letter" | "record-test" => (
            RESULTS,
            &[("provider", "riverside-gp"), ("id", "no-such-letter")],
        ),
        "appointments" | "booking-needs" => (APPOINTMENTS, &[]),
        "appointment" | "cancel-appointment" => (
            APPOINTMENTS,
            &[
                ("provider", "riverside-gp"),
                ("id", "no-such-appointment"),
                ("reason", "other"),
            ],
        ),
        "choose-need" => (APPOINTMENTS, &[("need", "blood-test")]),
        "slots" | "choose-slot" => (APPOINTMENTS, &[("need", "blood-test"), ("slot", "x~y")]),
        "booking" | "confirm-booking" => {
            (APPOINTMENTS, &[("key", "0123456789abcdef0123456789abcdef")])
        }
        "triage-start" | "start-triage" | "triage-requests" => (TRIAGE, &[]),
        "triage-question" | "answer-triage" => (
            TRIAGE,
            &[
                ("key", "0123456789abcdef0123456789abcdef"),
                ("question", "reason"),
                ("answer", "worse"),
            ],
        ),
        "triage-request" | "send-triage" | "discard-triage" => {
            (TRIAGE, &[("key", "0123456789abcdef0123456789abcdef")])
        }
        _ => return None,
    })
}

/// Server functions that change whom the session acts for, or end it: each is
/// called from a session of its own.
const CHANGES_THE_SESSION: &[&str] = &[
    "/api/sign-out",
    "/api/act-for/choose",
    "/api/invitation/accept",
    "/api/sign-in",
    "/api/register",
    "/api/sign-in-code",
    "/api/helping/end",
    "/api/helping/finish",
    "/api/staff-set-up/finish",
];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Who {
    Resident,
    CarerWithEveryScope,
    CarerWithAppointmentsOnly,
    RevokedASecondAgo,
    Expired,
    ParentOfA12YearOld,
    Stranger,
    /// A helper who started a session nobody has joined.
    HelperWaiting,
    /// A helper whom David let help with appointments only.
    HelperForAppointments,
    /// A helper with David's agreement to everything, suspended a second ago.
    HelperSuspended,
}

impl Who {
    /// Whether this actor may use `scope` for the person acted for.
    fn may(self, scope: Scope) -> bool {
        match self {
            Who::Resident | Who::CarerWithEveryScope => true,
            Who::CarerWithAppointmentsOnly => scope == Scope::Appointments,
            Who::ParentOfA12YearOld => matches!(scope, Scope::Appointments | Scope::Triage),
            Who::HelperForAppointments => scope == Scope::Appointments,
            Who::RevokedASecondAgo
            | Who::Expired
            | Who::Stranger
            | Who::HelperWaiting
            | Who::HelperSuspended => false,
        }
    }

    fn expected(self, needs: Needs) -> bool {
        match needs {
            Needs::Public | Needs::Own => true,
            Needs::Scopes(scopes) => scopes.iter().all(|s| self.may(*s)),
            Needs::Helper => matches!(self, Who::HelperWaiting | Who::HelperForAppointments),
            Needs::Admin => false,
        }
    }
}

/// A browser for `who`, acting for the subject of the matrix (David; Lily for her mother).
async fn matrix_browser(app: &TestApp, who: Who) -> Browser {
    let david = account(app, 1).await.id;
    let now = app.clock.now_unix();
    match who {
        Who::HelperWaiting => return super::assisted::helper_helping(app).await.0,
        Who::HelperForAppointments | Who::HelperSuspended => {
            let (b, helper) = super::assisted::helper_helping(app).await;
            let scopes: &[&str] = if who == Who::HelperSuspended {
                &["record", "results", "appointments", "triage"]
            } else {
                &["appointments"]
            };
            let code = super::assisted::code_from_phone(app, 1, scopes, "120").await;
            let res = b.post_form("/api/helping/code", &[("code", &code)]).await;
            assert_eq!(location(&res), "/helping", "{who:?}");
            if who == Who::HelperSuspended {
                let library = front_door::platform::staff::of(&app.state.db, helper)
                    .await
                    .unwrap()
                    .unwrap()
                    .organisation_id
                    .unwrap();
                front_door::platform::staff::set_suspended(
                    &app.state.db,
                    helper,
                    &library,
                    true,
                    david,
                    app.clock.now_unix(),
                )
                .await
                .unwrap();
            }
            return b;
        }
        _ => {}
    }
    let index = match who {
        Who::Resident => return signed_in(app, 1).await,
        Who::CarerWithEveryScope => GRACE,
        Who::CarerWithAppointmentsOnly => 5,
        Who::RevokedASecondAgo => 6,
        Who::Expired => 8,
        Who::ParentOfA12YearOld => 0,
        Who::Stranger => 9,
        Who::HelperWaiting | Who::HelperForAppointments | Who::HelperSuspended => unreachable!(),
    };
    let b = signed_in(app, index).await;
    // Lily's account comes from her mother's sign-in (her GP records the relationship).
    let subject = if who == Who::ParentOfA12YearOld {
        account(app, LILY).await.id
    } else {
        david
    };
    let proxy = account(app, index).await.id;
    let scopes: &[Scope] = match who {
        Who::CarerWithAppointmentsOnly => &[Scope::Appointments],
        _ => &GRANTABLE,
    };
    let id = if who == Who::ParentOfA12YearOld {
        None
    } else {
        Some(grant(app, subject, proxy, scopes, now + 86_400).await)
    };
    assert_eq!(choose(&b, subject).await, "/home", "{who:?} chooses");
    match (who, id) {
        (Who::RevokedASecondAgo, Some(id)) => {
            proxies::end(&app.state.db, id, Some(david), app.clock.now_unix() - 1)
                .await
                .unwrap();
        }
        (Who::Expired, Some(id)) => {
            let g = proxies::by_id(&app.state.db, id).await.unwrap().unwrap();
            proxies::change(
                &app.state.db,
                g.id,
                &g.scopes,
                app.clock.now_unix() - 1,
                now,
            )
            .await
            .unwrap();
        }
        (Who::Stranger, Some(_)) => {
            // The row that let them choose is gone entirely: nothing links them to David.
            delete_grants(app, proxy).await;
        }
        _ => {}
    }
    b
}

async fn delete_grants(app: &TestApp, proxy: AccountId) {
    use front_door::platform::db::Db;
    match &app.state.db {
        Db::Sqlite(p) => sqlx::query("DELETE FROM proxy_access WHERE proxy_account_id = $1")
            .bind(proxy)
            .execute(p)
            .await
            .map(|_| ()),
        Db::Postgres(p) => sqlx::query("DELETE FROM proxy_access WHERE proxy_account_id = $1")
            .bind(proxy)
            .execute(p)
            .await
            .map(|_| ()),
    }
    .unwrap();
}

fn concrete(path: &str) -> String {
    path.split('/')
        .map(|part| match part {
            "{need}" => "blood-test",
            "{key}" => "0123456789abcdef0123456789abcdef",
            "{provider}" => "riverside-gp",
            "{id}" => "1",
            "{question}" => "reason",
            other => other,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// Calls a server function as the app does (a fetch asking for JSON); true when it
/// was refused for acting for someone else or identity.
async fn server_fn_refused(
    b: &Browser,
    app: &TestApp,
    path: &str,
    method: &str,
    args: &[(&str, &str)],
) -> (bool, u16) {
    let url = format!("{}{path}", app.base);
    let req = if method == "GET" {
        b.client.get(url).query(args)
    } else {
        b.client.post(url).form(args)
    };
    let res = req
        .header("accept", "application/json")
        .header("origin", app.base.clone())
        .header("sec-fetch-site", "same-origin")
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let body = res.text().await.unwrap();
    let refused = body.contains("ActingRefused") || body.contains("IdentityNeeded");
    (refused, status)
}

async fn every_page_and_server_function_answers_each_actor_as_expected(backend: Backend) {
    let (_sim, _idp, app) = family(backend).await;
    // Every page in the route table is classified (a new page cannot be forgotten).
    let mut pages = front_door::state::page_paths();
    pages.extend([
        "/record/download/file".to_string(),
        "/appointments/at/{provider}/{id}/calendar.ics".to_string(),
    ]);
    let unclassified: Vec<&String> = pages.iter().filter(|p| page_needs(p).is_none()).collect();
    assert!(
        unclassified.is_empty(),
        "pages with no expected result: {unclassified:?}"
    );
    // And every server function.
    let fns: Vec<(String, String)> = leptos::server_fn::axum::server_fn_paths()
        .map(|(p, m)| (p.to_string(), m.to_string()))
        .collect();
    assert!(fns.len() >= 40, "{fns:?}");
    let unclassified: Vec<&(String, String)> = fns
        .iter()
        .filter(|(p, _)| server_fn_needs(p).is_none())
        .collect();
    assert!(
        unclassified.is_empty(),
        "server functions with no expected result: {unclassified:?}"
    );

    signed_in(&app, 1).await; // David's account, before anyone acts for him
    let mut wrong = Vec::new();
    for who in [
        Who::Resident,
        Who::CarerWithEveryScope,
        Who::CarerWithAppointmentsOnly,
        Who::RevokedASecondAgo,
        Who::Expired,
        Who::ParentOfA12YearOld,
        Who::Stranger,
        Who::HelperWaiting,
        Who::HelperForAppointments,
        Who::HelperSuspended,
    ] {
        let b = matrix_browser(&app, who).await;
        for path in &pages {
            let needs = page_needs(path).unwrap();
            let res = b.get(&concrete(path)).await;
            let status = res.status().as_u16();
            let body = res.text().await.unwrap_or_default();
            let refused = status == 403
                && (body.contains("You cannot do this for this person")
                    || body.contains("prove who you are")
                    || body.contains("Go to Help someone now"));
            if status >= 500 || refused == who.expected(needs) || (status == 403 && !refused) {
                wrong.push(format!("{who:?} GET {path}: {status}"));
            }
        }
        for (path, method) in &fns {
            if CHANGES_THE_SESSION.contains(&path.as_str()) {
                continue;
            }
            let (needs, args) = server_fn_needs(path).unwrap();
            let (refused, status) = server_fn_refused(&b, &app, path, method, args).await;
            if refused == who.expected(needs) || (refused && status != 403) {
                wrong.push(format!("{who:?} {method} {path}: {status}"));
            }
        }
        // The one server function that chooses: a refused person is never taken on.
        if matches!(who, Who::RevokedASecondAgo | Who::Expired | Who::Stranger) {
            let david = account(&app, 1).await.id;
            let to = location(
                &b.post_form("/api/act-for/choose", &[("person", &david.0.to_string())])
                    .await,
            );
            if !to.starts_with("/act-for?form=") {
                wrong.push(format!("{who:?} chose David again: {to}"));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "cells with another result than expected:\n{}",
        wrong.join("\n")
    );
    // Every refusal was audited with its reason.
    let reasons = audit::details_of(&app.state.db, AuditAction::ActingRefused)
        .await
        .unwrap();
    for reason in [
        "ended",
        "expired",
        "not_given",
        "not_from_this_age",
        "no_access",
        "help_not_agreed",
        "helper_suspended",
        "staff_only",
    ] {
        assert!(reasons.iter().any(|r| r == reason), "{reason}: {reasons:?}");
    }
}

// ---- The migration keeps everything ----------------------------------------------------------

async fn the_acting_for_migration_keeps_every_row_that_refers_to_accounts(backend: Backend) {
    // Only SQLite rebuilds the accounts table.
    if matches!(backend, Backend::Postgres) {
        return;
    }
    use sqlx::{migrate::Migrator, sqlite::SqliteConnectOptions, SqlitePool};
    let path =
        std::env::temp_dir().join(format!("frontdoor-tests/migrate-{}.db", std::process::id()));
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    let _ = std::fs::remove_file(&path);
    let pool = SqlitePool::connect_with(
        SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .foreign_keys(true),
    )
    .await
    .unwrap();
    let all: Migrator = sqlx::migrate!("./migrations/sqlite");
    let mut before = sqlx::migrate!("./migrations/sqlite");
    before.migrations = std::borrow::Cow::Owned(
        all.migrations
            .iter()
            .filter(|m| m.version < 8)
            .cloned()
            .collect(),
    );
    before.run(&pool).await.unwrap();
    sqlx::query("INSERT INTO accounts (full_name, date_of_birth, email, password_hash, created_at) VALUES ('A', '1980-01-01', 'a@example.test', 'x', 1)")
        .execute(&pool).await.unwrap();
    sqlx::query("INSERT INTO provider_links (account_id, provider_id, patient_id, linked_at) VALUES (1, 'gp', 'p1', 1)")
        .execute(&pool).await.unwrap();
    sqlx::query("INSERT INTO record_copies (account_id, provider_id, section, items, fetched_at) VALUES (1, 'gp', 'problems', '[]', 1)")
        .execute(&pool).await.unwrap();
    sqlx::query("INSERT INTO booking_openings (opening_key, account_id, provider_id, need_id, last_day, opened_at) VALUES ('k', 1, 'gp', 'n', '2026-12-01', 1)")
        .execute(&pool).await.unwrap();
    all.run(&pool).await.unwrap();
    for table in [
        "accounts",
        "provider_links",
        "record_copies",
        "booking_openings",
    ] {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(n, 1, "{table}");
    }
    // Email is optional now; ids carry on from where they were.
    let id: i64 = sqlx::query_scalar("INSERT INTO accounts (full_name, date_of_birth, password_hash, created_at) VALUES ('B', '2015-01-01', '', 1) RETURNING id")
        .fetch_one(&pool).await.unwrap();
    assert_eq!(id, 2);
    // Foreign keys still hold.
    assert!(sqlx::query("INSERT INTO provider_links (account_id, provider_id, patient_id, linked_at) VALUES (99, 'gp', 'p9', 1)").execute(&pool).await.is_err());
    pool.close().await;
    let _ = std::fs::remove_file(&path);
}

on_both_databases!(
    a_parent_chooses_a_young_child_and_sees_their_record_from_every_provider,
    sensitive_items_reach_only_the_person_and_restricted_items_nobody,
    a_lasting_power_of_attorney_recorded_by_the_practice_is_honoured,
    a_child_who_signs_in_takes_up_the_account_with_its_history,
    age_rules_apply_from_the_birthday_itself,
    an_invited_carer_acts_within_limits_until_the_resident_ends_it,
    a_parent_books_for_a_child_and_the_practice_sees_who_booked,
    every_page_and_server_function_answers_each_actor_as_expected,
    the_acting_for_migration_keeps_every_row_that_refers_to_accounts,
);
