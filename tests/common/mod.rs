//! Starts the real application on a free port against a fresh database, as
//! `spawn_app` does in zero-to-production. PostgreSQL tests create and drop
//! their own database in the server at FRONTDOOR_TEST_POSTGRES_URL.
#![allow(dead_code)]

use front_door::{
    platform::{clock::Clock, state::AppState},
    providers::ProviderConfig,
    sim::{
        self, demo_providers,
        identity_provider::{self, IdentityProvider, IdentityProviderOptions},
        Faults, SimHandle,
    },
    state::{self as app, Setup},
};
use reqwest::{cookie::Jar, redirect::Policy, Client, Response};
use sqlx::{Connection, Executor, PgConnection};
use std::{collections::HashMap, net::SocketAddr, sync::Arc};

#[derive(Clone, Copy, Debug)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// 2026-11-22 09:00:00 UTC: tests move the clock on by hand.
pub const START: i64 = 1_795_338_000;

pub struct TestApp {
    pub base: String,
    pub state: AppState,
    pub clock: Clock,
    cleanup: Option<Cleanup>,
}

enum Cleanup {
    SqliteFile(std::path::PathBuf),
    PostgresDb { admin_url: String, name: String },
}

fn admin_postgres_url() -> String {
    std::env::var("FRONTDOOR_TEST_POSTGRES_URL")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".to_string())
}

fn unique(prefix: &str) -> String {
    use std::sync::atomic::{AtomicU32, Ordering};
    static N: AtomicU32 = AtomicU32::new(0);
    format!(
        "{prefix}_{}_{}_{}",
        std::process::id(),
        N.fetch_add(1, Ordering::SeqCst),
        rand_suffix()
    )
}

fn rand_suffix() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos() as u64)
        .unwrap_or(0)
}

/// The address the portal names itself in tests; the identity provider sends people back to it.
pub const PUBLIC_URL: &str = "http://frontdoor.test";
pub const CLIENT_ID: &str = "front-door";

/// Options for an identity provider of the tests' own people, sending people back to `PUBLIC_URL`.
pub fn identity_provider_options(addr: String, issuer: Option<String>) -> IdentityProviderOptions {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    IdentityProviderOptions {
        addr,
        issuer,
        keys_dir: std::env::temp_dir()
            .join("frontdoor-tests")
            .join(format!("idp-keys-{}", std::process::id())),
        people_file: root.join("tests/identity-people.json"),
        client_id: CLIENT_ID.into(),
        redirect_uris: vec![format!("{PUBLIC_URL}/auth/nhs-login/callback")],
        script: root.join("scripts/identity-provider.mjs"),
    }
}

/// An identity provider of its own whose people are these simulated residents, at
/// P9, as `resident{index}@example.test` with the tests' `PASSWORD`.
pub async fn identity_provider_for(people: &[sim::data::Person]) -> IdentityProvider {
    shared_identity_provider(); // makes the keys this one shares
    let list = identity_provider::people_at_p9(
        people,
        |p| format!("resident{}@example.test", p.index),
        PASSWORD,
    );
    let file = std::env::temp_dir()
        .join("frontdoor-tests")
        .join(format!("{}.people.json", unique("idp")));
    std::fs::write(&file, list.to_string()).unwrap();
    let mut options =
        identity_provider_options(identity_provider::free_local_addr().unwrap(), None);
    options.people_file = file;
    identity_provider::start(options).await.unwrap()
}

/// Overrides that point the portal at `idp`.
pub fn nhs_login_settings(idp: &IdentityProvider) -> Vec<(String, String)> {
    idp.portal_settings(CLIENT_ID)
}

/// One identity provider (a real `oidc-provider` process) for the whole test run,
/// started on first use. It stops when the test process ends.
pub fn shared_identity_provider() -> &'static IdentityProvider {
    static IDP: std::sync::OnceLock<IdentityProvider> = std::sync::OnceLock::new();
    IDP.get_or_init(|| {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let addr = identity_provider::free_local_addr().unwrap();
                let idp = identity_provider::start(identity_provider_options(addr, None))
                    .await
                    .expect("the tests' identity provider (npm ci must have run)");
                tx.send(idp).unwrap();
                // Keeps the runtime that owns the child process alive.
                std::future::pending::<()>().await;
            });
        });
        rx.recv().expect("identity provider")
    })
}

