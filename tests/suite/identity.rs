//! Sign-in with NHS login against a real OpenID Provider (npm `oidc-provider`,
//! `scripts/identity-provider.mjs`), identity levels, linking, and the security
//! checks: each bad token is made by a proxy in front of the real provider that
//! changes the token response and, where a claim must be wrong but the signature
//! right, signs again with the provider's own key.

use crate::common::{self, location, page, Backend, Browser, TestApp, PASSWORD};
use axum::{body::Bytes, extract::State, http::HeaderMap, response::IntoResponse, Router};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD as B64, Engine};
use front_door::{
    platform::{
        accounts,
        audit::{self, AuditAction},
    },
    sim::identity_provider::{self, IdentityProvider},
};
use serde_json::Value;
use std::{
    sync::{Arc, Mutex},
    time::{Duration, Instant},
};

on_both_databases!(
    first_sign_in_makes_a_proved_account_and_opens_the_record,
    the_same_person_signs_in_to_the_same_account,
    an_existing_account_links_nhs_login_once,
    one_nhs_login_is_linked_to_at_most_one_account,
    a_password_alone_never_opens_a_proved_record,
    a_p0_identity_from_the_provider_opens_no_record,
    state_from_another_session_is_refused,
    a_code_is_used_once,
    a_tampered_signature_is_refused,
    alg_none_is_refused,
    a_wrong_issuer_is_refused,
    a_wrong_audience_is_refused,
    an_expired_token_is_refused,
    a_missing_nonce_is_refused,
    a_replayed_token_is_refused,
    a_vector_that_was_not_asked_for_is_refused,
    a_provider_that_hangs_gets_a_clear_message_within_budget,
    a_password_and_a_two_step_code_open_a_proved_record,
    two_step_codes_are_throttled,
    a_gp_linkage_key_proves_an_account_to_p9,
    wrong_linkage_details_are_refused_and_throttled,
);

async fn refusals(app: &TestApp) -> Vec<String> {
    audit::details_of(&app.state.db, AuditAction::NhsLoginRefused)
        .await
        .unwrap()
}

/// The browser was sent back to the sign-in page with a message, and is not signed in.
async fn refused_at_sign_in(b: &Browser, res: reqwest::Response, message: &str) {
    assert_eq!(res.status(), 303);
    let to = location(&res);
    assert!(to.starts_with("/sign-in?form="), "{to}");
    let html = page(b, &to).await;
    assert!(html.contains(message), "{message}");
    assert!(html.contains("nhsuk-error-summary"));
    assert_eq!(location(&b.get("/home").await), "/sign-in", "not signed in");
}

async fn first_sign_in_makes_a_proved_account_and_opens_the_record(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = common::spawn_app_with_sim(backend, &sim, 1500, &[]).await;
    let b = app.browser();
    let res = b.nhs_login("sarah@example.test").await;
    assert_eq!(location(&res), "/account/identity?welcome=yes");
    let welcome = page(&b, "/account/identity?welcome=yes").await;
    assert!(welcome.contains("Your Front Door account has been created"));
    assert!(welcome.contains("You can see your joined-up health record"));
    // Name, date of birth and NHS number come from the provider, never typed.
    let details = page(&b, "/account").await;
    assert!(details.contains("Sarah Thompson"));
    assert!(details.contains("14 March 1984"));
    assert!(details.contains("999 000 0018"));
    assert!(!details.contains("typed by you"));
    let record = page(&b, "/record").await;
    assert!(record.contains("High blood pressure"));
    let account = accounts::by_email(&app.state.db, "sarah@example.test")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        account.identity_level,
        front_door::domain::IdentityLevel::P9
    );
    assert!(!account.has_password(), "no password of Front Door's own");
    let events = audit::events_for(&app.state.db, account.id).await.unwrap();
    let has = |action: &str, detail: &str| {
        events
            .iter()
            .any(|e| e.action == action && e.detail == detail && e.actor == Some(account.id))
    };
    assert!(has("account_created", "nhs_login"));
    assert!(has("identity_level_changed", "P0 to P9"));
    assert!(has("signed_in", "nhs_login"));
}

