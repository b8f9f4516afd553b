//! Record benchmark: prints figures, asserts nothing (timings on a shared machine
//! are evidence, not a pass/fail test). Run with `make bench`.
//!
//! Starts the provider simulator in this process and the real portal binary
//! (release build) as a child process on SQLite, signs in as the first demo
//! resident and measures:
//! 1. the record summary with five providers each answering in 200 ms (median, p95);
//! 2. the same with one provider hanging (against its 3 s budget);
//! 3. requests per second for the summary with providers answering at once;
//! 4. a resident with a long history (Harold Bennett: ~800 results, 130 reports,
//!    130 letters and visits) with the GP answering each page in 800 ms: time to
//!    the first results, bytes of HTML per page, "Show older", one test's history,
//!    and the download prepared in the background;
//! 5. the portal's peak memory (VmHWM).

mod common;

use common::stats;
use front_door::sim::{self, data::PROVIDERS, Faults};
use reqwest::Client;
use std::time::{Duration, Instant};

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

async fn run() {
    let today = time::OffsetDateTime::now_utc().date();
    let sim = sim::start("127.0.0.1:0".parse().unwrap(), 1, today)
        .await
        .expect("simulator");
    let portal = common::start_portal(&sim, &[("FRONTDOOR_BREAKER_FAILURES", "1000")]).await;
    let (base, pid, database_url) = (portal.base.clone(), portal.pid, portal.database_url.clone());
    let client = common::signed_in_client(&base, 0).await;

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
    let (median, p95, _, max) = stats(&mut times);
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
    let (median, _, _, max) = stats(&mut times);
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
    let (median, p95, _, _) = stats(&mut all_times);
    println!(
        "summary, providers answering at once, {CONCURRENCY} concurrent clients for {RPS_SECONDS} s: {:.1} requests/s (median {median:.0} ms, p95 {p95:.0} ms)",
        total as f64 / RPS_SECONDS as f64
    );

    // 4. A long history at a slow GP system (issue 16).
    long_history(&base, &sim.base_url).await;

    // 5. Peak memory of the portal process.
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
}

/// Figures for the long-history resident with the GP answering each page in 800 ms.
async fn long_history(base: &str, sim_base: &str) {
    use front_door::sim::data::HAROLD;
    let admin = Client::new();
    for p in PROVIDERS {
        let faults = if p.slug == "riverside-gp" {
            Faults {
                latency_ms: 800,
                ..Faults::default()
            }
        } else {
            Faults::default()
        };
        admin
            .put(format!("{sim_base}/_admin/providers/{}/faults", p.slug))
            .json(&faults)
            .send()
            .await
            .unwrap();
    }
    let client = common::signed_in_client(base, HAROLD).await;
    let get = |path: String| {
        let client = client.clone();
        let url = format!("{base}{path}");
        async move {
            let t = Instant::now();
            let res = client.get(&url).send().await.unwrap();
            assert_eq!(res.status(), 200, "{url}");
            let body = res.text().await.unwrap();
            (t.elapsed(), body)
        }
    };
    let kb = |body: &str| body.len() as f64 / 1024.0;
    let mut times = Vec::new();
    let mut results = String::new();
    for _ in 0..5 {
        let (t, body) = get("/record/test-results".into()).await;
        times.push(t);
        results = body;
    }
    let (median, _, _, max) = stats(&mut times);
    println!("long history, GP at 800 ms a page: first test results page median {median:.0} ms, max {max:.0} ms (budget 3000 ms); {:.1} KB of HTML", kb(&results));
    let older = |html: &str, path: &str| {
        let at = html.find(&format!("{path}?older="))?;
        html[at..].split('"').next().map(str::to_string)
    };
    if let Some(link) = older(&results, "/record/test-results") {
        let (t, body) = get(link).await;
        println!(
            "long history: \"Show older results\" {:.0} ms, {:.1} KB of HTML",
            t.as_secs_f64() * 1000.0,
            kb(&body)
        );
    }
    if let Some(at) = results.find("/record/test-results/riverside-gp/") {
        let link = results[at..]
            .split('"')
            .next()
            .unwrap_or_default()
            .to_string();
        let (t, body) = get(link).await;
        println!(
            "long history: one test's history (160 results, chart) {:.0} ms, {:.1} KB of HTML",
            t.as_secs_f64() * 1000.0,
            kb(&body)
        );
    }
    for path in ["/record/letters", "/record/timeline", "/record"] {
        let (t, body) = get(path.into()).await;
        println!(
            "long history: {path} {:.0} ms, {:.1} KB of HTML",
            t.as_secs_f64() * 1000.0,
            kb(&body)
        );
    }
    // The download, prepared in the background with its own budget.
    let t = Instant::now();
    client
        .post(format!("{base}/api/record-download/prepare"))
        .header("origin", base)
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    loop {
        let (_, page) = get("/record/download".into()).await;
        if page.contains("Your file is ready") || page.contains("could not be prepared") {
            break;
        }
        if t.elapsed() > Duration::from_secs(600) {
            println!("long history: the download was not ready after 10 minutes");
            return;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    let ready = t.elapsed();
    let file = client
        .get(format!("{base}/record/download/file"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    println!(
        "long history: download prepared in {:.1} s, {:.1} MB",
        ready.as_secs_f64(),
        file.len() as f64 / 1_000_000.0
    );
}
