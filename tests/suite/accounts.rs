//! Accounts, sessions and security against the real router, on SQLite and PostgreSQL.

use crate::common;
use front_door::domain::{words, AccountId, Language};

use common::{location, spawn_app, spawn_app_with, Backend};
use front_door::platform::audit::{self, AuditAction};

const PASSWORD: &str = "a long walk by the river";

on_both_databases!(
    registering_creates_the_account_and_signs_in,
    registration_errors_keep_the_other_answers,
    under_16s_cannot_register_and_are_told_how_a_parent_can_help,
    duplicate_email_is_refused_clearly,
    sign_in_rotates_the_session_id,
    sign_out_destroys_the_session_on_the_server,
    cross_origin_posts_are_refused,
    repeated_failures_are_throttled_per_account,
    repeated_failures_are_throttled_per_client_address,
    unknown_email_gets_the_same_answer,
    idle_timeout_signs_out_after_ten_minutes,
    absolute_timeout_holds_despite_activity,
    shared_computer_shortens_the_idle_timeout,
    warning_page_does_not_count_as_activity,
    stay_signed_in_without_javascript_returns_to_the_page,
    signed_in_pages_need_a_session,
    security_headers_on_every_page,
    audit_trail_is_append_only,
    viewing_details_is_audited_with_actor_and_subject,
    unknown_pages_get_a_styled_not_found,
    a_session_for_a_removed_account_is_refused,
    malformed_and_oversized_posts_never_give_a_server_error,
);

async fn signed_in_browser(app: &common::TestApp, email: &str) -> common::Browser {
    let b = app.browser();
    let res = b
        .register("Sam Example", email, PASSWORD, "943 476 5919")
        .await;
    assert_eq!(location(&res), "/home");
    b
}

async fn registering_creates_the_account_and_signs_in(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = app.browser();
    let res = b
        .register("Sam  Example", "Sam@Example.org", PASSWORD, "943 476 5919")
        .await;
    assert_eq!(res.status().as_u16(), 302);
    assert_eq!(location(&res), "/home");
    let home = b.get("/home").await;
    assert_eq!(home.status().as_u16(), 200);
    let body = home.text().await.unwrap();
    assert!(body.contains("Hello, Sam"), "{body}");
    let details = b.get("/account").await.text().await.unwrap();
    assert!(details.contains("sam@example.org"));
    assert!(details.contains("943 476 5919"));
    assert!(details.contains("14 March 1984"));
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::AccountCreated)
            .await
            .unwrap(),
        1
    );
    let events = audit::events_for(&app.state.db, AccountId(1))
        .await
        .unwrap();
    let signed_in = events
        .iter()
        .find(|e| e.action == "signed_in")
        .expect("the first sign-in is audited");
    assert_eq!(
        (signed_in.actor, signed_in.subject),
        (Some(AccountId(1)), Some(AccountId(1)))
    );
    assert_eq!(signed_in.detail, "after registration");
}

/// A child cannot make an account of their own: the date of birth is refused
/// with how a parent or guardian can help, the other answers kept; a 16th
/// birthday today is old enough.
async fn under_16s_cannot_register_and_are_told_how_a_parent_can_help(backend: Backend) {
    let app = spawn_app(backend).await;
    let today = app.state.clock.today();
    let b = app.browser();
    // Someone whose birthday is today, `years` ago.
    let register_aged = |email: &'static str, years: i32| {
        let (day, month) = (today.day().to_string(), (today.month() as u8).to_string());
        let year = (today.year() - years).to_string();
        let b = &b;
        async move {
            b.post_form(
                "/api/register",
                &[
                    ("full_name", "Young Person"),
                    ("dob_day", &day),
                    ("dob_month", &month),
                    ("dob_year", &year),
                    ("email", email),
                    ("password", PASSWORD),
                    ("nhs_number", ""),
                ],
            )
            .await
        }
    };
    let res = register_aged("young@example.org", 15).await;
    assert!(location(&res).starts_with("/register?form="));
    let (status, body) = b.follow(res).await;
    assert_eq!(status, 200);
    assert!(body.contains("You must be 16 or over to register"));
    assert!(body.contains("a parent or guardian can get help for you"));
    assert!(body.contains("href=\"#dob-day\""));
    assert!(body.contains("value=\"young@example.org\""), "answers kept");
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::AccountCreated)
            .await
            .unwrap(),
        0
    );
    // Sixteen today: registered.
    let res = register_aged("sixteen@example.org", 16).await;
    assert_eq!(location(&res), "/home");
}