/// Settings as the embedded demo has them (NHS login from the tests' identity
/// provider), with overrides.
pub fn config(database_url: &str, overrides: &[(&str, &str)]) -> Setup {
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("DATABASE_URL".into(), database_url.into());
    vars.insert("LEPTOS_SITE_ADDR".into(), "127.0.0.1:0".into());
    vars.insert("FRONTDOOR_PUBLIC_URL".into(), PUBLIC_URL.into());
    if !overrides
        .iter()
        .any(|(k, _)| *k == "FRONTDOOR_NHS_LOGIN_ISSUER")
    {
        vars.extend(shared_identity_provider().portal_settings(CLIENT_ID));
    }
    for (k, v) in overrides {
        vars.insert(k.to_string(), v.to_string());
    }
    Setup::from_lookup(|k| vars.get(k).cloned()).expect("test config")
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, &[]).await
}

pub async fn spawn_app_with(backend: Backend, overrides: &[(&str, &str)]) -> TestApp {
    spawn_app_full(backend, overrides, None).await
}

/// The provider simulator on a free port, its records dated relative to START.
pub async fn spawn_sim() -> SimHandle {
    let today = time::OffsetDateTime::from_unix_timestamp(START)
        .unwrap()
        .date();
    sim::start("127.0.0.1:0".parse().unwrap(), 1, today)
        .await
        .expect("simulator")
}

/// The portal reading from `sim`'s five provider systems, each with `budget_ms`.
pub async fn spawn_app_with_sim(
    backend: Backend,
    sim: &SimHandle,
    budget_ms: u64,
    overrides: &[(&str, &str)],
) -> TestApp {
    spawn_app_with_sim_budgets(backend, sim, budget_ms, 3000, overrides).await
}

/// As `spawn_app_with_sim`, with the time allowed for bookings and cancellations too.
pub async fn spawn_app_with_sim_budgets(
    backend: Backend,
    sim: &SimHandle,
    budget_ms: u64,
    write_budget_ms: u64,
    overrides: &[(&str, &str)],
) -> TestApp {
    let mut providers = demo_providers(&sim.base_url);
    for p in &mut providers {
        p.budget_ms = budget_ms;
        p.write_budget_ms = write_budget_ms;
    }
    spawn_app_full(backend, overrides, Some(providers)).await
}

async fn spawn_app_full(
    backend: Backend,
    overrides: &[(&str, &str)],
    providers: Option<Vec<ProviderConfig>>,
) -> TestApp {
    if let Ok(filter) = std::env::var("RUST_LOG") {
        let _ = tracing_subscriber::fmt()
            .with_env_filter(filter)
            .with_test_writer()
            .try_init();
    }
    let (url, cleanup) = match backend {
        Backend::Sqlite => {
            let dir = std::env::temp_dir().join("frontdoor-tests");
            std::fs::create_dir_all(&dir).unwrap();
            let path = dir.join(format!("{}.db", unique("t")));
            (
                format!("sqlite://{}", path.display()),
                Cleanup::SqliteFile(path),
            )
        }
        Backend::Postgres => {
            let admin_url = admin_postgres_url();
            let name = unique("fd_test");
            let mut conn = PgConnection::connect(&admin_url).await.unwrap_or_else(|e| {
                panic!(
                    "PostgreSQL is needed for these tests (set FRONTDOOR_TEST_POSTGRES_URL): {e}"
                )
            });
            conn.execute(format!("CREATE DATABASE {name}").as_str())
                .await
                .unwrap();
            let (base, _) = admin_url.rsplit_once('/').unwrap();
            (
                format!("{base}/{name}"),
                Cleanup::PostgresDb { admin_url, name },
            )
        }
    };
    let clock = Clock::manual(START);
    let mut setup = config(&url, overrides);
    setup.config.providers = providers;
    let state = app::build_state(setup, clock.clone()).await.expect("state");
    let router = app::router(state.clone()).await.expect("router");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap();
    });
    TestApp {
        base: format!("http://{addr}"),
        state,
        clock,
        cleanup: Some(cleanup),
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        match self.cleanup.take() {
            Some(Cleanup::SqliteFile(path)) => {
                for suffix in ["", "-wal", "-shm"] {
                    let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
                }
            }
            Some(Cleanup::PostgresDb { admin_url, name }) => {
                // Drop needs async work: do it on a thread with its own runtime.
                let _ = std::thread::spawn(move || {
                    let rt = tokio::runtime::Builder::new_current_thread()
                        .enable_all()
                        .build()
                        .unwrap();
                    rt.block_on(async move {
                        if let Ok(mut conn) = PgConnection::connect(&admin_url).await {
                            let _ = conn
                                .execute(
                                    format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)").as_str(),
                                )
                                .await;
                        }
                    });
                })
                .join();
            }
            None => {}
        }
    }
}

