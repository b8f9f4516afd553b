//! The Front Door server: configuration, database, demo residents, then serve.

use front_door::{
    features::account::service,
    platform::{clock::Clock, config::DEMO_SECRET, passwords},
    state::{self as app, Setup},
};
use std::net::SocketAddr;

#[tokio::main]
async fn main() {
    let setup = match Setup::from_env() {
        Ok(s) => s,
        Err(e) => {
            eprintln!("Front Door cannot start: {e}");
            std::process::exit(2);
        }
    };
    init_tracing(setup.config.log_json);
    let mut setup = setup;
    let config = &mut setup.config;
    if config.providers.is_none() {
        // The embedded demo: the built-in provider systems, over real HTTP on this machine.
        let today = time::OffsetDateTime::now_utc().date();
        match front_door::sim::start(config.demo_providers_addr, 1, today).await {
            Ok(sim) => {
                println!(
                    "Demo provider systems are running at {} (fault switches: {}/_admin)",
                    sim.base_url, sim.base_url
                );
                config.providers = Some(front_door::sim::demo_providers(&sim.base_url));
            }
            Err(e) => {
                eprintln!(
                    "Front Door cannot start the demo provider systems on {}: {e}. \
                     Set FRONTDOOR_DEMO_PROVIDERS_ADDR to a free address, or FRONTDOOR_PROVIDERS_FILE.",
                    config.demo_providers_addr
                );
                std::process::exit(1);
            }
        }
    }
    if config.secret.expose() == DEMO_SECRET && config.https() {
        tracing::warn!("FRONTDOOR_SECRET is the demo value: set your own before going live");
    }
    let addr = config.site_addr;
    let public_url = config.public_url.clone();
    let seed = config.seed_demo;

    let state = match app::build_state(setup, Clock::system()).await {
        Ok(s) => s,
        Err(e) => {
            eprintln!("Front Door cannot start: {e}");
            std::process::exit(1);
        }
    };
    passwords::warm_up();
    if seed {
        if let Err(e) = service::seed_demo_residents(&state).await {
            eprintln!("Front Door could not create the demo residents: {e}");
            std::process::exit(1);
        }
    }
    let backend = state.db.backend_name();
    let router = match app::router(state).await {
        Ok(r) => r,
        Err(e) => {
            eprintln!("Front Door cannot start: {e}");
            std::process::exit(1);
        }
    };
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            eprintln!("Front Door cannot listen on {addr}: {e}");
            std::process::exit(1);
        }
    };
    println!("Front Door is running at {public_url} (database: {backend})");
    if seed {
        let demo = &service::DEMO_RESIDENTS[0];
        println!(
            "Demo sign-in: email {}  password {}",
            demo.email, demo.password
        );
    }
    let served = axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown())
    .await;
    if let Err(e) = served {
        eprintln!("Front Door stopped: {e}");
        std::process::exit(1);
    }
}

fn init_tracing(json: bool) {
    use tracing_subscriber::{fmt, EnvFilter};
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,tower_http=info,sqlx=warn"));
    if json {
        fmt().with_env_filter(filter).json().init();
    } else {
        fmt().with_env_filter(filter).init();
    }
}

async fn shutdown() {
    let _ = tokio::signal::ctrl_c().await;
}