async fn registration_errors_keep_the_other_answers(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = app.browser();
    let res = b
        .register(
            "Sam Example",
            "sam@example.org",
            "password123",
            "943 476 5918",
        )
        .await;
    let to = location(&res);
    assert!(to.starts_with("/register?form="), "{to}");
    let (status, body) = b.follow(res).await;
    assert_eq!(status, 200);
    assert!(body.contains("There is a problem"));
    assert!(
        body.contains("<title>Error: Create an account"),
        "title names the error"
    );
    assert!(
        body.contains("href=\"#nhs-number\""),
        "summary links to the field"
    );
    assert!(body.contains("Enter a valid NHS number"));
    assert!(body.contains("href=\"#password\""));
    assert!(body.contains("on a list of common passwords"));
    assert!(body.contains("value=\"Sam Example\""), "name kept");
    assert!(body.contains("value=\"sam@example.org\""), "email kept");
    assert!(
        body.contains("value=\"943 476 5918\""),
        "NHS number kept for correcting"
    );
    assert!(
        !body.contains("password123"),
        "the password is never sent back"
    );
    assert!(!to.contains("sam"), "no answers in the URL");

    // Short password, bad email, impossible date: each explained.
    let res = b
        .post_form(
            "/api/register",
            &[
                ("full_name", ""),
                ("dob_day", "31"),
                ("dob_month", "2"),
                ("dob_year", "1990"),
                ("email", "not-an-email"),
                ("password", "short"),
                ("nhs_number", ""),
            ],
        )
        .await;
    let (_, body) = b.follow(res).await;
    for msg in [
        "Enter your full name",
        "Date of birth must be a real date",
        "Enter an email address in the correct format",
        "Password must be 8 characters or more",
    ] {
        assert!(body.contains(msg), "{msg}");
    }
    assert!(
        b.get("/home").await.status().is_redirection(),
        "no account was made"
    );
}

async fn duplicate_email_is_refused_clearly(backend: Backend) {
    let app = spawn_app(backend).await;
    signed_in_browser(&app, "sam@example.org").await;
    let other = app.browser();
    let res = other
        .register("Someone Else", "SAM@example.org", PASSWORD, "")
        .await;
    let (_, body) = other.follow(res).await;
    assert!(body.contains("An account with this email address already exists"));
}

async fn sign_in_rotates_the_session_id(backend: Backend) {
    let app = spawn_app(backend).await;
    signed_in_browser(&app, "sam@example.org").await;
    let b = app.browser();
    // A failed attempt gives this browser a session (it keeps the answers).
    b.sign_in("sam@example.org", "wrong password").await;
    let before = b.session_cookie().expect("session before sign-in");
    let res = b.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(location(&res), "/home");
    let after = b.session_cookie().expect("session after sign-in");
    assert_ne!(before, after, "the session id must change at sign-in");
    assert_eq!(b.get("/home").await.status().as_u16(), 200);
    // The id known before sign-in gives no access.
    let fixed = app.browser_with_cookie(&before);
    assert_eq!(location(&fixed.get("/home").await), "/sign-in");
}

async fn sign_out_destroys_the_session_on_the_server(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = signed_in_browser(&app, "sam@example.org").await;
    let cookie = b.session_cookie().unwrap();
    let res = b.post_form("/api/sign-out", &[]).await;
    assert_eq!(location(&res), "/signed-out");
    let clear = res
        .headers()
        .get("clear-site-data")
        .expect("Clear-Site-Data")
        .to_str()
        .unwrap();
    assert!(clear.contains("\"cookies\"") && clear.contains("\"storage\""));
    // Replaying the old cookie finds nothing on the server.
    let replay = app.browser_with_cookie(&cookie);
    assert_eq!(location(&replay.get("/home").await), "/sign-in");
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::SignedOut)
            .await
            .unwrap(),
        1
    );
}