async fn the_same_person_signs_in_to_the_same_account(backend: Backend) {
    let app = common::spawn_app(backend).await;
    let first = common::nhs_login_as(&app, "sarah@example.test").await;
    drop(first);
    let b = app.browser();
    let res = b.nhs_login("sarah@example.test").await;
    assert_eq!(location(&res), "/home");
    assert!(page(&b, "/home").await.contains("Hello, Sarah"));
    let signed_in = audit::details_of(&app.state.db, AuditAction::SignedIn)
        .await
        .unwrap();
    assert_eq!(signed_in, ["nhs_login", "nhs_login"]);
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::AccountCreated)
            .await
            .unwrap(),
        1
    );
}

/// An account of Front Door's own, with a typed NHS number, signed in with its password.
async fn own_account(app: &TestApp, email: &str) -> Browser {
    let b = app.browser();
    let res = b
        .register("Sarah Thompson", email, PASSWORD, "943 476 5919")
        .await;
    assert_eq!(location(&res), "/home");
    b
}

/// Starts linking from "Your identity" and signs in at the provider as `email`.
async fn link(b: &Browser, email: &str) -> reqwest::Response {
    let start = b.post_form("/auth/nhs-login", &[("purpose", "link")]).await;
    assert_eq!(start.status(), 303);
    let back = b.at_provider(&location(&start), email, PASSWORD).await;
    b.get(&back).await
}

async fn an_existing_account_links_nhs_login_once(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = common::spawn_app_with_sim(backend, &sim, 1500, &[]).await;
    let b = own_account(&app, "sarah.own@example.test").await;
    assert_eq!(b.get("/record").await.status(), 403, "P0 before linking");
    let identity = page(&b, "/account/identity").await;
    assert!(identity.contains("Link NHS login"));
    let res = link(&b, "sarah@example.test").await;
    assert_eq!(location(&res), "/account/identity?linked=yes");
    assert!(page(&b, "/account/identity?linked=yes")
        .await
        .contains("NHS login is now linked to your account"));
    // The NHS number now comes from the provider and replaces the typed one.
    let details = page(&b, "/account").await;
    assert!(details.contains("999 000 0018"));
    assert!(!details.contains("943 476 5919"));
    assert!(page(&b, "/record").await.contains("High blood pressure"));
    let account = accounts::by_email(&app.state.db, "sarah.own@example.test")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(account.nhs_login_sub.as_deref(), Some("test-p9-sarah"));
    let events = audit::events_for(&app.state.db, account.id).await.unwrap();
    assert!(events.iter().any(|e| e.action == "nhs_login_linked"));
    assert!(events
        .iter()
        .any(|e| e.action == "identity_level_changed" && e.detail == "P0 to P9"));
    // Signing in with NHS login later finds the linked account, not a new one.
    let again = app.browser();
    assert_eq!(
        location(&again.nhs_login("sarah@example.test").await),
        // Sarah's GP records her as mother of two children.
        "/act-for"
    );
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::AccountCreated)
            .await
            .unwrap(),
        1,
        "only the own account was ever created"
    );
}

async fn one_nhs_login_is_linked_to_at_most_one_account(backend: Backend) {
    let app = common::spawn_app(backend).await;
    // Sarah's NHS login already has an account.
    common::nhs_login_as(&app, "sarah@example.test").await;
    let b = own_account(&app, "someone@example.test").await;
    let res = link(&b, "sarah@example.test").await;
    let to = location(&res);
    assert!(to.starts_with("/account/identity?form="), "{to}");
    assert!(page(&b, &to)
        .await
        .contains("This NHS login is already linked to another Front Door account"));
    let account = accounts::by_email(&app.state.db, "someone@example.test")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        account.identity_level,
        front_door::domain::IdentityLevel::P0
    );
    assert_eq!(account.nhs_login_sub, None);
    assert_eq!(b.get("/record").await.status(), 403);
    assert_eq!(refusals(&app).await, ["subject_linked_elsewhere"]);
}

