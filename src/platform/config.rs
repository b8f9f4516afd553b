//! The platform's settings from environment variables, with defaults for the
//! embedded demo. Each feature reads its own files (see `crate::state`). Every
//! variable is listed in README.md.

use crate::{platform::secret::Secret, providers::ProviderConfig};
use std::{net::SocketAddr, path::PathBuf};

#[derive(Clone, Debug)]
pub struct Config {
    /// `DATABASE_URL`: `sqlite://...` (default, a file in the data folder) or `postgres://...`.
    pub database_url: String,
    /// `FRONTDOOR_DATA_DIR`: where the embedded SQLite file lives.
    pub data_dir: PathBuf,
    /// `LEPTOS_SITE_ADDR`: address to listen on.
    pub site_addr: SocketAddr,
    /// `LEPTOS_SITE_ROOT`: folder holding the built site (pkg/, assets/).
    pub site_root: String,
    /// `FRONTDOOR_PUBLIC_URL`: the address residents use. `https://` turns on
    /// Secure cookies and HSTS.
    pub public_url: String,
    /// `FRONTDOOR_IDLE_TIMEOUT_SECS` (600): signed out after this long without activity.
    pub idle_timeout_secs: i64,
    /// `FRONTDOOR_SHARED_IDLE_TIMEOUT_SECS` (300): the idle timeout on a shared or public computer.
    pub shared_idle_timeout_secs: i64,
    /// `FRONTDOOR_TIMEOUT_WARNING_SECS` (60): how long before the idle timeout the warning shows.
    pub timeout_warning_secs: i64,
    /// `FRONTDOOR_ABSOLUTE_TIMEOUT_SECS` (43200): signed out this long after signing in, whatever happens.
    pub absolute_timeout_secs: i64,
    /// `FRONTDOOR_THROTTLE_WINDOW_SECS` (900), `FRONTDOOR_THROTTLE_PER_ACCOUNT` (5),
    /// `FRONTDOOR_THROTTLE_PER_CLIENT` (20): failed sign-ins allowed in the window.
    pub throttle_window_secs: i64,
    pub throttle_per_account: usize,
    pub throttle_per_client: usize,
    /// `FRONTDOOR_TRUST_PROXY` (false): take the client address from X-Forwarded-For.
    pub trust_proxy: bool,
    /// `FRONTDOOR_SECRET`: keys the hashes of throttling keys. Set it in production.
    pub secret: Secret,
    /// `FRONTDOOR_SEED_DEMO` (true): create the demo residents if missing.
    pub seed_demo: bool,
    /// `FRONTDOOR_LOG_FORMAT`: `json` (default) or `pretty`.
    pub log_json: bool,
    /// `FRONTDOOR_PROVIDERS_FILE`: a JSON file listing the provider systems. When it is
    /// not set, the built-in demo provider systems are started (see `demo_providers_addr`).
    pub providers: Option<Vec<ProviderConfig>>,
    /// `FRONTDOOR_DEMO_PROVIDERS_ADDR` (127.0.0.1:3900): where the built-in demo provider
    /// systems listen when no providers file is given.
    pub demo_providers_addr: SocketAddr,
    /// `FRONTDOOR_BREAKER_FAILURES` (3): failures in a row before a provider system is rested.
    pub breaker_failures: u32,
    /// `FRONTDOOR_BREAKER_COOLDOWN_SECS` (30): how long it is rested before the portal tries again.
    pub breaker_cooldown_secs: i64,
    /// Other sites a page's forms may send people to (an identity provider's
    /// origin, put in by the composition root): the pages' `form-action`.
    pub form_targets: Vec<String>,
}

/// A variable from `lookup`, if it is set to something other than blanks.
pub fn var(lookup: &impl Fn(&str) -> Option<String>, name: &str) -> Option<String> {
    lookup(name).filter(|v| !v.trim().is_empty())
}

pub const DEMO_SECRET: &str = "front-door-demo-secret-change-me";

impl Config {
    pub fn from_env() -> Result<Self, String> {
        Self::from_lookup(|name| std::env::var(name).ok())
    }