async fn cross_origin_posts_are_refused(backend: Backend) {
    let app = spawn_app(backend).await;
    signed_in_browser(&app, "sam@example.org").await;
    let b = app.browser();
    let url = format!("{}/api/sign-in", app.base);
    let form = [("email", "sam@example.org"), ("password", PASSWORD)];
    let from_elsewhere = b
        .client
        .post(&url)
        .header("origin", "https://evil.example")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(from_elsewhere.status().as_u16(), 403);
    assert_eq!(
        from_elsewhere.text().await.unwrap(),
        words(Language::English, "say-refused-cross-origin", None)
    );
    // In the language the browser asks for, and says so.
    let in_welsh = b
        .client
        .post(&url)
        .header("origin", "https://evil.example")
        .header("accept-language", "cy-GB, en;q=0.5")
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(in_welsh.status().as_u16(), 403);
    assert_eq!(in_welsh.headers()["content-language"], "cy");
    let welsh = in_welsh.text().await.unwrap();
    assert_eq!(
        welsh,
        words(Language::Welsh, "say-refused-cross-origin", None)
    );
    assert!(welsh.contains("Front Door") && !welsh.contains("another website"));
    let cross_site = b
        .client
        .post(&url)
        .header("sec-fetch-site", "cross-site")
        .header("origin", app.base.clone())
        .form(&form)
        .send()
        .await
        .unwrap();
    assert_eq!(cross_site.status().as_u16(), 403);
    let no_evidence = b.client.post(&url).form(&form).send().await.unwrap();
    assert_eq!(no_evidence.status().as_u16(), 403);
    assert!(b.session_cookie().is_none(), "nothing was signed in");
    // The only sign-in on record is the one that followed registration.
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::SignedIn)
            .await
            .unwrap(),
        1
    );
}

async fn repeated_failures_are_throttled_per_account(backend: Backend) {
    let app = spawn_app(backend).await;
    signed_in_browser(&app, "sam@example.org").await;
    let b = app.browser();
    for _ in 0..5 {
        let (status, body) = b
            .follow(b.sign_in("sam@example.org", "wrong password").await)
            .await;
        assert_eq!(status, 200);
        assert!(body.contains("Enter a correct email address and password"));
    }
    // The right password is refused while throttled, with a 429 and a clear message.
    let (status, body) = b.follow(b.sign_in("sam@example.org", PASSWORD).await).await;
    assert_eq!(status, 429);
    assert!(
        body.contains("You have tried to sign in too many times. Wait 15 minutes"),
        "{body}"
    );
    assert!(b.get("/home").await.status().is_redirection());
    // Throttling is per account: another account still signs in from here.
    signed_in_browser(&app, "alex@example.org").await;
    // After the window, the right password works again.
    app.clock.advance(15 * 60);
    let res = b.sign_in("sam@example.org", PASSWORD).await;
    assert_eq!(location(&res), "/home");
    assert!(
        audit::count_action(&app.state.db, AuditAction::SignInThrottled)
            .await
            .unwrap()
            >= 1
    );
}

async fn repeated_failures_are_throttled_per_client_address(backend: Backend) {
    let app = spawn_app_with(backend, &[("FRONTDOOR_THROTTLE_PER_CLIENT", "4")]).await;
    signed_in_browser(&app, "sam@example.org").await;
    let b = app.browser();
    for i in 0..4 {
        let email = format!("guess{i}@example.org");
        let (status, _) = b.follow(b.sign_in(&email, "wrong password").await).await;
        assert_eq!(status, 200);
    }
    // From the same address, even a correct sign-in to another account waits.
    let (status, body) = b.follow(b.sign_in("sam@example.org", PASSWORD).await).await;
    assert_eq!(status, 429);
    assert!(body.contains("too many times"));
}