async fn a_password_alone_never_opens_a_proved_record(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = common::spawn_app_with_sim(backend, &sim, 1500, &[]).await;
    let b = own_account(&app, "sarah.own@example.test").await;
    link(&b, "sarah@example.test").await;
    assert_eq!(b.get("/record").await.status(), 200);
    let b = app.browser();
    assert_eq!(
        location(&b.sign_in("sarah.own@example.test", PASSWORD).await),
        // Sarah's GP records her as mother of two children.
        "/act-for"
    );
    let res = b.get("/record").await;
    assert_eq!(res.status(), 403);
    let html = res.text().await.unwrap();
    assert!(html.contains("Sign in with NHS login to see this"));
    assert!(html.contains("a password on its own does not open your health record"));
    assert_eq!(b.get("/record/download").await.status(), 403);
    assert_eq!(b.get("/appointments").await.status(), 200, "P5 is open");
}

async fn a_p0_identity_from_the_provider_opens_no_record(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = common::spawn_app_with_sim(backend, &sim, 1500, &[]).await;
    let b = common::nhs_login_as(&app, "jo@example.test").await;
    for path in ["/record", "/appointments", "/triage"] {
        let res = b.get(path).await;
        assert_eq!(res.status(), 403, "{path}");
        let html = res.text().await.unwrap();
        assert!(html.contains("You need to prove who you are"), "{path}");
        assert!(
            html.contains("call 111"),
            "urgent help is always given: {path}"
        );
    }
    let identity = page(&b, "/account/identity").await;
    assert!(identity.contains("You have not proved who you are yet"));
    // Each refusal is audited with who, for whom and what was asked for.
    let refused = audit::details_of(&app.state.db, AuditAction::IdentityLevelTooLow)
        .await
        .unwrap();
    assert!(["record", "appointments", "triage"]
        .iter()
        .all(|scope| refused.iter().any(|d| d == scope)));
    assert_eq!(request_total(&sim).await, 0, "no provider was asked");
}

async fn request_total(sim: &front_door::sim::SimHandle) -> u64 {
    let mut n = 0;
    for p in front_door::sim::data::PROVIDERS {
        n += common::request_count(sim, p.slug).await;
    }
    n
}

async fn state_from_another_session_is_refused(backend: Backend) {
    let app = common::spawn_app(backend).await;
    let a = app.browser();
    let start = a.post_form("/auth/nhs-login", &[]).await;
    let back = a
        .at_provider(&location(&start), "sarah@example.test", PASSWORD)
        .await;
    // Another browser, with no sign-in started, is handed A's return address.
    let b = app.browser();
    refused_at_sign_in(
        &b,
        b.get(&back).await,
        "Signing in with NHS login did not work",
    )
    .await;
    // Another browser that started its own sign-in: the state is not its own.
    let c = app.browser();
    c.post_form("/auth/nhs-login", &[]).await;
    refused_at_sign_in(
        &c,
        c.get(&back).await,
        "Signing in with NHS login did not work",
    )
    .await;
    assert_eq!(
        refusals(&app).await,
        ["no_sign_in_started", "state_mismatch"]
    );
    // A's own return still works: nothing of A's was used up.
    assert_eq!(
        location(&a.get(&back).await),
        "/account/identity?welcome=yes"
    );
}

async fn a_code_is_used_once(backend: Backend) {
    let app = common::spawn_app(backend).await;
    let b = app.browser();
    let start = b.post_form("/auth/nhs-login", &[]).await;
    let back = b
        .at_provider(&location(&start), "sarah@example.test", PASSWORD)
        .await;
    assert_eq!(
        location(&b.get(&back).await),
        "/account/identity?welcome=yes"
    );
    // The same return again: the sign-in it belonged to is over.
    let again = b.get(&back).await;
    assert!(location(&again).starts_with("/sign-in?form="));
    // The old code with a fresh state: the provider refuses a code used before.
    let fresh = app.browser();
    let start = fresh.post_form("/auth/nhs-login", &[]).await;
    let authorize = reqwest::Url::parse(&location(&start)).unwrap();
    let state = query(&authorize, "state");
    let old = reqwest::Url::parse(&back).unwrap();
    let forged = format!(
        "/auth/nhs-login/callback?code={}&state={state}",
        query(&old, "code")
    );
    refused_at_sign_in(
        &fresh,
        fresh.get(&forged).await,
        "Signing in with NHS login did not work",
    )
    .await;
    assert_eq!(refusals(&app).await, ["no_sign_in_started", "code_refused"]);
}

