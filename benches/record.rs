//! Record benchmark: prints figures, asserts nothing (timings on a shared machine
//! are evidence, not a pass/fail test). Run with `make bench`.
//!
//! Starts the provider simulator in this process and the real portal binary
//! (release build) as a child process on SQLite, signs in as the first demo
//! resident and measures:
//! 1. the record summary with five providers each answering in 200 ms (median, p95);
//! 2. the same with one provider hanging (against its 3 s budget);
//! 3. requests per second for the summary with providers answering at once;
//! 4. the portal's peak memory (VmHWM).

use front_door::sim::{self, data::PROVIDERS, Faults};
use reqwest::Client;
use std::{
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

const CONCURRENCY: usize = 16;
const RPS_SECONDS: u64 = 10;

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(run());
}

struct Portal(Child);

impl Drop for Portal {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn run() {
    let today = time::OffsetDateTime::now_utc().date();
    let sim = sim::start("127.0.0.1:0".parse().unwrap(), 1, today)
        .await
        .expect("simulator");
    let dir = std::env::temp_dir().join(format!("frontdoor-bench-{}", std::process::id()));
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
    let child = Command::new(env!("CARGO_BIN_EXE_front-door"))
        .env("DATABASE_URL", &database_url)
        .env("FRONTDOOR_PROVIDERS_FILE", &providers_file)
        .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
        .env("FRONTDOOR_PUBLIC_URL", &base)
        // Keep the breaker out of the hang measurement: every request must meet the hang.
        .env("FRONTDOOR_BREAKER_FAILURES", "1000")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the portal binary");
    let pid = child.id();
    let _portal = Portal(child);

    let client = Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(Duration::from_secs(30))
        .build()
        .unwrap();
    let started = Instant::now();
    loop {
        if client.get(format!("{base}/sign-in")).send().await.is_ok() {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the portal did not start"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let res = client
        .post(format!("{base}/api/sign-in"))
        .header("origin", &base)
        .form(&[
            ("email", "sarah.thompson@example.org"),
            ("password", "front-door-demo-2026"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(
        res.headers().get("location").and_then(|v| v.to_str().ok()),
        Some("/home"),
        "signed in"
    );

    let admin = Client::new();
    let set_all = |faults: Faults| {
        let admin = admin.clone();
        let base = sim.base_url.clone();
        async move {
            for p in PROVIDERS {
                admin
                    .put(format!("{base}/_admin/providers/{}/faults", p.slug))
                    .json(&faults)
                    .send()
                    .await
                    .unwrap();
            }
        }
    };
    let record_url = format!("{base}/record");
    let summary = move |client: Client| {
        let url = record_url.clone();
        async move {
            let t = Instant::now();
            let res = client.get(&url).send().await.unwrap();
            let ok = res.status() == 200;
            let body = res.text().await.unwrap_or_default();
            (t.elapsed(), ok && body.contains("Your health record"))
        }
    };

    println!("Front Door record benchmark (portal: release build, {database_url_kind}; 2 tokio workers in the bench)",
        database_url_kind = if database_url.starts_with("postgres") { "PostgreSQL" } else { "SQLite" });

    // 1. Five providers, 200 ms each.
    set_all(Faults {
        latency_ms: 200,
        ..Faults::default()
    })
    .await;
    for _ in 0..3 {
        summary(client.clone()).await;
    }
    let mut times = Vec::new();
    for _ in 0..40 {
        let (t, ok) = summary(client.clone()).await;
        assert!(ok);
        times.push(t);
    }
    let (median, p95, max) = stats(&mut times);
    println!("summary, 5 providers x 200 ms, 40 sequential requests: median {median:.0} ms, p95 {p95:.0} ms, max {max:.0} ms (target: median < 300 ms)");

    // 2. One provider hanging (budget 3000 ms).
    admin
        .put(format!(
            "{}/_admin/providers/northbridge-hospital/faults",
            sim.base_url
        ))
        .json(&Faults {
            hang: true,
            ..Faults::default()
        })
        .send()
        .await
        .unwrap();
    let mut times = Vec::new();
    for _ in 0..10 {
        let (t, ok) = summary(client.clone()).await;
        assert!(ok);
        times.push(t);
    }
    let (median, _, max) = stats(&mut times);
    println!("summary, one provider hanging (budget 3000 ms), 10 requests: median {median:.0} ms, max {max:.0} ms (target: within 3100 ms)");

    // 3. Throughput with providers answering at once.
    set_all(Faults::default()).await;
    for _ in 0..5 {
        summary(client.clone()).await;
    }
    let deadline = Instant::now() + Duration::from_secs(RPS_SECONDS);
    let workers: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let client = client.clone();
            let summary = summary.clone();
            tokio::spawn(async move {
                let mut done = 0u64;
                let mut times = Vec::new();
                while Instant::now() < deadline {
                    let (t, ok) = summary(client.clone()).await;
                    if ok {
                        done += 1;
                        times.push(t);
                    }
                }
                (done, times)
            })
        })
        .collect();
    let mut total = 0;
    let mut all_times = Vec::new();
    for w in workers {
        let (n, t) = w.await.unwrap();
        total += n;
        all_times.extend(t);
    }
    let (median, p95, _) = stats(&mut all_times);
    println!(
        "summary, providers answering at once, {CONCURRENCY} concurrent clients for {RPS_SECONDS} s: {:.1} requests/s (median {median:.0} ms, p95 {p95:.0} ms)",
        total as f64 / RPS_SECONDS as f64
    );

    // 4. Peak memory of the portal process.
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .map(|l| l.split_whitespace().nth(1).unwrap_or("?").to_string())
            .unwrap_or_else(|| "?".into())
    };
    let to_mb = |kb: String| {
        kb.parse::<f64>()
            .map(|k| format!("{:.1} MB", k / 1024.0))
            .unwrap_or(kb)
    };
    println!(
        "portal memory: peak (VmHWM) {}, now (VmRSS) {}",
        to_mb(field("VmHWM:")),
        to_mb(field("VmRSS:"))
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Median, 95th percentile and maximum, in milliseconds.
fn stats(times: &mut [Duration]) -> (f64, f64, f64) {
    if times.is_empty() {
        return (0.0, 0.0, 0.0);
    }
    times.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p = |q: f64| ms(times[((times.len() as f64 - 1.0) * q).round() as usize]);
    (p(0.5), p(0.95), ms(times[times.len() - 1]))
}