    /// Builds the settings from any source of variables (tests pass a map).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Self, String> {
        let var = |name: &str| var(&lookup, name);
        let num = |name: &str, default: i64| -> Result<i64, String> {
            match var(name) {
                None => Ok(default),
                Some(v) => v
                    .trim()
                    .parse()
                    .map_err(|_| format!("{name} must be a whole number")),
            }
        };
        let flag = |name: &str, default: bool| -> Result<bool, String> {
            match var(name).map(|v| v.to_ascii_lowercase()).as_deref() {
                None => Ok(default),
                Some("1" | "true" | "yes" | "on") => Ok(true),
                Some("0" | "false" | "no" | "off") => Ok(false),
                Some(_) => Err(format!("{name} must be true or false")),
            }
        };
        let data_dir = PathBuf::from(var("FRONTDOOR_DATA_DIR").unwrap_or_else(|| "data".into()));
        let database_url = var("DATABASE_URL")
            .unwrap_or_else(|| format!("sqlite://{}", data_dir.join("frontdoor.db").display()));
        let site_addr: SocketAddr = var("LEPTOS_SITE_ADDR")
            .unwrap_or_else(|| "127.0.0.1:3000".into())
            .parse()
            .map_err(|e| format!("LEPTOS_SITE_ADDR: {e}"))?;
        let public_url =
            var("FRONTDOOR_PUBLIC_URL").unwrap_or_else(|| format!("http://{site_addr}"));
        Ok(Self {
            database_url,
            data_dir,
            site_addr,
            site_root: var("LEPTOS_SITE_ROOT").unwrap_or_else(|| "target/site".into()),
            public_url,
            idle_timeout_secs: num("FRONTDOOR_IDLE_TIMEOUT_SECS", 600)?,
            shared_idle_timeout_secs: num("FRONTDOOR_SHARED_IDLE_TIMEOUT_SECS", 300)?,
            timeout_warning_secs: num("FRONTDOOR_TIMEOUT_WARNING_SECS", 60)?,
            absolute_timeout_secs: num("FRONTDOOR_ABSOLUTE_TIMEOUT_SECS", 12 * 60 * 60)?,
            throttle_window_secs: num("FRONTDOOR_THROTTLE_WINDOW_SECS", 900)?,
            throttle_per_account: num("FRONTDOOR_THROTTLE_PER_ACCOUNT", 5)?.max(0) as usize,
            throttle_per_client: num("FRONTDOOR_THROTTLE_PER_CLIENT", 20)?.max(0) as usize,
            trust_proxy: flag("FRONTDOOR_TRUST_PROXY", false)?,
            secret: Secret::new(var("FRONTDOOR_SECRET").unwrap_or_else(|| DEMO_SECRET.into())),
            seed_demo: flag("FRONTDOOR_SEED_DEMO", true)?,
            log_json: var("FRONTDOOR_LOG_FORMAT").as_deref() != Some("pretty"),
            providers: match var("FRONTDOOR_PROVIDERS_FILE") {
                None => None,
                Some(path) => Some(ProviderConfig::load_file(&path)?),
            },
            demo_providers_addr: var("FRONTDOOR_DEMO_PROVIDERS_ADDR")
                .unwrap_or_else(|| "127.0.0.1:3900".into())
                .parse()
                .map_err(|e| format!("FRONTDOOR_DEMO_PROVIDERS_ADDR: {e}"))?,
            breaker_failures: num("FRONTDOOR_BREAKER_FAILURES", 3)?.clamp(1, 1000) as u32,
            breaker_cooldown_secs: num("FRONTDOOR_BREAKER_COOLDOWN_SECS", 30)?.max(1),
            form_targets: Vec::new(),
        })
    }

    pub fn https(&self) -> bool {
        self.public_url.starts_with("https://")
    }

    /// The `host[:port]` residents use, for checking the Origin of form posts.
    pub fn public_host(&self) -> &str {
        let rest = self
            .public_url
            .split_once("://")
            .map(|(_, r)| r)
            .unwrap_or(&self.public_url);
        rest.split('/').next().unwrap_or(rest)
    }
}
