//! Accounts: create an account, sign in and out, session timeouts, your details.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
#[cfg(feature = "ssr")]
pub mod store;

use serde::{Deserialize, Serialize};

/// How long until the timeout warning and the end of the session, for the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionClock {
    pub warn_in_secs: i64,
    pub ends_in_secs: i64,
}

/// The signed-in resident, as the pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidentView {
    pub full_name: String,
    pub given_name: String,
    pub date_of_birth: String,
    pub email: String,
    pub nhs_number: Option<String>,
}