/// A browser without JavaScript: keeps cookies, does not follow redirects,
/// sends Origin and Accept as a real form post would.
pub struct Browser {
    pub client: Client,
    pub jar: Arc<Jar>,
    base: String,
}

impl TestApp {
    pub fn browser(&self) -> Browser {
        let jar = Arc::new(Jar::default());
        let client = Client::builder()
            .cookie_provider(jar.clone())
            .redirect(Policy::none())
            .timeout(std::time::Duration::from_secs(20))
            .build()
            .unwrap();
        Browser {
            client,
            jar,
            base: self.base.clone(),
        }
    }

    /// A browser that starts with a given session cookie (an old one, replayed).
    pub fn browser_with_cookie(&self, cookie: &str) -> Browser {
        let b = self.browser();
        b.jar
            .add_cookie_str(&format!("{cookie}; Path=/"), &self.base.parse().unwrap());
        b
    }
}

impl Browser {
    pub async fn get(&self, path: &str) -> Response {
        self.client
            .get(if path.starts_with("http") {
                path.to_string()
            } else {
                format!("{}{path}", self.base)
            })
            .header("accept", "text/html")
            .send()
            .await
            .unwrap()
    }

    /// Prepares the record download (a background job) and fetches the file once
    /// the download page says it is ready, as a person would.
    pub async fn download_record(&self) -> Response {
        let res = self.post_form("/api/record-download/prepare", &[]).await;
        assert!(
            res.status().is_redirection(),
            "prepare the download: {}",
            res.status()
        );
        for _ in 0..240 {
            let page = self.get("/record/download").await.text().await.unwrap();
            if page.contains("Your file is ready") {
                return self.get("/record/download/file").await;
            }
            assert!(!page.contains("could not be prepared"), "the file failed");
            assert!(page.contains("being prepared"), "{page}");
            tokio::time::sleep(std::time::Duration::from_millis(500)).await;
        }
        panic!("the download was not ready in two minutes")
    }

    /// A plain HTML form post, as a browser without JavaScript sends it.
    pub async fn post_form(&self, path: &str, fields: &[(&str, &str)]) -> Response {
        self.client
            .post(format!("{}{path}", self.base))
            .header("accept", "text/html")
            .header("origin", self.base.clone())
            .header("sec-fetch-site", "same-origin")
            .form(fields)
            .send()
            .await
            .unwrap()
    }

    pub async fn register(&self, name: &str, email: &str, password: &str, nhs: &str) -> Response {
        self.post_form(
            "/api/register",
            &[
                ("full_name", name),
                ("dob_day", "14"),
                ("dob_month", "3"),
                ("dob_year", "1984"),
                ("email", email),
                ("password", password),
                ("nhs_number", nhs),
            ],
        )
        .await
    }

    pub async fn sign_in(&self, email: &str, password: &str) -> Response {
        self.post_form("/api/sign-in", &[("email", email), ("password", password)])
            .await
    }

    /// "Continue with NHS login", signing in at the identity provider as `email`;
    /// returns the portal's answer to the provider's redirect back.
    pub async fn nhs_login(&self, email: &str) -> Response {
        let start = self.post_form("/auth/nhs-login", &[]).await;
        assert_eq!(start.status(), 303, "sent to NHS login");
        let back = self.at_provider(&location(&start), email, PASSWORD).await;
        self.get(&back).await
    }

    /// Signs in at the identity provider from its authorisation URL; returns the
    /// portal address it sends the browser back to (code and state), not yet visited.
    pub async fn at_provider(&self, authorize: &str, email: &str, password: &str) -> String {
        let mut url = reqwest::Url::parse(authorize).unwrap();
        let mut logged_in = false;
        for _ in 0..10 {
            let res = self
                .client
                .get(url.clone())
                .header("accept", "text/html")
                .send()
                .await
                .unwrap();
            if res.status().is_redirection() {
                let next = url.join(&location(&res)).unwrap();
                if next.as_str().starts_with(PUBLIC_URL) {
                    return next.as_str().replacen(PUBLIC_URL, &self.base, 1);
                }
                url = next;
                continue;
            }
            assert_eq!(res.status(), 200, "identity provider page {url}");
            assert!(!logged_in, "the identity provider asked twice");
            let login = url.join(&format!("{}/login", url.path())).unwrap();
            let res = self
                .client
                .post(login)
                .form(&[("email", email), ("password", password)])
                .send()
                .await
                .unwrap();
            assert!(res.status().is_redirection(), "signed in at the provider");
            url = url.join(&location(&res)).unwrap();
            logged_in = true;
        }
        panic!("the identity provider never sent the browser back");
    }