fn query(url: &reqwest::Url, name: &str) -> String {
    url.query_pairs()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| panic!("{name} in {url}"))
}

// ---- a proxy in front of the real provider that changes its ID tokens ----

#[derive(Clone)]
enum Change {
    None,
    /// Keeps the ID token of the next sign-in.
    Capture,
    TamperSignature,
    AlgNone,
    /// Changes the claims and signs again with the provider's own key.
    Claims(fn(&mut Value)),
    /// Sends this (earlier) ID token instead.
    Replay(String),
}

struct Proxy {
    upstream: String,
    change: Mutex<Change>,
    captured: Mutex<Option<String>>,
    key: jsonwebtoken::EncodingKey,
    kid: String,
    http: reqwest::Client,
}

struct Tampering {
    proxy: Arc<Proxy>,
    app: TestApp,
    _idp: IdentityProvider,
}

/// The portal, trusting a provider whose issuer address is a proxy that can change tokens.
async fn tampering(backend: Backend) -> Tampering {
    // The shared provider makes the keys first; this one then uses the same files.
    common::shared_identity_provider();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy_url = format!("http://{}", listener.local_addr().unwrap());
    let idp_addr = identity_provider::free_local_addr().unwrap();
    let idp = identity_provider::start(common::identity_provider_options(
        idp_addr.clone(),
        Some(proxy_url.clone()),
    ))
    .await
    .unwrap();
    let signing: Value = serde_json::from_str(
        &std::fs::read_to_string(idp.keys_dir.join("provider-signing.jwk.json")).unwrap(),
    )
    .unwrap();
    let pem = std::fs::read(idp.keys_dir.join("provider-signing.pem")).unwrap();
    let proxy = Arc::new(Proxy {
        upstream: format!("http://{idp_addr}"),
        change: Mutex::new(Change::None),
        captured: Mutex::new(None),
        key: jsonwebtoken::EncodingKey::from_rsa_pem(&pem).unwrap(),
        kid: signing["kid"].as_str().unwrap().to_string(),
        http: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
    });
    let router = Router::new().fallback(forward).with_state(proxy.clone());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    let settings = idp.portal_settings(common::CLIENT_ID);
    let overrides: Vec<(&str, &str)> = settings
        .iter()
        .map(|(k, v)| (k.as_str(), v.as_str()))
        .collect();
    let app = common::spawn_app_with(backend, &overrides).await;
    Tampering {
        proxy,
        app,
        _idp: idp,
    }
}

async fn forward(
    State(proxy): State<Arc<Proxy>>,
    method: axum::http::Method,
    uri: axum::http::Uri,
    headers: HeaderMap,
    body: Bytes,
) -> axum::response::Response {
    let url = format!(
        "{}{}",
        proxy.upstream,
        uri.path_and_query().map(|p| p.as_str()).unwrap_or("/")
    );
    let mut req = proxy.http.request(method, &url).body(body);
    for (name, value) in headers.iter() {
        if name != "host" && name != "content-length" {
            req = req.header(name, value);
        }
    }
    // The provider names its endpoints from the address it was asked at: the proxy's.
    if let Some(host) = headers.get("host") {
        req = req
            .header("x-forwarded-host", host)
            .header("x-forwarded-proto", "http");
    }
    let res = req.send().await.unwrap();
    let status = res.status();
    let mut out_headers = HeaderMap::new();
    for (name, value) in res.headers().iter() {
        if name != "content-length" && name != "transfer-encoding" {
            out_headers.append(name, value.clone());
        }
    }
    let mut bytes = res.bytes().await.unwrap().to_vec();
    if uri.path() == "/token" && status.is_success() {
        let mut tokens: Value = serde_json::from_slice(&bytes).unwrap();
        let id_token = tokens["id_token"].as_str().unwrap().to_string();
        tokens["id_token"] = Value::String(proxy.change_token(&id_token));
        bytes = serde_json::to_vec(&tokens).unwrap();
    }
    (status, out_headers, bytes).into_response()
}

impl Proxy {
    fn set(&self, change: Change) {
        *self.change.lock().unwrap() = change;
    }

