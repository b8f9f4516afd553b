//! What the benchmarks share: the real portal binary (release build) as a child
//! process on SQLite (or BENCH_DATABASE_URL), reading from an in-process
//! simulator, residents signing in with NHS login at the demo identity provider
//! (every simulated resident at P9), and figures from timings.
#![allow(dead_code)]

use front_door::sim::{
    data::{population, PROVIDERS},
    identity_provider::{self, IdentityProvider, IdentityProviderOptions},
    SimHandle,
};
use reqwest::Client;
use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

pub struct Portal {
    child: Child,
    _identity_provider: IdentityProvider,
    dir: PathBuf,
    pub base: String,
    pub pid: u32,
    pub database_url: String,
}

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Starts the portal against the simulator's five providers (3 s budgets) and waits until it answers.
pub async fn start_portal(sim: &SimHandle, env: &[(&str, &str)]) -> Portal {
    let dir = std::env::temp_dir().join(format!(
        "frontdoor-bench-{}-{}",
        std::process::id(),
        free_port()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    let providers: Vec<serde_json::Value> = PROVIDERS
        .iter()
        .map(|p| {
            serde_json::json!({
                "id": p.slug, "name": p.name, "kind": p.kind_label,
                "ods_code": p.ods, "base_url": sim.provider_base(p.slug), "bearer_token": p.token, "budget_ms": 3000
            })
        })
        .collect();
    let providers_file = dir.join("providers.json");
    std::fs::write(
        &providers_file,
        serde_json::json!({ "providers": providers }).to_string(),
    )
    .unwrap();
    let port = free_port();
    let base = format!("http://127.0.0.1:{port}");
    let idp = start_identity_provider(&dir, &base).await;
    let database_url = std::env::var("BENCH_DATABASE_URL")
        .unwrap_or_else(|_| format!("sqlite://{}", dir.join("bench.db").display()));
    let mut command = Command::new(env!("CARGO_BIN_EXE_front-door"));
    command
        .env("DATABASE_URL", &database_url)
        .env("FRONTDOOR_PROVIDERS_FILE", &providers_file)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("FRONTDOOR_PUBLIC_URL", &base)
        .env("FRONTDOOR_THROTTLE_PER_CLIENT", "100000")
        .env("RUST_LOG", "error")
        .env("FRONTDOOR_DEMO_IDP_ADDR", "off")
        .envs(idp.portal_settings("front-door"))
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    for (k, v) in env {
        command.env(k, v);
    }
    let child = command.spawn().expect("the portal binary");
    let pid = child.id();
    let portal = Portal {
        child,
        _identity_provider: idp,
        dir,
        base: base.clone(),
        pid,
        database_url,
    };
    let started = Instant::now();
    while Client::new()
        .get(format!("{base}/sign-in"))
        .send()
        .await
        .is_err()
    {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the portal did not start"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    portal
}

const PASSWORD: &str = "bench-passphrase";

/// The demo identity provider with every simulated resident at P9, as `bench{index}@example.test`.
async fn start_identity_provider(dir: &std::path::Path, base: &str) -> IdentityProvider {
    let people = identity_provider::people_at_p9(
        &population(1, time::OffsetDateTime::now_utc().date()),
        |p| format!("bench{}@example.test", p.index),
        PASSWORD,
    );
    let people_file = dir.join("people.json");
    std::fs::write(&people_file, people.to_string()).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    identity_provider::start(IdentityProviderOptions {
        addr: format!("127.0.0.1:{}", free_port()),
        issuer: None,
        keys_dir: dir.join("idp-keys"),
        people_file,
        client_id: "front-door".into(),
        redirect_uris: vec![format!("{base}/auth/nhs-login/callback")],
        script: root.join("scripts/identity-provider.mjs"),
    })
    .await
    .expect("the identity provider (npm ci must have run)")
}

fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .expect("a redirect")
        .to_string()
}

/// A client with its own cookies, signed in with NHS login as simulated resident `index`
/// (0 is Sarah Thompson, the first demo resident).
pub async fn signed_in_client(base: &str, index: usize) -> Client {
    let client = Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let res = client
        .post(format!("{base}/auth/nhs-login"))
        .header("origin", base)
        .header("accept", "text/html")
        .form(&[("purpose", "sign-in")])
        .send()
        .await
        .unwrap();
    let mut url = reqwest::Url::parse(&location(&res)).unwrap();
    for _ in 0..10 {
        let res = client
            .get(url.clone())
            .header("accept", "text/html")
            .send()
            .await
            .unwrap();
        if res.status().is_redirection() {
            url = url.join(&location(&res)).unwrap();
            if url.as_str().starts_with(base) {
                let back = client.get(url.clone()).send().await.unwrap();
                let to = location(&back);
                assert!(
                    to == "/home" || to.starts_with("/account/identity"),
                    "signed in: {to}"
                );
                return client;
            }
            continue;
        }
        let email = format!("bench{index}@example.test");
        let login = url.join(&format!("{}/login", url.path())).unwrap();
        let res = client
            .post(login)
            .form(&[("email", email.as_str()), ("password", PASSWORD)])
            .send()
            .await
            .unwrap();
        url = url.join(&location(&res)).unwrap();
    }
    panic!("NHS login never sent the client back");
}

/// Median, 95th and 99th percentiles and maximum, in milliseconds.
pub fn stats(times: &mut [Duration]) -> (f64, f64, f64, f64) {
    if times.is_empty() {
        return (0.0, 0.0, 0.0, 0.0);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |q: f64| ms(times[((times.len() as f64 - 1.0) * q).round() as usize]);
    (p(0.5), p(0.95), p(0.99), ms(times[times.len() - 1]))
}