    pub fn session_cookie(&self) -> Option<String> {
        use reqwest::cookie::CookieStore;
        let v = self.jar.cookies(&self.base.parse().unwrap())?;
        v.to_str()
            .ok()?
            .split("; ")
            .find(|c| c.starts_with("frontdoor_session="))
            .map(str::to_string)
    }

    /// Follows a redirect's Location with a GET and returns (status, body).
    pub async fn follow(&self, res: Response) -> (u16, String) {
        let location = location(&res);
        let res = self.get(&location).await;
        let status = res.status().as_u16();
        (status, res.text().await.unwrap())
    }
}

/// The demo resident the integration tests register. `Browser::register` sends
/// her date of birth, 14 March 1984.
pub const SARAH_NHS: &str = "9990000018";
pub const PASSWORD: &str = "a-long-enough-passphrase";

/// A browser in which Sarah (proved to P9 at the identity provider) has just
/// signed in with NHS login.
pub async fn sarah(app: &TestApp) -> Browser {
    nhs_login_as(app, "sarah@example.test").await
}

/// A new browser signed in with NHS login as one of `tests/identity-people.json`.
pub async fn nhs_login_as(app: &TestApp, email: &str) -> Browser {
    let b = app.browser();
    let res = b.nhs_login(email).await;
    assert_eq!(res.status(), 303, "signed in with NHS login");
    let to = location(&res);
    assert!(
        to == "/home" || to == "/act-for" || to.starts_with("/account/identity"),
        "{to}"
    );
    b
}

/// A page that must answer 200, as HTML.
pub async fn page(b: &Browser, path: &str) -> String {
    let res = b.get(path).await;
    assert_eq!(res.status(), 200, "{path}");
    res.text().await.unwrap()
}

/// A page's HTML without its scripts: what a person reads (the data a page
/// carries for hydration is not shown to anyone). The same cut as a low-data page's.
pub fn shown(html: &str) -> String {
    front_door::platform::assets::without_scripts(html)
}

/// The `value` of every slot radio on a page, in order.
pub fn slot_values(html: &str) -> Vec<String> {
    html.split("name=\"slot\" type=\"radio\" value=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(|v| v.replace("&#x7E;", "~"))
        .collect()
}

pub fn location(res: &Response) -> String {
    res.headers()
        .get("location")
        .unwrap_or_else(|| panic!("expected a redirect, got {}", res.status()))
        .to_str()
        .unwrap()
        .to_string()
}

/// Generates one test per database for each behaviour function named.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::common::Backend::Sqlite).await
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(super::common::Backend::Postgres).await
                }
            )*
        }
    };
}

/// Clears every fault on one of the simulator's providers.
pub async fn clear_faults(sim: &SimHandle, slug: &str) {
    set_faults(sim, slug, &Faults::default()).await;
}

/// A FHIR read or search straight from the simulator, with the provider's token.
pub async fn sim_get(sim: &SimHandle, slug: &str, path: &str) -> serde_json::Value {
    Client::new()
        .get(format!("{}/{slug}/{path}", sim.base_url))
        .bearer_auth(format!("demo-token-{slug}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Switches faults on for one of the simulator's providers.
pub async fn set_faults(sim: &SimHandle, slug: &str, faults: &Faults) {
    let res = Client::new()
        .put(format!("{}/_admin/providers/{slug}/faults", sim.base_url))
        .json(faults)
        .send()
        .await
        .unwrap();
    assert!(res.status().is_success());
}

/// How many FHIR requests a provider has received.
pub async fn request_count(sim: &SimHandle, slug: &str) -> u64 {
    let v: serde_json::Value = Client::new()
        .get(format!("{}/_admin/providers/{slug}/requests", sim.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    v["count"].as_u64().unwrap()
}