    fn change_token(&self, token: &str) -> String {
        let change = self.change.lock().unwrap().clone();
        let parts: Vec<&str> = token.split('.').collect();
        let claims =
            || -> Value { serde_json::from_slice(&B64.decode(parts[1]).unwrap()).unwrap() };
        match change {
            Change::None => token.to_string(),
            Change::Capture => {
                *self.captured.lock().unwrap() = Some(token.to_string());
                token.to_string()
            }
            Change::TamperSignature => {
                let mut sig = B64.decode(parts[2]).unwrap();
                let middle = sig.len() / 2;
                sig[middle] ^= 0x5a;
                format!("{}.{}.{}", parts[0], parts[1], B64.encode(sig))
            }
            Change::AlgNone => {
                let header = B64.encode(br#"{"alg":"none","typ":"JWT"}"#);
                format!("{header}.{}.", parts[1])
            }
            Change::Claims(edit) => {
                let mut c = claims();
                edit(&mut c);
                let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::RS512);
                header.kid = Some(self.kid.clone());
                jsonwebtoken::encode(&header, &c, &self.key).unwrap()
            }
            Change::Replay(earlier) => earlier,
        }
    }
}

/// Signs in through the proxy with `change` applied; returns the portal's answer.
async fn sign_in_through(t: &Tampering, change: Change) -> (Browser, reqwest::Response) {
    t.proxy.set(change);
    let b = t.app.browser();
    let res = b.nhs_login("sarah@example.test").await;
    (b, res)
}

async fn check_refused(t: &Tampering, change: Change) {
    let (b, res) = sign_in_through(t, change).await;
    refused_at_sign_in(&b, res, "Signing in with NHS login did not work").await;
    assert_eq!(
        accounts::by_email(&t.app.state.db, "sarah@example.test")
            .await
            .unwrap()
            .map(|a| a.id),
        None,
        "no account was made"
    );
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

async fn a_tampered_signature_is_refused(backend: Backend) {
    let t = tampering(backend).await;
    // The proxy itself changes nothing unless asked: the same path signs in.
    let (_, ok) = sign_in_through(&t, Change::None).await;
    assert_eq!(location(&ok), "/account/identity?welcome=yes");
    let t = tampering(backend).await;
    check_refused(&t, Change::TamperSignature).await;
    assert_eq!(refusals(&t.app).await, ["id_token_refused"]);
}

async fn alg_none_is_refused(backend: Backend) {
    let t = tampering(backend).await;
    check_refused(&t, Change::AlgNone).await;
    let reasons = refusals(&t.app).await;
    assert!(
        reasons == ["id_token_refused"] || reasons == ["token_unreadable"],
        "{reasons:?}"
    );
}

async fn a_wrong_issuer_is_refused(backend: Backend) {
    let t = tampering(backend).await;
    check_refused(
        &t,
        Change::Claims(|c| c["iss"] = "http://evil.example".into()),
    )
    .await;
    assert_eq!(refusals(&t.app).await, ["id_token_refused"]);
}

async fn a_wrong_audience_is_refused(backend: Backend) {
    let t = tampering(backend).await;
    check_refused(&t, Change::Claims(|c| c["aud"] = "another-service".into())).await;
    assert_eq!(refusals(&t.app).await, ["id_token_refused"]);
}

async fn an_expired_token_is_refused(backend: Backend) {
    let t = tampering(backend).await;
    check_refused(
        &t,
        Change::Claims(|c| {
            c["iat"] = (now() - 7200).into();
            c["exp"] = (now() - 3600).into();
        }),
    )
    .await;
    assert_eq!(refusals(&t.app).await, ["id_token_refused"]);
}

async fn a_missing_nonce_is_refused(backend: Backend) {
    let t = tampering(backend).await;
    check_refused(
        &t,
        Change::Claims(|c| {
            c.as_object_mut().unwrap().remove("nonce");
        }),
    )
    .await;
    assert_eq!(refusals(&t.app).await, ["id_token_refused"]);
}

async fn a_replayed_token_is_refused(backend: Backend) {
    let t = tampering(backend).await;
    let (_, first) = sign_in_through(&t, Change::Capture).await;
    assert_eq!(location(&first), "/account/identity?welcome=yes");
    let earlier = t.proxy.captured.lock().unwrap().clone().unwrap();
    // A later sign-in is handed the earlier (validly signed) token: its nonce is not this one's.
    let (b, res) = sign_in_through(&t, Change::Replay(earlier)).await;
    refused_at_sign_in(&b, res, "Signing in with NHS login did not work").await;
    assert_eq!(refusals(&t.app).await, ["id_token_refused"]);
}

async fn a_vector_that_was_not_asked_for_is_refused(backend: Backend) {
    let t = tampering(backend).await;
    check_refused(&t, Change::Claims(|c| c["vot"] = "P9.Xx".into())).await;
    assert_eq!(refusals(&t.app).await, ["vot_not_asked_for"]);
}

async fn a_provider_that_hangs_gets_a_clear_message_within_budget(backend: Backend) {
    // Accepts connections and never answers.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let issuer = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let key = common::shared_identity_provider().client_key_file();
    let key = key.display().to_string();
    let app = common::spawn_app_with(
        backend,
        &[
            ("FRONTDOOR_NHS_LOGIN_ISSUER", issuer.as_str()),
            ("FRONTDOOR_NHS_LOGIN_CLIENT_ID", common::CLIENT_ID),
            ("FRONTDOOR_NHS_LOGIN_PRIVATE_KEY_FILE", key.as_str()),
            ("FRONTDOOR_NHS_LOGIN_BUDGET_MS", "700"),
        ],
    )
    .await;
    let b = app.browser();
    let started = Instant::now();
    let res = b.post_form("/auth/nhs-login", &[]).await;
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "answered within the budget, not hung: {:?}",
        started.elapsed()
    );
    let to = location(&res);
    assert!(to.starts_with("/sign-in?form="), "{to}");
    let html = page(&b, &to).await;
    assert!(html.contains("NHS login is not working at the moment"));
    // The sign-in page says so to the next person too, and the own-account route still works.
    let fresh = page(&app.browser(), "/sign-in").await;
    assert!(fresh.contains("NHS login may not be working"));
    let own = app.browser();
    let res = own
        .register("Sam Lee", "sam.lee@example.test", PASSWORD, "")
        .await;
    assert_eq!(location(&res), "/home");
}