async fn unknown_email_gets_the_same_answer(backend: Backend) {
    let app = spawn_app(backend).await;
    signed_in_browser(&app, "sam@example.org").await;
    let answer = |email: &'static str| {
        let b = app.browser();
        async move {
            let res = b.sign_in(email, "wrong password").await;
            let status = res.status().as_u16();
            let to = location(&res);
            let (page_status, body) = b.follow(res).await;
            let start = body.find("<main").unwrap();
            let end = body.find("</main>").unwrap();
            let main = body[start..end].replace(email, "EMAIL");
            (
                status,
                to.split('=').next().unwrap().to_string(),
                page_status,
                main,
            )
        }
    };
    let known = answer("sam@example.org").await;
    let unknown = answer("nobody@example.org").await;
    assert_eq!(known, unknown);
    for _ in 0..4 {
        answer("nobody@example.org").await;
    }
    let (_, _, status, body) = answer("nobody@example.org").await;
    assert_eq!(status, 429, "unknown emails are throttled too");
    assert!(body.contains("too many times"));
}

async fn idle_timeout_signs_out_after_ten_minutes(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = signed_in_browser(&app, "sam@example.org").await;
    app.clock.advance(599);
    assert_eq!(
        b.get("/home").await.status().as_u16(),
        200,
        "activity at 9:59 keeps the session"
    );
    app.clock.advance(599);
    assert_eq!(b.get("/home").await.status().as_u16(), 200);
    app.clock.advance(600);
    let res = b.get("/home").await;
    assert_eq!(location(&res), "/signed-out?reason=timeout");
    let (status, body) = b.follow(res).await;
    assert_eq!(status, 200);
    assert!(body.contains("You have been signed out"));
    assert_eq!(
        location(&b.get("/home").await),
        "/sign-in",
        "and it stays ended"
    );
    let events = audit::events_for(&app.state.db, AccountId(1))
        .await
        .unwrap();
    assert!(events
        .iter()
        .any(|e| e.action == "session_timed_out" && e.detail == "idle"));
}

async fn absolute_timeout_holds_despite_activity(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = signed_in_browser(&app, "sam@example.org").await;
    for _ in 0..(43_200 / 500) {
        app.clock.advance(500);
        assert_eq!(b.get("/home").await.status().as_u16(), 200);
    }
    app.clock.advance(43_200 - (43_200 / 500) * 500);
    assert_eq!(
        location(&b.get("/home").await),
        "/signed-out?reason=timeout"
    );
    let events = audit::events_for(&app.state.db, AccountId(1))
        .await
        .unwrap();
    assert!(events
        .iter()
        .any(|e| e.action == "session_timed_out" && e.detail == "absolute"));
}

async fn shared_computer_shortens_the_idle_timeout(backend: Backend) {
    let app = spawn_app(backend).await;
    signed_in_browser(&app, "sam@example.org").await;
    let b = app.browser();
    let res = b
        .post_form(
            "/api/sign-in",
            &[
                ("email", "sam@example.org"),
                ("password", PASSWORD),
                ("shared_device", "yes"),
            ],
        )
        .await;
    assert_eq!(location(&res), "/home");
    let set_cookie = res
        .headers()
        .get("set-cookie")
        .unwrap()
        .to_str()
        .unwrap()
        .to_ascii_lowercase();
    assert!(
        set_cookie.contains("httponly") && set_cookie.contains("samesite=lax"),
        "{set_cookie}"
    );
    assert!(
        !set_cookie.contains("max-age") && !set_cookie.contains("expires"),
        "never remembered on the device: {set_cookie}"
    );
    app.clock.advance(299);
    assert_eq!(b.get("/home").await.status().as_u16(), 200);
    app.clock.advance(300);
    assert_eq!(
        location(&b.get("/home").await),
        "/signed-out?reason=timeout"
    );
}

