//! The Front Door server: configuration, the demo services, database, demo
//! accounts, then serve.

use axum::serve::ListenerExt;
use front_door::{
    features::account::service,
    platform::{clock::Clock, config::DEMO_SECRET, passwords},
    sim::identity_provider::{self, IdentityProvider, IdentityProviderOptions},
    state::{self as app, Setup},
};
use std::{collections::HashMap, net::SocketAddr, path::PathBuf};

/// The demo people who sign in with the demo NHS login.
const DEMO_PEOPLE: &str = "data/identity-provider/people.json";

#[tokio::main]
async fn main() {
    let exit = |e: String| -> ! {
        eprintln!("Front Door cannot start: {e}");
        std::process::exit(2);
    };
    let setup = Setup::from_env().unwrap_or_else(|e| exit(e));
    init_tracing(setup.config.log_json);
    // The embedded demo's NHS login: a real OpenID Provider on this machine, unless
    // a real one is configured (or FRONTDOOR_DEMO_IDP_ADDR is `off`).
    let (setup, _identity_provider) = match demo_identity_provider(&setup).await {
        None => (setup, None),
        Some(idp) => {
            let overlay: HashMap<String, String> =
                idp.portal_settings("front-door").into_iter().collect();
            let setup = Setup::from_lookup(|name| {
                overlay
                    .get(name)
                    .cloned()
                    .or_else(|| std::env::var(name).ok())
            })
            .unwrap_or_else(|e| exit(e));
            (setup, Some(idp))
        }
    };
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
        if let Err(e) = service::seed_demo_accounts(&state).await {
            eprintln!("Front Door could not create the demo accounts: {e}");
            std::process::exit(1);
        }
        if let Err(e) = front_door::features::carers::demo::seed_demo_carer(&state).await {
            eprintln!("Front Door could not create the demo carer: {e}");
            std::process::exit(1);
        }
        let staff = match front_door::features::helpers::demo::seed_demo_staff(&state).await {
            Ok(s) => s,
            Err(e) => {
                eprintln!("Front Door could not create the demo staff: {e}");
                std::process::exit(1);
            }
        };
        for (account, key) in staff {
            if let Err(e) =
                front_door::features::account::two_step::seed_demo_key(&state, account, key).await
            {
                eprintln!("Front Door could not turn on two-step sign-in for the demo staff: {e}");
                std::process::exit(1);
            }
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
    if let Some(idp) = &_identity_provider {
        println!(
            "Demo NHS login is running at {} (people: {DEMO_PEOPLE})",
            idp.base_url
        );
        print_demo_people();
    }
    if seed {
        for demo in service::DEMO_OWN_ACCOUNTS {
            println!(
                "Demo Front Door account (P0, typed NHS number): email {}  password {}",
                demo.email, demo.password
            );
        }
        println!(
            "Demo parent: Sarah Thompson (sarah.thompson@example.org) is recorded by her GP \
             practice as mother of Ben (9), Lily (12) and Noah (2)"
        );
        println!(
            "Demo person not registered at a Front Door practice: Alex Jones \
             (alex.jones@example.org) is told at the start that requests cannot be sent"
        );
        println!(
            "Demo carer: Grace Okafor (grace.okafor@example.org) acts for her father David Okafor \
             (david.okafor@example.org): record summary, appointments, asking for help"
        );
        for s in &front_door::features::helpers::demo::DEMO_STAFF {
            let what = match s.role {
                front_door::platform::staff::StaffRole::IcsAdmin => "ICS administrator",
                front_door::platform::staff::StaffRole::OrgAdmin => {
                    "administrator of Northbridge Libraries"
                }
                front_door::platform::staff::StaffRole::Helper => {
                    "helper at Northbridge Libraries (Help someone now)"
                }
            };
            println!(
                "Demo staff, {what}: email {}  password {}  two-step key {} (add it to an \
                 authenticator app; staff always sign in with a security code)",
                s.email,
                front_door::features::helpers::demo::DEMO_STAFF_PASSWORD,
                s.two_step_key
            );
        }
    }
    // TCP_NODELAY on every connection: without it Nagle's algorithm holds back
    // the end of a small answer until the browser's delayed ACK, about 40 ms per
    // static file on a kept-alive connection.
    let listener = listener.tap_io(|tcp| {
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "TCP_NODELAY could not be set");
        }
    });
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

/// Starts the demo identity provider when NHS login is not configured.
async fn demo_identity_provider(setup: &Setup) -> Option<IdentityProvider> {
    if std::env::var("FRONTDOOR_NHS_LOGIN_ISSUER").is_ok_and(|v| !v.trim().is_empty()) {
        return None;
    }
    let addr = std::env::var("FRONTDOOR_DEMO_IDP_ADDR").unwrap_or_else(|_| "127.0.0.1:3920".into());
    if addr.trim() == "off" {
        return None;
    }
    let config = &setup.config;
    let options = IdentityProviderOptions {
        addr: addr.trim().to_string(),
        issuer: None,
        keys_dir: config.data_dir.join("identity-provider-keys"),
        people_file: PathBuf::from(DEMO_PEOPLE),
        client_id: "front-door".into(),
        redirect_uris: vec![format!(
            "{}/auth/nhs-login/callback",
            config.public_url.trim_end_matches('/')
        )],
        script: PathBuf::from("scripts/identity-provider.mjs"),
    };
    match identity_provider::start(options).await {
        Ok(idp) => Some(idp),
        Err(e) => {
            eprintln!("The demo NHS login did not start ({e}): sign-in with NHS login is off.");
            None
        }
    }
}

fn print_demo_people() {
    let Ok(text) = std::fs::read_to_string(DEMO_PEOPLE) else {
        return;
    };
    let Ok(doc) = serde_json::from_str::<serde_json::Value>(&text) else {
        return;
    };
    for p in doc["people"].as_array().into_iter().flatten() {
        println!(
            "Demo NHS login ({}): email {}  password {}",
            p["level"].as_str().unwrap_or("?"),
            p["email"].as_str().unwrap_or("?"),
            p["password"].as_str().unwrap_or("?")
        );
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