// ---- two-step sign-in ----

pub(super) fn code_at(key: &str, unix: i64) -> String {
    let bytes = totp_rs::Secret::Encoded(key.to_string())
        .to_bytes()
        .unwrap();
    totp_rs::TOTP::new(totp_rs::Algorithm::SHA1, 6, 0, 30, bytes, None, "t".into())
        .unwrap()
        .generate(unix as u64)
}

/// Turns two-step sign-in on for the signed-in browser; returns the key and recovery codes.
pub(super) async fn turn_on_two_step(app: &TestApp, b: &Browser) -> (String, Vec<String>) {
    let setup = page(b, "/account/two-step").await;
    assert!(setup.contains("data:image/svg+xml;base64,"), "a QR code");
    let key: String = setup
        .split("id=\"two-step-key\">")
        .nth(1)
        .and_then(|r| r.split('<').next())
        .unwrap()
        .replace(' ', "");
    let wrong = b.post_form("/api/two-step-on", &[("code", "000000")]).await;
    let to = location(&wrong);
    if !code_at(&key, app.clock.now_unix()).eq("000000") {
        assert!(to.starts_with("/account/two-step?form="), "{to}");
        assert!(page(b, &to).await.contains("The code is not right"));
    }
    let res = b
        .post_form(
            "/api/two-step-on",
            &[("code", &code_at(&key, app.clock.now_unix()))],
        )
        .await;
    assert_eq!(location(&res), "/account/two-step/recovery-codes");
    let html = page(b, "/account/two-step/recovery-codes").await;
    let codes: Vec<String> = html
        .split("<li><code>")
        .skip(1)
        .filter_map(|r| r.split('<').next())
        .map(str::to_string)
        .collect();
    assert_eq!(codes.len(), 10);
    assert!(page(b, "/account/two-step/recovery-codes")
        .await
        .contains("shown only once"));
    (key, codes)
}

