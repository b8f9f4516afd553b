//! Shared state, handed to handlers by axum and to server functions through context.

use crate::{
    config::Config,
    server::{
        clock::Clock, db::Db, providers::gateway::Gateway, throttle::ThrottlePolicy,
        timeouts::TimeoutPolicy,
    },
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
}

impl AppState {
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
    pub fn from_context() -> Result<Self, crate::error::AppError> {
        leptos::prelude::use_context::<Self>().ok_or(crate::error::AppError::Internal)
    }
}
