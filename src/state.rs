//! The composition root: reads every setting, assembles the state, and builds the
//! application (middleware, routes, the features' download handlers). `main` and
//! the tests share it. This is the one module that may name every feature.

use crate::{
    app::{shell, App},
    domain::{DataMode, Language, Reading},
    features::{
        account::nhs_login::{self, NhsLoginSettings},
        appointments::catalogue::Catalogue,
        helpers::settings::HelpPoints,
        record::release::ReleasePolicy,
        triage::TriageSettings,
    },
    platform::{
        assets,
        assisted::WhatWasDone,
        clock::Clock,
        config::Config,
        db::Db,
        proxies::ProxyRules,
        security::{self, BASE_CSP},
        session,
        state::{AppState, Settings},
        throttle,
    },
    providers::{breaker::BreakerPolicy, gateway::Gateway},
};
use axum::{
    http::{header, HeaderValue},
    middleware, Router,
};
use leptos::prelude::*;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use std::{
    sync::{Arc, OnceLock},
    time::Duration,
};
use tower_http::{
    compression::CompressionLayer, services::ServeDir, set_header::SetResponseHeaderLayer,
    trace::TraceLayer,
};
use tower_sessions::{cookie::SameSite, Expiry, SessionManagerLayer};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

pub const SESSION_COOKIE: &str = "frontdoor_session";

pub fn leptos_options(config: &Config) -> LeptosOptions {
    LeptosOptions::builder()
        .output_name("front-door")
        .site_root(config.site_root.clone())
        .site_pkg_dir("pkg")
        .site_addr(config.site_addr)
        .hash_files(hash_file_present())
        .build()
}

/// Whether cargo-leptos named the wasm and its JavaScript after their content: it
/// then writes `hash.txt` beside the server binary (a test binary has none).
fn hash_file_present() -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join("hash.txt").is_file()))
        .unwrap_or(false)
}

/// Everything Front Door starts with: the platform's settings and each feature's own.
pub struct Setup {
    pub config: Config,
    pub settings: Settings,
}

impl Setup {
    pub fn from_env() -> Result<Self, String> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads every setting from any source of variables (tests pass a map). This
    /// is the one place that names every feature's settings.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let config = Config::from_lookup(&lookup)?;
        let nhs_login = NhsLoginSettings::from_lookup(&lookup, &config.public_url)?;
        let help_points = HelpPoints::from_lookup(&lookup)?;
        Ok(Self {
            config,
            settings: Settings::default()
                .with(nhs_login)
                .with(ReleasePolicy::from_lookup(&lookup)?)
                .with(Catalogue::from_lookup(&lookup)?)
                .with(TriageSettings::from_lookup(&lookup)?)
                .with(ProxyRules::from_lookup(&lookup)?)
                .with(help_points.organisations())
                .with(help_points)
                // What a helper did, for the summary a resident keeps after help at a help point.
                .with(WhatWasDone(vec![
                    crate::features::appointments::service::done_with_help,
                    crate::features::triage::service::done_with_help,
                ])),
        })
    }
}

/// Connects the database (running migrations) and assembles the state: each
/// feature's settings keep only the provider systems that are configured, and
/// triage learns the words for the bookings its outcomes may open.
pub async fn build_state(setup: Setup, clock: Clock) -> Result<AppState, String> {
    let Setup {
        mut config,
        mut settings,
    } = setup;
    // The sign-in form sends people on to NHS login: the pages' form-action allows it.
    if let Some(nhs) = settings
        .get::<NhsLoginSettings>()
        .and_then(|s| s.0.as_ref())
    {
        config.form_targets = vec![nhs.origin()];
    }
    let db = Db::connect(&config.database_url)
        .await
        .map_err(|e| format!("could not open the database: {e}"))?;
    let ids: Vec<String> = config
        .providers
        .iter()
        .flatten()
        .map(|p| p.id.clone())
        .collect();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let catalogue = settings
        .get::<Catalogue>()
        .cloned()
        .ok_or("the booking catalogue is missing")?
        .keep_known(&ids);
    let needs: Vec<String> = catalogue.needs.iter().map(|n| n.id.clone()).collect();
    let triage = settings
        .get_mut::<TriageSettings>()
        .ok_or("the triage settings are missing")?;
    triage.online_requests = triage.online_requests.clone().keep_known(&ids, &needs);
    triage.need_labels = catalogue
        .needs
        .iter()
        .map(|n| (n.id.clone(), n.label.clone()))
        .collect();
    let settings = settings.with(catalogue);
    let gateway = Gateway::new(
        config.providers.clone().unwrap_or_default(),
        BreakerPolicy {
            failures: config.breaker_failures,
            cooldown_secs: config.breaker_cooldown_secs,
        },
        clock.clone(),
    );
    Ok(AppState {
        leptos_options: leptos_options(&config),
        db,
        gateway: Arc::new(gateway),
        config: Arc::new(config),
        clock,
        settings: Arc::new(settings),
    })
}