/// Password, then a code: returns where the code post sends the browser.
pub(super) async fn sign_in_with_code(app: &TestApp, email: &str, code: &str) -> (Browser, String) {
    let b = app.browser();
    let res = b.sign_in(email, PASSWORD).await;
    assert_eq!(location(&res), "/sign-in/code");
    assert_eq!(
        location(&b.get("/home").await),
        "/sign-in",
        "not signed in yet"
    );
    assert!(page(&b, "/sign-in/code")
        .await
        .contains("Enter your security code"));
    let res = b.post_form("/api/sign-in-code", &[("code", code)]).await;
    let to = location(&res);
    (b, to)
}

async fn a_password_and_a_two_step_code_open_a_proved_record(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = common::spawn_app_with_sim(backend, &sim, 1500, &[]).await;
    let email = "sarah.own@example.test";
    let b = own_account(&app, email).await;
    link(&b, "sarah@example.test").await;
    let (key, recovery) = turn_on_two_step(&app, &b).await;
    // The code used to turn it on cannot be used again.
    let (_, to) = sign_in_with_code(&app, email, &code_at(&key, app.clock.now_unix())).await;
    assert!(to.starts_with("/sign-in/code?form="), "{to}");
    // The next step's code signs in, and a password with a code opens the record.
    app.clock.advance(30);
    let code = code_at(&key, app.clock.now_unix());
    let (b, to) = sign_in_with_code(&app, email, &code).await;
    assert_eq!(
        to, "/act-for",
        "Sarah's GP records her as mother of two children"
    );
    assert!(page(&b, "/record").await.contains("High blood pressure"));
    // The same code again, in another sign-in: refused.
    let (other, to) = sign_in_with_code(&app, email, &code).await;
    assert!(to.starts_with("/sign-in/code?form="), "{to}");
    assert!(page(&other, &to)
        .await
        .contains("The security code is not right"));
    // A recovery code works once.
    let (_, to) = sign_in_with_code(&app, email, &recovery[0].to_uppercase()).await;
    assert_eq!(to, "/act-for");
    let (_, to) = sign_in_with_code(&app, email, &recovery[0]).await;
    assert!(to.starts_with("/sign-in/code?form="), "{to}");
    let signed_in = audit::details_of(&app.state.db, AuditAction::SignedIn)
        .await
        .unwrap();
    assert_eq!(
        signed_in
            .iter()
            .filter(|d| d.as_str() == "password_and_code")
            .count(),
        2
    );
    assert_eq!(
        audit::count_action(&app.state.db, AuditAction::TwoStepTurnedOn)
            .await
            .unwrap(),
        1
    );
    // Turned off: a password alone again, and the record closed to it.
    b.post_form("/api/two-step-off", &[]).await;
    let plain = app.browser();
    assert_eq!(location(&plain.sign_in(email, PASSWORD).await), "/act-for");
    assert_eq!(plain.get("/record").await.status(), 403);
}

async fn two_step_codes_are_throttled(backend: Backend) {
    let app = common::spawn_app(backend).await;
    let email = "code.tries@example.test";
    let b = own_account(&app, email).await;
    let (key, _) = turn_on_two_step(&app, &b).await;
    let right = code_at(&key, app.clock.now_unix() + 30);
    let wrong = if right == "111111" {
        "222222"
    } else {
        "111111"
    };
    let b = app.browser();
    assert_eq!(location(&b.sign_in(email, PASSWORD).await), "/sign-in/code");
    for _ in 0..5 {
        let res = b.post_form("/api/sign-in-code", &[("code", wrong)]).await;
        assert!(location(&res).starts_with("/sign-in/code?form="));
    }
    app.clock.advance(30);
    let res = b.post_form("/api/sign-in-code", &[("code", &right)]).await;
    let to = location(&res);
    let html = b.get(&to).await;
    assert_eq!(html.status(), 429);
    assert!(html
        .text()
        .await
        .unwrap()
        .contains("You have tried too many codes"));
}

// ---- the GP linkage key route ----

async fn linkage_of(sim: &front_door::sim::SimHandle, nhs: &str) -> Value {
    let all: Vec<Value> = reqwest::get(format!("{}/_admin/linkage", sim.base_url))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    all.into_iter()
        .find(|l| l["nhs_number"] == nhs)
        .expect("linkage details")
}

