//! What the benchmarks share: the real portal binary (release build) as a child
//! process on SQLite (or BENCH_DATABASE_URL), reading from an in-process
//! simulator, and figures from timings.
#![allow(dead_code)]

use front_door::sim::{data::PROVIDERS, SimHandle};
use reqwest::Client;
use std::{
    path::PathBuf,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

pub struct Portal {
    child: Child,
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
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    for (k, v) in env {
        command.env(k, v);
    }
    let child = command.spawn().expect("the portal binary");
    let pid = child.id();
    let portal = Portal {
        child,
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

/// A client with its own cookies, signed in.
pub async fn signed_in_client(base: &str, email: &str, password: &str) -> Client {
    let client = Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let res = client
        .post(format!("{base}/api/sign-in"))
        .header("origin", base)
        .form(&[("email", email), ("password", password)])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/home"),
        "signed in"
    );
    client
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