async fn warning_page_does_not_count_as_activity(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = signed_in_browser(&app, "sam@example.org").await;
    let home = b.get("/home").await.text().await.unwrap();
    assert!(
        home.contains(r#"<noscript><meta http-equiv="refresh" content="540;url=/session/warning?return=/home""#),
        "without JavaScript the page moves to the warning at 9 minutes"
    );
    app.clock.advance(540);
    let warning = b.get("/session/warning?return=/home").await;
    assert_eq!(warning.status().as_u16(), 200);
    let body = warning.text().await.unwrap();
    assert!(body.contains("You will be signed out soon"));
    assert!(
        body.contains(r#"content="61;url=/signed-out?reason=timeout""#),
        "{body}"
    );
    app.clock.advance(60);
    assert_eq!(
        location(&b.get("/home").await),
        "/signed-out?reason=timeout"
    );
}

async fn stay_signed_in_without_javascript_returns_to_the_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = signed_in_browser(&app, "sam@example.org").await;
    app.clock.advance(570);
    let res = b
        .post_form("/api/stay-signed-in", &[("return_to", "/account")])
        .await;
    assert_eq!(location(&res), "/account");
    app.clock.advance(570);
    assert_eq!(
        b.get("/home").await.status().as_u16(),
        200,
        "the idle timer restarted"
    );
    let res = b
        .post_form("/api/stay-signed-in", &[("return_to", "//evil.example/x")])
        .await;
    assert_eq!(location(&res), "/home", "never returns off-site");
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::StayedSignedIn)
            .await
            .unwrap(),
        2
    );
}

async fn signed_in_pages_need_a_session(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = app.browser();
    for path in ["/home", "/account", "/session/warning"] {
        assert_eq!(location(&b.get(path).await), "/sign-in", "{path}");
    }
    for path in [
        "/",
        "/sign-in",
        "/register",
        "/signed-out",
        "/accessibility",
        "/privacy",
    ] {
        assert_eq!(b.get(path).await.status().as_u16(), 200, "{path}");
    }
    // A server function that reads a record refuses without a session.
    let res = b
        .client
        .get(format!("{}/api/account-details", app.base))
        .send()
        .await
        .unwrap();
    assert!(res.status().is_client_error() || res.status().is_server_error());
    assert_ne!(res.status().as_u16(), 200);
}

async fn security_headers_on_every_page(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = signed_in_browser(&app, "sam@example.org").await;
    for path in ["/", "/sign-in", "/home", "/no-such-page"] {
        let res = b.get(path).await;
        let h = res.headers();
        let csp = h
            .get("content-security-policy")
            .expect("CSP")
            .to_str()
            .unwrap()
            .to_string();
        assert!(csp.contains("'nonce-"), "{path}: {csp}");
        assert!(csp.contains("'wasm-unsafe-eval'"));
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(h.get("x-content-type-options").unwrap(), "nosniff");
        assert_eq!(h.get("referrer-policy").unwrap(), "same-origin");
        assert_eq!(h.get("cache-control").unwrap(), "no-store", "{path}");
        assert!(
            h.get("strict-transport-security").is_none(),
            "no HSTS over http"
        );
        let nonce = csp
            .split("'nonce-")
            .nth(1)
            .unwrap()
            .split('\'')
            .next()
            .unwrap()
            .to_string();
        let body = res.text().await.unwrap();
        assert!(body.contains("<html lang=\"en\""), "{path}");
        assert!(body.contains("Skip to main content"));
        assert!(body.contains(" – Front Door – NHS</title>"), "{path}");
        assert!(body.contains("<link rel=\"stylesheet\" href=\"/assets/front-door."));
        for script in body.split("<script").skip(1) {
            assert!(
                script.contains(&format!("nonce=\"{nonce}\"")),
                "{path}: every script carries the nonce"
            );
        }
    }
}

async fn audit_trail_is_append_only(backend: Backend) {
    let app = spawn_app(backend).await;
    signed_in_browser(&app, "sam@example.org").await;
    let update = front_door::on_db!(&app.state.db, |pool| {
        sqlx::query("UPDATE audit_events SET action = 'nothing'")
            .execute(pool)
            .await
            .map(|_| ())
    });
    assert!(update.is_err(), "UPDATE must fail");
    let delete = front_door::on_db!(&app.state.db, |pool| {
        sqlx::query("DELETE FROM audit_events")
            .execute(pool)
            .await
            .map(|_| ())
    });
    assert!(delete.is_err(), "DELETE must fail");
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::AccountCreated)
            .await
            .unwrap(),
        1
    );
}

