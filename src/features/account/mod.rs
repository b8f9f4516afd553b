//! Accounts: create an account, sign in and out, session timeouts, your details.

pub mod api;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod service;
pub mod timeout;

use serde::{Deserialize, Serialize};

/// The signed-in resident, as the pages show them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ResidentView {
    pub full_name: String,
    pub given_name: String,
    pub date_of_birth: String,
    pub email: String,
    pub nhs_number: Option<String>,
}
