//! Appointments benchmark: prints figures, asserts only that the work was done.
//! Run with `make bench`.
//!
//! The real portal binary (release build) on SQLite reads from the in-process
//! simulator. Measures:
//! 1. slot search for a blood test across three providers over two weeks, as the
//!    resident's page (median and p99 of sequential requests);
//! 2. bookings per second through the portal (choose a time, then confirm),
//!    residents booking at once, each booking a distinct free slot.

mod common;

use common::{signed_in_client, start_portal, stats};
use front_door::sim::{self, data::population};
use reqwest::Client;
use std::time::Instant;

const SEARCHES: usize = 100;
const RESIDENTS: usize = 12;

fn main() {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    rt.block_on(run());
}

fn slot_values(html: &str) -> Vec<String> {
    html.split("name=\"slot\" type=\"radio\" value=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .map(str::to_string)
        .collect()
}

async fn run() {
    let today = time::OffsetDateTime::now_utc().date();
    let sim = sim::start("127.0.0.1:0".parse().unwrap(), 1, today)
        .await
        .expect("simulator");
    let portal = start_portal(&sim, &[]).await;
    let base = portal.base.clone();
    println!(
        "Front Door appointments benchmark (portal: release build, {}; simulator in the bench process)",
        if portal.database_url.starts_with("postgres") { "PostgreSQL" } else { "SQLite" }
    );

    // 1. Slot search across three providers, two weeks.
    let sarah = signed_in_client(&base, 0).await;
    let url = format!("{base}/appointments/book/blood-test");
    let search = |client: Client| {
        let url = url.clone();
        async move {
            let t = Instant::now();
            let res = client.get(&url).send().await.unwrap();
            let ok = res.status() == 200;
            let body = res.text().await.unwrap_or_default();
            (
                t.elapsed(),
                if ok { slot_values(&body) } else { Vec::new() },
            )
        }
    };
    for _ in 0..3 {
        search(sarah.clone()).await;
    }
    let mut times = Vec::new();
    let mut shown = 0;
    for _ in 0..SEARCHES {
        let (t, slots) = search(sarah.clone()).await;
        assert!(!slots.is_empty(), "free times were shown");
        shown = slots.len();
        times.push(t);
    }
    let (median, p95, p99, max) = stats(&mut times);
    println!(
        "slot search, blood test at 3 providers over 2 weeks ({shown} free times), {SEARCHES} sequential requests: \
         median {median:.0} ms, p95 {p95:.0} ms, p99 {p99:.0} ms, max {max:.0} ms"
    );

    // 2. Bookings per second: residents known to the GP each book their own share of its free times.
    let people: Vec<_> = population(1, time::OffsetDateTime::now_utc().date())
        .into_iter()
        .filter(|p| p.known_to.contains(&0) && p.index >= 3)
        .take(RESIDENTS)
        .collect();
    let mut clients = Vec::new();
    for p in &people {
        let client = signed_in_client(&base, p.index).await;
        clients.push(client);
    }
    let (_, slots) = search(sarah.clone()).await;
    let gp: Vec<String> = slots
        .into_iter()
        .filter(|s| s.starts_with("riverside-gp~"))
        .collect();
    let per = (gp.len() / RESIDENTS).min(8);
    assert!(per > 0, "enough free GP times");
    let started = Instant::now();
    let workers: Vec<_> = clients
        .into_iter()
        .enumerate()
        .map(|(i, client)| {
            let mine: Vec<String> = gp[i * per..(i + 1) * per].to_vec();
            let base = base.clone();
            tokio::spawn(async move {
                let mut booked = 0;
                let mut times = Vec::new();
                for slot in mine {
                    let t = Instant::now();
                    let res = client
                        .post(format!("{base}/api/choose-slot"))
                        .header("origin", &base)
                        .header("accept", "text/html")
                        .form(&[("need", "blood-test"), ("slot", slot.as_str())])
                        .send()
                        .await
                        .unwrap();
                    let to = res.headers()["location"].to_str().unwrap().to_string();
                    let Some(key) = to.strip_prefix("/appointments/check/") else {
                        continue;
                    };
                    let res = client
                        .post(format!("{base}/api/confirm-booking"))
                        .header("origin", &base)
                        .header("accept", "text/html")
                        .form(&[("key", key)])
                        .send()
                        .await
                        .unwrap();
                    let to = res.headers()["location"].to_str().unwrap().to_string();
                    if to.starts_with("/appointments/booked/") {
                        booked += 1;
                        times.push(t.elapsed());
                    }
                }
                (booked, times)
            })
        })
        .collect();
    let mut booked = 0;
    let mut all = Vec::new();
    for w in workers {
        let (n, t) = w.await.unwrap();
        booked += n;
        all.extend(t);
    }
    let elapsed = started.elapsed().as_secs_f64();
    assert_eq!(booked, per * RESIDENTS, "every booking went through");
    let (median, _, p99, _) = stats(&mut all);
    println!(
        "bookings through the portal (choose, then confirm), {RESIDENTS} residents at once, {booked} bookings in {elapsed:.1} s: \
         {:.1} bookings/s (each: median {median:.0} ms, p99 {p99:.0} ms)",
        booked as f64 / elapsed
    );
}