async fn a_gp_linkage_key_proves_an_account_to_p9(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = common::spawn_app_with_sim(backend, &sim, 1500, &[]).await;
    let email = "sarah.gp@example.test";
    let b = own_account(&app, email).await;
    let l = linkage_of(&sim, common::SARAH_NHS).await;
    let field = |k: &str| l[k].as_str().unwrap().to_string();
    let res = b
        .post_form(
            "/api/gp-linkage",
            &[
                ("ods_code", &field("ods_code").to_lowercase()),
                ("account_id", &field("account_id")),
                ("linkage_key", &field("linkage_key")),
            ],
        )
        .await;
    assert_eq!(location(&res), "/account/identity?proved=gp");
    assert!(page(&b, "/account/identity?proved=gp")
        .await
        .contains("Your GP surgery has confirmed who you are"));
    let account = accounts::by_email(&app.state.db, email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        account.identity_level,
        front_door::domain::IdentityLevel::P9
    );
    assert_eq!(account.proved_nhs_number(), Some(common::SARAH_NHS));
    assert_eq!(
        account.nhs_number_source,
        Some(accounts::NhsNumberSource::GpLinkage)
    );
    // Signed in with a password only: proved, but the record needs a second step.
    let res = b.get("/record").await;
    assert_eq!(res.status(), 403);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("Sign in with NHS login to see this"));
    assert_eq!(b.get("/appointments").await.status(), 200);
    // With two-step sign-in the record opens.
    let (key, _) = turn_on_two_step(&app, &b).await;
    app.clock.advance(30);
    let (b, to) = sign_in_with_code(&app, email, &code_at(&key, app.clock.now_unix())).await;
    assert_eq!(
        to, "/act-for",
        "Sarah's GP records her as mother of two children"
    );
    assert!(page(&b, "/record").await.contains("High blood pressure"));
    let events = audit::events_for(&app.state.db, account.id).await.unwrap();
    assert!(events.iter().any(|e| e.action == "gp_linkage_verified"));
    assert!(events
        .iter()
        .any(|e| e.action == "identity_level_changed" && e.detail == "P0 to P9"));
}

async fn wrong_linkage_details_are_refused_and_throttled(backend: Backend) {
    let sim = common::spawn_sim().await;
    let app = common::spawn_app_with_sim(backend, &sim, 1500, &[]).await;
    let email = "someone.gp@example.test";
    let b = own_account(&app, email).await;
    let l = linkage_of(&sim, common::SARAH_NHS).await;
    let field = |k: &str| l[k].as_str().unwrap().to_string();
    let post = |ods: String, key: String| {
        let b = &b;
        let id = field("account_id");
        async move {
            let res = b
                .post_form(
                    "/api/gp-linkage",
                    &[
                        ("ods_code", &ods),
                        ("account_id", &id),
                        ("linkage_key", &key),
                    ],
                )
                .await;
            let to = location(&res);
            assert!(to.starts_with("/account/identity/gp-linkage?form="), "{to}");
            b.get(&to).await
        }
    };
    let html = post("ZZZ99".into(), field("linkage_key"))
        .await
        .text()
        .await
        .unwrap();
    assert!(html.contains("We do not know a GP surgery with this ODS code"));
    let empty = post(field("ods_code"), String::new())
        .await
        .text()
        .await
        .unwrap();
    assert!(empty.contains("Enter the linkage key from your GP surgery"));
    for _ in 0..5 {
        let html = post(field("ods_code"), "WRONGKEY1234".into())
            .await
            .text()
            .await
            .unwrap();
        assert!(html.contains("These details do not match what your GP surgery holds"));
        assert!(
            !html.contains("WRONGKEY1234"),
            "the key is never shown back"
        );
    }
    // Even the right key now waits.
    let res = post(field("ods_code"), field("linkage_key")).await;
    assert_eq!(res.status(), 429);
    assert!(res
        .text()
        .await
        .unwrap()
        .contains("You have tried too many times"));
    let account = accounts::by_email(&app.state.db, email)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        account.identity_level,
        front_door::domain::IdentityLevel::P0
    );
}