async fn viewing_details_is_audited_with_actor_and_subject(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = signed_in_browser(&app, "sam@example.org").await;
    b.get("/account").await;
    let events = audit::events_for(&app.state.db, AccountId(1))
        .await
        .unwrap();
    let viewed = events
        .iter()
        .find(|e| e.action == "account_details_viewed")
        .expect("audited");
    assert_eq!(
        (viewed.actor, viewed.subject),
        (Some(AccountId(1)), Some(AccountId(1)))
    );
    assert_eq!(viewed.at, common::START);
    // Nothing typed by a person goes into the audit trail.
    for e in &events {
        assert!(
            !e.detail.contains('@') && !e.detail.contains("Sam"),
            "{e:?}"
        );
    }
    let failed = app.browser();
    failed.sign_in("sam@example.org", "wrong password").await;
    let events = audit::events_for(&app.state.db, AccountId(1))
        .await
        .unwrap();
    let e = events
        .iter()
        .find(|e| e.action == "sign_in_failed")
        .unwrap();
    assert_eq!((e.actor, e.subject), (None, Some(AccountId(1))));
}

async fn unknown_pages_get_a_styled_not_found(backend: Backend) {
    let app = spawn_app(backend).await;
    let res = app.browser().get("/no-such-page").await;
    assert_eq!(res.status().as_u16(), 404);
    let body = res.text().await.unwrap();
    assert!(body.contains("Page not found"));
    assert!(body.contains("nhsuk-header"));
}

async fn a_session_for_a_removed_account_is_refused(backend: Backend) {
    // Who may see what is read from the database on every request, not from the session.
    let app = spawn_app(backend).await;
    let b = signed_in_browser(&app, "sam@example.org").await;
    assert_eq!(b.get("/account").await.status().as_u16(), 200);
    front_door::on_db!(&app.state.db, |pool| {
        sqlx::query("DELETE FROM accounts WHERE email = 'sam@example.org'")
            .execute(pool)
            .await
            .map(|r| r.rows_affected())
            .unwrap()
    });
    let res = b.get("/account").await;
    assert_eq!(res.status().as_u16(), 401);
    let body = res.text().await.unwrap();
    assert!(body.contains("You need to sign in"));
    assert!(!body.contains("Sam Example"));
}

async fn malformed_and_oversized_posts_never_give_a_server_error(backend: Backend) {
    let app = spawn_app(backend).await;
    let b = app.browser();
    // Missing fields: back to the form with a general message, not a 500.
    let res = b
        .client
        .post(format!("{}/api/register", app.base))
        .header("accept", "text/html")
        .header("origin", app.base.clone())
        .header("referer", format!("{}/register", app.base))
        .form(&[("full_name", "Sam")])
        .send()
        .await
        .unwrap();
    assert!(res.status().is_redirection(), "{}", res.status());
    let (status, body) = b.follow(res).await;
    assert_eq!(status, 200);
    assert!(body.contains("There is a problem"), "{body}");
    assert!(
        !body.contains("Sam\""),
        "nothing typed is echoed from the URL"
    );

    // Oversized answers are refused with a message for each.
    let long_name = "A".repeat(5_000);
    let long_email = format!("{}@example.org", "b".repeat(300));
    let long_password = "c".repeat(10_000);
    let res = b
        .register(&long_name, &long_email, &long_password, &"9".repeat(50))
        .await;
    let (status, body) = b.follow(res).await;
    assert_eq!(status, 200);
    for msg in [
        "Full name must be 200 characters or fewer",
        "Enter an email address in the correct format",
        "Password must be 128 characters or fewer",
        "NHS number must be 10 numbers",
    ] {
        assert!(body.contains(msg), "{msg}");
    }
    // A huge sign-in password is answered like any wrong one.
    let (status, body) = b
        .follow(b.sign_in("sam@example.org", &long_password).await)
        .await;
    assert_eq!(status, 200);
    assert!(body.contains("Enter a correct email address and password"));
}