/// The whole application as an axum router, with the session store for its database.
pub async fn router(state: AppState) -> Result<Router, String> {
    let routes = route_list();
    let opts = state.leptos_options.clone();
    let ctx = state.clone();
    let site_root = std::path::PathBuf::from(&opts.site_root.to_string());

    // Served as compressed at build time when a .br or .gz copy is there.
    let static_files = Router::new()
        .nest_service(
            "/pkg",
            ServeDir::new(site_root.join("pkg"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .nest_service(
            "/assets",
            ServeDir::new(site_root.join("assets"))
                .precompressed_br()
                .precompressed_gzip(),
        )
        .route_service(
            "/favicon.ico",
            tower_http::services::ServeFile::new(site_root.join("assets/images/favicon.ico")),
        )
        .layer(middleware::from_fn_with_state(
            opts.hash_files,
            assets::cache_static,
        ))
        // The switches to the low-data version, Easy Read and a language: no session needed.
        .route(
            "/data-mode/{value}",
            axum::routing::get(assets::switch::<DataMode>).with_state(state.clone()),
        )
        .route(
            "/reading/{value}",
            axum::routing::get(assets::switch::<Reading>).with_state(state.clone()),
        )
        .route(
            "/language/{value}",
            axum::routing::get(assets::switch::<Language>).with_state(state.clone()),
        );

    let pages = Router::new()
        .route(
            "/auth/nhs-login",
            axum::routing::post(nhs_login::routes::start),
        )
        .route(
            "/auth/nhs-login/callback",
            axum::routing::get(nhs_login::routes::callback),
        )
        .route(
            "/invitation/open",
            axum::routing::get(crate::features::carers::api::open_invitation),
        )
        .route(
            "/set-up-staff-account/open",
            axum::routing::get(crate::features::helpers::api::open_set_up),
        )
        .route(
            "/record/download/file",
            axum::routing::get(crate::features::record::download::file),
        )
        .route(
            "/appointments/at/{provider}/{id}/calendar.ics",
            axum::routing::get(crate::features::appointments::calendar::download),
        )
        .leptos_routes_with_context(&state, routes, move || provide_context(ctx.clone()), {
            let opts = opts.clone();
            move || shell(opts.clone())
        })
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(|| {}, shell))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            session::guard,
        ))
        .layer(middleware::from_fn(assets::page_versions))
        .with_state(state.clone());

    let secure = state.config.https();
    let pages = match &state.db {
        Db::Sqlite(pool) => {
            let store = SqliteStore::new(pool.clone());
            store
                .migrate()
                .await
                .map_err(|e| format!("session store: {e}"))?;
            spawn_cleanup(store.clone(), state.clone());
            pages.layer(session_layer(store, secure))
        }
        Db::Postgres(pool) => {
            let store = PostgresStore::new(pool.clone());
            store
                .migrate()
                .await
                .map_err(|e| format!("session store: {e}"))?;
            spawn_cleanup(store.clone(), state.clone());
            pages.layer(session_layer(store, secure))
        }
    };

    let mut app = Router::new()
        .merge(static_files)
        .merge(pages)
        .layer(middleware::from_fn_with_state(
            state.clone(),
            security::refuse_cross_origin,
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(BASE_CSP),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("cross-origin-opener-policy"),
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::HeaderName::from_static("permissions-policy"),
            HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
        ));
    if secure {
        app = app.layer(SetResponseHeaderLayer::overriding(
            header::STRICT_TRANSPORT_SECURITY,
            security::hsts(),
        ));
    }
    Ok(app
        .layer(CompressionLayer::new())
        .layer(
            TraceLayer::new_for_http().make_span_with(|req: &axum::http::Request<_>| {
                // Method and path only: paths never carry patient data, query strings might one day.
                tracing::info_span!("request", method = %req.method(), path = %req.uri().path())
            }),
        ))
}

/// The route list, generated once per process. Generating it sets a
/// process-wide flag that stalls any page rendering at the same moment
/// (leptos-rs/leptos#4773), so it must never run while pages are served.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

/// The path of every page in the route table (parameters as `:name`), for checks
/// that must cover every page.
pub fn page_paths() -> Vec<String> {
    route_list().iter().map(|r| r.path().to_string()).collect()
}

fn session_layer<S: tower_sessions::SessionStore + Clone>(
    store: S,
    secure: bool,
) -> SessionManagerLayer<S> {
    SessionManagerLayer::new(store)
        .with_name(SESSION_COOKIE)
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(secure)
        .with_path("/")
        // A browser-session cookie: nothing outlives the browser; the server enforces the timeouts.
        .with_expiry(Expiry::OnSessionEnd)
}

/// Deletes expired sessions and old sign-in failures every few minutes.
fn spawn_cleanup<S>(store: S, state: AppState)
where
    S: tower_sessions::ExpiredDeletion + Clone + 'static,
{
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(300));
        loop {
            tick.tick().await;
            let _ = store.delete_expired().await;
            let before = state.clock.now_unix() - state.config.throttle_window_secs;
            let _ = throttle::prune(&state.db, before).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_feature_has_its_settings() {
        let setup = Setup::from_lookup(|_| None).expect("built-in settings");
        assert!(setup.settings.get::<ReleasePolicy>().is_some());
        assert!(setup.settings.get::<Catalogue>().is_some());
        assert!(setup.settings.get::<TriageSettings>().is_some());
        assert!(setup.settings.get::<NhsLoginSettings>().is_some());
        assert!(setup.settings.get::<ProxyRules>().is_some());
        assert!(setup.settings.get::<HelpPoints>().is_some());
        assert_eq!(
            setup.settings.get::<WhatWasDone>().map(|w| w.0.len()),
            Some(2),
            "appointments and triage say what a helper did"
        );
    }
}
