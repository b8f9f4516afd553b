//! Shared state, handed to handlers by axum and to server functions through context.

use crate::{
    domain::AppError,
    platform::{
        clock::Clock, config::Config, db::Db, throttle::ThrottlePolicy, timeouts::TimeoutPolicy,
    },
    providers::gateway::Gateway,
};
use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub config: Arc<Config>,
    pub clock: Clock,
    /// The provider systems, read through one gateway (with its breakers) per app server.
    pub gateway: Arc<Gateway>,
    /// Each feature's own settings (its content and configuration files), put in
    /// by the composition root and read by type: the platform names no feature.
    pub settings: Arc<Settings>,
}

/// A feature's settings, one value per type.
#[derive(Clone, Default)]
pub struct Settings(http::Extensions);

impl Settings {
    pub fn with<T: Clone + Send + Sync + 'static>(mut self, value: T) -> Self {
        self.0.insert(value);
        self
    }

    pub fn get<T: Send + Sync + 'static>(&self) -> Option<&T> {
        self.0.get::<T>()
    }

    pub fn get_mut<T: Send + Sync + 'static>(&mut self) -> Option<&mut T> {
        self.0.get_mut::<T>()
    }
}

impl AppState {
    /// A feature's settings. The composition root puts in every feature's settings
    /// before the state exists (and a test checks it), so a missing one is a wiring
    /// fault found at start-up, never something a request can cause.
    pub fn settings<T: Send + Sync + 'static>(&self) -> &T {
        self.settings.get::<T>().unwrap_or_else(|| {
            panic!(
                "settings for {} were not put in",
                std::any::type_name::<T>()
            )
        })
    }

    pub fn timeouts(&self) -> TimeoutPolicy {
        TimeoutPolicy {
            idle_secs: self.config.idle_timeout_secs,
            shared_idle_secs: self.config.shared_idle_timeout_secs,
            warning_secs: self.config.timeout_warning_secs,
            absolute_secs: self.config.absolute_timeout_secs,
        }
    }

    pub fn account_throttle(&self) -> ThrottlePolicy {
        ThrottlePolicy {
            max_failures: self.config.throttle_per_account,
            window_secs: self.config.throttle_window_secs,
        }
    }

    pub fn client_throttle(&self) -> ThrottlePolicy {
        ThrottlePolicy {
            max_failures: self.config.throttle_per_client,
            window_secs: self.config.throttle_window_secs,
        }
    }

    /// The state inside a server function or page render.
    pub fn from_context() -> Result<Self, AppError> {
        leptos::prelude::use_context::<Self>().ok_or(AppError::Internal)
    }
}
