//! Runs the provider simulator on its own: five FHIR R4 provider systems on one port.
//!
//! Settings: `SIM_ADDR` (127.0.0.1:3900), `SIM_SEED` (1), `SIM_TODAY` (today, YYYY-MM-DD:
//! the date the synthetic records are written relative to).

use front_door::sim::{self, data::PROVIDERS};

#[tokio::main]
async fn main() {
    tracing_subscriber::fmt().with_env_filter("info").init();
    let addr = std::env::var("SIM_ADDR").unwrap_or_else(|_| "127.0.0.1:3900".into());
    let Ok(addr) = addr.parse() else {
        eprintln!("SIM_ADDR must be an address such as 127.0.0.1:3900");
        std::process::exit(2);
    };
    let seed = std::env::var("SIM_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1);
    let today = match std::env::var("SIM_TODAY") {
        Ok(d) => match time::Date::parse(
            &d,
            time::macros::format_description!("[year]-[month]-[day]"),
        ) {
            Ok(d) => d,
            Err(_) => {
                eprintln!("SIM_TODAY must be a date such as 2026-11-22");
                std::process::exit(2);
            }
        },
        Err(_) => time::OffsetDateTime::now_utc().date(),
    };
    match sim::start(addr, seed, today).await {
        Ok(handle) => {
            println!(
                "Provider simulator running at {} (seed {seed})",
                handle.base_url
            );
            for p in PROVIDERS {
                println!(
                    "  {:<45} {}  token {}",
                    p.name,
                    handle.provider_base(p.slug),
                    p.token
                );
            }
            println!("  fault switches: {}/_admin", handle.base_url);
            let _ = tokio::signal::ctrl_c().await;
        }
        Err(e) => {
            eprintln!("The provider simulator cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    }
}
